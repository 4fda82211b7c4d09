package uk.ectinduction.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import uk.ectinduction.people.AppUserDetailsService;
import uk.ectinduction.people.Cohorts;
import uk.ectinduction.people.SignedInUser;
import uk.ectinduction.people.UserAccounts;
import uk.ectinduction.support.IntegrationTest;
import uk.ectinduction.support.Pages;
import uk.ectinduction.support.QueryCounter;
import uk.ectinduction.support.SignIn;
import uk.ectinduction.training.TrainingFixtures.Group;

/**
 * What a tutor records of a session held today: the register (only the cohort's ECTs), the statements activity's
 * counts (no more than those present) and the key actions (1 to 3, by an attending ECT or their tutor), each refusal
 * with a clear error, what was typed kept and nothing saved; and the attendance rates on the tutor's list.
 */
@IntegrationTest
class SessionRecordsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TrainingSessions sessions;

    @Autowired
    UserAccounts accounts;

    @Autowired
    Cohorts cohorts;

    @Autowired
    AppUserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    Group group;
    SignedInUser tutorUser;
    MockHttpSession tutor;
    long session;

    @BeforeEach
    void aSessionHeldToday() throws Exception {
        group = TrainingFixtures.group(accounts, cohorts);
        tutorUser = TrainingFixtures.user(users, group.tutor());
        tutor = SignIn.as(mvc, group.tutor().email());
        session = today(group);
    }

    long today(Group g) {
        return sessions.schedule(
                tutorUser,
                TrainingFixtures.SEED_MATERIALS,
                g.cohortId(),
                LocalDate.now(),
                LocalTime.of(23, 0),
                "Hall",
                null);
    }

    Document postForPage(MockHttpServletRequestBuilder request, MockHttpSession as) throws Exception {
        return Jsoup.parse(mvc.perform(request.with(csrf()).session(as))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    void markPresent(long sessionId, long ectId) throws Exception {
        mvc.perform(post("/tutor/sessions/" + sessionId + "/attendance")
                        .with(csrf())
                        .session(tutor)
                        .param("marks[" + ectId + "]", "PRESENT"))
                .andExpect(status().isFound());
    }

    long count(String table) {
        return jdbc.sql("select count(*) from " + table + " where session_id = ?")
                .param(session)
                .query(Long.class)
                .single();
    }

    @Test
    void theRegisterRefusesSomeoneOutsideTheCohortAndSavesNothing() throws Exception {
        Group other = TrainingFixtures.group(accounts, cohorts);
        Document page = postForPage(
                post("/tutor/sessions/" + session + "/attendance")
                        .param("marks[" + group.ect().id() + "]", "PRESENT")
                        .param("marks[" + other.ect().id() + "]", "ABSENT")
                        .param("reasons[" + other.ect().id() + "]", "Not ours"),
                tutor);
        assertThat(page.title()).startsWith("Error:");
        assertThat(page.select(".govuk-error-summary").text())
                .contains("Only ECTs in this session’s cohort can be marked on its register");
        assertThat(page.selectFirst("input[name='marks[" + group.ect().id() + "]'][value=PRESENT]")
                        .hasAttr("checked"))
                .as("what was marked is kept")
                .isTrue();
        assertThat(count("training_attendance")).isZero();

        mvc.perform(post("/tutor/sessions/" + session + "/attendance")
                        .with(csrf())
                        .session(tutor)
                        .param("marks[" + group.ect().id() + "]", "LATE")
                        .param("reasons[" + group.ect().id() + "]", "Bus was late"))
                .andExpect(redirectedUrl("/tutor/sessions/" + session + "#register"));
        assertThat(Pages.get200(mvc, "/tutor/sessions/" + session, tutor)
                        .select("#register + ul")
                        .text())
                .isEqualTo(group.ect().displayName() + ": Late (Bus was late)");
    }

    @Test
    void aRegisterIsNotTakenBeforeTheSessionsDay() throws Exception {
        long later = TrainingFixtures.scheduleSeed(sessions, tutorUser, group);
        Document page = postForPage(
                post("/tutor/sessions/" + later + "/attendance")
                        .param("marks[" + group.ect().id() + "]", "PRESENT"),
                tutor);
        assertThat(page.select(".govuk-error-summary").text())
                .contains("This can be recorded from the day of the session");
    }

    @Test
    void aStatementsCountAboveThoseWhoWerePresentIsRefusedAndNothingSaved() throws Exception {
        String path = "/tutor/sessions/" + session + "/statements/1";
        Document form = Pages.get200(mvc, path, tutor);
        assertThat(form.select("tbody th[scope=row]")).hasSize(10);
        assertThat(form.select("tbody th[scope=row]").first().text())
                .isEqualTo("1. engagement of parents, carers and families in their children’s education can improve "
                        + "learning outcomes");

        Document before = postForPage(post(path).param("counts[1-AGREE]", "1"), tutor);
        assertThat(before.select(".govuk-error-summary").text())
                .contains("Take the register first: no ECT is marked present or late");

        markPresent(session, group.ect().id());
        Document over = postForPage(
                post(path)
                        .param("counts[1-AGREE]", "1")
                        .param("counts[2-AGREE]", "1")
                        .param("counts[2-DISAGREE]", "1"),
                tutor);
        assertThat(over.select(".govuk-error-summary").text())
                .contains("Statement 2: the counts add up to 2, more than the 1 ECTs marked present or late");
        assertThat(over.selectFirst("#count-2-DISAGREE").val())
                .as("what was typed is kept")
                .isEqualTo("1");
        assertThat(count("training_statement_count")).isZero();

        Document notANumber = postForPage(post(path).param("counts[1-AGREE]", "lots"), tutor);
        assertThat(notANumber.select(".govuk-error-summary").text()).contains("Enter each count as a whole number");
        assertThat(notANumber.selectFirst("#count-1-AGREE").val()).isEqualTo("lots");

        mvc.perform(post(path)
                        .with(csrf())
                        .session(tutor)
                        .param("counts[1-AGREE]", "1")
                        .param("counts[2-STRONGLY_DISAGREE]", "1"))
                .andExpect(redirectedUrl(path));
        assertThat(count("training_statement_count")).isEqualTo(50);

        Document page = Pages.get200(mvc, "/tutor/sessions/" + session, tutor);
        Element chart = page.selectFirst("svg.app-agreement-chart");
        assertThat(chart.attr("role")).isEqualTo("img");
        String labelledBy = chart.attr("aria-labelledby");
        assertThat(page.getElementById(labelledBy.split(" ")[0]).tagName()).isEqualTo("title");
        assertThat(page.getElementById(labelledBy.split(" ")[1]).text())
                .startsWith("Out of 1 present: statement 1: 1 agree; statement 2: 1 strongly disagree; statement 3: "
                        + "no answers");
        Element firstRow = page.select("table:has(caption:contains(How many ECTs chose each answer)) tbody tr")
                .first();
        assertThat(firstRow.select("td").eachText()).containsExactly("0", "0", "0", "1", "0", "1");
    }

    @Test
    void keyActionsAreOneToThreeAndReachTheMentorsReview() throws Exception {
        MockHttpSession ect = SignIn.as(mvc, group.ect().email());
        String own = "/sessions/" + session + "/actions";
        Document closed = Pages.get200(mvc, own, ect);
        assertThat(closed.select("form textarea"))
                .as("not before they are marked present")
                .isEmpty();
        Document notAttending = postForPage(post(own).param("actions[0]", "Phone home"), ect);
        assertThat(notAttending.select(".govuk-error-summary").text())
                .contains("Key actions are recorded by ECTs marked present or late at the session");

        markPresent(session, group.ect().id());
        Document none = postForPage(post(own).param("actions[0]", " ").param("actions[1]", ""), ect);
        assertThat(none.select(".govuk-error-summary").text()).contains("Enter 1, 2 or 3 key actions");
        Document four = postForPage(
                post(own)
                        .param("actions[0]", "One")
                        .param("actions[1]", "Two")
                        .param("actions[2]", "Three")
                        .param("actions[3]", "Four"),
                ect);
        assertThat(four.select(".govuk-error-summary").text()).contains("Enter 1, 2 or 3 key actions");
        assertThat(four.select("form textarea").eachText())
                .as("what was typed is kept")
                .containsExactly("One", "Two", "Three", "Four");
        assertThat(count("training_planned_action")).isZero();
        assertThat(actionsReachingTheMentor()).isEmpty();

        mvc.perform(post(own)
                        .with(csrf())
                        .session(ect)
                        .param("actions[0]", "Phone two families")
                        .param("actions[1]", "")
                        .param("actions[2]", "Plan parents' evening"))
                .andExpect(redirectedUrl("/sessions/" + session));
        assertThat(actionsReachingTheMentor()).containsExactly("Phone two families", "Plan parents' evening");

        // The tutor enters them on the ECT's behalf: the new list replaces the one not yet reviewed.
        mvc.perform(post("/tutor/sessions/" + session + "/actions/"
                                + group.ect().id())
                        .with(csrf())
                        .session(tutor)
                        .param("actions[0]", "Phone three families"))
                .andExpect(redirectedUrl("/tutor/sessions/" + session + "#actions"));
        assertThat(actionsReachingTheMentor()).containsExactly("Phone three families");
        assertThat(Pages.get200(mvc, "/tutor/sessions/" + session, tutor)
                        .select("#actions + dl .govuk-summary-list__value")
                        .text())
                .isEqualTo("Phone three families");
    }

    @Test
    void theDatabaseHoldsTheRulesToo() {
        markPresentInDatabase();
        assertThatThrownBy(() -> jdbc.sql("insert into training_planned_action (session_id, ect_id, position, action,"
                                + " recorded_by) values (?, ?, 4, 'A fourth', ?)")
                        .params(session, group.ect().id(), group.tutor().id())
                        .update())
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.sql(
                                "insert into training_statement_count (session_id, section_number,"
                                        + " statement_number, statement, scale_point, people) values (?, 1, 1, 'S', 'MAYBE', 1)")
                        .param(session)
                        .update())
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.sql(
                                "insert into training_statement_count (session_id, section_number,"
                                        + " statement_number, statement, scale_point, people) values (?, 1, 1, 'S', 'AGREE', -1)")
                        .param(session)
                        .update())
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.sql("insert into training_attendance (session_id, ect_id, mark, reason,"
                                + " recorded_by) values (?, ?, 'PRESENT', 'why', ?)")
                        .params(session, group.tutor().id(), group.tutor().id())
                        .update())
                .as("present carries no reason")
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void theTutorsListShowsAttendanceRatesInTheSameQueriesHoweverManySessions() throws Exception {
        markPresent(session, group.ect().id());
        int one = statements();

        Group second = TrainingFixtures.group(accounts, cohorts);
        cohorts.addTutor(group.tutor().id(), second.cohortId());
        for (int i = 0; i < 4; i++) {
            Group g = i % 2 == 0 ? group : second;
            long id = today(g);
            mvc.perform(post("/tutor/sessions/" + id + "/attendance")
                            .with(csrf())
                            .session(tutor)
                            .param("marks[" + g.ect().id() + "]", i == 0 ? "ABSENT" : "LATE"))
                    .andExpect(status().isFound());
        }
        int five = statements();
        assertThat(five).isEqualTo(one);

        Document list = Pages.get200(mvc, "/tutor/sessions", tutor);
        List<String> captions = list.select("#attendance ~ table caption").eachText();
        assertThat(captions)
                .containsExactlyInAnyOrder(
                        group.cohortName() + ": 67% attendance (2 of 3)",
                        second.cohortName() + ": 100% attendance (2 of 2)");
        assertThat(list.select("#attendance ~ table tbody tr").eachText())
                .contains(group.ect().displayName() + " 2 3 67%", second.ect().displayName() + " 2 2 100%");
    }

    private int statements() throws Exception {
        mvc.perform(get("/tutor/sessions").session(tutor)).andExpect(status().isOk());
        QueryCounter.reset();
        mvc.perform(get("/tutor/sessions").session(tutor)).andExpect(status().isOk());
        return QueryCounter.count();
    }

    private void markPresentInDatabase() {
        jdbc.sql("insert into training_attendance (session_id, ect_id, mark, recorded_by) values (?, ?, 'PRESENT', ?)")
                .params(session, group.ect().id(), group.tutor().id())
                .update();
    }

    private List<String> actionsReachingTheMentor() {
        return jdbc.sql("select action from next_step_action where training_session_id = ? and ect_id = ?"
                        + " order by id")
                .params(session, group.ect().id())
                .query(String.class)
                .list();
    }
}
