package uk.ectinduction.training.internal;

import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Reads a section of a plan as a statements activity: one that asks ECTs how far they agree or disagree, and lists
 * its statements in a bulleted list introduced by a line about statements ("Example statements include:"). The
 * section's other lists (steps, prompts) are not statements. Anything else is not a statements activity.
 */
public final class StatementList {

    private StatementList() {}

    /** The statements of the section, in order; empty if the section is not a statements activity. */
    public static List<String> of(String html) {
        Element body = Jsoup.parseBodyFragment(html).body();
        if (!body.text().toLowerCase(Locale.UK).contains("disagree")) {
            return List.of();
        }
        for (Element list : body.select("ul")) {
            Element before = list.previousElementSibling();
            if (before != null && before.text().toLowerCase(Locale.UK).contains("statements")) {
                return list.children().stream()
                        .filter(li -> li.tagName().equals("li"))
                        .map(Element::text)
                        .filter(text -> !text.isBlank())
                        .toList();
            }
        }
        return List.of();
    }
}
