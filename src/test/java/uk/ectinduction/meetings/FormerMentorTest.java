package uk.ectinduction.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
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
import uk.ectinduction.content.ImportProgress;
import uk.ectinduction.content.ImportRequest;
import uk.ectinduction.meetings.MeetingFixtures.Pair;
import uk.ectinduction.meetings.internal.ActivityKind;
import uk.ectinduction.people.Person;
import uk.ectinduction.people.Role;
import uk.ectinduction.people.UserAccounts;
import uk.ectinduction.support.IntegrationTest;
import uk.ectinduction.support.SignIn;

/**
 * After an admin moves an ECT to another mentor, the former mentor reads the meetings they ran and the actions they
 * agreed, and nothing else; every change they try answers 404 and changes nothing.
 */
@IntegrationTest
class FormerMentorTest {

    /** A week whose meetings have a Review, a notes screen and Next steps. */
    static final String WEEK =
            "/programmes/handover-test-provider/a-people-profession/" + "handover-week-3-mentor-materials";

    @Autowired
    MockMvc mvc;

    @Autowired
    ContentImporter importer;

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    final LocalDate today = LocalDate.now();
    Pair pair;
    Person mentor2;
    MockHttpSession former;
    MockHttpSession current;

    @BeforeEach
    void anEctWithAFormerMentor() throws Exception {
        Path file = Path.of("src/test/resources/meeting-fixtures/handover-week-3-mentor-materials.md");
        assertThat(importer.importContent(
                                new ImportRequest(
                                        List.of(new ImportRequest.SourceFile(
                                                file.getFileName().toString(),
                                                file.toString(),
                                                Files.readAllBytes(file))),
                                        "Handover test provider",
                                        "A people profession"),
                                ImportProgress.NONE)
                        .errors())
                .isEmpty();
        pair = MeetingFixtures.pair(accounts);
        mentor2 = accounts.createUser(
                "next-" + System.nanoTime() + "@meetings.example",
                "Next Mentor",
                EnumSet.of(Role.MENTOR),
                MeetingFixtures.PASSWORD);
        former = SignIn.as(mvc, pair.mentor().email());
        current = SignIn.as(mvc, mentor2.email());
    }

