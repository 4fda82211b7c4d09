package uk.ectinduction.content;

import java.util.List;
import java.util.Map;

/** What the importer recognised in one source page; nothing of the source is left out of it. */
record ParsedPage(
        String title,
        String heading,
        String caption,
        Map<String, String> frontMatter,
        Integer statedMinutes,
        List<Section> sections,
        List<Intention> intentions,
        List<InternalLink> links) {

    enum SectionKind { SECTION, LEARNING_INTENTIONS, ACTIVITY, PREPARATION, PLANNING_FOR_ACTION }

    enum IntentionKind { LEARN_THAT, LEARN_HOW_TO }

    /** One run of the page under one heading (or before the first); an ACTIVITY carries its name and minutes. */
    record Section(int position, SectionKind kind, String heading, Integer headingLevel, String name,
            Integer minutes, Audience audience, Integer weekNumber, String markdown, String html) {
    }

    record Intention(int sectionPosition, int position, IntentionKind kind, String stem, String code, String text) {
    }

    /** A site-relative link, as the app path it now points to, and the source line it is on. */
    record InternalLink(String target, int line, Integer weekNumber, int sectionPosition, String text) {
    }

    int activityMinutes() {
        return sections.stream().filter(s -> s.kind() == SectionKind.ACTIVITY && s.minutes() != null)
                .mapToInt(Section::minutes).sum();
    }
}
