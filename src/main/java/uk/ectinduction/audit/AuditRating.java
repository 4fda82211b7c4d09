package uk.ectinduction.audit;

import java.util.Arrays;
import java.util.Optional;

/**
 * The one scale of a module audit, in the words of the mentor materials: from "want more practice and support" to
 * "confident and skilled". Points order the scale for the progress chart; they are not a grade.
 */
public enum AuditRating {
    MORE_PRACTICE_AND_SUPPORT(1, "Want more practice and support"),
    SOME_PRACTICE_AND_SUPPORT(2, "Want some practice and support"),
    MOSTLY_CONFIDENT(3, "Mostly confident"),
    CONFIDENT_AND_SKILLED(4, "Confident and skilled");

    private final int points;
    private final String label;

    AuditRating(int points, String label) {
        this.points = points;
        this.label = label;
    }

    public int points() {
        return points;
    }

    public String label() {
        return label;
    }

    /** Ratings that ask for the mentor's help: what the meeting's Plan step lists. */
    public boolean wantsPractice() {
        return points <= 2;
    }

    /** The rating a form sent, if it is one of the scale's names; anything else is not a rating. */
    public static Optional<AuditRating> parse(String name) {
        return Arrays.stream(values()).filter(r -> r.name().equals(name)).findFirst();
    }
}
