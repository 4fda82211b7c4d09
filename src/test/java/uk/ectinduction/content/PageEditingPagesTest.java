package uk.ectinduction.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import uk.ectinduction.people.UserAccounts;
import uk.ectinduction.support.IntegrationTest;
import uk.ectinduction.support.Pages;
import uk.ectinduction.support.SignIn;

/** The editor's pages over HTTP: the form, the preview with and without JavaScript, saving, conflicts, publishing. */
@IntegrationTest
class PageEditingPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ContentImporter importer;

    @Autowired
    UserAccounts accounts;

    String path;
    MockHttpSession admin;

    @BeforeEach
    void freshPage() throws Exception {
        path = EditingFixtures.mentorPage(importer, EditingFixtures.freshModule());
        admin = SignIn.as(mvc, EditingFixtures.admin(accounts, "Pages Admin").email());
    }

    private Document editPage(MockHttpSession session) throws Exception {
        return Pages.get200(mvc, "/admin/content/pages/edit?path=" + path, session);
    }

    /** The edit form as the browser would send it back, with the Markdown changed. */
    private MockHttpServletRequestBuilder posted(String url, Document form, String from, String to) {
        // Like a browser, jsoup drops the newline that follows <textarea>.
        String markdown = form.getElementById("markdown").wholeText();
        assertThat(markdown).contains(from);
        return post(url)
                .with(csrf())
                .param("path", path)
                .param("title", form.getElementById("title").val())
                .param("frontMatter", form.getElementById("frontMatter").wholeText())
                .param("markdown", markdown.replace(from, to).replace("\n", "\r\n"))
                .param("lockVersion", form.select("input[name=lockVersion]").val());
    }

    private String mentorSees() throws Exception {
        return Pages.get200(mvc, path, SignIn.as(mvc, "mentor@example.com")).text();
    }

    @Test
    void theFormHoldsThePagesTitleFrontMatterAndMarkdownAndOnlyAdminsReachIt() throws Exception {
        Document page = editPage(admin);
        assertThat(page.getElementById("title").val()).isEqualTo("Year 1 Summer week 4 mentor materials");
        assertThat(page.getElementById("frontMatter").wholeText())
                .isEqualTo("heading: \"Mentor materials\"\ncaption: \"Summer week 4\"");
        assertThat(page.getElementById("markdown").wholeText()).startsWith("\n## Engaging with parents");
        assertThat(page.select("#preview-content .app-agenda__minutes").eachText())
                .containsExactly("5", "5", "35", "5");
        assertThat(page.select(".app-page-status__live").text()).isEqualTo("Version 1");

        mvc.perform(get("/admin/content/pages/edit").param("path", path).session(SignIn.as(mvc, "mentor@example.com")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/content/pages/edit")
                        .param("path", path + "-nothing")
                        .session(admin))
                .andExpect(status().isNotFound());
        Document live = Pages.get200(mvc, path, admin);
        assertThat(live.select(".app-page-edit a").attr("href")).isEqualTo("/admin/content/pages/edit?path=" + path);
        assertThat(Pages.get200(mvc, path, SignIn.as(mvc, "mentor@example.com")).select(".app-page-edit"))
                .isEmpty();
    }

    @Test
    void previewRendersTheTextAsThePageWouldWithoutSavingIt() throws Exception {
        Document form = editPage(admin);
        String whole = mvc.perform(posted("/admin/content/pages/preview", form, "Phoning home", "Ringing home")
                        .session(admin))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        Document page = Jsoup.parse(whole);
        assertThat(page.select("#preview-content .app-content").text()).contains("Ringing home");
        assertThat(page.getElementById("markdown").wholeText()).contains("Ringing home");

        String fragment = mvc.perform(posted(
                                "/admin/content/pages/preview",
                                form,
                                "Phoning home",
                                "Ringing home <script>alert(1)</script>")
                        .param("fragment", "true")
                        .session(admin))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(fragment).startsWith("<div id=\"preview-content\"").doesNotContain("<script", "<form");
        assertThat(Jsoup.parse(fragment).text()).contains("Ringing home");

        assertThat(mentorSees()).contains("Phoning home").doesNotContain("Ringing home");
        assertThat(editPage(admin).select(".app-page-status__draft").text()).isEqualTo("No draft");
    }

    @Test
    void aSavedDraftIsShownToAdminsWithItsChecksAndPublishedWithANote() throws Exception {
        Document form = editPage(admin);
        MvcResult saved = mvc.perform(posted(
                                "/admin/content/pages/edit",
                                form,
                                "Phoning home",
                                "Phoning home, see [the missing page](/programmes/nowhere)")
                        .param("note", "A link to the guide")
                        .session(admin))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/admin/content/pages/edit?path=" + path);

        Document after = Jsoup.parse(mvc.perform(get(saved.getResponse().getRedirectedUrl())
                        .session(admin)
                        .flashAttrs(saved.getFlashMap()))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(after.select(".govuk-notification-banner__heading").text()).isEqualTo("Draft saved as version 2");
        assertThat(after.select(".app-save-warnings li").eachText())
                .anySatisfy(w -> assertThat(w).endsWith("broken link: no page or file at /programmes/nowhere"));
        assertThat(after.select(".app-page-status__draft").text()).contains("Version 2", "Pages Admin", "A link");
        assertThat(mentorSees()).doesNotContain("the missing page");
        assertThat(Pages.get200(mvc, path, admin).select(".app-page-draft")).hasSize(1);

        mvc.perform(post("/admin/content/pages/publish")
                        .with(csrf())
                        .session(admin)
                        .param("path", path)
                        .param(
                                "versionId",
                                after.select("input[name=versionId]").val())
                        .param("note", "For the autumn"))
                .andExpect(status().is3xxRedirection());

        assertThat(mentorSees()).contains("the missing page");
        assertThat(editPage(admin).select(".app-page-status__live").text()).isEqualTo("Version 2");
    }

    @Test
    void twoConcurrentEditorsTheSecondGetsTheConflictPageAndNeitherTextIsLost() throws Exception {
        MockHttpSession other =
                SignIn.as(mvc, EditingFixtures.admin(accounts, "Second Admin").email());
        Document firstForm = editPage(admin);
        Document secondForm = editPage(other);

        mvc.perform(posted("/admin/content/pages/edit", firstForm, "Phoning home", "Phoning home (first)")
                        .session(admin))
                .andExpect(status().is3xxRedirection());
        MockHttpServletResponse conflict = mvc.perform(
                        posted("/admin/content/pages/edit", secondForm, "Phoning home", "Phoning home (second)")
                                .session(other))
                .andExpect(status().isConflict())
                .andReturn()
                .getResponse();

        Document page = Jsoup.parse(conflict.getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.select("h1").text()).isEqualTo("Someone else has changed this page");
        assertThat(page.getElementById("markdown").wholeText())
                .contains("Phoning home (second)")
                .doesNotContain("Phoning home (first)")
                .doesNotContain("\r");
        assertThat(page.getElementById("current-markdown").wholeText()).contains("Phoning home (first)");
        assertThat(page.select(".app-conflict-by").text()).contains("Version 2 was saved by Pages Admin");

        // Merged, their text saves over the current draft, which stays in the history.
        mvc.perform(posted("/admin/content/pages/edit", page, "Phoning home (second)", "Phoning home (first) (second)")
                        .session(other))
                .andExpect(status().is3xxRedirection());
        assertThat(editPage(admin).getElementById("markdown").wholeText()).contains("Phoning home (first) (second)");
    }

    @Test
    void unreadableTextIsNotSavedAndTheErrorSaysWhere() throws Exception {
        Document form = editPage(admin);
        Document page = Jsoup.parse(mvc.perform(post("/admin/content/pages/edit")
                        .with(csrf())
                        .session(admin)
                        .param("path", path)
                        .param("title", "A title")
                        .param("frontMatter", "this is not front matter")
                        .param("markdown", "Text")
                        .param(
                                "lockVersion",
                                form.select("input[name=lockVersion]").val()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.title()).startsWith("Error: ");
        assertThat(page.select(".govuk-error-summary").text())
                .contains("Line 3: bad front matter: expected 'key: value' but found 'this is not front matter'");
        assertThat(editPage(admin).select(".app-page-status__draft").text()).isEqualTo("No draft");
    }

    @Test
    void unpublishedPagesAreNotFoundToReadersAndMarkedForAdmins() throws Exception {
        mvc.perform(post("/admin/content/pages/unpublish")
                        .with(csrf())
                        .session(admin)
                        .param("path", path))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(path).session(SignIn.as(mvc, "mentor@example.com"))).andExpect(status().isNotFound());
        assertThat(Pages.get200(mvc, path, admin).select(".app-page-unpublished"))
                .hasSize(1);
        Document edit = editPage(admin);
        assertThat(edit.select(".app-page-status__live").text()).isEqualTo("Unpublished");

        mvc.perform(post("/admin/content/pages/publish")
                        .with(csrf())
                        .session(admin)
                        .param("path", path)
                        .param("versionId", edit.select("input[name=versionId]").val()))
                .andExpect(status().is3xxRedirection());
        assertThat(mentorSees()).contains("Phoning home");
    }
}
