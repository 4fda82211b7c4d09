package uk.ectinduction.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.ectinduction.content.ContentFixtures.FIXTURES;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import uk.ectinduction.support.IntegrationTest;
import uk.ectinduction.support.Pages;
import uk.ectinduction.support.SignIn;

@IntegrationTest
class ContentImportTest {

    static final String MODULE = "/programmes/quirk-provider/year-1-quirks";
    static final String MENTOR_PAGE = MODULE + "/autumn-week-1-mentor-materials";
    static final String TUTOR_PAGE = MODULE + "/autumn-training-session-1";
    static final String ECT_PAGE = MODULE + "/autumn-week-1-ect-instructions";

    @Autowired
    ContentImporter importer;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    ImportReport report;

    @BeforeEach
    void importQuirks() {
        report = ContentFixtures.importFixture(importer, "quirks");
    }

    Document page(String path, String email) throws Exception {
        return Pages.get200(mvc, path, SignIn.as(mvc, email));
    }

    @Test
    void aTreeImportsEveryPageWithItsAppPath() {
        assertThat(report.pages())
                .extracting(ImportReport.ImportedPage::path)
                .contains("/programmes/quirk-provider", MODULE, MENTOR_PAGE, TUTOR_PAGE, ECT_PAGE);
        assertThat(report.assets()).isEqualTo(1);
    }

    @Test
    void brokenInternalLinksAreWarningsWithTheirLine() {
        assertThat(report.warnings())
                .extracting(Object::toString)
                .anySatisfy(w -> assertThat(w)
                        .endsWith("quirk-provider.md:15: warning: broken link: no page or file at "
                                + "/programmes/quirk-provider/year-1-missing-module"))
                .anySatisfy(w -> assertThat(w)
                        .endsWith("autumn-week-1-ect-instructions.md:14: warning: broken link: " + "no page or file at "
                                + MODULE + "/autumn-week-9-ect-nowhere"));
        assertThat(report.warnings()).noneMatch(w -> w.message().contains("quirk-handout.pdf"));
    }

    @Test
    void mentorPageShowsIntentionsAgendaAndEveryQuirkSafely() throws Exception {
        Document doc = page(MENTOR_PAGE, "mentor@example.com");
        Element main = doc.selectFirst("main");

        assertThat(main.select(".app-agenda__minutes").eachText()).containsExactly("5", "10", "35", "5");
        assertThat(main.select(".app-agenda__total").text()).isEqualTo("55");
        assertThat(main.select(".app-agenda__activity a").eachText())
                .containsExactly("Review", "Plan", "Theory to practice", "Next steps");
        assertThat(main.select("ul li").eachText())
                .contains("The first hand-typed bullet survives", "The second hand-typed bullet survives");
        assertThat(main.text()).contains("A numbered item written with a tab survives.");
        assertThat(main.select("blockquote br")).isNotEmpty();
        assertThat(main.select("blockquote").text()).contains("The listener replied in the same quote.");
        assertThat(main.text())
                .contains(
                        "a blank link",
                        "a scripted link",
                        "Jumping headings keep their text.",
                        "Raw HTML paragraphs keep their words but lose their handlers.");
        String html = main.html();
        assertThat(html).doesNotContain("about:blank", "javascript:", "<script", "onerror", "onclick");
        assertThat(main.select("a:contains(a site-relative link)").attr("href")).isEqualTo(ECT_PAGE);
        assertThat(main.select("h1").text()).isEqualTo("Mentor materials");
        assertThat(doc.select(".govuk-breadcrumbs__list-item").eachText())
                .containsExactly("Quirk Provider", "Quirks of the trade", "Week 1: awkward formatting");
    }

    @Test
    void tutorPageFlagsATotalThatDisagreesAndLinksCodesToStatements() throws Exception {
        Document doc = page(TUTOR_PAGE, "tutor@example.com");
        Element main = doc.selectFirst("main");

        assertThat(main.select(".app-agenda__minutes").eachText()).containsExactly("10", "60", "5");
        assertThat(main.select(".app-agenda__total").text()).isEqualTo("90");
        assertThat(main.select(".app-agenda__mismatch").text())
                .isEqualTo("The activities add up to 75 minutes, but the page states 90 minutes.");
        assertThat(main.select("a[href=/framework/statements/8.4]").text()).isEqualTo("8.4");
        assertThat(main.select("a[href=/framework/statements/8h]").text()).isEqualTo("8h");
        assertThat(main.select(".app-section--preparation").text()).contains("behaviour policy");
    }

    @Test
    void ectPageRewritesSiteRelativeLinksAndAssets() throws Exception {
        Element main = page(ECT_PAGE, "ect@example.com").selectFirst("main");
        assertThat(main.select("a:contains(download the handout)").attr("href"))
                .isEqualTo("/programmes/assets/materials/quirk-handout.pdf");
        assertThat(main.select("a:contains(Reflect)").attr("title")).isEqualTo("Reflect week 1");
        assertThat(main.select("ul ul li").eachText()).contains("Indented sub-lists are kept as they are.");
        assertThat(main.select("details.govuk-details summary").text()).isEqualTo("Read the transcript.");
        assertThat(main.select("details .govuk-details__text").text())
                .isEqualTo("The transcript sentence is kept inside a details component.");
        assertThat(main.text()).doesNotContain("{details}");
    }

