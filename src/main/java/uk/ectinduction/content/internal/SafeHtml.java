package uk.ectinduction.content.internal;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Turns HTML made from provider Markdown (which may carry raw HTML of its own) into HTML that is safe
 * to put on a page: jsoup's {@link Cleaner} keeps a fixed list of elements and attributes, and only
 * http, https and mailto links, then GOV.UK classes are added. Nothing from the source can bring a
 * script, an event handler, a style or a class.
 */
final class SafeHtml {

    private static final String BASE = "https://ect-induction.invalid/";

    private static final Safelist SAFELIST = Safelist.relaxed()
            .addTags("hr", "br", "abbr")
            .removeProtocols("a", "href", "ftp")
            .preserveRelativeLinks(true);

    private SafeHtml() {}

    static String clean(String html) {
        Document dirty = Jsoup.parseBodyFragment(html, BASE);
        keepEmbeddedVideosAsLinks(dirty);
        Document clean = new Cleaner(SAFELIST).clean(dirty);
        for (Element a : clean.select("a:not([href])")) {
            a.unwrap(); // an unsafe or missing address: keep the words, lose the link
        }
        for (Element img : clean.select("img:not([src])")) {
            img.replaceWith(new org.jsoup.nodes.TextNode(img.attr("alt")));
        }
        addGovukClasses(clean);
        detailsFromMarkers(clean);
        clean.outputSettings().prettyPrint(false);
        return clean.body().html();
    }

    /** An iframe cannot be allowed; a link to what it showed, named by its title, keeps the reader's way to it. */
    private static void keepEmbeddedVideosAsLinks(Document doc) {
        for (Element frame : doc.select("iframe")) {
            String src = frame.attr("src");
            if (src.startsWith("https://")) {
                String title = frame.attr("title").isBlank() ? "Embedded content" : frame.attr("title");
                Element p = new Element("p");
                p.appendElement("a").attr("href", src).text(title + " (opens the video)");
                frame.replaceWith(p);
            }
        }
    }

    /**
     * A provider's {@code {details}} ... {@code {/details}} paragraphs become a GOV.UK details component: the
     * first paragraph inside is its summary, the rest its text. Unmatched markers stay as they are.
     */
    private static void detailsFromMarkers(Document doc) {
        for (Element open : doc.body().select("> p")) {
            if (!open.text().strip().startsWith("{details}") || open.parent() == null) {
                continue;
            }
            List<Element> inside = new ArrayList<>();
            Element close = null;
            for (Element next = open.nextElementSibling(); next != null; next = next.nextElementSibling()) {
                if (next.tagName().equals("p") && next.text().strip().endsWith("{/details}")) {
                    close = next;
                    break;
                }
                inside.add(next);
            }
            if (close == null) {
                continue;
            }
            stripMarker(open, "{details}", true);
            boolean closeEmpty = stripMarker(close, "{/details}", false);
            if (!closeEmpty) {
                inside.add(close);
            }
            Element summarySource;
            if (!open.text().isBlank()) {
                summarySource = open;
            } else if (!inside.isEmpty()) {
                summarySource = inside.remove(0);
            } else {
                continue;
            }
            Element details = new Element("details").addClass("govuk-details");
            Element summary = details.appendElement("summary").addClass("govuk-details__summary");
            summary.appendElement("span")
                    .addClass("govuk-details__summary-text")
                    .html(summarySource.tagName().equals("p") ? summarySource.html() : summarySource.outerHtml());
            Element text = details.appendElement("div").addClass("govuk-details__text");
            for (Element element : inside) {
                text.appendChild(element);
            }
            if (summarySource != open) {
                summarySource.remove();
            }
            open.replaceWith(details);
            if (closeEmpty) {
                close.remove();
            }
        }
    }

    /** Removes a marker from the start or end of a paragraph's text; true if nothing else is left in it. */
    private static boolean stripMarker(Element paragraph, String marker, boolean atStart) {
        List<org.jsoup.nodes.TextNode> texts = paragraph.textNodes();
        if (!texts.isEmpty()) {
            org.jsoup.nodes.TextNode node = atStart ? texts.get(0) : texts.get(texts.size() - 1);
            String t = node.getWholeText();
            int at = atStart ? t.indexOf(marker) : t.lastIndexOf(marker);
            if (at >= 0) {
                node.text(t.substring(0, at) + t.substring(at + marker.length()));
            }
        }
        return paragraph.text().isBlank() && paragraph.children().isEmpty();
    }

    private static void addGovukClasses(Document doc) {
        doc.select("p").addClass("govuk-body");
        doc.select("ul").addClass("govuk-list").addClass("govuk-list--bullet");
        doc.select("ol").addClass("govuk-list").addClass("govuk-list--number");
        doc.select("a").addClass("govuk-link");
        doc.select("h1, h2").addClass("govuk-heading-m");
        doc.select("h3, h4, h5, h6").addClass("govuk-heading-s");
        doc.select("blockquote").addClass("govuk-inset-text");
        doc.select("table").addClass("govuk-table");
        doc.select("thead").addClass("govuk-table__head");
        doc.select("tbody").addClass("govuk-table__body");
        doc.select("tr").addClass("govuk-table__row");
        doc.select("th").addClass("govuk-table__header");
        doc.select("td").addClass("govuk-table__cell");
        doc.select("hr")
                .addClass("govuk-section-break")
                .addClass("govuk-section-break--m")
                .addClass("govuk-section-break--visible");
        doc.select("img").addClass("app-content-image");
    }
}
