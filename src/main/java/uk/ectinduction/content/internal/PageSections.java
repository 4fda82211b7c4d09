package uk.ectinduction.content.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Heading;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import uk.ectinduction.content.Audience;
import uk.ectinduction.content.internal.ParsedPage.Section;
import uk.ectinduction.content.internal.ParsedPage.SectionKind;

/**
 * Cuts a page's body into sections, walking its top-level blocks in order. Each heading starts a section, and
 * so does a line such as "Review: 5 mins". A section is recognised as learning intentions, a timed activity,
 * preparation or planning for action where its heading says so, and kept as a plain section otherwise. Every
 * block lands in exactly one section, so no text is lost. On a module page the "Week 1: …" headings number the
 * weeks, and the "ECTs" or "Mentors" headings under them tag their sections with that audience.
 */
final class PageSections {

    private static final Pattern STATED_DURATION =
            Pattern.compile("^(?:total\\s+)?duration\\s*:?\\s*" + Timing.MINUTES + "$", Pattern.CASE_INSENSITIVE);
    private static final Pattern PREPARATION = Pattern.compile("\\bprepar", Pattern.CASE_INSENSITIVE);
    private static final Pattern PLANNING = Pattern.compile("planning for action", Pattern.CASE_INSENSITIVE);
    private static final Pattern WEEK = Pattern.compile("\\bweek\\s+(\\d{1,2})\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern MODULE_INTRO = Pattern.compile("module introduction", Pattern.CASE_INSENSITIVE);

    /** Where a section starts in the body, and the module-page week it falls in (null outside any week). */
    private record SectionStart(int line, Integer week) {}

    private final String[] lines;
    private final boolean modulePage;
    private final LearningIntentionReader intentions;
    private final List<Section> sections = new ArrayList<>();
    private final List<SectionStart> starts = new ArrayList<>();
    private Integer statedMinutes;

    // The section being built
    private SectionKind kind = SectionKind.SECTION;
    private String heading;
    private Integer headingLevel;
    private String name;
    private Integer minutes;
    private Audience audience;
    private final List<Node> blocks = new ArrayList<>();

    private int lastHeadingLevel = 1;
    private Integer weekNumber;
    /** The level of the structure heading the reader is under, whose short timed lines are activities; else null. */
    private Integer structureLevel;
    /** The text of the last heading at each level, to name a heading that is only a time after its parent. */
    private final String[] headingAt = new String[7];

    private PageSections(String body, boolean modulePage, LearningIntentionReader intentions) {
        this.lines = body.split("\n", -1);
        this.modulePage = modulePage;
        this.intentions = intentions;
    }

    /**
     * @param document   {@code body} as parsed by {@link MarkdownText#parse}
     * @param modulePage true for a module page, whose per-audience sections are tagged with their audience
     * @param intentions reads the items of the learning-intentions sections as they are met
     */
    static PageSections read(Node document, String body, boolean modulePage, LearningIntentionReader intentions) {
        PageSections reader = new PageSections(body, modulePage, intentions);
        for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
            reader.accept(block);
        }
        reader.close();
        return reader;
    }

    List<Section> sections() {
        return List.copyOf(sections);
    }

    /** A total the page states for itself ("Duration: 60 minutes"); module pages have none. */
    Integer statedMinutes() {
        return statedMinutes;
    }

    /** The position of the section holding a body line. */
    int sectionOfLine(int line) {
        int section = 0;
        for (int i = 0; i < starts.size() && i < sections.size(); i++) {
            if (starts.get(i).line() <= line) {
                section = i;
            }
        }
        return section;
    }

    /** The week of the module-page section holding a body line, for ordering parts. */
    Integer weekOfLine(int line) {
        Integer week = null;
        for (SectionStart start : starts) {
            if (start.line() <= line) {
                week = start.week();
            }
        }
        return week;
    }

    private void accept(Node block) {
        if (block instanceof Heading h) {
            startHeading(h);
            return;
        }
        String text = block instanceof Paragraph ? MarkdownText.plainText(block).strip() : null;
        if (text != null) {
            Matcher stated = STATED_DURATION.matcher(text);
            if (stated.matches()) {
                if (statedMinutes == null && !modulePage) {
                    statedMinutes = Integer.parseInt(stated.group(1));
                }
                blocks.add(block);
                return;
            }
            Optional<Timing> timed = intentions.inside() || modulePage ? Optional.empty() : lineTiming(text);
            if (timed.isPresent()) {
                close();
                kind = SectionKind.ACTIVITY;
                heading = text;
                headingLevel = Math.min(6, lastHeadingLevel + 1);
                name = timed.get().name();
                minutes = timed.get().minutes();
                markStart(block);
                return;
            }
            if (!modulePage && Timing.opensStructure(text)) {
                structureLevel = Math.min(6, lastHeadingLevel + 1);
            }
            if (intentions.inside() && intentions.readLabel(text)) {
                blocks.add(block);
                return;
            }
        }
        if (intentions.inside() && block instanceof ListBlock list) {
            intentions.read(list, sections.size());
        }
        blocks.add(block);
    }

