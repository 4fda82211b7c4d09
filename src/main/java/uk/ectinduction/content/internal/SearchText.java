package uk.ectinduction.content.internal;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;

/**
 * What a page version gives full-text search (V70): the words of its section headings and of its body as the
 * reader sees them, without Markdown or HTML. Sections with an audience of their own (a module page's "Mentors"
 * part) are left out, because not every reader of the page may see them.
 */
record SearchText(String headings, String body) {

    /** Search marks its highlights with these characters; they must never come from the text itself. */
    private static final String RESERVED = "[\\x{E000}\\x{E001}]";

    static SearchText of(List<ParsedPage.Section> sections) {
        List<ParsedPage.Section> shared =
                sections.stream().filter(s -> s.audience() == null).toList();
        String headings = shared.stream()
                .map(ParsedPage.Section::heading)
                .filter(Objects::nonNull)
                .collect(Collectors.joining(" "));
        String body = shared.stream()
                .map(s -> Jsoup.parseBodyFragment(s.html()).text())
                .filter(text -> !text.isBlank())
                .collect(Collectors.joining(" "));
        return new SearchText(clean(headings), clean(body));
    }

    private static String clean(String text) {
        return text.replaceAll(RESERVED, " ").strip();
    }
}
