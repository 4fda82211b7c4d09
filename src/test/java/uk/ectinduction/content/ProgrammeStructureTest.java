package uk.ectinduction.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import uk.ectinduction.content.internal.ExportTarget;
import uk.ectinduction.content.internal.ProgrammeExporter;
import uk.ectinduction.people.Role;
import uk.ectinduction.support.IntegrationTest;
import uk.ectinduction.support.Pages;
import uk.ectinduction.support.SignIn;

/**
 * Admins create, rename, reorder, move and retire modules, weeks and pages; readers see the result, retired things
 * leave their pages and navigation but stay for admins with every version, and a stale form changes nothing.
 * Each test has a small programme of its own.
 */
@IntegrationTest
@RecordApplicationEvents
class ProgrammeStructureTest {

    private static final AtomicInteger PROGRAMMES = new AtomicInteger();

    @Autowired
    ContentImporter importer;

    @Autowired
    ProgrammeExporter exporter;

    @Autowired
    ProgrammeWeeks programmeWeeks;

    @Autowired
    MockMvc mvc;

    @Autowired
    ContentSearch search;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    @TempDir
    Path temp;

    String slug;
    String module;
    MockHttpSession admin;

    @BeforeEach
    void importAProgramme() throws Exception {
        slug = "structure-" + PROGRAMMES.incrementAndGet() + "-" + System.nanoTime();
        module = "/programmes/" + slug + "/year-1-module-a";
        String m = "/" + slug + "/year-1-module-a";
        List<ImportRequest.SourceFile> files = new ArrayList<>();
        add(
                files,
                slug + ".md",
                "---\ntitle: \"Structure provider\"\n---\n\n## Year 1: Autumn term\n\n" + "### [Module A](" + m
                        + ")\n");
        add(
                files,
                slug + "/year-1-module-a.md",
                "---\ntitle: \"Module A\"\n---\n\n## Week 1: Getting started\n\n"
                        + "### ECTs\n\n- [ECT part one](" + m + "/autumn-week-1-ect-part-one)\n"
                        + "- [ECT part two](" + m + "/autumn-week-1-ect-part-two)\n\n"
                        + "### Mentors\n\n- [Mentor materials](" + m + "/autumn-week-1-mentor-materials)\n\n"
                        + "## Week 2: Going further\n\n### ECTs\n\n- [ECT part three](" + m
                        + "/autumn-week-2-ect-part-three)\n");
        for (String part : List.of(
                "autumn-week-1-ect-part-one",
                "autumn-week-1-ect-part-two",
                "autumn-week-1-mentor-materials",
                "autumn-week-2-ect-part-three")) {
            add(
                    files,
                    slug + "/year-1-module-a/" + part + ".md",
                    "---\ntitle: \"" + title(part) + "\"\n---\n\nText about " + marker(part) + ".\n");
        }
        assertThat(importer.importContent(ImportRequest.tree(files), ImportProgress.NONE)
                        .errors())
                .isEmpty();
        admin = SignIn.as(mvc, "admin@example.com");
    }

    @Test
    void theStructurePageListsModulesWeeksAndPagesForAdminsOnly() throws Exception {
        Document page = Pages.get200(mvc, "/admin/content/programmes/" + slug, admin);

        assertThat(page.select("h2").eachText()).contains("Module A");
        assertThat(page.select("h3").eachText()).contains("Week 1: Getting started", "Week 2: Going further");
        assertThat(page.select("li a").eachText())
                .contains("Ect part one", "Ect part two", "Mentor materials", "Ect part three");
        for (String email : List.of("ect@example.com", "mentor@example.com", "tutor@example.com")) {
            mvc.perform(get("/admin/content/programmes/" + slug).session(SignIn.as(mvc, email)))
                    .andExpect(status().isForbidden());
        }
    }

