package uk.ectinduction.content.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.commonmark.node.Node;
import org.junit.jupiter.api.Test;
import uk.ectinduction.content.internal.ParsedPage.InternalLink;

/** Link rewriting on plain Markdown, without Spring. */
class LinkRewriterTest {

    static final String PAGE = "edt/year-1-x/summer-week-4-mentor-materials.md";

    @Test
    void siteRelativeAddressesPointAtTheProgrammePages() {
        assertThat(LinkRewriter.appTarget("/edt/year-1-x", PAGE)).hasValue("/programmes/edt/year-1-x");
        assertThat(LinkRewriter.appTarget("/assets/materials/handout.pdf", PAGE))
                .hasValue("/programmes/assets/materials/handout.pdf");
        assertThat(LinkRewriter.appTarget("/programmes/edt", PAGE)).hasValue("/programmes/edt");
    }

    @Test
    void relativeAddressesAreResolvedAgainstThePagesFolderAndLoseMdAndTrailingSlashes() {
        assertThat(LinkRewriter.appTarget("summer-week-5-mentor-materials.md", PAGE))
                .hasValue("/programmes/edt/year-1-x/summer-week-5-mentor-materials");
        assertThat(LinkRewriter.appTarget("../year-2-y/", PAGE)).hasValue("/programmes/edt/year-2-y");
        assertThat(LinkRewriter.appTarget("my notes.md#part-2", PAGE))
                .hasValue("/programmes/edt/year-1-x/my%20notes#part-2");
        assertThat(LinkRewriter.appTarget("other.md?a=1", "top.md")).hasValue("/programmes/other?a=1");
    }

    @Test
    void onlyHttpHttpsMailtoAndTelAreKeptAndAnchorsStayAsTheyAre() {
        assertThat(LinkRewriter.appTarget("https://example.org/a", PAGE)).hasValue("https://example.org/a");
        assertThat(LinkRewriter.appTarget("HTTP://example.org", PAGE)).hasValue("HTTP://example.org");
        assertThat(LinkRewriter.appTarget("mailto:someone@school.example", PAGE))
                .isPresent();
        assertThat(LinkRewriter.appTarget("tel:01234567890", PAGE)).isPresent();
        assertThat(LinkRewriter.appTarget("//cdn.example.org/x.png", PAGE)).hasValue("https://cdn.example.org/x.png");
        assertThat(LinkRewriter.appTarget("#activity-2", PAGE)).hasValue("#activity-2");
        assertThat(LinkRewriter.appTarget("javascript:alert(1)", PAGE)).isEmpty();
        assertThat(LinkRewriter.appTarget("about:blank", PAGE)).isEmpty();
        assertThat(LinkRewriter.appTarget("ftp://example.org/file", PAGE)).isEmpty();
        assertThat(LinkRewriter.appTarget("", PAGE)).isEmpty();
    }

    @Test
    void unsafeLinksKeepTheirWordsAndUnsafeImagesTheirAltText() {
        Node document =
                MarkdownText.parse("Read [the guide](javascript:alert(1)) and see ![a diagram](about:blank).\n");
        List<InternalLink> links = LinkRewriter.rewrite(document, PAGE, 1);
        assertThat(links).isEmpty();
        assertThat(MarkdownText.render(document)).isEqualTo("<p>Read the guide and see a diagram.</p>\n");
    }

    @Test
    void linksIntoTheProgrammeAreRewrittenAndListedWithTheirSourceLineAndWords() {
        String body = "Intro line\n\nSee [next week](summer-week-5-mentor-materials.md#top) and "
                + "[the handout](/assets/h.pdf).\n\n[Elsewhere](https://example.org)\n";
        Node document = MarkdownText.parse(body);
        List<InternalLink> links = LinkRewriter.rewrite(document, PAGE, 5);
        assertThat(links)
                .extracting(InternalLink::target)
                .containsExactly("/programmes/edt/year-1-x/summer-week-5-mentor-materials", "/programmes/assets/h.pdf");
        assertThat(links).extracting(InternalLink::line).containsExactly(7, 7);
        assertThat(links).extracting(InternalLink::text).containsExactly("next week", "the handout");
        assertThat(MarkdownText.render(document))
                .contains("href=\"/programmes/edt/year-1-x/summer-week-5-mentor-materials#top\"")
                .contains("href=\"/programmes/assets/h.pdf\"")
                .contains("href=\"https://example.org\"");
    }
}
