package uk.ectinduction.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.ectinduction.content.ContentFixtures.FIXTURES;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import uk.ectinduction.support.Cli;
import uk.ectinduction.support.IntegrationTest;
import uk.ectinduction.support.SignIn;

/** Imported files are handouts only, sent so they cannot run in the app's origin, to the pages' audiences. */
@IntegrationTest
class HandoutsTest {

    static final String ASSETS = "/programmes/assets/handouts/";

    @Autowired
    ContentImporter importer;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    ImportReport report;

    @BeforeEach
    void importHandouts() {
        report = ContentFixtures.importFixture(importer, "handouts");
    }

    MockHttpServletResponse fetch(String path, String email) throws Exception {
        return mvc.perform(get(path).session(SignIn.as(mvc, email))).andReturn().getResponse();
    }

    @Test
    void htmlSvgAndScriptsAreSkippedWithAWarningAndAnswer404WhileThePagesAndHandoutsImport() throws Exception {
        assertThat(report.warnings())
                .extracting(Object::toString)
                .anySatisfy(w -> assertThat(w).endsWith("handouts/x.html: warning: not a handout type, skipped"))
                .anySatisfy(w -> assertThat(w).endsWith("handouts/x.svg: warning: not a handout type, skipped"))
                .anySatisfy(w -> assertThat(w).endsWith("handouts/x.js: warning: not a handout type, skipped"));
        assertThat(report.pages())
                .extracting(ImportReport.ImportedPage::path)
                .contains(
                        "/programmes/handout-provider/year-1-handouts/autumn-week-1-ect-instructions",
                        "/programmes/handout-provider/year-1-handouts/autumn-week-1-mentor-materials");
        assertThat(report.assets()).isEqualTo(5);
        assertThat(jdbc.sql("select count(*) from content_asset where path like 'assets/handouts/x.%'")
                        .query(Long.class)
                        .single())
                .isZero();
        for (String file : List.of("x.html", "x.svg", "x.js")) {
            assertThat(fetch(ASSETS + file, "admin@example.com").getStatus())
                    .as(file)
                    .isEqualTo(404);
        }
        assertThat(fetch(ASSETS + "ect-handout.pdf", "ect@example.com").getStatus())
                .isEqualTo(200);
    }

    @Test
    void theImportCommandPrintsTheSkippedFilesOnStandardError() {
        Cli.Run run = Cli.prod("", "import", FIXTURES.resolve("handouts").toString());
        assertThat(run.status()).isZero();
        assertThat(run.err().lines())
                .anySatisfy(l -> assertThat(l)
                        .endsWith("handouts/assets/handouts/x.html: warning: not a handout type, skipped"));
        assertThat(run.err().lines())
                .anySatisfy(l -> assertThat(l)
                        .endsWith(
                                "handouts/assets/handouts/fake.pdf: warning: its content is not a PDF file, skipped"));
    }

    @Test
    void aPdfWhoseBytesAreHtmlIsSkipped() throws Exception {
        assertThat(report.warnings())
                .extracting(Object::toString)
                .anySatisfy(w ->
                        assertThat(w).endsWith("handouts/fake.pdf: warning: its content is not a PDF file, skipped"));
        assertThat(fetch(ASSETS + "fake.pdf", "admin@example.com").getStatus()).isEqualTo(404);
    }

    @Test
    void aPdfIsDownloadedWithItsOwnSandboxAndNeverSniffed() throws Exception {
        byte[] pdf = Files.readAllBytes(FIXTURES.resolve("handouts/assets/handouts/ect-handout.pdf"));
        MockHttpServletResponse response = mvc.perform(
                        get(ASSETS + "ect-handout.pdf").session(SignIn.as(mvc, "ect@example.com")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andReturn()
                .getResponse();
        assertThat(response.getHeader("Content-Disposition")).startsWith("attachment; filename=\"ect-handout.pdf\"");
        assertThat(response.getHeaders("Content-Security-Policy")).containsExactly("sandbox; default-src 'none'");
        assertThat(response.getContentAsByteArray()).isEqualTo(pdf);
    }

    @Test
    void anImageIsShownInlineButStillSandboxed() throws Exception {
        MockHttpServletResponse response = fetch(ASSETS + "diagram.png", "ect@example.com");
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("image/png");
        assertThat(response.getHeader("Content-Disposition")).startsWith("inline; filename=\"diagram.png\"");
        assertThat(response.getHeaders("Content-Security-Policy")).containsExactly("sandbox; default-src 'none'");
    }

    @Test
    void aHandoutFollowsTheAudienceOfThePagesThatLinkIt() throws Exception {
        record Case(String email, String file, int status) {}
        for (Case c : List.of(
                new Case("ect@example.com", "mentor-handout.pdf", 404),
                new Case("mentor@example.com", "mentor-handout.pdf", 200),
                new Case("tutor@example.com", "mentor-handout.pdf", 404),
                new Case("admin@example.com", "mentor-handout.pdf", 200),
                // Linked from the "Mentors" section of the module page, which everyone may read.
                new Case("ect@example.com", "module-mentor-sheet.pdf", 404),
                new Case("mentor@example.com", "module-mentor-sheet.pdf", 200),
                new Case("mentor@example.com", "ect-handout.pdf", 200),
                new Case("tutor@example.com", "ect-handout.pdf", 200),
                // Linked from no page: admins only.
                new Case("mentor@example.com", "unlinked.pdf", 404),
                new Case("admin@example.com", "unlinked.pdf", 200))) {
            assertThat(fetch(ASSETS + c.file(), c.email()).getStatus())
                    .as(c.toString())
                    .isEqualTo(c.status());
        }
    }

    @Test
    void aHandoutNoLongerLinkedByAnyCurrentPageIsForAdminsOnly() throws Exception {
        byte[] changed =
                "---\ntitle: \"Mentor materials\"\n---\n\nNo handout this time.\n".getBytes(StandardCharsets.UTF_8);
        ImportReport again = importer.importContent(
                new ImportRequest(
                        List.of(new ImportRequest.SourceFile(
                                "autumn-week-1-mentor-materials.md", "changed.md", changed)),
                        "Handout Provider",
                        "Year 1 handouts"),
                ImportProgress.NONE);
        assertThat(again.errors()).isEmpty();
        assertThat(fetch(ASSETS + "mentor-handout.pdf", "mentor@example.com").getStatus())
                .isEqualTo(404);
        assertThat(fetch(ASSETS + "mentor-handout.pdf", "admin@example.com").getStatus())
                .isEqualTo(200);
    }

    @Test
    void filesStoredBeforeTheAllowListAreNeverServed() throws Exception {
        assertThatThrownBy(() -> jdbc.sql("insert into content_asset (path, content_type, sha256, bytes) "
                                + "values ('assets/handouts/old.html', 'text/html', 'x', ?)")
                        .param("<script>".getBytes(StandardCharsets.UTF_8))
                        .update())
                .isInstanceOf(DataIntegrityViolationException.class);
        jdbc.sql("insert into content_asset (path, content_type, sha256, bytes) values "
                        + "('assets/handouts/old.pdf', 'application/pdf', 'x', ?) on conflict (path) do nothing")
                .param("<html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8))
                .update();
        assertThat(fetch(ASSETS + "old.pdf", "admin@example.com").getStatus()).isEqualTo(404);
    }
}
