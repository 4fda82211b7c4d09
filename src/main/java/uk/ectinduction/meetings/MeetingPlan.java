package uk.ectinduction.meetings;

import java.util.ArrayList;
import java.util.List;
import uk.ectinduction.content.PageView;

/**
 * The steps of a meeting, read from its mentor materials: one per timed activity of the page's agenda, each given
 * its screen by name; with no agenda, one notes step per section. Next steps always comes last.
 */
final class MeetingPlan {

    record Step(String name, ActivityKind kind, Integer minutes, String anchor) {
    }

    private MeetingPlan() {
    }

    static List<Step> stepsOf(PageView page) {
        List<Step> steps = new ArrayList<>();
        if (page.agenda() != null && !page.agenda().activities().isEmpty()) {
            for (PageView.Activity activity : page.agenda().activities()) {
                steps.add(new Step(activity.name(), ActivityKind.recognise(activity.name()), activity.minutes(),
                        activity.anchor()));
            }
        } else {
            int n = 0;
            for (PageView.SectionView section : page.sections()) {
                n++;
                String name = section.heading() == null || section.heading().isBlank() ? "Section " + n
                        : section.heading();
                steps.add(new Step(name, ActivityKind.recognise(name), section.minutes(), section.anchor()));
            }
        }
        if (steps.stream().noneMatch(s -> s.kind() == ActivityKind.NEXT_STEPS)) {
            steps.add(new Step("Next steps", ActivityKind.NEXT_STEPS, null, null));
        }
        return steps;
    }
}
