package uk.ectinduction.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;
import uk.ectinduction.content.ContentImporter;
import uk.ectinduction.meetings.MeetingFixtures.Pair;
import uk.ectinduction.people.Person;
import uk.ectinduction.people.Role;
import uk.ectinduction.people.UserAccounts;
import uk.ectinduction.support.IntegrationTest;
import uk.ectinduction.support.Pages;
import uk.ectinduction.support.QueryCounter;
import uk.ectinduction.support.SignIn;
import uk.ectinduction.training.SessionActionsPlanned;

/**
 * Key actions from a training session, published as the training module publishes them (inside its saving
 * transaction), reach the ECT's next mentor meeting's Review, where the mentor reviews them like meeting actions.
 */
@IntegrationTest
class SessionActionsTest {

    static final LocalDate SESSION_DAY = LocalDate.of(2026, 3, 3);
    static final String ORIGIN = "From training session: Working with parents, 3 March 2026";
    static final AtomicLong SESSIONS = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ContentImporter importer;

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    Pair pair;
    MockHttpSession mentor;
    long session;

    @BeforeEach
    void aPairAndASession() throws Exception {
        MeetingFixtures.importMaterials(importer);
        pair = MeetingFixtures.pair(accounts);
        mentor = SignIn.as(mvc, pair.mentor().email());
        session = SESSIONS.incrementAndGet();
    }

    /** What the training module does when an ECT saves their key actions. */
    void plan(long ectId, String... actions) {
        transactions.executeWithoutResult(tx -> events.publishEvent(
                new SessionActionsPlanned(session, "Working with parents", SESSION_DAY, ectId, List.of(actions))));
    }

