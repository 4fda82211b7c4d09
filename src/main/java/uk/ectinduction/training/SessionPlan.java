package uk.ectinduction.training;

import java.util.List;

/**
 * What a session runs through, read from its tutor materials page: the sections of the session in order, each with
 * its minutes when the page gives them, their sum, and the duration the page states. A plan without timings is still
 * a plan: its sections are simply untimed.
 *
 * @param preparation the page's preparation sections, as HTML, for the tutor and for the ECTs before the session
 */
public record SessionPlan(
        String title,
        String materialsPath,
        List<Section> sections,
        List<String> preparation,
        int timedMinutes,
        Integer statedMinutes) {

    /** One section of the plan; {@code number} counts from 1 and names it in facilitate mode's addresses. */
    public record Section(int number, String heading, Integer minutes, String html) {
        public boolean timed() {
            return minutes != null;
        }
    }

    /** The whole session's length: what the page states, else the sum of its timed sections; null if neither. */
    public Integer totalMinutes() {
        if (statedMinutes != null) {
            return statedMinutes;
        }
        return timedMinutes > 0 ? timedMinutes : null;
    }

    /** True when the timed sections do not add up to the stated duration. */
    public boolean disagrees() {
        return statedMinutes != null && timedMinutes > 0 && statedMinutes != timedMinutes;
    }

    public Section section(int number) {
        return sections.get(number - 1);
    }
}
