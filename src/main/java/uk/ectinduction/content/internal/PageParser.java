package uk.ectinduction.content.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import uk.ectinduction.content.internal.ParsedPage.InternalLink;

/**
 * Reads one page in three parts: {@link LinkRewriter} points its links at the app, {@link PageSections} cuts its
 * body into sections, and {@link LearningIntentionReader} reads the intentions of its learning-intentions
 * sections. This class reads the front matter and the title, and puts each link into the section it stands in.
 */
final class PageParser {

    private static final Pattern BULLET_CHARACTER =
            Pattern.compile("(?m)^([ \\t]*)[\u25AA\u2022\u25CF\u25E6\u25A0][ \\t]*");

    private PageParser() {}

    /**
     * @param sourcePath  the page's path in its tree, e.g. {@code edt/year-1-x/summer-week-1-mentor-materials.md}
     * @param modulePage  true for a module page, whose per-audience sections are tagged with their audience
     * @param codeForText finds the framework code of a learning intention quoted without one
     */
    static ParsedPage parse(
            String sourcePath, String source, boolean modulePage, Function<String, Optional<String>> codeForText) {
        FrontMatter front = FrontMatter.read(source);
        // "▪ item" paragraphs are a list the provider typed by hand: make them one (line numbers unchanged).
        String body = BULLET_CHARACTER.matcher(front.body()).replaceAll("$1- ");
        Node document = MarkdownText.parse(body);
        int lineOffset = front.bodyLine();
        List<InternalLink> links = LinkRewriter.rewrite(document, sourcePath, lineOffset);

        String title = front.get("title").orElse(null);
        if (title == null) {
            for (Node n = document.getFirstChild(); n != null; n = n.getNext()) {
                if (n instanceof Heading h && h.getLevel() == 1) {
                    title = MarkdownText.plainText(h).strip();
                    break;
                }
            }
        }
        if (title == null || title.isBlank()) {
            throw new SourceProblem(1, "no title: give the page a 'title:' in its front matter or a '# heading'");
        }

        LearningIntentionReader intentions = new LearningIntentionReader(codeForText);
        PageSections sections = PageSections.read(document, body, modulePage, intentions);
        List<InternalLink> placed = new ArrayList<>();
        for (InternalLink link : links) {
            int bodyLine = link.line() - lineOffset;
            placed.add(new InternalLink(
                    link.target(),
                    link.line(),
                    sections.weekOfLine(bodyLine),
                    sections.sectionOfLine(bodyLine),
                    link.text()));
        }
        return new ParsedPage(
                title.strip(),
                front.get("heading").orElse(null),
                front.get("caption").orElse(null),
                front.values(),
                sections.statedMinutes(),
                sections.sections(),
                intentions.intentions(),
                List.copyOf(placed),
                sections.headingJumps().stream()
                        .map(j -> new ParsedPage.HeadingJump(j.line() + lineOffset, j.from(), j.to(), j.heading()))
                        .toList());
    }
}
