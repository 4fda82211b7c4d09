package uk.ectinduction.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import uk.ectinduction.framework.FrameworkStatements;
import uk.ectinduction.framework.StatementKind;
import uk.ectinduction.people.Cohorts;
import uk.ectinduction.people.Person;
import uk.ectinduction.people.Role;
import uk.ectinduction.people.UserAccounts;
import uk.ectinduction.support.IntegrationTest;
import uk.ectinduction.support.Pages;
import uk.ectinduction.support.SeedModule;
import uk.ectinduction.support.SeedModule.Pair;
import uk.ectinduction.support.SignIn;

/** Rating a module's audit, revisiting it, the progress chart, the Plan step, the tutor's counts and 404s. */
@IntegrationTest
class ModuleAuditPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ContentImporter importer;

    @Autowired
    UserAccounts accounts;

    @Autowired
    Cohorts cohorts;

    @Autowired
    FrameworkStatements framework;

    @Autowired
    JdbcClient jdbc;

    Pair pair;
    MockHttpSession ect;
    MockHttpSession mentor;
    List<String> standard8;

    @BeforeEach
    void aMentorAndTheirEct() throws Exception {
        SeedModule.importPages(importer);
        pair = SeedModule.pair(accounts);
        ect = SignIn.as(mvc, pair.ect().email());
        mentor = SignIn.as(mvc, pair.mentor().email());
        standard8 = framework.forStandard(8).stream()
                .filter(s -> s.kind() == StatementKind.LEARN_HOW_TO)
                .map(s -> s.code())
                .toList();
    }

    Map<String, String> allRated(AuditRating rating) {
        Map<String, String> ratings = new LinkedHashMap<>();
        standard8.forEach(code -> ratings.put(code, rating.name()));
        return ratings;
    }

    MockHttpServletRequestBuilder sitting(String path, MockHttpSession session, Map<String, String> ratings) {
        MockHttpServletRequestBuilder request =
                post(path).with(csrf()).session(session).param("module", SeedModule.MODULE);
        ratings.forEach((code, rating) -> request.param("ratings[" + code + "]", rating));
        return request;
    }

    long save(MockHttpServletRequestBuilder request) throws Exception {
        String location = mvc.perform(request)
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    Document page(String path, MockHttpSession session) throws Exception {
        return Pages.get200(mvc, path, session);
    }

    long sittings() {
        return jdbc.sql("select count(*) from module_audit where ect_id = ?")
                .param(pair.ect().id())
                .query(Long.class)
                .single();
    }

    @Test
    void theSeedModuleIsAuditedAgainstEveryLearnHowToStatementOfStandard8() throws Exception {
        assertThat(standard8).startsWith("8a", "8b").contains("8h");
        Document list = page("/ect/audits", ect);
        assertThat(list.select(".app-audit-module:has(a[href*=log-test-provider]) td")
                        .eachText())
                .startsWith(SeedModule.MODULE_TITLE, "8");

        Document form = page("/ect/audits/new?module=" + SeedModule.MODULE, ect);
        assertThat(form.select(".app-audit-statement legend span:first-child").eachText())
                .isEqualTo(standard8);
        assertThat(form.select("input[name='ratings[8a]']").eachAttr("value"))
                .containsExactly(
                        "MORE_PRACTICE_AND_SUPPORT",
                        "SOME_PRACTICE_AND_SUPPORT",
                        "MOSTLY_CONFIDENT",
                        "CONFIDENT_AND_SKILLED");
        assertThat(form.select("label[for='ratings[8a]']").text()).isEqualTo("Want more practice and support");
    }

    @Test
    void aRevisitIsANewSittingAndTheFirstIsKeptAsItWas() throws Exception {
        Map<String, String> first = allRated(AuditRating.SOME_PRACTICE_AND_SUPPORT);
        first.put("8h", AuditRating.MORE_PRACTICE_AND_SUPPORT.name());
        long audit = save(sitting("/ect/audits", ect, first).param("notes[8h]", "Parents' evening is soon"));

        Document again = page("/ect/audits/new?module=" + SeedModule.MODULE, ect);
        assertThat(again.select("input[name='ratings[8h]'][checked]").val()).isEqualTo("MORE_PRACTICE_AND_SUPPORT");
        assertThat(again.select("textarea[name='notes[8h]']").text()).isEqualTo("Parents' evening is soon");

        Map<String, String> second = new LinkedHashMap<>(first);
        second.put("8a", AuditRating.CONFIDENT_AND_SKILLED.name());
        second.put("8h", AuditRating.MOSTLY_CONFIDENT.name());
        long revisit = save(sitting("/ect/audits", ect, second));

        assertThat(revisit).isNotEqualTo(audit);
        assertThat(page("/ect/audits/" + audit, ect)
                        .select(".app-audit-ratings tr:contains(8h)")
                        .text())
                .contains("Want more practice and support", "Parents' evening is soon");
        assertThat(page("/ect/audits/" + revisit, ect)
                        .select(".app-audit-ratings tr:contains(8h)")
                        .text())
                .contains("Mostly confident");
        assertThatThrownBy(() -> jdbc.sql("update audit_rating set rating = 'CONFIDENT_AND_SKILLED' where audit_id = ?")
                        .param(audit)
                        .update())
                .hasMessageContaining("a revisit is a new audit");

        Document progress = page("/ect/audits/progress", ect);
        assertThat(progress.select("svg[role=img]")).hasSize(standard8.size());
        assertThat(progress.select("svg title").eachText())
                .anySatisfy(t -> assertThat(t)
                        .startsWith("8h: want more practice and support (1 of 4) on ")
                        .contains("then mostly confident (3 of 4) on"));
        assertThat(progress.select(".app-progress-table tr:has(th:contains(8a)) td")
                        .eachText())
                .containsExactly("2", "4");
        assertThat(progress.select(".app-progress-table tr:has(th:contains(8h)) td")
                        .eachText())
                .containsExactly("1", "3");
    }

    @Test
    void aRatingOutsideTheScaleAMissingRatingOrALongNoteSavesNothing() throws Exception {
        Map<String, String> ratings = allRated(AuditRating.MOSTLY_CONFIDENT);
        ratings.put("8a", "EXCELLENT");
        ratings.remove("8b");
        Document form =
                Jsoup.parse(mvc.perform(sitting("/ect/audits", ect, ratings).param("notes[8c]", "n".repeat(20_001)))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(form.select(".govuk-error-summary a").eachText())
                .containsExactlyInAnyOrder(
                        "Choose one of the four ratings on the scale for 8a",
                        "Choose how confident you are with 8b",
                        "The note on 8c must be 20,000 characters or fewer");
        assertThat(form.select(".govuk-error-summary a").eachAttr("href")).contains("#ratings[8a]");
        assertThat(form.select("[id='ratings[8a]']")).hasSize(1);
        assertThat(form.select("input[name='ratings[8d]'][checked]").val()).isEqualTo("MOSTLY_CONFIDENT");

        Map<String, String> unasked = allRated(AuditRating.MOSTLY_CONFIDENT);
        unasked.put("7a", AuditRating.MOSTLY_CONFIDENT.name());
        mvc.perform(sitting("/ect/audits", ect, unasked)).andExpect(status().isOk());
        assertThat(sittings()).isZero();
        assertThatThrownBy(() -> jdbc.sql("insert into audit_rating (audit_id, code, rating) values (1, '8a', 'BAD')")
                        .update())
                .hasMessageContaining("audit_rating");
    }

    @Test
    void theMentorStartsAnAuditWithTheirMenteeAndSeesItInTheNextMeetingsPlanStep() throws Exception {
        String base = "/mentor/mentees/" + pair.ect().id() + "/audits";
        Map<String, String> ratings = allRated(AuditRating.CONFIDENT_AND_SKILLED);
        ratings.put("8e", AuditRating.SOME_PRACTICE_AND_SUPPORT.name());
        long audit = save(sitting(base, mentor, ratings));
        assertThat(page(base + "/" + audit, mentor).text()).contains("with the mentor");
        assertThat(page("/ect/audits/" + audit, ect).text()).contains("with the mentor");

        String meeting = mvc.perform(post("/mentor/mentees/" + pair.ect().id() + "/meetings")
                        .with(csrf())
                        .session(mentor)
                        .param("materialsPath", SeedModule.MENTOR_PAGE)
                        .param("day", "1")
                        .param("month", "9")
                        .param("year", String.valueOf(LocalDate.now().getYear() + 1)))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        String plan = mvc.perform(get(meeting + "/plan").session(mentor))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        Document step = page(plan, mentor);
        assertThat(step.select(".app-plan-audit a[href='" + base + "/" + audit + "']"))
                .hasSize(1);
        assertThat(step.select(".app-plan-practice li").eachText())
                .singleElement()
                .satisfies(t -> assertThat(t).startsWith("8e").endsWith("(want some practice and support)"));

        for (String other : new String[] {"mentor2@example.com", "mentor@example.com"}) {
            MockHttpSession session = SignIn.as(mvc, other);
            mvc.perform(get(base).session(session)).andExpect(status().isNotFound());
            mvc.perform(get(base + "/" + audit).session(session)).andExpect(status().isNotFound());
            mvc.perform(get(base + "/progress").session(session)).andExpect(status().isNotFound());
        }
        mvc.perform(get("/ect/audits/" + audit).session(SignIn.as(mvc, "ect2@example.com")))
                .andExpect(status().isNotFound());
    }

    @Test
    void aTutorSeesCountsPerRatingForTheirCohortAndNoNames() throws Exception {
        Person tutor = accounts.createUser(
                "tutor-" + System.nanoTime() + "@log.example",
                "Audit Tutor",
                EnumSet.of(Role.INDUCTION_TUTOR),
                SignIn.DEMO_PASSWORD);
        long cohort = cohorts.create(
                "Audit cohort " + System.nanoTime(), "log-test-provider", LocalDate.now(), List.of(), List.of());
        cohorts.setTutors(cohort, List.of(tutor.id()));
        cohorts.enrol(pair.ect().id(), cohort);
        Pair other = SeedModule.pair(accounts);
        cohorts.enrol(other.ect().id(), cohort);
        save(sitting("/ect/audits", ect, allRated(AuditRating.MOSTLY_CONFIDENT)));
        save(sitting("/ect/audits", ect, allRated(AuditRating.CONFIDENT_AND_SKILLED)));
        save(sitting("/ect/audits", SignIn.as(mvc, other.ect().email()), allRated(AuditRating.MOSTLY_CONFIDENT)));

        Document page = page("/tutor/audits", SignIn.as(mvc, tutor.email()));
        assertThat(page.text())
                .contains("2 ECTs have made an audit")
                .doesNotContain(pair.ect().displayName(), other.ect().displayName());
        // Latest sittings only: one ECT now confident and skilled, the other mostly confident.
        assertThat(page.select(".app-cohort-ratings tr:has(th:contains(8a)) td").eachText())
                .containsExactly("0", "0", "1", "1");
        mvc.perform(get("/tutor/audits").session(ect)).andExpect(status().isForbidden());
    }
}
