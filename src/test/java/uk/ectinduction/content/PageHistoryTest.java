package uk.ectinduction.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.UriComponentsBuilder;
import uk.ectinduction.people.Person;
import uk.ectinduction.people.UserAccounts;
import uk.ectinduction.support.IntegrationTest;
import uk.ectinduction.support.Pages;
import uk.ectinduction.support.SignIn;

/** A page's history: its versions, the diff between any two, and Restore; nothing in it is ever lost. */
@IntegrationTest
class PageHistoryTest {

    static final String FIRST = "---\ntitle: \"History week 1 mentor materials\"\n---\n\n"
            + IntStream.rangeClosed(1, 20)
                    .mapToObj(i -> "Line " + i + " of the page.")
                    .collect(Collectors.joining("\n\n"))
            + "\n";
    static final String SECOND = FIRST.replace("Line 3 of the page.", "Line three, reworded.")
            .replace("Line 18 of the page.\n", "Line 18 of the page.\n\nA new closing line.\n");

    @Autowired
    MockMvc mvc;

    @Autowired
    ContentImporter importer;

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    /** Imports the page, as the admin, in a module of its own; its url path. */
    String importTwice(Person admin) {
        String module = "History " + System.nanoTime();
        String path = null;
        for (String text : List.of(FIRST, SECOND)) {
            ImportReport report = importer.importContent(
                    new ImportRequest(
                                    List.of(new ImportRequest.SourceFile(
                                            "summer-week-1-mentor-materials.md",
                                            "summer-week-1-mentor-materials.md",
                                            text.getBytes(StandardCharsets.UTF_8))),
                                    "History test provider",
                                    module)
                            .by(admin.id()),
                    ImportProgress.NONE);
            assertThat(report.errors()).isEmpty();
            path = report.pages().get(0).path();
        }
        return path;
    }

    static String history(String path) {
        return UriComponentsBuilder.fromPath("/admin/content/pages/history")
                .queryParam("path", path)
                .encode()
                .toUriString();
    }

    static String compare(String path, int from, int to) {
        return UriComponentsBuilder.fromPath("/admin/content/pages/history/compare")
                .queryParam("path", path)
                .queryParam("from", from)
                .queryParam("to", to)
                .encode()
                .toUriString();
    }

    /** Each version's row: number, status, how it was made, note. */
    static List<String> versions(Document doc) {
        return doc.select("table.app-history tbody tr").stream()
                .map(tr ->
                        tr.select("th, td").stream().limit(4).map(Element::text).collect(Collectors.joining(" | ")))
                .toList();
    }

