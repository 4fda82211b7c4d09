package uk.ectinduction.learninglog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import uk.ectinduction.content.ContentImporter;
import uk.ectinduction.people.UserAccounts;
import uk.ectinduction.support.IntegrationTest;
import uk.ectinduction.support.Pages;
import uk.ectinduction.support.SeedModule;
import uk.ectinduction.support.SeedModule.Pair;
import uk.ectinduction.support.SignIn;

/** Writing, reading, filtering and commenting on learning log entries, and who gets a 404. */
@IntegrationTest
class LearningLogPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ContentImporter importer;

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    Pair pair;
    MockHttpSession ect;
    MockHttpSession mentor;
    LocalDate today = LocalDate.now();

    @BeforeEach
    void aMentorAndTheirEct() throws Exception {
        SeedModule.importPages(importer);
        pair = SeedModule.pair(accounts);
        ect = SignIn.as(mvc, pair.ect().email());
        mentor = SignIn.as(mvc, pair.mentor().email());
    }

    MockHttpServletRequestBuilder entry(String keyPoints, String reflection) {
        return entry(
                keyPoints,
                reflection,
                String.valueOf(today.getDayOfMonth()),
                String.valueOf(today.getMonthValue()),
                String.valueOf(today.getYear()));
    }

    MockHttpServletRequestBuilder entry(String keyPoints, String reflection, String day, String month, String year) {
        return post("/ect/log")
                .with(csrf())
                .session(ect)
                .param("day", day)
                .param("month", month)
                .param("year", year)
                .param("keyPoints", keyPoints)
                .param("reflection", reflection);
    }

    long write(MockHttpServletRequestBuilder request) throws Exception {
        String location = mvc.perform(request)
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(location).matches("/ect/log/\\d+");
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    Document page(String path, MockHttpSession session) throws Exception {
        return Pages.get200(mvc, path, session);
    }

    long entries() {
        return jdbc.sql("select count(*) from learning_log_entry where ect_id = ?")
                .param(pair.ect().id())
                .query(Long.class)
                .single();
    }

    @Test
    void anEctPageOffersAddToMyLearningLogPrefilledWithThePageAndItsStatements() throws Exception {
        Document content = page(SeedModule.ECT_PAGE, ect);
        String href = content.select("a:contains(Add to my learning log)").attr("href");
        assertThat(href).isEqualTo("/ect/log/new?page=" + SeedModule.ECT_PAGE);
        // Mentors, who keep no log, are not offered it.
        assertThat(page(SeedModule.MENTOR_PAGE, mentor).select("a:contains(Add to my learning log)"))
                .isEmpty();

        Document form = page(href, ect);
        assertThat(form.select("input[name=pagePath]").val()).isEqualTo(SeedModule.ECT_PAGE);
        assertThat(form.select("input#codes-8h").hasAttr("checked")).isTrue();
        assertThat(form.select("input#codes-8\\.4").hasAttr("checked")).isTrue();
        assertThat(form.select("datalist#all-statements option")).hasSize(181);

        long id = write(entry("Phone home early, about learning", "Went well with Freddy's dad")
                .param("pagePath", SeedModule.ECT_PAGE)
                .param("codes", "8h")
                .param("otherCodes", "7k"));
        Document saved = page("/ect/log/" + id, ect);
        assertThat(saved.select(".app-log-statement a").eachText()).containsExactly("7k", "8h");
        assertThat(saved.select("a[href='" + SeedModule.ECT_PAGE + "']").text())
                .isEqualTo("Year 1 Summer week 4 ECT self-study");
    }

    @Test
    void anEntryWithoutAPageOffersThePagesOfTheCohortsWeek() throws Exception {
        Document form = page("/ect/log/new", SignIn.as(mvc, "ect@example.com"));
        assertThat(form.select(".app-week-pages a").eachAttr("href"))
                .contains("/ect/log/new?page=/programmes/"
                        + "education-development-trust/year-1-a-people-profession/summer-week-4-ect-instructions");
        // An ECT in no cohort has no week to offer.
        assertThat(page("/ect/log/new", ect).select(".app-week-pages")).isEmpty();
    }

    @Test
    void anEmptyEntryIsRefusedAndNothingIsSaved() throws Exception {
        Document form = Jsoup.parse(mvc.perform(entry("  ", ""))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(form.select(".govuk-error-summary a").eachText())
                .containsExactly("Enter the key points or a reflection");
        assertThat(form.title()).startsWith("Error: ");
        assertThat(entries()).isZero();
    }

    @Test
    void aFieldOver20000CharactersIsRefusedHereAndByTheDatabase() throws Exception {
        String tooLong = "x".repeat(20_001);
        Document form = Jsoup.parse(mvc.perform(entry("Fine", tooLong))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(form.select(".govuk-error-summary a").eachText())
                .containsExactly("The reflection must be 20,000 characters or fewer");
        assertThat(form.select("textarea#keyPoints").text()).isEqualTo("Fine");
        assertThat(entries()).isZero();
        write(entry("Fine", "x".repeat(20_000)));

        assertThatThrownBy(() -> jdbc.sql("update learning_log_entry set reflection = ? where ect_id = ?")
                        .params(tooLong, pair.ect().id())
                        .update())
                .hasMessageContaining("learning_log_entry_reflection_length");
    }

    @Test
    void aStatementCodeThatDoesNotExistIsRefusedAndNothingIsSaved() throws Exception {
        Document form = Jsoup.parse(mvc.perform(entry("Key points", "").param("otherCodes", "8h, 9z"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(form.select(".govuk-error-summary a").eachText())
                .containsExactly(
                        "There is no statement 9z in the Early Career Framework: use a code such as 8h or 8.4");
        assertThat(form.select("input#otherCodes").val()).isEqualTo("8h, 9z");
        // A tampered checkbox is no better than a typed code.
        mvc.perform(entry("Key points", "").param("codes", "8zz")).andExpect(status().isOk());
        assertThat(entries()).isZero();
    }

    @Test
    void aDateInTheFutureOrNotADateIsRefused() throws Exception {
        Document notADate = Jsoup.parse(mvc.perform(entry("Key points", "", "31", "2", "2026"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(notADate.select(".govuk-error-summary a").eachText())
                .containsExactly("The date of the entry must be a real date, for example 27 3 2026");
        LocalDate tomorrow = today.plusDays(1);
        Document future = Jsoup.parse(mvc.perform(entry(
                        "Key points",
                        "",
                        String.valueOf(tomorrow.getDayOfMonth()),
                        String.valueOf(tomorrow.getMonthValue()),
                        String.valueOf(tomorrow.getYear())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(future.select(".govuk-error-summary a").eachText())
                .containsExactly("The date of the entry must be today or in the past");
        assertThat(entries()).isZero();
    }

    @Test
    void theEctEditsTheirOwnEntryAndNobodyElseCan() throws Exception {
        long id = write(entry("First thoughts", ""));
        mvc.perform(post("/ect/log/" + id + "/edit")
                        .with(csrf())
                        .session(ect)
                        .param("day", "1")
                        .param("month", "9")
                        .param("year", "2025")
                        .param("keyPoints", "Second thoughts")
                        .param("reflection", "Now with a reflection")
                        .param("privateEntry", "true"))
                .andExpect(status().is3xxRedirection());
        Document saved = page("/ect/log/" + id, ect);
        assertThat(saved.text())
                .contains("Second thoughts", "Now with a reflection", "1 September 2025", "No, private");

        MockHttpSession ect2 = SignIn.as(mvc, "ect2@example.com");
        mvc.perform(get("/ect/log/" + id).session(ect2)).andExpect(status().isNotFound());
        mvc.perform(get("/ect/log/" + id + "/edit").session(ect2)).andExpect(status().isNotFound());
        mvc.perform(post("/ect/log/" + id + "/edit").with(csrf()).session(ect2).param("keyPoints", "mine now"))
                .andExpect(status().isNotFound());
        assertThat(page("/ect/log/" + id, ect).text()).contains("Second thoughts");
    }

    @Test
    void theMentorReadsSharedEntriesAndCommentsButNeverSeesAPrivateOne() throws Exception {
        long shared = write(entry("Shared key points", "Shared reflection"));
        long secret = write(entry("Private key points", "").param("privateEntry", "true"));
        String base = "/mentor/mentees/" + pair.ect().id() + "/log";

        Document list = page(base, mentor);
        assertThat(list.text()).contains("Shared key points").doesNotContain("Private key points");
        mvc.perform(get(base + "/" + secret).session(mentor)).andExpect(status().isNotFound());
        mvc.perform(post(base + "/" + secret + "/comments")
                        .with(csrf())
                        .session(mentor)
                        .param("body", "Hello"))
                .andExpect(status().isNotFound());

        Document blank = Jsoup.parse(mvc.perform(post(base + "/" + shared + "/comments")
                        .with(csrf())
                        .session(mentor)
                        .param("body", " "))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(blank.select(".govuk-error-summary a").eachText()).containsExactly("Enter your comment");
        mvc.perform(post(base + "/" + shared + "/comments")
                        .with(csrf())
                        .session(mentor)
                        .param("body", "Try the phone call script next week"))
                .andExpect(status().is3xxRedirection());
        assertThat(page("/ect/log/" + shared, ect).select(".app-log-comment").text())
                .contains(pair.mentor().displayName(), "Try the phone call script next week");

        // Another mentor, a tutor and an admin learn nothing, not even that the ECT has a log.
        for (String other : new String[] {"mentor2@example.com", "mentor@example.com"}) {
            MockHttpSession session = SignIn.as(mvc, other);
            mvc.perform(get(base).session(session)).andExpect(status().isNotFound());
            mvc.perform(get(base + "/" + shared).session(session)).andExpect(status().isNotFound());
        }
        mvc.perform(get(base).session(SignIn.as(mvc, "tutor@example.com"))).andExpect(status().isForbidden());
    }

    @Test
    void theLogFiltersByModuleStatementAndDate() throws Exception {
        write(entry("About the page", "").param("pagePath", SeedModule.ECT_PAGE).param("codes", "8h"));
        write(entry("About behaviour", "", "3", "2", "2025").param("otherCodes", "7a"));

        assertThat(page("/ect/log?module=" + SeedModule.MODULE, ect)
                        .select(".app-log-entry")
                        .text())
                .contains("About the page")
                .doesNotContain("About behaviour");
        assertThat(page("/ect/log?statement=7a", ect).select(".app-log-entry").text())
                .contains("About behaviour")
                .doesNotContain("About the page");
        assertThat(page("/ect/log?from=2025-01-01&to=2025-12-31", ect)
                        .select(".app-log-entry")
                        .text())
                .contains("About behaviour")
                .doesNotContain("About the page");
        Document all = page("/ect/log", ect);
        assertThat(all.select(".app-log-entry")).hasSize(2);
        assertThat(all.select("select#module option").eachText()).contains(SeedModule.MODULE_TITLE);
    }

    @Test
    void scriptsImagesAndJavascriptLinksInEntriesAndCommentsRenderAsText() throws Exception {
        String script = "<script>alert('log')</script>";
        String img = "\"><img src=x onerror=alert(1)>";
        String link = "<a href=\"javascript:alert(2)\">click</a> javascript:alert(3)";
        long id = write(entry(script + " " + img + " " + link, link));
        mvc.perform(post("/mentor/mentees/" + pair.ect().id() + "/log/" + id + "/comments")
                        .with(csrf())
                        .session(mentor)
                        .param("body", script + img + link))
                .andExpect(status().is3xxRedirection());

        for (String path : new String[] {
            "/ect/log/" + id,
            "/ect/log",
            "/ect/record",
            "/mentor/mentees/" + pair.ect().id() + "/log/" + id
        }) {
            MockHttpSession session = path.startsWith("/mentor") ? mentor : ect;
            String html = mvc.perform(get(path).session(session))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            Document doc = Jsoup.parse(html);
            assertThat(html)
                    .as(path)
                    .doesNotContain("<script>alert")
                    .doesNotContain("<img src=x")
                    .contains("&lt;script&gt;");
            assertThat(doc.select("img[onerror]")).as(path).isEmpty();
            assertThat(doc.select("a[href^=javascript]")).as(path).isEmpty();
            assertThat(doc.text()).as(path).contains(script, "javascript:alert(2)");
        }
    }
}