    long start(MockHttpSession session) throws Exception {
        String location = mvc.perform(post("/mentor/mentees/" + pair.ect().id() + "/meetings")
                        .session(session)
                        .with(csrf())
                        .param("materialsPath", WEEK)
                        .param("day", day(today))
                        .param("month", month(today))
                        .param("year", year(today)))
                .andExpect(status().isFound())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    MockHttpServletRequestBuilder nextSteps(MockHttpSession session, long meetingId, String action) {
        LocalDate week = today.plusDays(7);
        return post(activityPath(meetingId, ActivityKind.NEXT_STEPS))
                .session(session)
                .with(csrf())
                .param("version", String.valueOf(version(meetingId)))
                .param("notes", "Agreed an action")
                .param("actions[0].action", action)
                .param("actions[0].expectedImpactOnPupilLearning", "Pupils listen better")
                .param("actions[0].successLooksLike", "Fewer interruptions")
                .param("actions[0].howEvaluated", "Lesson notes")
                .param("actions[0].dueDay", day(week))
                .param("actions[0].dueMonth", month(week))
                .param("actions[0].dueYear", year(week))
                .param("nextDay", day(week))
                .param("nextMonth", month(week))
                .param("nextYear", year(week));
    }

    /** The address of the meeting's first screen of a kind. */
    String activityPath(long meetingId, ActivityKind kind) {
        return "/mentor/meetings/" + meetingId + "/activity/"
                + jdbc.sql("select min(position) from meeting_activity where meeting_id = ? and kind = ?")
                        .params(meetingId, kind.name())
                        .query(Integer.class)
                        .single();
    }

    long version(long meetingId) {
        return jdbc.sql("select version from mentor_meeting where id = ?")
                .param(meetingId)
                .query(Long.class)
                .single();
    }

    long actionOf(long meetingId) {
        return jdbc.sql("select id from next_step_action where meeting_id = ? and continues_action_id is null")
                .param(meetingId)
                .query(Long.class)
                .single();
    }

    long continuation(long actionId) {
        return jdbc.sql("select id from next_step_action where continues_action_id = ?")
                .param(actionId)
                .query(Long.class)
                .single();
    }

    Document page(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request.session(former))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    /** Everything a change could touch, to compare before and after the former mentor's attempts. */
    Map<String, Object> records() {
        return Map.of(
                "meetings",
                        jdbc.sql("select id, status, version, meets_on from mentor_meeting where ect_id = ? "
                                        + "order by id")
                                .param(pair.ect().id())
                                .query()
                                .listOfRows()
                                .toString(),
                "notes",
                        jdbc.sql("select a.id, a.notes from meeting_activity a join mentor_meeting m "
                                        + "on m.id = a.meeting_id where m.ect_id = ? order by a.id")
                                .param(pair.ect().id())
                                .query()
                                .listOfRows()
                                .toString(),
                "actions",
                        jdbc.sql("select id, status, action from next_step_action where ect_id = ? order by id")
                                .param(pair.ect().id())
                                .query()
                                .listOfRows()
                                .toString(),
                "reviews",
                        jdbc.sql("select count(*) from action_review r join mentor_meeting m "
                                        + "on m.id = r.meeting_id where m.ect_id = ?")
                                .param(pair.ect().id())
                                .query(Long.class)
                                .single());
    }

    @Test
    void aFormerMentorReadsTheirOwnMeetingButChangesNothingAndNeverSeesTheNewMentorsRecords() throws Exception {
        long theirs = start(former);
        mvc.perform(post(activityPath(theirs, ActivityKind.NOTES))
                        .session(former)
                        .with(csrf())
                        .param("version", String.valueOf(version(theirs)))
                        .param("notes", "Talked about parents' evening"))
                .andExpect(status().isFound());
        mvc.perform(nextSteps(former, theirs, "Phone two families")).andExpect(status().isFound());
        long theirAction = actionOf(theirs);
        long planned = jdbc.sql("select next_meeting_id from mentor_meeting where id = ?")
                .param(theirs)
                .query(Long.class)
                .single();

        accounts.assignMentor(mentor2.id(), pair.ect().id(), today);

        long newMeeting = start(current);
        mvc.perform(post(activityPath(newMeeting, ActivityKind.REVIEW))
                        .session(current)
                        .with(csrf())
                        .param("version", String.valueOf(version(newMeeting)))
                        .param("notes", "Picked up")
                        .param("reviews[0].actionId", String.valueOf(theirAction))
                        .param("reviews[0].whatDone", "Phoned one family")
                        .param("reviews[0].outcome", "CONTINUED"))
                .andExpect(status().isFound());
        mvc.perform(nextSteps(current, newMeeting, "Plan a seating change")).andExpect(status().isFound());
        long newAction = actionOf(newMeeting);

        // Reading: their meeting, its notes and its action, with no form to change them.
        Document meeting = page(get("/mentor/meetings/" + theirs));
        assertThat(meeting.text())
                .contains("Talked about parents' evening", "Phone two families", "You no longer mentor this teacher");
        assertThat(meeting.select("main form, main textarea, main a[href*=/activity/]"))
                .isEmpty();
        Document thread = page(get("/mentor/actions/" + theirAction));
        assertThat(thread.text()).contains("Phone two families").doesNotContain("Phoned one family");
        assertThat(thread.select("main form")).isEmpty();

        // Never the new mentor's meeting, actions or the review of their own action.
        for (String path : List.of(
                "/mentor/meetings/" + newMeeting,
                "/mentor/actions/" + newAction,
                "/mentor/actions/" + continuation(theirAction),
                "/mentor/mentees/" + pair.ect().id() + "/meetings",
                activityPath(theirs, ActivityKind.REVIEW),
                "/mentor/meetings/" + theirs + "/review",
                "/mentor/meetings/" + theirs + "/next-steps",
                activityPath(planned, ActivityKind.REVIEW))) {
            mvc.perform(get(path).session(former)).andExpect(status().isNotFound());
        }

        // Every change: 404, and nothing changed.
        Map<String, Object> before = records();
        List<MockHttpServletRequestBuilder> writes = List.of(
                post(activityPath(theirs, ActivityKind.NOTES))
                        .param("version", String.valueOf(version(theirs)))
                        .param("notes", "Changed later"),
                post(activityPath(planned, ActivityKind.NOTES))
                        .param("version", String.valueOf(version(planned)))
                        .header("X-Autosave", "true")
                        .param("notes", "Autosaved later"),
                post(activityPath(planned, ActivityKind.REVIEW))
                        .param("version", String.valueOf(version(planned)))
                        .param("reviews[0].actionId", String.valueOf(newAction))
                        .param("reviews[0].outcome", "DROPPED"),
                nextSteps(former, planned, "Another action"),
                post(activityPath(theirs, ActivityKind.NEXT_STEPS))
                        .param("addAction", "Add another action")
                        .param("version", String.valueOf(version(theirs))),
                post("/mentor/meetings/" + planned + "/cancel").param("version", String.valueOf(version(planned))),
                post("/mentor/mentees/" + pair.ect().id() + "/meetings")
                        .param("materialsPath", WEEK)
                        .param("day", day(today))
                        .param("month", month(today))
                        .param("year", year(today)));
        for (MockHttpServletRequestBuilder write : writes) {
            mvc.perform(write.session(former).with(csrf())).andExpect(status().isNotFound());
        }
        assertThat(records()).isEqualTo(before);
        assertThat(jdbc.sql("select status from next_step_action where id = ?")
                        .param(newAction)
                        .query(String.class)
                        .single())
                .isEqualTo("OPEN");
    }

    private static String day(LocalDate date) {
        return String.valueOf(date.getDayOfMonth());
    }

    private static String month(LocalDate date) {
        return String.valueOf(date.getMonthValue());
    }

    private static String year(LocalDate date) {
        return String.valueOf(date.getYear());
    }
}