    @Test
    void theHistoryListsEveryVersionOfAPageNewestFirst() throws Exception {
        Person admin = accounts.findByEmail("admin@example.com").orElseThrow();
        String path = importTwice(admin);
        MockHttpSession session = SignIn.as(mvc, "admin@example.com");

        Document doc = Pages.get200(mvc, history(path), session);
        assertThat(doc.select("h1").text()).isEqualTo("History of History week 1 mentor materials");
        List<String> rows = versions(doc);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).startsWith("2 | Live | Imported by " + admin.displayName());
        assertThat(rows.get(1)).startsWith("1 | Old | Imported by " + admin.displayName());
        // The old version can be restored; the live one, with no draft to replace, has nothing to restore.
        assertThat(doc.select("#version-1 button").text()).isEqualTo("Restore version 1");
        assertThat(doc.select("#version-2 button")).isEmpty();
        assertThat(doc.select("#version-2 a").attr("href")).isEqualTo(compare(path, 1, 2));
        assertThat(doc.select("select#from option[selected]").val()).isEqualTo("1");
        assertThat(doc.select("select#to option[selected]").val()).isEqualTo("2");
    }

    @Test
    void theDiffMarksAddedAndRemovedLinesInWordsAndSignsAndFoldsTheRest() throws Exception {
        String path = importTwice(accounts.findByEmail("admin@example.com").orElseThrow());
        MockHttpSession session = SignIn.as(mvc, "admin@example.com");

        Document doc = Pages.get200(mvc, compare(path, 1, 2), session);
        assertThat(doc.select(".app-diff__summary").text())
                .isEqualTo("+ 3 lines added, − 1 line removed. Unchanged lines away from a change are left out.");
        List<String> rows = doc.select("table.app-diff tbody tr").stream()
                .map(tr -> tr.select("td").stream().map(Element::text).collect(Collectors.joining(" | ")))
                .toList();
        assertThat(rows)
                .containsSubsequence(
                        "7 | 7 | Unchanged | Line 2 of the page.",
                        "8 | 8 | Unchanged | ",
                        "9 |  | − Removed | Line 3 of the page.",
                        " | 9 | + Added | Line three, reworded.",
                        "10 | 10 | Unchanged | ")
                .contains("5 unchanged lines")
                .anySatisfy(row -> assertThat(row).endsWith(" | + Added | A new closing line."));
        // The words are there for a screen reader, the signs for the eye, and neither needs colour.
        Element removed = doc.select("tr.app-diff__row--removed").first();
        assertThat(removed.select(".govuk-visually-hidden").text()).isEqualTo("Removed");
        assertThat(removed.select("[aria-hidden=true]").text()).isEqualTo("−");
        assertThat(removed.select("del").text()).isEqualTo("Line 3 of the page.");
        Element added = doc.select("tr.app-diff__row--added").last();
        assertThat(added.select(".govuk-visually-hidden").text()).isEqualTo("Added");
        assertThat(added.select("ins").text()).isEqualTo("A new closing line.");

        // Backwards, the same change reads the other way round; a version with itself has no change.
        Document back = Pages.get200(mvc, compare(path, 2, 1), session);
        assertThat(back.select("tr.app-diff__row--removed ins, tr.app-diff__row--added del"))
                .isEmpty();
        assertThat(back.select("tr.app-diff__row--added").text()).contains("Line 3 of the page.");
        assertThat(Pages.get200(mvc, compare(path, 2, 2), session)
                        .select("main p.govuk-body")
                        .text())
                .contains("The two versions have the same text.");
    }

    @Test
    void restoreMakesTheOldVersionTheNewDraftAndTheAuditLogSaysSo() throws Exception {
        Person admin = accounts.findByEmail("admin@example.com").orElseThrow();
        String path = importTwice(admin);
        MockHttpSession session = SignIn.as(mvc, "admin@example.com");

        mvc.perform(post("/admin/content/pages/history/restore")
                        .param("path", path)
                        .param("version", "1")
                        .session(session)
                        .with(csrf()))
                .andExpect(redirectedUrl(history(path)))
                .andExpect(flash().attribute(
                                "message",
                                "Version 1 restored as draft version 3. Readers will see it once it is published."));

        List<String> rows = versions(Pages.get200(mvc, history(path), session));
        assertThat(rows.get(0))
                .startsWith("3 | Draft | Restored by " + admin.displayName())
                .endsWith(" | Restored from version 1");
        assertThat(rows.get(1)).startsWith("2 | Live");
        assertThat(jdbc.sql("select v.source_markdown from page_version v join content_page p on p.id = v.page_id "
                                + "where p.url_path = ? and v.version_number = 3")
                        .param(path)
                        .query(String.class)
                        .single())
                .isEqualTo(FIRST);
        // Readers still see version 2 until the draft is published.
        assertThat(Pages.get200(mvc, path, SignIn.as(mvc, "mentor@example.com")).text())
                .contains("Line three, reworded.");
        assertThat(Pages.get200(mvc, compare(path, 2, 3), session)
                        .select("tr.app-diff__row--added")
                        .text())
                .contains("Line 3 of the page.");

        Document log = Pages.get200(mvc, "/admin/audit-log?path=" + path, session);
        assertThat(log.select("table tbody tr").first().select("td").eachText().subList(1, 4))
                .containsExactly("Restore", path + " version 1 restored as draft version 3", admin.displayName());
    }

    @Test
    void thePendingDraftAndALiveVersionWithNothingToReplaceAreNotRestored() throws Exception {
        String path = importTwice(accounts.findByEmail("admin@example.com").orElseThrow());
        MockHttpSession session = SignIn.as(mvc, "admin@example.com");
        mvc.perform(post("/admin/content/pages/history/restore")
                        .param("path", path)
                        .param("version", "2")
                        .session(session)
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/admin/content/pages/history/restore")
                        .param("path", path)
                        .param("version", "1")
                        .session(session)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/admin/content/pages/history/restore")
                        .param("path", path)
                        .param("version", "3")
                        .session(session)
                        .with(csrf()))
                .andExpect(status().isNotFound());
        // With a draft pending, the live version can be restored over it: the way back from an unwanted draft.
        Document doc = Pages.get200(mvc, history(path), session);
        assertThat(doc.select("#version-2 button").text()).isEqualTo("Restore version 2");
        assertThat(doc.select("#version-3 button")).isEmpty();
    }

    @Test
    void unknownPagesAndVersionsAnswer404() throws Exception {
        String path = importTwice(accounts.findByEmail("admin@example.com").orElseThrow());
        MockHttpSession session = SignIn.as(mvc, "admin@example.com");
        mvc.perform(get(history(path + "-missing")).session(session)).andExpect(status().isNotFound());
        mvc.perform(get(compare(path, 1, 9)).session(session)).andExpect(status().isNotFound());
        mvc.perform(post("/admin/content/pages/history/restore")
                        .param("path", path)
                        .param("version", "9")
                        .session(session)
                        .with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void theDatabaseRefusesToOverwriteOrDeleteAVersion() {
        String path = importTwice(accounts.findByEmail("admin@example.com").orElseThrow());
        String version = "(select v.id from page_version v join content_page p on p.id = v.page_id "
                + "where p.url_path = ? and v.version_number = 1)";
        assertThatThrownBy(() -> jdbc.sql("update page_version set source_markdown = 'gone' where id = " + version)
                        .param(path)
                        .update())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("page versions are kept");
        assertThatThrownBy(() -> jdbc.sql("update page_version set version_number = 7 where id = " + version)
                        .param(path)
                        .update())
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.sql("delete from page_version where id = " + version)
                        .param(path)
                        .update())
                .isInstanceOf(DataAccessException.class);
        // What is recorded about a version later (its publication) may still be written.
        assertThat(jdbc.sql("update page_version set publish_note = 'Checked' where id = " + version)
                        .param(path)
                        .update())
                .isEqualTo(1);
        assertThat(jdbc.sql("select source_markdown from page_version where id = " + version)
                        .param(path)
                        .query(String.class)
                        .single())
                .isEqualTo(FIRST);
    }
}
