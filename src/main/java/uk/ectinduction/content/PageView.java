package uk.ectinduction.content;

import java.util.List;

/** Everything a content page shows, already filtered for its reader; templates only lay it out. */
public record PageView(
        String path,
        PageKind kind,
        Audience audience,
        String title,
        String heading,
        String caption,
        int version,
        List<Link> breadcrumbs,
        List<SectionView> sections,
        Agenda agenda,
        Link previous,
        Link next,
        List<WeekView> weeks,
        List<TermView> terms,
        boolean unpublished,
        boolean draftPending) {

    public record Link(String text, String href) {}

    /** A section as shown; {@code name} is a timed activity's name in the agenda, else null. */
    public record SectionView(
            String anchor, String heading, int headingLevel, String kind, Integer minutes, String html, String name) {

        /** The section at this 0-based position of its version; a section with no heading level is shown at 2. */
        public static SectionView of(
                int position,
                String kind,
                String heading,
                Integer headingLevel,
                String name,
                Integer minutes,
                String html) {
            return new SectionView(
                    "section-" + (position + 1),
                    heading,
                    headingLevel == null ? 2 : headingLevel,
                    kind,
                    minutes,
                    html,
                    name);
        }
    }

    /** The agenda of these sections (their timed activities), or null when there are none and no stated total. */
    public static Agenda agenda(List<SectionView> sections, Integer statedMinutes) {
        List<Activity> activities = sections.stream()
                .filter(s -> "ACTIVITY".equals(s.kind()) && s.minutes() != null)
                .map(s -> new Activity(s.name(), s.minutes(), s.anchor()))
                .toList();
        if (activities.isEmpty() && statedMinutes == null) {
            return null;
        }
        return new Agenda(
                activities, activities.stream().mapToInt(Activity::minutes).sum(), statedMinutes);
    }

    /** The timed activities of a meeting or session, their sum, and the total the page states, if any. */
    public record Agenda(List<Activity> activities, int totalMinutes, Integer statedMinutes) {
        public boolean disagrees() {
            return statedMinutes != null && statedMinutes != totalMinutes;
        }

        public int shownTotal() {
            return statedMinutes != null ? statedMinutes : totalMinutes;
        }
    }

    public record Activity(String name, int minutes, String anchor) {}

    /** A week of a module page: for each audience the reader may see, its pages and how long they take. */
    public record WeekView(int number, String title, List<AudienceLinks> audiences) {}

    public record AudienceLinks(String audience, List<Link> links, Integer minutes) {}

    /** A year and term of a programme page, with its modules. */
    public record TermView(String title, List<Link> modules) {}
}
