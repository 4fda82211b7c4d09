package uk.ectinduction.content.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import uk.ectinduction.content.PageText;

/**
 * A page's source as the editor's three fields — title, other front matter, Markdown body — and back. Unchanged
 * fields give back the source byte for byte (its title line, line endings and byte order mark kept), because an
 * export must hand back what was imported; the one liberty taken is that the title line comes first in the block,
 * as it does in every provider's pages.
 */
record EditableSource(boolean byteOrderMark, boolean crlf, boolean block, String titleLine, String rest, String body) {

    private static final Pattern TITLE_LINE = Pattern.compile("^title\\s*:.*");

    static EditableSource split(String source) {
        boolean bom = source.startsWith("\uFEFF");
        String text = (bom ? source.substring(1) : source);
        boolean crlf = text.contains("\r\n");
        text = text.replace("\r\n", "\n");
        String[] lines = text.split("\n", -1);
        if (lines[0].strip().equals("---")) {
            for (int i = 1; i < lines.length; i++) {
                if (lines[i].strip().equals("---")) {
                    String titleLine = null;
                    List<String> rest = new ArrayList<>();
                    for (int j = 1; j < i; j++) {
                        if (titleLine == null && TITLE_LINE.matcher(lines[j]).matches()) {
                            titleLine = lines[j];
                        } else {
                            rest.add(lines[j]);
                        }
                    }
                    String body = String.join("\n", List.of(lines).subList(i + 1, lines.length));
                    return new EditableSource(bom, crlf, true, titleLine, String.join("\n", rest), body);
                }
            }
        }
        return new EditableSource(bom, crlf, false, null, "", text);
    }

    /** The fields an editor starts from; {@code title} is the page's title as read. */
    PageText text(String title) {
        return new PageText(title, rest, body);
    }

    /**
     * The source of the edited fields. A title equal to {@code title} (the page's title as read) keeps its line as it
     * was; another is written in double quotes.
     */
    String compose(PageText edited, String title) {
        String newTitle = oneLine(edited.title());
        String titleLine = newTitle.equals(title) ? this.titleLine : "title: \"" + quoted(newTitle) + "\"";
        String rest = normalised(edited.frontMatter()).replaceAll("\\s+$", "");
        String body = normalised(edited.markdown());
        String text;
        if (!block && titleLine == null && rest.isEmpty()) {
            text = body;
        } else {
            StringBuilder source = new StringBuilder("---\n");
            if (titleLine != null) {
                source.append(titleLine).append('\n');
            }
            if (!rest.isEmpty()) {
                source.append(rest).append('\n');
            }
            text = source.append("---\n").append(body).toString();
        }
        return (byteOrderMark ? "\uFEFF" : "") + (crlf ? text.replace("\n", "\r\n") : text);
    }

    /** Browsers send a textarea's lines ended by CR LF; the source keeps its own line endings. */
    private static String normalised(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static String oneLine(String text) {
        return text.replaceAll("[\\r\\n]+", " ").strip();
    }

    private static String quoted(String title) {
        return title.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