    @Test
    void anAdminAddsAModuleAWeekAndAPageThatItsAudienceThenSees() throws Exception {
        perform(post("/admin/content/programmes/" + slug + "/modules").param("title", "Module B"))
                .andExpect(status().is3xxRedirection());
        long moduleB = jdbc.sql("select m.id from induction_module m join programme p on p.id = m.programme_id "
                        + "where p.slug = ? and m.slug = 'module-b'")
                .param(slug)
                .query(Long.class)
                .single();
        perform(post("/admin/content/modules/" + moduleB + "/weeks").param("title", "Week 1: A new start"))
                .andExpect(status().is3xxRedirection());
        long week = id("select id from week where module_id = ? and number = 1", moduleB);
        perform(post("/admin/content/weeks/" + week + "/pages")
                        .param("title", "Meeting notes")
                        .param("audience", "MENTOR"))
                .andExpect(status().is3xxRedirection());

        String newPage = "/programmes/" + slug + "/module-b/autumn-week-1-meeting-notes";
        assertThat(Pages.get200(mvc, "/programmes/" + slug, SignIn.as(mvc, "ect@example.com"))
                        .select("main a")
                        .eachText())
                .contains("Module A", "Module B");
        assertThat(Pages.get200(mvc, newPage, SignIn.as(mvc, "mentor@example.com"))
                        .select("h1")
                        .text())
                .isEqualTo("Meeting notes");
        mvc.perform(get(newPage).session(SignIn.as(mvc, "ect@example.com"))).andExpect(status().isNotFound());
        assertThat(programmeWeeks.weeks(slug, Set.of(Role.MENTOR)))
                .anySatisfy(w -> assertThat(w.mentorPages())
                        .extracting(PageView.Link::href)
                        .contains(newPage));

        exporter.export(slug, ExportTarget.directory(temp), null);
        assertThat(Files.readString(temp.resolve(slug + "/module-b/autumn-week-1-meeting-notes.md")))
                .isEqualTo("---\ntitle: \"Meeting notes\"\naudience: mentor\n---\n");
        assertThat(temp.resolve(slug + "/module-b.md")).exists();
        assertThat(events.stream(ContentActionTaken.class)
                        .filter(e -> e.action() == ContentActionTaken.Action.CREATE)
                        .map(ContentActionTaken::target))
                .contains(slug + "/module-b", slug + "/module-b/week-1", newPage);
    }

