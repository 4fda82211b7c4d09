package uk.ectinduction.content;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import uk.ectinduction.content.ParsedPage.IntentionKind;
import uk.ectinduction.content.ParsedPage.InternalLink;
import uk.ectinduction.content.ParsedPage.Section;
import uk.ectinduction.content.ParsedPage.SectionKind;

/**
 * Reads one page: front matter, then the Markdown through commonmark, walking its top-level blocks in
 * order. Each heading (and each "Review: 5 mins" style line) starts a section; sections are recognised
 * as learning intentions, timed activities, preparation or planning for action where their headings say
 * so, and kept as plain sections otherwise. Every block lands in exactly one section, so no text is lost.
 */
final class PageParser {

    static final String STATEMENT_PATH = "/framework/statements/";

    private static final List<org.commonmark.Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS)
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS).build();

    private static final String MINUTES = "(\\d{1,3})\\s*(?:minutes?|mins?)\\.?";
    private static final Pattern HEADING_DURATION = Pattern.compile(
            "^(.*?)\\s*(?:[(\\[]\\s*" + MINUTES + "\\s*[)\\]]|[:\u2013\u2014-]\\s*" + MINUTES + ")\\s*:?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ACTIVITY_LINE = Pattern.compile(
            "^([A-Za-z][^:\\n]{0,60}?)\\s*:\\s*" + MINUTES + "$", Pattern.CASE_INSENSITIVE);
    private static final Pattern STATED_DURATION = Pattern.compile(
            "^(?:total\\s+)?duration\\s*:?\\s*" + MINUTES + "$", Pattern.CASE_INSENSITIVE);
    private static final Pattern INTENTIONS_HEADING = Pattern.compile(
            "learning intentions|intended outcomes|learning outcomes|objectives|\\blearn that\\b|\\blearn how to\\b"
                    + "|will learn",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LEARN_THAT = Pattern.compile("^(?:.*\\b)?learn that\\s*:?\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LEARN_HOW_TO = Pattern.compile("^(?:.*\\b)?learn how to\\b\\s*(.*?)\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern STEM = Pattern.compile(".*\\bby\\s*:\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern CODE = Pattern.compile("^(\\d{1,2}\\.\\d{1,2}|\\d{1,2}[a-z])[:.)]?\\s+(\\S.*)$",
            Pattern.DOTALL);
    private static final Pattern PREPARATION = Pattern.compile("\\bprepar", Pattern.CASE_INSENSITIVE);
    private static final Pattern PLANNING = Pattern.compile("planning for action", Pattern.CASE_INSENSITIVE);
    private static final Pattern WEEK = Pattern.compile("\\bweek\\s+(\\d{1,2})\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern MODULE_INTRO = Pattern.compile("module introduction", Pattern.CASE_INSENSITIVE);
    private static final Pattern BULLET_CHARACTER = Pattern.compile("(?m)^([ \\t]*)[\u25AA\u2022\u25CF\u25E6\u25A0][ \\t]*");
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

    private PageParser() {
    }

    /**
     * @param sourcePath the page's path in its tree, e.g. {@code edt/year-1-x/summer-week-1-mentor-materials.md}
     * @param modulePage true for a module page, whose per-audience sections are tagged with their audience
     */
    static ParsedPage parse(String sourcePath, String source, boolean modulePage) {
        return parse(sourcePath, source, modulePage, text -> Optional.empty());
    }

    /**
     * @param codeForText finds the framework code of a learning intention quoted without one
     */
    static ParsedPage parse(String sourcePath, String source, boolean modulePage,
            java.util.function.Function<String, Optional<String>> codeForText) {
        FrontMatter front = FrontMatter.read(source);
        // "▪ item" paragraphs are a list the provider typed by hand: make them one (line numbers unchanged).
        String body = BULLET_CHARACTER.matcher(front.body()).replaceAll("$1- ");
        Node document = PARSER.parse(body);
        int lineOffset = front.bodyLine();
        List<InternalLink> links = rewriteLinks(document, sourcePath, lineOffset);
        String[] lines = body.split("\n", -1);

        String title = front.get("title").orElse(null);
        if (title == null) {
            for (Node n = document.getFirstChild(); n != null; n = n.getNext()) {
                if (n instanceof Heading h && h.getLevel() == 1) {
                    title = plainText(h).strip();
                    break;
                }
            }
        }
        if (title == null || title.isBlank()) {
            throw new SourceProblem(1, "no title: give the page a 'title:' in its front matter or a '# heading'");
        }

        Builder b = new Builder(lines, modulePage, codeForText);
        for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
            b.accept(block);
        }
        b.close();
        List<InternalLink> placed = new ArrayList<>();
        for (InternalLink link : links) {
            int bodyLine = link.line() - lineOffset;
            placed.add(new InternalLink(link.target(), link.line(), b.weekOfLine(bodyLine), b.sectionOfLine(bodyLine),
                    link.text()));
        }
        return new ParsedPage(title.strip(), front.get("heading").orElse(null), front.get("caption").orElse(null),
                front.values(), b.statedMinutes, List.copyOf(b.sections), List.copyOf(b.intentions),
                List.copyOf(placed));
    }

    /** Builds sections from top-level blocks, in order. */
    private static final class Builder {
        final String[] lines;
        final boolean modulePage;
        final List<Section> sections = new ArrayList<>();
        final List<ParsedPage.Intention> intentions = new ArrayList<>();
        final List<int[]> sectionLines = new ArrayList<>(); // first line, week number (or -1)
        Integer statedMinutes;

        // The section being built
        SectionKind kind = SectionKind.SECTION;
        String heading;
        Integer headingLevel;
        String name;
        Integer minutes;
        Audience audience;
        final List<Node> blocks = new ArrayList<>();

        int lastHeadingLevel = 1;
        Integer weekNumber;
        boolean inIntentions;
        IntentionKind intentionKind;
        String stem;

        final java.util.function.Function<String, Optional<String>> codeForText;

        Builder(String[] lines, boolean modulePage, java.util.function.Function<String, Optional<String>> codeForText) {
            this.lines = lines;
            this.modulePage = modulePage;
            this.codeForText = codeForText;
        }

        void accept(Node block) {
            if (block instanceof Heading h) {
                startHeading(h);
                return;
            }
            String text = block instanceof Paragraph ? plainText(block).strip() : null;
            if (text != null) {
                Matcher stated = STATED_DURATION.matcher(text);
                if (stated.matches()) {
                    if (statedMinutes == null && !modulePage) {
                        statedMinutes = Integer.parseInt(stated.group(1));
                    }
                    blocks.add(block);
                    return;
                }
                Matcher activity = ACTIVITY_LINE.matcher(text);
                if (!inIntentions && !modulePage && activity.matches()) {
                    close();
                    kind = SectionKind.ACTIVITY;
                    heading = text;
                    headingLevel = Math.min(6, lastHeadingLevel + 1);
                    name = activity.group(1).strip();
                    minutes = Integer.parseInt(activity.group(2));
                    markStart(block);
                    return;
                }
                if (inIntentions && readIntentionLabel(text)) {
                    blocks.add(block);
                    return;
                }
            }
            if (inIntentions && block instanceof ListBlock list) {
                readIntentions(list);
            }
            blocks.add(block);
        }

        void startHeading(Heading h) {
            close();
            String text = plainText(h).strip();
            int level = Math.max(2, Math.min(h.getLevel(), lastHeadingLevel + 1));
            lastHeadingLevel = level;
            heading = text;
            headingLevel = level;
            markStart(h);
            Matcher duration = HEADING_DURATION.matcher(text);
            if (modulePage) {
                kind = SectionKind.SECTION;
                Matcher week = WEEK.matcher(text);
                if (h.getLevel() <= 2) {
                    weekNumber = week.find() ? Integer.valueOf(week.group(1))
                            : MODULE_INTRO.matcher(text).find() ? Integer.valueOf(0) : null;
                    audience = null;
                } else {
                    audience = audienceHeading(text).orElse(null);
                }
                sectionLines.set(sectionLines.size() - 1, new int[] {lineOf(h), weekNumber == null ? -1 : weekNumber});
                return;
            }
            if (duration.matches() && !duration.group(1).isBlank()) {
                kind = SectionKind.ACTIVITY;
                name = duration.group(1).strip();
                minutes = Integer.parseInt(duration.group(2) != null ? duration.group(2) : duration.group(3));
                inIntentions = false;
            } else if (INTENTIONS_HEADING.matcher(text).find()) {
                kind = SectionKind.LEARNING_INTENTIONS;
                if (!inIntentions) {
                    intentionKind = null;
                    stem = null;
                }
                inIntentions = true;
                readIntentionLabel(text);
            } else if (PLANNING.matcher(text).find()) {
                kind = SectionKind.PLANNING_FOR_ACTION;
                inIntentions = false;
            } else if (PREPARATION.matcher(text).find()) {
                kind = SectionKind.PREPARATION;
                inIntentions = false;
            } else {
                kind = SectionKind.SECTION;
                // An empty heading such as "Session objectives" is followed by the statements themselves.
                inIntentions = false;
            }
        }

        /** "Learn that:", "Your ECT will learn how to:", "Learn how to build trusting relationships, by:", a stem. */
        boolean readIntentionLabel(String text) {
            if (LEARN_THAT.matcher(text).matches()) {
                intentionKind = IntentionKind.LEARN_THAT;
                stem = null;
                return true;
            }
            Matcher how = LEARN_HOW_TO.matcher(text);
            if (how.matches()) {
                intentionKind = IntentionKind.LEARN_HOW_TO;
                String rest = how.group(1).replaceFirst("^:\\s*", "").strip();
                stem = rest.isEmpty() ? null : Character.toUpperCase(rest.charAt(0)) + rest.substring(1);
                return true;
            }
            if (STEM.matcher(text).matches() && text.length() < 300) {
                stem = text;
                if (intentionKind == null) {
                    intentionKind = IntentionKind.LEARN_HOW_TO;
                }
                return true;
            }
            return false;
        }

        void readIntentions(ListBlock list) {
            int sectionPosition = sections.size();
            for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                if (!(item instanceof ListItem)) {
                    continue;
                }
                String text = plainText(item).strip().replaceAll("\\s+", " ");
                if (text.isEmpty()) {
                    continue;
                }
                String code = null;
                Matcher m = CODE.matcher(text);
                if (m.matches()) {
                    code = m.group(1);
                    text = m.group(2).strip();
                    linkCode(item, code);
                } else {
                    code = codeForText.apply(text).orElse(null);
                    if (code != null) {
                        appendCodeLink(item, code);
                    }
                }
                IntentionKind k = intentionKind != null ? intentionKind
                        : code != null && code.contains(".") ? IntentionKind.LEARN_THAT
                        : code != null ? IntentionKind.LEARN_HOW_TO : IntentionKind.LEARN_THAT;
                intentions.add(new ParsedPage.Intention(sectionPosition, intentions.size(), k,
                        k == IntentionKind.LEARN_HOW_TO ? stem : null, code, text));
            }
        }

        void markStart(Node node) {
            sectionLines.add(new int[] {lineOf(node), weekNumber == null ? -1 : weekNumber});
        }

        void close() {
            if (heading == null && blocks.isEmpty()) {
                resetSection();
                return;
            }
            if (sectionLines.size() == sections.size()) {
                int first = blocks.isEmpty() ? 0 : lineOf(blocks.get(0));
                sectionLines.add(new int[] {first, weekNumber == null ? -1 : weekNumber});
            }
            StringBuilder html = new StringBuilder();
            for (Node block : blocks) {
                html.append(RENDERER.render(block));
            }
            String markdown = blocks.isEmpty() ? "" : slice(lineOf(blocks.get(0)), lastLineOf(blocks.get(blocks.size() - 1)));
            sections.add(new Section(sections.size(), kind, heading, headingLevel, name, minutes,
                    modulePage ? audience : null, modulePage ? weekNumber : null, markdown,
                    SafeHtml.clean(html.toString())));
            resetSection();
        }

        void resetSection() {
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

        String slice(int from, int to) {
            StringBuilder sb = new StringBuilder();
            for (int i = from; i <= to && i < lines.length; i++) {
                sb.append(lines[i]);
                if (i < to) {
                    sb.append('\n');
                }
            }
            return sb.toString();
        }

        /** The position of the section holding a body line. */
        int sectionOfLine(int line) {
            int section = 0;
            for (int i = 0; i < sectionLines.size() && i < sections.size(); i++) {
                if (sectionLines.get(i)[0] <= line) {
                    section = i;
                }
            }
            return section;
        }

        /** The week of the module-page section holding a body line, for ordering parts. */
        Integer weekOfLine(int line) {
            Integer week = null;
            for (int[] start : sectionLines) {
                if (start[0] <= line) {
                    week = start[1] < 0 ? null : start[1];
                }
            }
            return week;
        }
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

    /** Makes the leading statement code of a list item a link to the statement's page. */
    private static void linkCode(Node item, String code) {
        Text first = firstText(item);
        if (first == null || !first.getLiteral().stripLeading().startsWith(code)) {
            return;
        }
        String literal = first.getLiteral().stripLeading();
        Link link = new Link(STATEMENT_PATH + code, "Framework statement " + code);
        link.appendChild(new Text(code));
        first.insertBefore(link);
        first.setLiteral(literal.substring(code.length()));
    }

    /** Names the statement an intention quotes without its code: "… schooling. (8h)", the code a link. */
    private static void appendCodeLink(Node item, String code) {
        Node target = item.getLastChild() instanceof Paragraph p ? p : item;
        Link link = new Link(STATEMENT_PATH + code, "Framework statement " + code);
        link.appendChild(new Text(code));
        target.appendChild(new Text(" ("));
        target.appendChild(link);
        target.appendChild(new Text(")"));
    }

    private static Text firstText(Node node) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Text t) {
                return t;
            }
            Text inner = firstText(child);
            if (inner != null) {
                return inner;
            }
        }
        return null;
    }

    /**
     * Points site-relative links at the app's pages ({@code /x/y} to {@code /programmes/x/y}, assets to
     * {@code /programmes/assets/...}), and unlinks any address that is not http, https, mailto or tel.
     */
    private static List<InternalLink> rewriteLinks(Node document, String sourcePath, int lineOffset) {
        List<Node> found = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                found.add(link);
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                found.add(image);
            }
        });
        List<InternalLink> internal = new ArrayList<>();
        for (Node node : found) {
            String destination = node instanceof Link l ? l.getDestination() : ((Image) node).getDestination();
            Optional<String> target = appTarget(destination == null ? "" : destination.strip(), sourcePath);
            if (target.isEmpty()) {
                neutralise(node);
                continue;
            }
            String to = target.get();
            if (node instanceof Link l) {
                l.setDestination(to);
            } else {
                ((Image) node).setDestination(to);
            }
            if (to.startsWith("/programmes/")) {
                internal.add(new InternalLink(to.replaceFirst("[?#].*$", ""), lineOffset + lineOf(node), null, -1,
                        plainText(node).strip()));
            }
        }
        return internal;
    }

    /** The address to link to, or empty if the destination is unsafe or unusable. */
    static Optional<String> appTarget(String destination, String sourcePath) {
        if (destination.isEmpty()) {
            return Optional.empty();
        }
        if (destination.startsWith("#")) {
            return Optional.of(destination);
        }
        if (destination.startsWith("//")) {
            return Optional.of("https:" + destination);
        }
        Matcher scheme = SCHEME.matcher(destination);
        if (scheme.find()) {
            String s = scheme.group().toLowerCase(Locale.ROOT);
            boolean safe = s.equals("http:") || s.equals("https:") || s.equals("mailto:") || s.equals("tel:");
            return safe ? Optional.of(destination) : Optional.empty();
        }
        String path = destination;
        if (!path.startsWith("/")) {
            int slash = sourcePath.lastIndexOf('/');
            String dir = slash < 0 ? "/" : "/" + sourcePath.substring(0, slash + 1);
            try {
                path = URI.create(dir).resolve(path.replace(" ", "%20")).toString();
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        String suffix = "";
        int cut = indexOfAny(path, '?', '#');
        if (cut >= 0) {
            suffix = path.substring(cut);
            path = path.substring(0, cut);
        }
        if (path.endsWith(".md")) {
            path = path.substring(0, path.length() - 3);
        }
        while (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        if (!path.startsWith("/programmes/") && !path.equals("/programmes")) {
            path = "/programmes" + path;
        }
        return Optional.of(path + suffix);
    }

    private static int indexOfAny(String s, char a, char b) {
        int i = s.indexOf(a);
        int j = s.indexOf(b);
        return i < 0 ? j : j < 0 ? i : Math.min(i, j);
    }

    private static void neutralise(Node node) {
        if (node instanceof Image image) {
            String alt = plainText(image);
            image.insertBefore(new Text(alt));
            image.unlink();
            return;
        }
        Node child = node.getFirstChild();
        while (child != null) {
            Node next = child.getNext();
            node.insertBefore(child);
            child = next;
        }
        node.unlink();
    }

    static String plainText(Node node) {
        StringBuilder sb = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                sb.append(text.getLiteral());
            }

            @Override
            public void visit(Code code) {
                sb.append(code.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak softLineBreak) {
                sb.append(' ');
            }

            @Override
            public void visit(HardLineBreak hardLineBreak) {
                sb.append(' ');
            }

            @Override
            public void visit(Paragraph paragraph) {
                if (sb.length() > 0) {
                    sb.append(' ');
                }
                visitChildren(paragraph);
            }
        });
        return sb.toString();
    }

    private static int lineOf(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        return spans.isEmpty() ? 0 : spans.get(0).getLineIndex();
    }

    private static int lastLineOf(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        if (spans.isEmpty()) {
            return lineOf(node);
        }
        int last = spans.get(spans.size() - 1).getLineIndex();
        // A block's own spans may stop at its first lines; its last descendant reaches its end.
        for (Node child = node.getLastChild(); child != null; child = child.getLastChild()) {
            List<SourceSpan> childSpans = child.getSourceSpans();
            if (!childSpans.isEmpty()) {
                last = Math.max(last, childSpans.get(childSpans.size() - 1).getLineIndex());
            }
        }
        return last;
    }
}
