package uk.ectinduction.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.UriComponentsBuilder;
import uk.ectinduction.content.ContentActionTaken.Action;
import uk.ectinduction.people.Person;
import uk.ectinduction.people.Role;
import uk.ectinduction.people.UserAccounts;
import uk.ectinduction.support.IntegrationTest;
import uk.ectinduction.support.Pages;
import uk.ectinduction.support.QueryCounter;
import uk.ectinduction.support.SignIn;

/** The audit log: written with each content action, read by admins filtered by page and person, never rewritten. */
@IntegrationTest
class ContentAuditLogTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ContentImporter importer;

    @Autowired
    UserAccounts accounts;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcClient jdbc;

    /** The log's rows as shown: when, action, what, who. */
    List<List<String>> rows(MockHttpSession session, String path, String person, int page) throws Exception {
        String url = UriComponentsBuilder.fromPath("/admin/audit-log")
                .queryParam("path", path)
                .queryParam("person", person)
                .queryParam("page", page)
                .encode()
                .toUriString();
        Document doc = Pages.get200(mvc, url, session);
        return doc.select("table.govuk-table tbody tr").stream()
                .map(tr -> tr.select("td").stream().map(Element::text).toList())
                .toList();
    }

    static String unique(String name) {
        return name + "-" + Long.toString(System.nanoTime(), 36);
    }

    void take(Action action, String target, Long actor, String detail) {
        transaction.executeWithoutResult(
                status -> events.publishEvent(new ContentActionTaken(action, target, actor, detail)));
    }

    @Test
    void eachImportRunIsLoggedWithItsProgrammeItsFilesAndTheAdminWhoRanIt() throws Exception {
        Person admin = accounts.findByEmail("admin@example.com").orElseThrow();
        String programme = unique("Audit provider");
        String slug = programme.toLowerCase().replace(' ', '-');
        List<ImportRequest.SourceFile> files = List.of(new ImportRequest.SourceFile(
                "summer-week-1-mentor-materials.md",
                "summer-week-1-mentor-materials.md",
                "# Week 1 mentor materials\n\nWhat to do.\n".getBytes(StandardCharsets.UTF_8)));
        ImportRequest request = new ImportRequest(files, programme, "A people profession");
        assertThat(importer.importContent(request.by(admin.id()), ImportProgress.NONE)
                        .errors())
                .isEmpty();
        assertThat(importer.importContent(request, ImportProgress.NONE).errors())
                .isEmpty();

        MockHttpSession session = SignIn.as(mvc, "admin@example.com");
        List<List<String>> rows = rows(session, slug, "", 0);
        assertThat(rows).hasSize(2);
        // Newest first: the second run, from no one signed in, changed nothing.
        assertThat(rows.get(0).subList(1, 4))
                .containsExactly(
                        "Import",
                        slug + " Pages summer-week-1-mentor-materials.md into the module A people profession: "
                                + "1 page (0 new, 0 new versions, 1 unchanged)",
                        "No one signed in (command line or start-up)");
        assertThat(rows.get(1).subList(1, 4))
                .containsExactly(
                        "Import",
                        slug + " Pages summer-week-1-mentor-materials.md into the module A people profession: "
                                + "1 page (1 new, 0 new versions, 0 unchanged)",
                        admin.displayName());
        assertThat(rows(session, slug, String.valueOf(admin.id()), 0)).hasSize(1);
        assertThat(rows(session, slug, "none", 0)).hasSize(1);
    }

    @Test
    void anImportUploadedInTheBrowserIsLoggedAsTheAdminWhoUploadedIt() throws Exception {
        Person admin = accounts.findByEmail("admin@example.com").orElseThrow();
        String programme = unique("Uploaded provider");
        MockHttpSession session = SignIn.as(mvc, "admin@example.com");
        String job = mvc.perform(multipart("/admin/content/import")
                        .file(new MockMultipartFile(
                                "files",
                                "summer-week-2-mentor-materials.md",
                                "text/markdown",
                                "# Week 2 mentor materials\n\nUploaded.\n".getBytes(StandardCharsets.UTF_8)))
                        .param("programme", programme)
                        .param("module", "A people profession")
                        .session(session)
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(job).startsWith("/admin/content/import/");
        String slug = programme.toLowerCase().replace(' ', '-');
        for (int i = 0; i < 200 && rows(session, slug, "", 0).isEmpty(); i++) {
            Thread.sleep(50); // the import runs on its own thread
        }
        assertThat(rows(session, slug, "", 0))
                .singleElement()
                .satisfies(row -> assertThat(row.get(3)).isEqualTo(admin.displayName()));
    }

    @Test
    void aFailedImportIsNotLogged() throws Exception {
        String programme = unique("Failed provider");
        ImportRequest request = new ImportRequest(
                List.of(new ImportRequest.SourceFile("notes.txt", "notes.txt", new byte[] {1})), programme, "M");
        assertThat(importer.importContent(request, ImportProgress.NONE).failed())
                .isTrue();
        assertThat(rows(
                        SignIn.as(mvc, "admin@example.com"),
                        programme.toLowerCase().replace(' ', '-'),
                        "",
                        0))
                .isEmpty();
    }

    @Test
    void theLogIsFilteredByPageOrWhatLiesUnderItAndByPerson() throws Exception {
        Person admin = accounts.findByEmail("admin@example.com").orElseThrow();
        Person other = accounts.createUser(
                unique("other-admin") + "@audit.example", "Other Admin", EnumSet.of(Role.ADMIN), SignIn.DEMO_PASSWORD);
        String module = "/programmes/" + unique("audit-filter") + "/year-1-module";
        take(Action.EDIT, module + "/page-one", admin.id(), "Fixed a typo");
        take(Action.PUBLISH, module + "/page-one", other.id(), null);
        take(Action.EDIT, module + "/page-two", other.id(), "Added an activity");
        take(Action.EDIT, module + "/page-one-more", admin.id(), "Not under page-one");

        MockHttpSession session = SignIn.as(mvc, "admin@example.com");
        assertThat(rows(session, module, "", 0)).hasSize(4);
        List<List<String>> pageOne = rows(session, "http://localhost:8080" + module + "/page-one/", "", 0);
        assertThat(pageOne.stream().map(r -> r.get(1) + " by " + r.get(3)))
                .containsExactly("Publish by Other Admin", "Edit by " + admin.displayName());
        assertThat(pageOne.get(1).get(2)).isEqualTo(module + "/page-one Fixed a typo");
        assertThat(rows(session, module, String.valueOf(other.id()), 0).stream().map(r -> r.get(2)))
                .containsExactly(module + "/page-two Added an activity", module + "/page-one");
        assertThat(rows(session, module + "/page-two", String.valueOf(admin.id()), 0))
                .isEmpty();

        // The filter form keeps what was chosen, and offers everyone who has acted.
        Document doc = Pages.get200(mvc, "/admin/audit-log?path=" + module + "&person=" + other.id(), session);
        assertThat(doc.select("#path").val()).isEqualTo(module);
        assertThat(doc.select("#person option[selected]").text()).isEqualTo("Other Admin");
        assertThat(doc.select("#person option").eachText())
                .contains("Anyone", "Other Admin", admin.displayName(), "No one signed in (command line or start-up)");
        assertThat(doc.select("td a[href]").first().attr("href"))
                .isEqualTo("/admin/content/pages/history?path=" + module + "/page-two");
    }

    @Test
    void theLogIsPagedNewestFirstInTheSameFewQueriesHoweverLong() throws Exception {
        String few = "/programmes/" + unique("audit-few");
        String many = "/programmes/" + unique("audit-many");
        take(Action.EDIT, few + "/page", null, null);
        for (int i = 1; i <= 60; i++) {
            take(Action.EDIT, many + "/page", null, "Edit " + i);
        }
        MockHttpSession session = SignIn.as(mvc, "admin@example.com");
        // The first request after signing in also writes the new session once; count pages, not that.
        rows(session, few, "", 0);

        QueryCounter.reset();
        assertThat(rows(session, few, "", 0)).hasSize(1);
        int forOne = QueryCounter.count();
        QueryCounter.reset();
        List<List<String>> first = rows(session, many, "", 0);
        int forFifty = QueryCounter.count();
        assertThat(forFifty).isEqualTo(forOne).isLessThanOrEqualTo(QueryBudgetTest.SESSION + 6);

        assertThat(first).hasSize(50);
        assertThat(first.get(0).get(2)).endsWith("Edit 60");
        assertThat(first.get(49).get(2)).endsWith("Edit 11");
        List<List<String>> second = rows(session, many, "", 1);
        assertThat(second.stream().map(r -> r.get(2).substring(r.get(2).lastIndexOf(' ') + 1)))
                .containsExactly("10", "9", "8", "7", "6", "5", "4", "3", "2", "1");
        Document doc = Pages.get200(mvc, "/admin/audit-log?path=" + many + "&page=1", session);
        assertThat(doc.select(".govuk-pagination__item--current").text()).isEqualTo("Page 2 of 2");
        assertThat(doc.select(".govuk-pagination a[rel=prev]").attr("href")).contains("page=0");
    }

    @Test
    void theDatabaseRefusesToChangeOrRemoveAnEntry() {
        String target = "/programmes/" + unique("audit-kept");
        take(Action.EDIT, target, null, "As it was");
        assertThatThrownBy(() -> jdbc.sql("update content_audit_entry set detail = 'Rewritten' where target = ?")
                        .param(target)
                        .update())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("refused");
        assertThatThrownBy(() -> jdbc.sql("delete from content_audit_entry where target = ?")
                        .param(target)
                        .update())
                .isInstanceOf(DataAccessException.class);
        assertThat(jdbc.sql("select detail from content_audit_entry where target = ?")
                        .param(target)
                        .query(String.class)
                        .single())
                .isEqualTo("As it was");
        assertThatThrownBy(() -> take(Action.EDIT, " ", null, null)).isInstanceOf(DataAccessException.class);
    }
}
