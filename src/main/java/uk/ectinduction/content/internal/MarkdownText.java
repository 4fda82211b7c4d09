package uk.ectinduction.content.internal;

import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * The commonmark set-up the import reads provider Markdown with, and what the parts of the import ask of its
 * nodes: their words and the source lines they stand on. Source spans are kept so that a section can keep its
 * Markdown slice and a problem or link can name its line.
 */
final class MarkdownText {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder()
            .extensions(EXTENSIONS)
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();
    private static final HtmlRenderer RENDERER =
            HtmlRenderer.builder().extensions(EXTENSIONS).build();

    private MarkdownText() {}

    static Node parse(String markdown) {
        return PARSER.parse(markdown);
    }

    /** Unsanitised HTML: it goes through {@link SafeHtml} before it is kept. */
    static String render(Node node) {
        return RENDERER.render(node);
    }

    /** The words of a node, with line breaks and paragraph ends as spaces. */
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

    /** The 0-based line of the parsed text on which a node starts. */
    static int lineOf(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        return spans.isEmpty() ? 0 : spans.get(0).getLineIndex();
    }

    /** The 0-based line on which a block ends. */
    static int lastLineOf(Node node) {
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