    @Test
    void renamingAPageMakesANewVersionWithOnlyItsTitleChanged() throws Exception {
        String path = module + "/autumn-week-1-ect-part-one";
        long page = pageId(path);
        perform(post("/admin/content/pages/" + page + "/rename")
                        .param("title", "Finding your feet")
                        .param("version", Integer.toString(structureVersion("content_page", page))))
                .andExpect(status().is3xxRedirection());

        assertThat(Pages.get200(mvc, module, SignIn.as(mvc, "ect@example.com"))
                        .select("main a")
                        .eachText())
                .contains("Finding your feet")
                .doesNotContain("Ect part one");
        assertThat(jdbc.sql("select count(*) from page_version where page_id = ?")
                        .param(page)
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
        exporter.export(slug, ExportTarget.directory(temp), null);
        assertThat(Files.readString(temp.resolve(path.substring("/programmes/".length()) + ".md")))
                .isEqualTo("---\ntitle: \"Finding your feet\"\n---\n\nText about "
                        + marker("autumn-week-1-ect-part-one") + ".\n");
    }

    @Test
    void twoAdminsReorderingFromTheSamePageCannotOverwriteEachOther() throws Exception {
        long two = pageId(module + "/autumn-week-1-ect-part-two");
        int seen = structureVersion("content_page", two);

        perform(post("/admin/content/pages/" + two + "/reorder")
                        .param("direction", "up")
                        .param("version", Integer.toString(seen)))
                .andExpect(status().is3xxRedirection());
        String stale = perform(post("/admin/content/pages/" + two + "/reorder")
                        .param("direction", "down")
                        .param("version", Integer.toString(seen)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(stale).contains("Someone else changed the page after you opened this page");
        assertThat(Pages.get200(mvc, module, SignIn.as(mvc, "ect@example.com"))
                        .select("main a")
                        .eachText())
                .containsSubsequence("Ect part two", "Ect part one", "Ect part three");
        assertThat(events.stream(ContentActionTaken.class)
                        .filter(e -> e.action() == ContentActionTaken.Action.REORDER)
                        .count())
                .isEqualTo(1);
    }

    @Test
    void weeksAndModulesReorder() throws Exception {
        long week2 = id(
                "select w.id from week w join induction_module m on m.id = w.module_id "
                        + "join programme p on p.id = m.programme_id where p.slug = ? and w.number = 2",
                slug);
        perform(post("/admin/content/weeks/" + week2 + "/reorder")
                        .param("direction", "up")
                        .param("version", Integer.toString(structureVersion("week", week2))))
                .andExpect(status().is3xxRedirection());
        assertThat(programmeWeeks.weeks(slug, Set.of(Role.ECT)))
                .extracting(WeekOfProgramme::title)
                .containsExactly("Week 2: Going further", "Week 1: Getting started");

        String first = perform(post("/admin/content/weeks/" + week2 + "/reorder")
                        .param("direction", "up")
                        .param("version", Integer.toString(structureVersion("week", week2))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(first).contains("It is already the first week of its module.");
    }

    @Test
    void movingAPageToAnotherWeekKeepsItsAddress() throws Exception {
        String path = module + "/autumn-week-1-mentor-materials";
        long page = pageId(path);
        long week2 =
                id("select week_id from content_page where url_path = ?", module + "/autumn-week-2-ect-part-three");

        perform(post("/admin/content/pages/" + page + "/move")
                        .param("week", Long.toString(week2))
                        .param("version", Integer.toString(structureVersion("content_page", page))))
                .andExpect(status().is3xxRedirection());

        Document mentorPage = Pages.get200(mvc, path, SignIn.as(mvc, "mentor@example.com"));
        assertThat(mentorPage.select(".govuk-breadcrumbs__list-item").eachText())
                .contains("Week 2: Going further");
        assertThat(programmeWeeks.weeks(slug, Set.of(Role.MENTOR)).get(1).mentorPages())
                .extracting(PageView.Link::href)
                .containsExactly(path);
        assertThat(programmeWeeks.weeks(slug, Set.of(Role.MENTOR)).get(0).mentorPages())
                .isEmpty();
    }

    /** A word only this test's copy of a page holds, so search can be asked for it alone. */
    String marker(String part) {
        return (slug + part).replaceAll("[^a-z]", "") + "x" + slug.replaceAll("\\D", "");
    }

    @Test
    void aRetiredPageIsGoneForReadersButKeptForAdminsWithItsVersions() throws Exception {
        String path = module + "/autumn-week-1-ect-part-one";
        long page = pageId(path);
        String word = marker("autumn-week-1-ect-part-one");
        assertThat(search.search(word, 1, Set.of(Role.ECT)).hits())
                .extracting(SearchResults.Hit::url)
                .containsExactly(path);
        perform(post("/admin/content/pages/" + page + "/retire")
                        .param("version", Integer.toString(structureVersion("content_page", page))))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get(path).session(SignIn.as(mvc, "ect@example.com"))).andExpect(status().isNotFound());
        assertThat(Pages.get200(mvc, module, SignIn.as(mvc, "ect@example.com"))
                        .select("main a")
                        .eachText())
                .doesNotContain("Ect part one");
        Pages.get200(mvc, path, admin);
        assertThat(Pages.get200(mvc, "/admin/content/programmes/" + slug, admin)
                        .select("#page-" + page)
                        .text())
                .contains("Ect part one", "Retired");
        assertThat(jdbc.sql("select count(*) from page_version where page_id = ?")
                        .param(page)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        assertThat(search.search(word, 1, Set.of(Role.ECT, Role.ADMIN)).total()).isZero();
        exporter.export(slug, ExportTarget.directory(temp), null);
        assertThat(temp.resolve(path.substring("/programmes/".length()) + ".md"))
                .doesNotExist();
        assertThat(temp.resolve(slug + "/year-1-module-a/autumn-week-1-ect-part-two.md"))
                .exists();
    }

    @Test
    void aRetiredWeekLeavesTheProgrammeWeeksAndARetiredModuleLeavesTheProgramme() throws Exception {
        long week1 = id("select week_id from content_page where url_path = ?", module + "/autumn-week-1-ect-part-one");
        perform(post("/admin/content/weeks/" + week1 + "/retire")
                        .param("version", Integer.toString(structureVersion("week", week1))))
                .andExpect(status().is3xxRedirection());
        assertThat(programmeWeeks.weeks(slug, Set.of(Role.ECT)))
                .extracting(WeekOfProgramme::title)
                .containsExactly("Week 2: Going further");
        mvc.perform(get(module + "/autumn-week-1-ect-part-one").session(SignIn.as(mvc, "ect@example.com")))
                .andExpect(status().isNotFound());

        long moduleId = id("select module_id from week where id = ?", week1);
        perform(post("/admin/content/modules/" + moduleId + "/retire")
                        .param("version", Integer.toString(structureVersion("induction_module", moduleId))))
                .andExpect(status().is3xxRedirection());
        assertThat(programmeWeeks.weeks(slug, Set.of(Role.ECT))).isEmpty();
        mvc.perform(get(module).session(SignIn.as(mvc, "ect@example.com"))).andExpect(status().isNotFound());
        assertThat(Pages.get200(mvc, "/programmes/" + slug, SignIn.as(mvc, "ect@example.com"))
                        .select("main a")
                        .eachText())
                .doesNotContain("Module A");
        assertThat(Pages.get200(mvc, "/admin/content/programmes/" + slug, admin)
                        .select("#module-" + moduleId + " h2")
                        .text())
                .contains("Module A", "Retired");
    }

    @Test
    void aNameIsCheckedAndAnUnknownThingIsNotFound() throws Exception {
        long page = pageId(module + "/autumn-week-1-ect-part-one");
        String blank = perform(post("/admin/content/pages/" + page + "/rename")
                        .param("title", "  ")
                        .param("version", Integer.toString(structureVersion("content_page", page))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(blank).contains("Enter a name", "Error: Structure of Structure provider");
        assertThat(jdbc.sql("select count(*) from page_version where page_id = ?")
                        .param(page)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        perform(post("/admin/content/pages/999999999/retire").param("version", "0"))
                .andExpect(status().isNotFound());
        perform(post("/admin/content/shelves/" + page + "/retire").param("version", "0"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/admin/content/pages/" + page + "/retire")
                        .with(csrf())
                        .param("version", "0")
                        .session(SignIn.as(mvc, "mentor@example.com")))
                .andExpect(status().isForbidden());
        mvc.perform(get(module + "/autumn-week-1-ect-part-one").session(SignIn.as(mvc, "ect@example.com")))
                .andExpect(status().isOk());
    }

    private org.springframework.test.web.servlet.ResultActions perform(MockHttpServletRequestBuilder request)
            throws Exception {
        return mvc.perform(request.with(csrf()).session(admin));
    }

    private long pageId(String urlPath) {
        return id("select id from content_page where url_path = ?", urlPath);
    }

    private long id(String sql, Object param) {
        return jdbc.sql(sql).param(param).query(Long.class).single();
    }

    private int structureVersion(String table, long id) {
        return jdbc.sql("select structure_version from " + table + " where id = ?")
                .param(id)
                .query(Integer.class)
                .single();
    }

    private static String title(String part) {
        String words = part.replaceFirst("^autumn-week-\\d-", "").replace('-', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static void add(List<ImportRequest.SourceFile> files, String path, String text) {
        files.add(new ImportRequest.SourceFile(path, path, text.getBytes(StandardCharsets.UTF_8)));
    }
}
