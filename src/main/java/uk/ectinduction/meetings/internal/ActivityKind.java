package uk.ectinduction.meetings.internal;

import java.util.Locale;

/**
 * The screen an activity gets. The seed's Review, Plan and Next steps have screens of their own; every other
 * activity (Theory to practice, or a provider's own headings) is a notes screen beside the activity's text.
 */
public enum ActivityKind {
    REVIEW,
    PLAN,
    NOTES,
    NEXT_STEPS;

    /** Recognises an activity by its leading words, ignoring case and punctuation: "Review: 5 mins", "Next Steps". */
    static ActivityKind recognise(String name) {
        String words = name == null
                ? ""
                : name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", " ").strip();
        if (words.startsWith("review")) {
            return REVIEW;
        }
        if (words.equals("plan") || words.startsWith("plan ") || words.startsWith("planning")) {
            return PLAN;
        }
        if (words.startsWith("next step")) {
            return NEXT_STEPS;
        }
        return NOTES;
    }
}
