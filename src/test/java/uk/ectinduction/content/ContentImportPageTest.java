package uk.ectinduction.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.ectinduction.content.ContentFixtures.FIXTURES;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import uk.ectinduction.content.internal.ZipSourcesTest;
import uk.ectinduction.people.UserAccounts;
import uk.ectinduction.support.IntegrationTest;
import uk.ectinduction.support.SignIn;

@IntegrationTest
class ContentImportPageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ContentImporter importer;

    @Autowired
    PageEditor editor;

    @Autowired
    UserAccounts accounts;

    static byte[] zipOf(Path root, String top) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes);
                var walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                zip.putNextEntry(
                        new ZipEntry(top + root.relativize(file).toString().replace('\\', '/')));
                zip.write(Files.readAllBytes(file));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    Document finished(String location, MockHttpSession session) throws Exception {
        for (int i = 0; i < 200; i++) {
            String json = mvc.perform(get(location + "/status").session(session))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            if (json.contains("\"over\":true")) {
                break;
            }
            Thread.sleep(50);
        }
        String html = mvc.perform(get(location).session(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return Jsoup.parse(html);
    }

    @Test
    void anAdminImportsAZipOfATreeAndSeesTheResult() throws Exception {
        MockHttpSession admin = SignIn.as(mvc, "admin@example.com");
        mvc.perform(get("/admin/content/import").session(admin)).andExpect(status().isOk());
        String location = mvc.perform(multipart("/admin/content/import")
                        .file(new MockMultipartFile(
                                "files", "quirks.zip", "application/zip", zipOf(FIXTURES.resolve("quirks"), "quirks/")))
                        .session(admin)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();

        Document result = finished(location, admin);
        assertThat(result.select(".app-imported-pages a").eachAttr("href"))
                .contains("/programmes/quirk-provider/year-1-quirks/autumn-week-1-mentor-materials");
        assertThat(result.select(".app-import-warnings li").eachText())
                .anyMatch(w -> w.contains("quirk-provider.md:15: warning: broken link"));
    }

    @Test
    void filesThatAreNotHandoutsAreListedAsWarningsAndTheRestImports() throws Exception {
        MockHttpSession admin = SignIn.as(mvc, "admin@example.com");
        String location = mvc.perform(multipart("/admin/content/import")
                        .file(new MockMultipartFile(
                                "files",
                                "handouts.zip",
                                "application/zip",
                                zipOf(FIXTURES.resolve("handouts"), "handouts/")))
                        .session(admin)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();

        Document result = finished(location, admin);
        assertThat(result.select(".app-import-warnings li").eachText())
                .contains(
                        "handouts.zip!handouts/assets/handouts/x.html: warning: not a handout type, skipped",
                        "handouts.zip!handouts/assets/handouts/x.svg: warning: not a handout type, skipped",
                        "handouts.zip!handouts/assets/handouts/x.js: warning: not a handout type, skipped",
                        "handouts.zip!handouts/assets/handouts/fake.pdf: warning: its content is not a PDF file, skipped");
        assertThat(result.select(".app-imported-pages a").eachAttr("href"))
                .contains("/programmes/handout-provider/year-1-handouts/autumn-week-1-ect-instructions");
    }

    @Test
    void aMalformedUploadShowsItsErrorsAndChangesNothing() throws Exception {
        MockHttpSession admin = SignIn.as(mvc, "admin@example.com");
        long before =
                jdbc.sql("select count(*) from page_version").query(Long.class).single();
        String location = mvc.perform(multipart("/admin/content/import")
                        .file(new MockMultipartFile(
                                "files",
                                "good-page.md",
                                "text/markdown",
                                Files.readAllBytes(FIXTURES.resolve("broken/good-page.md"))))
                        .file(new MockMultipartFile(
                                "files",
                                "bad-front-matter.md",
                                "text/markdown",
                                Files.readAllBytes(FIXTURES.resolve("broken/bad-front-matter.md"))))
                        .param("programme", "Broken Provider")
                        .param("module", "Broken module")
                        .session(admin)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();

        Document result = finished(location, admin);
        assertThat(result.select(".govuk-error-summary li").eachText())
                .containsExactly("bad-front-matter.md:2: error: bad front matter: the quoted value "
                        + "\"A page whose front matter is broken has no closing \"");
        assertThat(jdbc.sql("select count(*) from page_version")
                        .query(Long.class)
                        .single())
                .isEqualTo(before);
    }

    @Test
    void aZipWhoseNamesAreNotUtf8IsAClearErrorNotAFailure() throws Exception {
        MockHttpSession admin = SignIn.as(mvc, "admin@example.com");
        String html = mvc.perform(multipart("/admin/content/import")
                        .file(new MockMultipartFile(
                                "files",
                                "latin1.zip",
                                "application/zip",
                                ZipSourcesTest.zipNamedIn(StandardCharsets.ISO_8859_1, "caf\u00e9.md")))
                        .session(admin)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(Jsoup.parse(html).select(".govuk-error-summary a").text())
                .startsWith("The selected file could not be read: the zip holds a file name that is not UTF-8");
    }

    @Test
    void anImportBesideAnUnpublishedDraftKeepsItAndSaysSo() throws Exception {
        String module = EditingFixtures.freshModule();
        String path = EditingFixtures.mentorPage(importer, module);
        EditablePage page = editor.open(path).orElseThrow();
        long author = EditingFixtures.admin(accounts, "Draft Author").id();
        editor.saveDraft(page.pageId(), page.text(), "Kept", author, page.lockVersion());
        ImportRequest.SourceFile newText =
                EditingFixtures.providersNewText(module).files().get(0);

        MockHttpSession admin = SignIn.as(mvc, "admin@example.com");
        String location = mvc.perform(multipart("/admin/content/import")
                        .file(new MockMultipartFile("files", newText.path(), "text/markdown", newText.bytes()))
                        .param("programme", EditingFixtures.PROGRAMME)
                        .param("module", module)
                        .session(admin)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();

        Document result = finished(location, admin);
        assertThat(result.select(".app-import-kept-drafts li").eachText())
                .containsExactly("Year 1 Summer week 4 mentor materials: draft version 2 kept, version 3 imported");
        assertThat(result.select(".app-import-kept-drafts a").attr("href"))
                .isEqualTo("/admin/content/pages/edit?path=" + path);
    }

    @Test
    void singlePagesNeedTheirProgrammeAndModule() throws Exception {
        MockHttpSession admin = SignIn.as(mvc, "admin@example.com");
        String html = mvc.perform(multipart("/admin/content/import")
                        .file(new MockMultipartFile("files", "good-page.md", "text/markdown", new byte[] {'x'}))
                        .session(admin)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(Jsoup.parse(html).select(".govuk-error-summary a").text())
                .isEqualTo("Enter the programme the pages belong to");
    }

    @Test
    void anImportWithNoFileIsTitledAsAnErrorAndLinksToTheFileField() throws Exception {
        MockHttpSession admin = SignIn.as(mvc, "admin@example.com");
        Document form = Jsoup.parse(mvc.perform(get("/admin/content/import").session(admin))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(form.title()).isEqualTo("Import content – ECT Induction");
        assertThat(form.select(".govuk-error-summary")).isEmpty();

        Document refused = Jsoup.parse(
                mvc.perform(multipart("/admin/content/import").session(admin).with(csrf()))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8));
        assertThat(refused.title()).isEqualTo("Error: Import content – ECT Induction");
        assertThat(refused.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#files");
        assertThat(refused.select(".govuk-error-summary a").text())
                .isEqualTo("Select a zip file of a programme, or one or more Markdown files");
        assertThat(refused.getElementById("files-error").text()).contains("Select a zip file");
    }

    @Test
    void onlyAdminsMayImport() throws Exception {
        MockHttpSession mentor = SignIn.as(mvc, "mentor@example.com");
        mvc.perform(get("/admin/content/import").session(mentor)).andExpect(status().isForbidden());
    }
}