    long startMeeting(MockHttpSession as, long ectId) throws Exception {
        LocalDate today = LocalDate.now();
        String location = mvc.perform(post("/mentor/mentees/" + ectId + "/meetings")
                        .session(as)
                        .with(csrf())
                        .param("materialsPath", MeetingFixtures.TIMED)
                        .param("day", String.valueOf(today.getDayOfMonth()))
                        .param("month", String.valueOf(today.getMonthValue()))
                        .param("year", String.valueOf(today.getYear())))
                .andExpect(status().isFound())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    Document review(MockHttpSession as, long meetingId) throws Exception {
        return Pages.get200(mvc, "/mentor/meetings/" + meetingId + "/activity/1", as);
    }

    List<String> sessionActions(long ectId) {
        return jdbc.sql("select action || ':' || status from next_step_action"
                        + " where ect_id = ? and training_session_id is not null order by id")
                .param(ectId)
                .query(String.class)
                .list();
    }

    @Test
    void theMentorReviewsTheSessionsActionsInTheNextMeetingLikeMeetingActions() throws Exception {
        plan(pair.ect().id(), "Phone two families before parents' evening", "Use the school's text service");
        long meeting = startMeeting(mentor, pair.ect().id());

        Document review = review(mentor, meeting);
        List<Element> items = review.select(".app-meeting-review");
        assertThat(items).hasSize(2);
        assertThat(items)
                .extracting(i -> i.selectFirst("h2").text())
                .containsExactly("Phone two families before parents' evening", "Use the school's text service");
        assertThat(items)
                .allSatisfy(
                        i -> assertThat(i.select(".app-action-origin").text()).isEqualTo(ORIGIN));
        List<String> ids = review.select("input[name$=actionId]").eachAttr("value");

        mvc.perform(post("/mentor/meetings/" + meeting + "/activity/1")
                        .session(mentor)
                        .with(csrf())
                        .param(
                                "version",
                                review.selectFirst("input[name=version]").val())
                        .param("notes", "Both followed up")
                        .param("reviews[0].actionId", ids.get(0))
                        .param("reviews[0].whatDone", "Phoned both families")
                        .param("reviews[0].outcome", "COMPLETED")
                        .param("reviews[1].actionId", ids.get(1))
                        .param("reviews[1].whatNext", "Send the first message next week")
                        .param("reviews[1].outcome", "CONTINUED"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/mentor/meetings/" + meeting + "/activity/2"));

        assertThat(sessionActions(pair.ect().id()))
                .containsExactly(
                        "Phone two families before parents' evening:COMPLETED",
                        "Use the school's text service:CONTINUED");
        assertThat(jdbc.sql("select action from next_step_action where meeting_id = ? and continues_action_id = ?")
                        .params(meeting, Long.parseLong(ids.get(1)))
                        .query(String.class)
                        .list())
                .containsExactly("Use the school's text service");
        Document nextSteps = Pages.get200(mvc, "/mentor/meetings/" + meeting + "/activity/4", mentor);
        assertThat(nextSteps.selectFirst("[name='actions[0].action']").val())
                .isEqualTo("Use the school's text service");
        assertThat(nextSteps
                        .selectFirst("[name='actions[0].expectedImpactOnPupilLearning']")
                        .text())
                .as("its other answers are agreed in this meeting")
                .isEmpty();
        Document again = review(mentor, meeting);
        assertThat(again.select(".app-meeting-review .app-action-origin").eachText())
                .containsExactly(ORIGIN, ORIGIN);
        assertThat(again.select("input[value=COMPLETED][checked]")).hasSize(1);

        Document thread = Pages.get200(mvc, "/mentor/actions/" + ids.get(0), mentor);
        assertThat(thread.select(".app-action-origin").text()).isEqualTo(ORIGIN);
        MockHttpSession ect = SignIn.as(mvc, pair.ect().email());
        Document own = Pages.get200(mvc, "/ect/meetings", ect);
        assertThat(own.select(".app-action").eachText())
                .anySatisfy(row -> assertThat(row).contains("Phone two families", ORIGIN, "No date", "Completed"));
        assertThat(Pages.get200(mvc, "/ect/record", ect)
                        .select(".app-record-action .app-action-origin")
                        .eachText())
                .containsExactly(ORIGIN, ORIGIN);
        assertThat(mvc.perform(get("/ect/record.csv").session(ect))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .contains("Use the school's text service", ORIGIN);
        assertThat(Pages.get200(mvc, "/mentor/mentees/" + pair.ect().id() + "/meetings", mentor)
                        .select(".app-action .app-action-origin")
                        .eachText())
                .containsExactly(ORIGIN, ORIGIN);
    }

    @Test
    void anotherMentorNeverSeesASessionsActions() throws Exception {
        plan(pair.ect().id(), "Phone two families");
        long id = jdbc.sql("select id from next_step_action where ect_id = ?")
                .param(pair.ect().id())
                .query(Long.class)
                .single();
        Pair other = MeetingFixtures.pair(accounts);
        MockHttpSession otherMentor = SignIn.as(mvc, other.mentor().email());
        mvc.perform(get("/mentor/actions/" + id).session(otherMentor)).andExpect(status().isNotFound());
        assertThat(review(otherMentor, startMeeting(otherMentor, other.ect().id()))
                        .select(".app-meeting-review"))
                .isEmpty();
    }

    @Test
    void aLaterEventReplacesTheActionsNotYetReviewed() throws Exception {
        plan(pair.ect().id(), "Phone two families", "Plan parents' evening");
        long meeting = startMeeting(mentor, pair.ect().id());
        Document review = review(mentor, meeting);
        mvc.perform(post("/mentor/meetings/" + meeting + "/activity/1")
                        .session(mentor)
                        .with(csrf())
                        .param(
                                "version",
                                review.selectFirst("input[name=version]").val())
                        .param("notes", "")
                        .param(
                                "reviews[0].actionId",
                                review.select("input[name$=actionId]")
                                        .eachAttr("value")
                                        .get(0))
                        .param("reviews[0].outcome", "COMPLETED"))
                .andExpect(status().isFound());

        plan(pair.ect().id(), "Phone two families", "Plan parents' evening with the head of year", "Read the policy");

        assertThat(sessionActions(pair.ect().id()))
                .containsExactly(
                        "Phone two families:COMPLETED",
                        "Plan parents' evening with the head of year:OPEN",
                        "Read the policy:OPEN");
        assertThat(review(mentor, meeting).select(".app-meeting-review h2").eachText())
                .containsExactly(
                        "Phone two families", "Plan parents' evening with the head of year", "Read the policy");
    }

    @Test
    void actionsForAnEctWithNoMentorWaitForTheirFirstMentor() throws Exception {
        String run = Long.toString(System.nanoTime(), 36);
        Person ect = accounts.createUser(
                "ect-alone-" + run + "@meetings.example", "Teacher alone", EnumSet.of(Role.ECT), SignIn.DEMO_PASSWORD);
        plan(ect.id(), "Phone two families");
        assertThat(sessionActions(ect.id())).containsExactly("Phone two families:OPEN");

        Person newMentor = accounts.createUser(
                "mentor-late-" + run + "@meetings.example",
                "Mentor late",
                EnumSet.of(Role.MENTOR),
                SignIn.DEMO_PASSWORD);
        accounts.assignMentor(newMentor.id(), ect.id(), LocalDate.now());
        MockHttpSession late = SignIn.as(mvc, newMentor.email());

        Document review = review(late, startMeeting(late, ect.id()));
        assertThat(review.select(".app-meeting-review h2").eachText()).containsExactly("Phone two families");
        assertThat(review.select(".app-meeting-review .app-action-origin").text())
                .isEqualTo(ORIGIN);
    }

    @Test
    void actionsAreSavedOnlyWithTheSessionThatPublishedThem() {
        assertThatThrownBy(() -> events.publishEvent(new SessionActionsPlanned(
                        session, "Working with parents", SESSION_DAY, pair.ect().id(), List.of("Outside"))))
                .isInstanceOf(IllegalTransactionStateException.class);
        assertThatThrownBy(() -> transactions.executeWithoutResult(tx -> {
                    events.publishEvent(new SessionActionsPlanned(
                            session,
                            "Working with parents",
                            SESSION_DAY,
                            pair.ect().id(),
                            List.of("Rolled back")));
                    throw new IllegalStateException("the session's own save failed");
                }))
                .isInstanceOf(IllegalStateException.class);
        assertThat(sessionActions(pair.ect().id())).isEmpty();
    }

    @Test
    void theReviewCostsTheSameQueriesForOneOrThreeSessionActions() throws Exception {
        int withOne = reviewQueries("One");
        aPairAndASession();
        int withThree = reviewQueries("One", "Two", "Three");
        assertThat(withThree).isEqualTo(withOne);
    }

    int reviewQueries(String... actions) throws Exception {
        plan(pair.ect().id(), actions);
        long meeting = startMeeting(mentor, pair.ect().id());
        review(mentor, meeting); // warm: first use loads caches
        QueryCounter.reset();
        assertThat(review(mentor, meeting).select(".app-meeting-review")).hasSize(actions.length);
        return QueryCounter.count();
    }
}
