package uk.ectinduction.content.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page's source with its title changed: the front matter's {@code title:} line is rewritten (or added), and
 * every other byte stays as it was, line endings and byte-order mark included, so the exported page is the source
 * with that one line changed.
 */
final class PageTitle {

    private static final Pattern OPENING = Pattern.compile("\\A---[ \\t]*(\\r?\\n)");
    private static final Pattern CLOSING = Pattern.compile("(?m)^---[ \\t]*$");
    private static final Pattern TITLE = Pattern.compile("(?m)^title[ \\t]*:.*$");

    private PageTitle() {}

    static String rewrite(String source, String title) {
        String bom = source.startsWith("\uFEFF") ? "\uFEFF" : "";
        String text = source.substring(bom.length());
        String line = "title: " + quoted(title);
        Matcher opening = OPENING.matcher(text);
        if (opening.find()) {
            Matcher closing = CLOSING.matcher(text).region(opening.end(), text.length());
            if (closing.find()) {
                String block = text.substring(opening.end(), closing.start());
                Matcher existing = TITLE.matcher(block);
                String changed = existing.find()
                        ? block.substring(0, existing.start()) + line + block.substring(existing.end())
                        : line + opening.group(1) + block;
                return bom + text.substring(0, opening.end()) + changed + text.substring(closing.start());
            }
        }
        String eol = text.contains("\r\n") ? "\r\n" : "\n";
        return bom + "---" + eol + line + eol + "---" + eol + text;
    }

    /** A double-quoted front matter value, as {@link FrontMatter} reads it back. */
    static String quoted(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
