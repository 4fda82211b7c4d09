package uk.ectinduction.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.UriUtils;
import uk.ectinduction.support.IntegrationTest;
import uk.ectinduction.support.Pages;
import uk.ectinduction.support.QueryCounter;
import uk.ectinduction.support.SignIn;

/** The search page as people use it: from the header, safe with any input, paged, in a fixed few statements. */
@IntegrationTest
class SearchPageTest {

    static final String SCRIPT = "<script>alert('x')</script>";

    @Autowired
    MockMvc mvc;

    @Autowired
    ContentImporter importer;

    /** MockMvc encodes the path it is given, so a search is written unencoded (and a link from a page decoded). */
    static String search(String query) {
        return "/search?q=" + query;
    }

    static String decoded(String href) {
        return UriUtils.decode(href, StandardCharsets.UTF_8);
    }

    /** A page whose text shows markup as words: a search's snippet of it must show them as words too. */
    void importPageAboutMarkup() {
        String page = "---\ntitle: \"Instructions\"\n---\n\nThe narwhal example: type `" + SCRIPT
                + "` to see it shown as text: 5 < 6 & 7 > 3, \"quoted\".\n";
        ImportReport report = importer.importContent(
                ImportRequest.tree(List.of(
                        new ImportRequest.SourceFile(
                                "markup-provider.md",
                                "markup-provider.md",
                                "---\ntitle: \"Markup provider\"\n---\n\nA provider.\n"
                                        .getBytes(StandardCharsets.UTF_8)),
                        new ImportRequest.SourceFile(
                                "markup-provider/year-1-markup/autumn-week-1-ect-instructions.md",
                                "instructions.md",
                                page.getBytes(StandardCharsets.UTF_8)))),
                ImportProgress.NONE);
        assertThat(report.errors()).isEmpty();
    }

    @Test
    void scriptInAQueryOrAPageIsShownAsText() throws Exception {
        importPageAboutMarkup();
        MockHttpSession ect = SignIn.as(mvc, "ect@example.com");

        String query = SCRIPT + " narwhal";
        String html = body(search(query), ect);
        assertThat(html).doesNotContain(SCRIPT).contains("&lt;script&gt;alert(");
        Document page = Jsoup.parse(html);
        assertNoScriptButTheApps(page);
        assertThat(page.selectFirst("#search-q").val()).isEqualTo(query);
        assertThat(page.title()).contains(query);
        assertThat(page.selectFirst("main").text()).contains("No materials found for " + query);

        // The page's own text, with markup characters in it, comes back in the snippet as text.
        String found = body(search("narwhal"), ect);
        assertThat(found).contains("5 &lt; 6 &amp; 7 &gt; 3");
        Document results = Jsoup.parse(found);
        assertNoScriptButTheApps(results);
        Element snippet = results.selectFirst(".app-search-result__snippet");
        assertThat(snippet.text()).contains("alert('x')", "5 < 6 & 7 > 3, \"quoted");
        assertThat(snippet.select("mark").eachText()).containsExactly("narwhal");
        assertThat(snippet.select("*")).allSatisfy(e -> assertThat(e.tagName()).isIn("p", "mark"));
    }

    String body(String path, MockHttpSession session) throws Exception {
        return mvc.perform(get(path).session(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    static void assertNoScriptButTheApps(Document page) {
        assertThat(page.select("script")).allSatisfy(script -> {
            assertThat(script.attr("src")).startsWith("/js/");
            assertThat(script.data()).isEmpty();
        });
    }

    @Test
    void everyPageHasASearchBoxInItsHeaderWithALabel() throws Exception {
        MockHttpSession mentor = SignIn.as(mvc, "mentor@example.com");
        for (String path : List.of("/mentor", "/framework", "/search")) {
            Element form = Pages.get200(mvc, path, mentor).selectFirst("header form[role=search]");
            assertThat(form).as(path).isNotNull();
            assertThat(form.attr("action")).isEqualTo("/search");
            assertThat(form.attr("method")).isEqualTo("get");
            Element input = form.selectFirst("input[name=q]");
            assertThat(form.selectFirst("label[for=" + input.id() + "]").text()).isEqualTo("Search the materials");
        }
        mvc.perform(get("/search?q=parents")).andExpect(redirectedUrl("/login"));
    }

    @Test
    void everyRoleGetsItsResultsPage() throws Exception {
        for (String email :
                List.of("admin@example.com", "tutor@example.com", "mentor@example.com", "ect@example.com")) {
            Document page = Pages.get200(mvc, search("relationships"), SignIn.as(mvc, email));
            assertThat(page.select(".app-search-result")).as(email).isNotEmpty();
        }
    }

    @Test
    void resultsComeTenToAPageWithGovukPagination() throws Exception {
        importer.importContent(SyntheticTree.request("page-links", 1, 12), ImportProgress.NONE);
        MockHttpSession admin = SignIn.as(mvc, "admin@example.com");
        Document first = Pages.get200(mvc, search("practise together"), admin);
        assertThat(first.select(".app-search-result")).hasSize(10);
        assertThat(first.select(".govuk-pagination__item--current").text()).isEqualTo("1");
        assertThat(first.select(".govuk-pagination__prev")).isEmpty();
        String next = decoded(first.selectFirst(".govuk-pagination__next a").attr("href"));
        Document second = Pages.get200(mvc, next, admin);
        assertThat(second.select(".govuk-pagination__item--current").text()).isEqualTo("2");
        assertThat(second.select(".app-search-results h2 a").eachAttr("href"))
                .hasSize(10)
                .doesNotContainAnyElementsOf(
                        first.select(".app-search-results h2 a").eachAttr("href"));
        assertThat(second.selectFirst(".app-search-results").attr("start")).isEqualTo("11");
        assertThat(second.selectFirst(".govuk-pagination__prev a").attr("href")).contains("page=1");
        // A page number that is not one shows the first page, not an error.
        assertThat(Pages.get200(mvc, search("practise together") + "&page=abc", admin)
                        .select(".govuk-pagination__item--current")
                        .text())
                .isEqualTo("1");
    }

    @Test
    void aSearchTakesTheSameFewStatementsWhateverItFinds() throws Exception {
        MockHttpSession mentor = SignIn.as(mvc, "mentor@example.com");
        statements("/search", mentor); // the first request after signing in also writes the new session once
        int page = statements("/search", mentor); // the request's own statements, without a search
        statements(search("relatoinships"), mentor); // the first search that finds nothing checks for pg_trgm
        List<Integer> counts = List.of(
                statements(search("relationships"), mentor),
                statements(search("parents evening week"), mentor),
                statements(search("relationships") + "&page=2", mentor),
                statements(search("the"), mentor),
                statements(search("relatoinshipz"), mentor));
        assertThat(counts).containsExactly(page + 1, page + 1, page + 1, page + 1, page + 2);
    }

    int statements(String path, MockHttpSession session) throws Exception {
        QueryCounter.reset();
        mvc.perform(get(path).session(session)).andExpect(status().isOk());
        return QueryCounter.count();
    }

    @Test
    void aSearchThatFindsNothingSaysWhatToTry() throws Exception {
        MockHttpSession mentor = SignIn.as(mvc, "mentor@example.com");
        Document page = Pages.get200(mvc, search("relatoinships"), mentor);
        assertThat(page.select("h2").eachText()).contains("No materials found for relatoinships");
        assertThat(page.select("main a").eachText()).contains("relationships", "your programme week by week");
        Document junk = Pages.get200(mvc, search("!!! the"), mentor);
        assertThat(junk.selectFirst("main").text()).contains("Your search has no words to look for");
    }
}
