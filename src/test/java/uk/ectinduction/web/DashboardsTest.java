package uk.ectinduction.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.EnumSet;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import uk.ectinduction.people.Cohorts;
import uk.ectinduction.people.Person;
import uk.ectinduction.people.Role;
import uk.ectinduction.people.UserAccounts;
import uk.ectinduction.support.IntegrationTest;
import uk.ectinduction.support.QueryCounter;
import uk.ectinduction.support.SignIn;

/** Each role's home shows this week of the programme, in the same few statements however many people. */
@IntegrationTest
class DashboardsTest {

    /** The demo cohort is in Summer week 4 of the real module (programme week 4) whenever the app starts. */
    static final String WEEK_4 = "/programmes/education-development-trust/year-1-a-people-profession/summer-week-4-";

    static final String NORTHFIELD_WEEK_1 =
            "/programmes/northfield-teaching-partnership/year-1-routines-and-relationships/autumn-week-1-";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    Cohorts cohorts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theDemoEctSeesThisWeeksSelfStudyAndTheirMentor() throws Exception {
        mvc.perform(get("/ect").session(SignIn.as(mvc, "ect@example.com")))
                .andExpect(content().string(containsString("Programme week 4")))
                .andExpect(content().string(containsString("href=\"" + WEEK_4 + "ect-instructions\"")))
                .andExpect(content().string(containsString("href=\"" + WEEK_4 + "ect-classroom-practice\"")))
                .andExpect(content().string(containsString("Maya Mentor")))
                .andExpect(content().string(containsString("Next meeting")))
                .andExpect(content().string(containsString("Open actions")))
                .andExpect(content().string(containsString("Your module audit")))
                .andExpect(content()
                        .string(containsString("href=\"/ect/audits/new?module=/programmes/"
                                + "education-development-trust/year-1-a-people-profession\"")))
                .andExpect(content().string(containsString("Your learning log")));
    }

    @Test
    void anEctsHomeCostsTheSameStatementsWithNoEntriesOrMany() throws Exception {
        Person ect = accounts.createUser(
                "budget-ect-home@school.example", "Budget Home ECT", EnumSet.of(Role.ECT), "a long enough password");
        MockHttpSession session = SignIn.as(mvc, ect.email(), "a long enough password");
        int none = statements("/ect", session);
        for (int i = 0; i < 6; i++) {
            jdbc.sql("insert into learning_log_entry (ect_id, written_on, key_points) values (?, current_date, ?)")
                    .params(ect.id(), "Entry " + i)
                    .update();
        }
        assertThat(statements("/ect", session)).isEqualTo(none);
    }

