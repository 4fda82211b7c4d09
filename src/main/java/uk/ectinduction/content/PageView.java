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
        List<TermView> terms) {

    public record Link(String text, String href) {}

    public record SectionView(
            String anchor, String heading, int headingLevel, String kind, Integer minutes, String html) {}

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
