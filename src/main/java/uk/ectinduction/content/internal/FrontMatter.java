package uk.ectinduction.content.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code ---} block at the top of a page: one {@code key: value} per line, values optionally in
 * double or single quotes. Only this flat shape is used by the providers, so only it is accepted.
 *
 * @param values   the keys in source order
 * @param body     the Markdown after the block
 * @param bodyLine the 1-based line of the source on which {@code body} starts
 */
record FrontMatter(Map<String, String> values, String body, int bodyLine) {

    private static final Pattern ENTRY = Pattern.compile("^([A-Za-z_][A-Za-z0-9_-]*)\\s*:\\s*(.*?)\\s*$");

    Optional<String> get(String key) {
        return Optional.ofNullable(values.get(key)).filter(v -> !v.isBlank());
    }

    /** Splits the source; a malformed block is a {@link SourceProblem} naming its line. */
    static FrontMatter read(String source) {
        String text = source.startsWith("\uFEFF") ? source.substring(1) : source;
        String[] lines = text.split("\r?\n", -1);
        if (lines.length == 0 || !lines[0].strip().equals("---")) {
            return new FrontMatter(Map.of(), text, 1);
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i];
            if (line.strip().equals("---")) {
                StringBuilder body = new StringBuilder();
                for (int j = i + 1; j < lines.length; j++) {
                    body.append(lines[j]);
                    if (j < lines.length - 1) {
                        body.append('\n');
                    }
                }
                return new FrontMatter(values, body.toString(), i + 2);
            }
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            Matcher entry = ENTRY.matcher(line);
            if (!entry.matches()) {
                throw new SourceProblem(
                        i + 1, "bad front matter: expected 'key: value' but found '" + abbreviate(line) + "'");
            }
            values.put(entry.group(1), unquote(entry.group(2), i + 1));
        }
        throw new SourceProblem(1, "bad front matter: the block opened by '---' is never closed");
    }

    private static String unquote(String value, int line) {
        if (value.startsWith("\"") || value.startsWith("'")) {
            char quote = value.charAt(0);
            if (value.length() < 2 || value.charAt(value.length() - 1) != quote) {
                throw new SourceProblem(
                        line, "bad front matter: the quoted value " + abbreviate(value) + " has no closing " + quote);
            }
            String inner = value.substring(1, value.length() - 1);
            return quote == '"' ? inner.replace("\\\"", "\"").replace("\\\\", "\\") : inner.replace("''", "'");
        }
        return value;
    }

    private static String abbreviate(String text) {
        String t = text.strip();
        return t.length() > 60 ? t.substring(0, 57) + "..." : t;
    }
}