    private void startHeading(Heading h) {
        close();
        String text = MarkdownText.plainText(h).strip();
        int level = Math.max(2, Math.min(h.getLevel(), lastHeadingLevel + 1));
        lastHeadingLevel = level;
        heading = text;
        headingLevel = level;
        markStart(h);
        if (modulePage) {
            kind = SectionKind.SECTION;
            Matcher week = WEEK.matcher(text);
            if (h.getLevel() <= 2) {
                weekNumber = week.find()
                        ? Integer.valueOf(week.group(1))
                        : MODULE_INTRO.matcher(text).find() ? Integer.valueOf(0) : null;
                audience = null;
            } else {
                audience = audienceHeading(text).orElse(null);
            }
            starts.set(starts.size() - 1, new SectionStart(MarkdownText.lineOf(h), weekNumber));
            return;
        }
        headingAt[level] = text;
        Arrays.fill(headingAt, level + 1, headingAt.length, null);
        Optional<Timing> timing = Timing.ofHeading(text);
        if (timing.isEmpty() && structureLevel != null && level <= structureLevel) {
            structureLevel = null;
        }
        if (timing.isPresent()) {
            kind = SectionKind.ACTIVITY;
            name = timing.get().name().isEmpty()
                    ? parentHeading(level)
                    : timing.get().name();
            minutes = timing.get().minutes();
            intentions.leave();
        } else if (LearningIntentionReader.opensIntentions(text)) {
            kind = SectionKind.LEARNING_INTENTIONS;
            intentions.enter(text);
        } else if (PLANNING.matcher(text).find()) {
            kind = SectionKind.PLANNING_FOR_ACTION;
            intentions.leave();
        } else if (PREPARATION.matcher(text).find()) {
            kind = SectionKind.PREPARATION;
            intentions.leave();
        } else {
            kind = SectionKind.SECTION;
            if (Timing.opensStructure(text)) {
                structureLevel = level;
            }
            // An empty heading such as "Session objectives" is followed by the statements themselves.
            intentions.leave();
        }
    }

    /**
     * A paragraph that times a section: "Review: 5 mins" anywhere, and under a structure heading any form a heading
     * may take ("Review (5 mins)", "Plan – 5 minutes", "Theory to practice 35 mins").
     */
    private Optional<Timing> lineTiming(String text) {
        return Timing.ofColonLine(text).or(() -> structureLevel == null ? Optional.empty() : Timing.ofLine(text));
    }

    /** The heading a heading that is only a time ("#### 10 minutes") times; the time itself if there is none. */
    private String parentHeading(int level) {
        for (int l = level - 1; l >= 2; l--) {
            if (headingAt[l] != null) {
                return headingAt[l];
            }
        }
        return headingAt[level];
    }

    private void markStart(Node node) {
        starts.add(new SectionStart(MarkdownText.lineOf(node), weekNumber));
    }

    private void close() {
        if (heading == null && blocks.isEmpty()) {
            resetSection();
            return;
        }
        if (starts.size() == sections.size()) {
            int first = blocks.isEmpty() ? 0 : MarkdownText.lineOf(blocks.get(0));
            starts.add(new SectionStart(first, weekNumber));
        }
        StringBuilder html = new StringBuilder();
        for (Node block : blocks) {
            html.append(MarkdownText.render(block));
        }
        String markdown = blocks.isEmpty()
                ? ""
                : slice(MarkdownText.lineOf(blocks.get(0)), MarkdownText.lastLineOf(blocks.get(blocks.size() - 1)));
        sections.add(new Section(
                sections.size(),
                kind,
                heading,
                headingLevel,
                name,
                minutes,
                modulePage ? audience : null,
                modulePage ? weekNumber : null,
                markdown,
                SafeHtml.clean(html.toString())));
        resetSection();
    }

    private void resetSection() {
        kind = SectionKind.SECTION;
        heading = null;
        headingLevel = null;
        name = null;
        minutes = null;
        if (!modulePage) {
            audience = null;
        }
        blocks.clear();
    }

    private String slice(int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i <= to && i < lines.length; i++) {
            sb.append(lines[i]);
            if (i < to) {
                sb.append('\n');
            }
        }
        return sb.toString();
    }

    private static Optional<Audience> audienceHeading(String text) {
        String t = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z ]", "").strip();
        return switch (t) {
            case "ect", "ects", "early career teachers", "ect self study", "selfstudy", "self study" ->
                Optional.of(Audience.ECT);
            case "mentor", "mentors" -> Optional.of(Audience.MENTOR);
            case "induction tutor", "induction tutors", "tutor", "tutors" -> Optional.of(Audience.INDUCTION_TUTOR);
            default -> Optional.empty();
        };
    }
}
