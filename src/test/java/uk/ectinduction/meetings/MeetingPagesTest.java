package uk.ectinduction.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
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
import uk.ectinduction.meetings.MeetingFixtures.Pair;
import uk.ectinduction.people.UserAccounts;
import uk.ectinduction.support.IntegrationTest;
import uk.ectinduction.support.SignIn;

/** The mentor's and ECT's pages through MockMvc: validation that keeps what was typed, and who gets a 404. */
@IntegrationTest
class MeetingPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ContentImporter importer;

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    MockHttpSession demo(String email) throws Exception {
        return SignIn.as(mvc, email);
    }

    Pair pair;
    MockHttpSession mentor;
    LocalDate today = LocalDate.now();

    @BeforeEach
    void aPairWithAMeeting() throws Exception {
        MeetingFixtures.importMaterials(importer);
        pair = MeetingFixtures.pair(accounts);
        mentor = SignIn.as(mvc, pair.mentor().email());
    }

    long startMeeting() throws Exception {
        String location = mvc.perform(post("/mentor/mentees/" + pair.ect().id() + "/meetings")
                        .session(mentor)
                        .with(csrf())
                        .param("materialsPath", MeetingFixtures.TIMED)
                        .param("day", String.valueOf(today.getDayOfMonth()))
                        .param("month", String.valueOf(today.getMonthValue()))
                        .param("year", String.valueOf(today.getYear()))
                        .param("time", "15:30"))
                .andExpect(status().isFound())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    long version(long meetingId) {
        return jdbc.sql("select version from mentor_meeting where id = ?")
                .param(meetingId)
                .query(Long.class)
                .single();
    }

    Document page(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    /** A valid Next steps form, with some fields replaced. */
    MockHttpServletRequestBuilder nextSteps(long id, String... overrides) {
        LocalDate week = today.plusDays(7);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("version", String.valueOf(version(id)));
        fields.put("notes", "Agreed two actions");
        fields.put("actions[0].action", "Phone two families");
        fields.put("actions[0].expectedImpactOnPupilLearning", "Homework habits improve");
        fields.put("actions[0].successLooksLike", "Both pupils hand in homework");
        fields.put("actions[0].howEvaluated", "Homework log");
        fields.put("actions[0].dueDay", String.valueOf(week.getDayOfMonth()));
        fields.put("actions[0].dueMonth", String.valueOf(week.getMonthValue()));
        fields.put("actions[0].dueYear", String.valueOf(week.getYear()));
        fields.put("nextDay", String.valueOf(week.getDayOfMonth()));
        fields.put("nextMonth", String.valueOf(week.getMonthValue()));
        fields.put("nextYear", String.valueOf(week.getYear()));
        fields.put("nextTime", "16:00");
        for (int i = 0; i < overrides.length; i += 2) {
            fields.put(overrides[i], overrides[i + 1]);
        }
        MockHttpServletRequestBuilder request =
                post("/mentor/meetings/" + id + "/activity/4").session(mentor).with(csrf());
        fields.forEach(request::param);
        return request;
    }

    @Test
    void theStepsOfAMeetingFollowItsAgenda() throws Exception {
        long id = startMeeting();
        Document review = page(get("/mentor/meetings/" + id + "/activity/1").session(mentor));
        assertThat(review.select(".app-meeting-progress__item").eachText())
                .containsExactly("Review", "Plan", "Theory to Practice", "Next Steps");
        assertThat(review.select(".app-meeting-timer").attr("data-minutes")).isEqualTo("5");
        mvc.perform(get("/mentor/meetings/" + id + "/next-steps").session(mentor))
                .andExpect(status().isFound());
        Document theory = page(get("/mentor/meetings/" + id + "/activity/3").session(mentor));
        assertThat(theory.select(".app-meeting-materials").text()).contains("How credible is the evidence?");
        assertThat(theory.select("textarea#notes")).hasSize(1);
    }

    @Test
    void anActionWithoutASuccessMeasureIsAnErrorThatKeepsWhatWasTyped() throws Exception {
        long id = startMeeting();
        Document doc = page(
                nextSteps(id, "actions[0].successLooksLike", "  ", "actions[0].action", "Phone <b>two</b> families"));
        assertThat(doc.title()).startsWith("Error:");
        assertThat(doc.select(".govuk-error-summary a").eachText())
                .containsExactly("Enter what success will look like for action 1");
        assertThat(doc.select(".govuk-error-summary a").attr("href")).isEqualTo("#actions[0].successLooksLike");
        assertThat(doc.getElementById("actions[0].action").text()).isEqualTo("Phone <b>two</b> families");
        assertThat(doc.getElementById("actions[0].howEvaluated").text()).isEqualTo("Homework log");
        assertThat(doc.getElementById("nextTime").val()).isEqualTo("16:00");
        assertThat(doc.getElementById("notes").text()).isEqualTo("Agreed two actions");
    }

    @Test
    void aDueDateInThePastIsAnError() throws Exception {
        LocalDate past = today.minusDays(1);
        long id = startMeeting();
        Document doc = page(nextSteps(
                id,
                "actions[0].dueDay",
                String.valueOf(past.getDayOfMonth()),
                "actions[0].dueMonth",
                String.valueOf(past.getMonthValue()),
                "actions[0].dueYear",
                String.valueOf(past.getYear())));
        assertThat(doc.select(".govuk-error-summary a").eachText())
                .containsExactly("The due date of action 1 must be today or in the future");
        assertThat(doc.getElementById("actions[0].dueDay").val()).isEqualTo(String.valueOf(past.getDayOfMonth()));
        assertThat(doc.getElementById("actions[0].action").text()).isEqualTo("Phone two families");
    }

    @Test
    void aNextMeetingBeforeThisOneIsAnError() throws Exception {
        long id = startMeeting();
        LocalDate before = today.minusDays(2);
        Document doc = page(nextSteps(
                id,
                "nextDay",
                String.valueOf(before.getDayOfMonth()),
                "nextMonth",
                String.valueOf(before.getMonthValue()),
                "nextYear",
                String.valueOf(before.getYear())));
        assertThat(doc.select(".govuk-error-summary a").eachText())
                .singleElement()
                .satisfies(
                        m -> assertThat(m).startsWith("The next meeting must be on or after the date of this meeting"));
        assertThat(doc.getElementById("nextYear").val()).isEqualTo(String.valueOf(before.getYear()));
        assertThat(jdbc.sql("select count(*) from next_step_action where meeting_id = ?")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aValidNextStepsSaveHoldsTheMeetingAndTheEctSeesTheAction() throws Exception {
        long id = startMeeting();
        mvc.perform(nextSteps(id)).andExpect(status().isFound());
        long actionId = jdbc.sql("select id from next_step_action where meeting_id = ?")
                .param(id)
                .query(Long.class)
                .single();

        MockHttpSession ect = SignIn.as(mvc, pair.ect().email());
        Document mine = page(get("/ect/meetings").session(ect));
        assertThat(mine.select(".app-action a").eachText()).containsExactly("Phone two families");
        mvc.perform(post("/ect/actions/" + actionId)
                        .session(ect)
                        .with(csrf())
                        .param("progressNote", "Phoned one family"))
                .andExpect(status().isFound());
        assertThat(page(get("/ect/actions/" + actionId).session(ect))
                        .select("dd")
                        .eachText())
                .contains("Phoned one family");
    }

    @Test
    void aStaleFormComesBackWithItsTextAndAProblem() throws Exception {
        long id = startMeeting();
        long opened = version(id);
        mvc.perform(post("/mentor/meetings/" + id + "/activity/2")
                        .session(mentor)
                        .with(csrf())
                        .param("version", String.valueOf(opened))
                        .param("notes", "First tab"))
                .andExpect(status().isFound());
        Document doc = page(post("/mentor/meetings/" + id + "/activity/2")
                .session(mentor)
                .with(csrf())
                .param("version", String.valueOf(opened))
                .param("notes", "Second tab"));
        assertThat(doc.select(".govuk-error-summary").text()).contains("changed in another tab");
        assertThat(doc.getElementById("notes").text()).isEqualTo("Second tab");
    }

    @Test
    void autosaveAnswersTheNewVersionAndAConflictFor409() throws Exception {
        long id = startMeeting();
        long opened = version(id);
        String body = mvc.perform(post("/mentor/meetings/" + id + "/activity/3")
                        .session(mentor)
                        .with(csrf())
                        .header("X-Autosave", "true")
                        .param("version", String.valueOf(opened))
                        .param("notes", "Typed"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(body).contains("\"version\":" + version(id));
        mvc.perform(post("/mentor/meetings/" + id + "/activity/3")
                        .session(mentor)
                        .with(csrf())
                        .header("X-Autosave", "true")
                        .param("version", String.valueOf(opened))
                        .param("notes", "Old"))
                .andExpect(status().isConflict());
    }

    @Test
    void anotherMentorAndAnotherEctGet404ForTheMeetingAndItsActions() throws Exception {
        long id = startMeeting();
        mvc.perform(nextSteps(id)).andExpect(status().isFound());
        long actionId = jdbc.sql("select id from next_step_action where meeting_id = ?")
                .param(id)
                .query(Long.class)
                .single();

        MockHttpSession mentor2 = demo("mentor2@example.com");
        for (String path : List.of(
                "/mentor/meetings/" + id,
                "/mentor/meetings/" + id + "/activity/1",
                "/mentor/meetings/" + id + "/review",
                "/mentor/meetings/" + id + "/calendar.ics",
                "/mentor/actions/" + actionId,
                "/mentor/mentees/" + pair.ect().id() + "/meetings",
                "/mentor/meetings/999999999",
                "/mentor/actions/999999999")) {
            mvc.perform(get(path).session(mentor2)).andExpect(status().isNotFound());
        }
        mvc.perform(post("/mentor/meetings/" + id + "/activity/1")
                        .session(mentor2)
                        .with(csrf())
                        .param("version", "0")
                        .param("notes", "x"))
                .andExpect(status().isNotFound());

        MockHttpSession ect2 = demo("ect2@example.com");
        for (String path :
                List.of("/ect/meetings/" + id, "/ect/actions/" + actionId, "/ect/meetings/" + id + "/calendar.ics")) {
            mvc.perform(get(path).session(ect2)).andExpect(status().isNotFound());
        }
        mvc.perform(post("/ect/actions/" + actionId).session(ect2).with(csrf()).param("progressNote", "x"))
                .andExpect(status().isNotFound());

        MockHttpSession ect = SignIn.as(mvc, pair.ect().email());
        mvc.perform(get("/mentor/meetings/" + id).session(ect)).andExpect(status().isForbidden());
        MockHttpSession admin = demo("admin@example.com");
        mvc.perform(get("/ect/actions/" + actionId).session(admin)).andExpect(status().isForbidden());
        mvc.perform(get("/mentor/meetings/" + id).session(admin)).andExpect(status().isForbidden());
    }

    @Test
    void aMentorCancelsAMeetingButNotFromAStalePage() throws Exception {
        long id = startMeeting();
        long opened = version(id);
        mvc.perform(post("/mentor/meetings/" + id + "/activity/1")
                        .session(mentor)
                        .with(csrf())
                        .param("version", String.valueOf(opened))
                        .param("notes", "Started"))
                .andExpect(status().isFound());
        mvc.perform(post("/mentor/meetings/" + id + "/cancel")
                        .session(mentor)
                        .with(csrf())
                        .param("version", String.valueOf(opened)))
                .andExpect(status().isFound())
                .andExpect(result ->
                        assertThat(result.getFlashMap().get("problem")).isNotNull());
        mvc.perform(post("/mentor/meetings/" + id + "/cancel")
                        .session(mentor)
                        .with(csrf())
                        .param("version", String.valueOf(version(id))))
                .andExpect(status().isFound());
        assertThat(jdbc.sql("select status from mentor_meeting where id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo("CANCELLED");
    }
}
