package uk.ectinduction.content.internal;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.util.UriUtils;
import uk.ectinduction.content.Audience;

/** What the importer recognised in one source page; nothing of the source is left out of it. */
record ParsedPage(
        String title,
        String heading,
        String caption,
        Map<String, String> frontMatter,
        Integer statedMinutes,
        List<Section> sections,
        List<Intention> intentions,
        List<InternalLink> links,
        List<HeadingJump> headingJumps) {

    private static final String ASSETS = "/programmes/assets/";

    enum SectionKind {
        SECTION,
        LEARNING_INTENTIONS,
        ACTIVITY,
        PREPARATION,
        PLANNING_FOR_ACTION
    }

    enum IntentionKind {
        LEARN_THAT,
        LEARN_HOW_TO
    }

    /** One run of the page under one heading (or before the first); an ACTIVITY carries its name and minutes. */
    record Section(
            int position,
            SectionKind kind,
            String heading,
            Integer headingLevel,
            String name,
            Integer minutes,
            Audience audience,
            Integer weekNumber,
            String markdown,
            String html) {}

    record Intention(int sectionPosition, int position, IntentionKind kind, String stem, String code, String text) {}

    /** A site-relative link, as the app path it now points to, and the source line it is on. */
    record InternalLink(String target, int line, Integer weekNumber, int sectionPosition, String text) {}

    /** A heading deeper than the one before it by more than one level, at its source line. */
    record HeadingJump(int line, int from, int to, String heading) {}

    /** A link to a file under {@code assets/}: the file's path, and the audience of the section it is in, if any. */
    record HandoutLink(String assetPath, Audience audience) {}

    /** The files this page links to, each once per audience that sees the link. */
    List<HandoutLink> handoutLinks() {
        Map<Integer, Audience> audiences = new HashMap<>();
        sections.forEach(s -> {
            if (s.audience() != null) {
                audiences.put(s.position(), s.audience());
            }
        });
        return links.stream()
                .filter(l -> l.target().startsWith(ASSETS))
                .map(l -> new HandoutLink(
                        UriUtils.decode(l.target().substring("/programmes/".length()), StandardCharsets.UTF_8),
                        audiences.get(l.sectionPosition())))
                .distinct()
                .toList();
    }

    int activityMinutes() {
        return sections.stream()
                .filter(s -> s.kind() == SectionKind.ACTIVITY && s.minutes() != null)
                .mapToInt(Section::minutes)
                .sum();
    }
}