    @Test
    void theDemoMentorSeesEachMenteeWithTheirWeeksMentorMaterials() throws Exception {
        mvc.perform(get("/mentor").session(SignIn.as(mvc, "mentor@example.com")))
                .andExpect(content().string(containsString("Evan Teacher")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Erin Teacher"))));
    }

    @Test
    void theDemoMentorsWeekIsSummerWeek4OfTheRealModuleAndLinksItsMentorMaterials() throws Exception {
        String html = mvc.perform(get("/mentor").session(SignIn.as(mvc, "mentor@example.com")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        Element card = Jsoup.parse(html).select(".govuk-summary-card").stream()
                .filter(c -> c.text().contains("Evan Teacher"))
                .findFirst()
                .orElseThrow();

        assertThat(card.select("strong").text()).isEqualTo("Programme week 4");
        assertThat(card.text()).contains("Programme week 4: A people profession – Week 4: teaching assistants");
        // (Tests that import the seed pages into this module add theirs to the week, so not "exactly".)
        assertThat(card.select("ul.govuk-list a[href=" + WEEK_4 + "mentor-materials]")
                        .text())
                .isEqualTo("Year 1 Summer week 4 mentor materials");
    }

    @Test
    void theDemoTutorSeesTheirCohortInAWeekWithoutASession() throws Exception {
        mvc.perform(get("/tutor").session(SignIn.as(mvc, "tutor@example.com")))
                .andExpect(content().string(containsString("Demo cohort")))
                .andExpect(content().string(containsString("Programme week 4")))
                .andExpect(content().string(containsString("No pages for this week.")));
    }

    @Test
    void aTutorSeesTheWeeksSessionOfTheirCohort() throws Exception {
        Person tutor = accounts.createUser(
                "week-tutor@school.example", "Wren Tutor", EnumSet.of(Role.INDUCTION_TUTOR), "a long enough password");
        long cohort = cohorts.create(
                "Northfield this week",
                "northfield-teaching-partnership",
                LocalDate.now().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)),
                List.of(),
                List.of());
        cohorts.setTutors(cohort, List.of(tutor.id()));

        mvc.perform(get("/tutor").session(SignIn.as(mvc, tutor.email(), "a long enough password")))
                .andExpect(content().string(containsString("Northfield this week")))
                .andExpect(content()
                        .string(containsString("href=\"" + NORTHFIELD_WEEK_1 + "induction-tutor-materials\"")));
    }

    @Test
    void theAdminSeesEctsWithoutAMentor() throws Exception {
        Person loner = accounts.createUser(
                "no.mentor@school.example", "Aaa First Unmentored", EnumSet.of(Role.ECT), "a long enough password");

        mvc.perform(get("/admin").session(SignIn.as(mvc, "admin@example.com")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/admin/users/" + loner.id() + "\"")));
    }

    @Test
    void aMentorsHomeCostsTheSameStatementsForOneMenteeOrFive() throws Exception {
        long cohort = cohorts.create(
                "Budget cohort", "northfield-teaching-partnership", LocalDate.of(2026, 9, 7), List.of(), List.of());
        int one = statementsForMentorWith(1, cohort, "one");
        int five = statementsForMentorWith(5, cohort, "five");

        assertThat(five).isEqualTo(one);
    }

    @Test
    void anAdminsHomeCostsTheSameStatementsWhateverTheNumberOfPeople() throws Exception {
        MockHttpSession admin = SignIn.as(mvc, "admin@example.com");
        int before = statements("/admin", admin);
        for (int i = 0; i < 25; i++) {
            accounts.createUser(
                    "many" + i + "@school.example", "Many " + i, EnumSet.of(Role.ECT), "a long enough password");
        }
        cohorts.create(
                "Another budget cohort",
                "northfield-teaching-partnership",
                LocalDate.of(2026, 9, 7),
                List.of(),
                List.of());

        assertThat(statements("/admin", admin)).isEqualTo(before);
    }

    private int statementsForMentorWith(int mentees, long cohort, String tag) throws Exception {
        Person mentor = accounts.createUser(
                "budget-mentor-" + tag + "@school.example",
                "Budget Mentor",
                EnumSet.of(Role.MENTOR),
                "a long enough password");
        for (int i = 0; i < mentees; i++) {
            Person ect = accounts.createUser(
                    "budget-ect-" + tag + i + "@school.example",
                    "Budget ECT " + i,
                    EnumSet.of(Role.ECT),
                    "a long enough password");
            accounts.assignMentor(mentor.id(), ect.id(), LocalDate.now());
            cohorts.enrol(ect.id(), cohort);
            // Each mentee has written in their log and audited a module: read for all mentees at once.
            jdbc.sql("insert into learning_log_entry (ect_id, written_on, key_points) values (?, current_date, 'k')")
                    .param(ect.id())
                    .update();
            jdbc.sql("insert into module_audit (ect_id, module_ref, module_title, started_by) "
                            + "values (?, '/programmes/p/m', 'Module " + i + "', ?)")
                    .params(ect.id(), ect.id())
                    .update();
        }
        MockHttpSession session = SignIn.as(mvc, mentor.email(), "a long enough password");
        assertThat(accounts.currentMentees(mentor.id())).hasSize(mentees);
        mvc.perform(get("/mentor").session(session))
                .andExpect(content().string(containsString("Module " + (mentees - 1) + ", ")))
                .andExpect(content().string(containsString("Last shared log entry")));
        return statements("/mentor", session);
    }

    private int statements(String path, MockHttpSession session) throws Exception {
        mvc.perform(get(path).session(session)).andExpect(status().isOk()); // warm: first use loads caches
        QueryCounter.reset();
        mvc.perform(get(path).session(session)).andExpect(status().isOk());
        return QueryCounter.count();
    }
}