    @Test
    void assetsAreServedWithTheirContentType() throws Exception {
        MockHttpSession session = SignIn.as(mvc, "ect@example.com");
        mvc.perform(get("/programmes/assets/materials/quirk-handout.pdf").session(session))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .contentType("application/pdf"));
    }

    @Test
    void eachAudienceSeesOnlyItsPagesAndOthersAnswer404() throws Exception {
        record Case(String email, String path, int status) {}
        for (Case c : List.of(
                new Case("ect@example.com", MENTOR_PAGE, 404),
                new Case("ect@example.com", TUTOR_PAGE, 404),
                new Case("ect@example.com", ECT_PAGE, 200),
                new Case("ect@example.com", MODULE, 200),
                new Case("mentor@example.com", MENTOR_PAGE, 200),
                new Case("mentor@example.com", ECT_PAGE, 200),
                new Case("mentor@example.com", TUTOR_PAGE, 404),
                new Case("tutor@example.com", TUTOR_PAGE, 200),
                new Case("tutor@example.com", ECT_PAGE, 200),
                new Case("tutor@example.com", MENTOR_PAGE, 404),
                new Case("admin@example.com", MENTOR_PAGE, 200),
                new Case("admin@example.com", TUTOR_PAGE, 200),
                new Case("admin@example.com", MODULE + "/no-such-page", 404))) {
            MockHttpSession session = SignIn.as(mvc, c.email());
            mvc.perform(get(c.path()).session(session)).andExpect(status().is(c.status()));
        }
    }

    @Test
    void modulePageListsWeeksWithEachReadersLinksAndDurations() throws Exception {
        Element ect = page(MODULE, "ect@example.com").selectFirst(".app-weeks");
        assertThat(ect.select("a").eachAttr("href")).contains(ECT_PAGE).doesNotContain(MENTOR_PAGE, TUTOR_PAGE);
        Element admin = page(MODULE, "admin@example.com").selectFirst(".app-weeks");
        assertThat(admin.select("a").eachAttr("href")).contains(ECT_PAGE, MENTOR_PAGE, TUTOR_PAGE);
        assertThat(admin.text()).contains("Mentors (55 minutes)", "Induction tutors (90 minutes)");
    }

    @Test
    void duplicatePathsAndUnreadableFilesAreErrorsAndNothingIsImported() {
        long before =
                jdbc.sql("select count(*) from page_version").query(Long.class).single();
        byte[] good = "---\ntitle: \"Fine\"\n---\n\nFine.\n".getBytes(StandardCharsets.UTF_8);
        byte[] latin1 = "---\ntitle: \"Caf\u00e9\"\n---\n\nNot UTF-8.\n".getBytes(StandardCharsets.ISO_8859_1);
        ImportReport failed = importer.importContent(
                new ImportRequest(
                        List.of(
                                new ImportRequest.SourceFile("a/page.md", "one/page.md", good),
                                new ImportRequest.SourceFile("b/page.md", "two/page.md", good),
                                new ImportRequest.SourceFile("latin1.md", "latin1.md", latin1)),
                        "Dup Provider",
                        "Dup module"),
                ImportProgress.NONE);

        assertThat(failed.pages()).isEmpty();
        assertThat(failed.errors())
                .extracting(Object::toString)
                .containsExactly(
                        "two/page.md:1: error: duplicate path: /programmes/dup-provider/dup-module/page is also given by "
                                + "one/page.md",
                        "latin1.md:2: error: unreadable file: not UTF-8 text");
        assertThat(jdbc.sql("select count(*) from page_version")
                        .query(Long.class)
                        .single())
                .isEqualTo(before);
    }

    @Test
    void importingAgainKeepsUnchangedPagesAndVersionsChangedOnes() {
        long pages =
                jdbc.sql("select count(*) from content_page").query(Long.class).single();
        ImportReport again = importer.importContent(
                ImportRequest.tree(ContentFixtures.tree(FIXTURES.resolve("quirks"))), ImportProgress.NONE);
        assertThat(again.pages()).allMatch(p -> p.outcome() == ImportReport.Outcome.UNCHANGED);

        byte[] changed = "---\ntitle: \"Instructions\"\n---\n\nA changed page.\n".getBytes(StandardCharsets.UTF_8);
        ImportReport third = importer.importContent(
                new ImportRequest(
                        List.of(new ImportRequest.SourceFile(
                                "autumn-week-1-ect-instructions.md", "changed.md", changed)),
                        "Quirk Provider",
                        "Year 1 quirks"),
                ImportProgress.NONE);
        assertThat(third.errors()).isEmpty();
        assertThat(third.pages()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo(ECT_PAGE);
            assertThat(p.outcome()).isEqualTo(ImportReport.Outcome.NEW_VERSION);
        });
        assertThat(jdbc.sql("select count(*) from content_page")
                        .query(Long.class)
                        .single())
                .isEqualTo(pages);
        assertThat(jdbc.sql("select source_markdown from page_version v join content_page p on p.id = v.page_id "
                                + "where p.url_path = ? order by v.version_number")
                        .param(ECT_PAGE)
                        .query(String.class)
                        .list())
                .hasSizeGreaterThanOrEqualTo(2)
                .last()
                .asString()
                .contains("A changed page.");
    }
}
