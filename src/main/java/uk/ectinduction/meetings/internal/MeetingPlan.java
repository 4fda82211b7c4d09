package uk.ectinduction.meetings.internal;

import java.util.ArrayList;
import java.util.List;
import uk.ectinduction.content.PageView;

/**
 * The activities of a meeting, read from its mentor materials: one per timed activity of the page's agenda, each
 * given its screen by name; with no agenda, one notes activity per section. Next steps always comes last.
 */
final class MeetingPlan {

    record PlannedActivity(String name, ActivityKind kind, Integer minutes, String anchor) {}

    private MeetingPlan() {}

    static List<PlannedActivity> activitiesOf(PageView page) {
        List<PlannedActivity> planned = new ArrayList<>();
        if (page.agenda() != null && !page.agenda().activities().isEmpty()) {
            for (PageView.Activity activity : page.agenda().activities()) {
                planned.add(new PlannedActivity(
                        activity.name(),
                        ActivityKind.recognise(activity.name()),
                        activity.minutes(),
                        activity.anchor()));
            }
        } else {
            int n = 0;
            for (PageView.SectionView section : page.sections()) {
                n++;
                String name =
                        section.heading() == null || section.heading().isBlank() ? "Section " + n : section.heading();
                planned.add(
                        new PlannedActivity(name, ActivityKind.recognise(name), section.minutes(), section.anchor()));
            }
        }
        if (planned.stream().noneMatch(s -> s.kind() == ActivityKind.NEXT_STEPS)) {
            planned.add(new PlannedActivity("Next steps", ActivityKind.NEXT_STEPS, null, null));
        }
        return planned;
    }
}
