package uk.ectinduction.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import uk.ectinduction.people.AppUserDetailsService;
import uk.ectinduction.people.Cohorts;
import uk.ectinduction.people.SignedInUser;
import uk.ectinduction.people.UserAccounts;
import uk.ectinduction.support.IntegrationTest;
import uk.ectinduction.support.Pages;
import uk.ectinduction.support.SignIn;
import uk.ectinduction.training.TrainingFixtures.Group;

/** Scheduling, rescheduling and cancelling through the tutor's pages, the history they keep, and the .ics file. */
@IntegrationTest
class SessionPagesTest {

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

    static MockHttpServletRequestBuilder when(MockHttpServletRequestBuilder request, LocalDate day, String time) {
        return request.param("day", String.valueOf(day.getDayOfMonth()))
                .param("month", String.valueOf(day.getMonthValue()))
                .param("year", String.valueOf(day.getYear()))
                .param("time", time);
    }

    @Test
    void aTutorSchedulesTheSeedSessionFromItsTutorMaterialsPage() throws Exception {
        Group group = TrainingFixtures.group(accounts, cohorts);
        MockHttpSession tutor = SignIn.as(mvc, group.tutor().email());

        Document materials = Pages.get200(mvc, TrainingFixtures.SEED_MATERIALS, tutor);
        String scheduleLink =
                materials.select("a:contains(Schedule this session)").attr("href");
        assertThat(scheduleLink).startsWith("/tutor/sessions/new?page=");
        Document form = Pages.get200(mvc, scheduleLink, tutor);
        assertThat(form.select("input[name=cohortId]").attr("value")).isEqualTo(String.valueOf(group.cohortId()));

        LocalDate day = LocalDate.now().plusDays(10);
        String location = mvc.perform(when(post("/tutor/sessions"), day, "16:15")
                        .with(csrf())
                        .session(tutor)
                        .param("page", TrainingFixtures.SEED_MATERIALS)
                        .param("cohortId", String.valueOf(group.cohortId()))
                        .param("place", "Library")
                        .param("onlineLink", "https://meet.example/abc"))
                .andExpect(status().isFound())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(location).matches("/tutor/sessions/\\d+");

        Document page = Pages.get200(mvc, location, tutor);
        assertThat(page.select("h1").text()).isEqualTo("Year 1 Summer week 1 induction tutor materials");
        assertThat(page.select(".govuk-summary-list").text()).contains(group.cohortName(), "at 16:15", "Library");
        assertThat(page.select(".app-session-plan h2").eachText())
                .containsExactly(
                        "Building effective relationships with parents, carers and families 10 minutes",
                        "What can you learn from liaising with parents, carers and families? 15 minutes",
                        "Seeking opportunities to engage parents, carers and families 15 minutes",
                        "Making effective use of parents’ evenings 15 minutes",
                        "Planning for action 5 minutes");
        assertThat(page.select("table caption:contains(Session plan) ~ tbody tr:last-child")
                        .text())
                .isEqualTo("Total 60");
        assertThat(page.text()).contains("communication policy");

        Document list = Pages.get200(mvc, "/tutor/sessions", tutor);
        assertThat(list.select("a[href=" + location + "]").text())
                .isEqualTo("Year 1 Summer week 1 induction tutor materials");
    }

    @Test
    void aDateInThePastIsRefusedWithAGovukErrorKeepingWhatWasTypedAndNothingIsSaved() throws Exception {
        Group group = TrainingFixtures.group(accounts, cohorts);
        MockHttpSession tutor = SignIn.as(mvc, group.tutor().email());
        LocalDate yesterday = LocalDate.now().minusDays(1);

        String html = mvc.perform(when(post("/tutor/sessions"), yesterday, "9:30am")
                        .with(csrf())
                        .session(tutor)
                        .param("page", TrainingFixtures.SEED_MATERIALS)
                        .param("cohortId", String.valueOf(group.cohortId()))
                        .param("place", "Room 4"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        Document page = org.jsoup.Jsoup.parse(html);

        assertThat(page.title()).startsWith("Error: ");
        assertThat(page.select(".govuk-error-summary a[href=#day]").text())
                .isEqualTo("The date of the session must be today or in the future");
        assertThat(page.select("#day-error").text()).contains("The date of the session must be today or in the future");
        assertThat(page.select("#day").val()).isEqualTo(String.valueOf(yesterday.getDayOfMonth()));
        assertThat(page.select("#year").val()).isEqualTo(String.valueOf(yesterday.getYear()));
        assertThat(page.select("#time").val()).isEqualTo("9:30am");
        assertThat(page.select("#place").val()).isEqualTo("Room 4");
        SignedInUser tutorUser = TrainingFixtures.user(users, group.tutor());
        assertThat(sessions.forTutor(tutorUser).upcoming()).isEmpty();
        assertThat(sessions.forTutor(tutorUser).past()).isEmpty();
    }

    @Test
    void nowhereToMeetAndABadLinkAreRefused() throws Exception {
        Group group = TrainingFixtures.group(accounts, cohorts);
        MockHttpSession tutor = SignIn.as(mvc, group.tutor().email());

        Document page = org.jsoup.Jsoup.parse(mvc.perform(when(post("/tutor/sessions"), LocalDate.now(), "")
                        .with(csrf())
                        .session(tutor)
                        .param("page", TrainingFixtures.SEED_MATERIALS)
                        .param("onlineLink", "javascript:alert(1)"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));

        assertThat(page.select(".govuk-error-summary li").eachText())
                .containsExactly(
                        "Select the cohort",
                        "Enter the start time of the session",
                        "Enter the online link as a web address, like https://meet.example/abc");
    }

    @Test
    void reschedulingAndCancellingKeepTheHistoryOnTheSessionsPage() throws Exception {
        Group group = TrainingFixtures.group(accounts, cohorts);
        SignedInUser tutorUser = TrainingFixtures.user(users, group.tutor());
        long id = TrainingFixtures.scheduleSeed(sessions, tutorUser, group);
        MockHttpSession tutor = SignIn.as(mvc, group.tutor().email());
        LocalDate later = LocalDate.now().plusDays(20);

        Document form = Pages.get200(mvc, "/tutor/sessions/" + id + "/reschedule", tutor);
        assertThat(form.select("#place").val()).isEqualTo("Library");
        mvc.perform(when(post("/tutor/sessions/" + id + "/reschedule"), later, "15:00")
                        .with(csrf())
                        .session(tutor)
                        .param("version", form.select("input[name=version]").val())
                        .param("place", "Hall")
                        .param("reason", "Library booked for exams"))
                .andExpect(redirectedUrl("/tutor/sessions/" + id));
        // The same version again: someone has changed it since, so nothing changes.
        mvc.perform(when(post("/tutor/sessions/" + id + "/reschedule"), later.plusDays(1), "15:00")
                        .with(csrf())
                        .session(tutor)
                        .param("version", form.select("input[name=version]").val())
                        .param("place", "Gym"))
                .andExpect(status().isOk());
        mvc.perform(post("/tutor/sessions/" + id + "/cancel")
                        .with(csrf())
                        .session(tutor)
                        .param(
                                "version",
                                String.valueOf(sessions.toAct(tutorUser, id).version()))
                        .param("reason", "Staff training day"))
                .andExpect(redirectedUrl("/tutor/sessions/" + id));

        Document page = Pages.get200(mvc, "/tutor/sessions/" + id, tutor);
        assertThat(page.select(".app-session-history li").eachText())
                .satisfiesExactly(
                        scheduled -> assertThat(scheduled)
                                .startsWith("Scheduled by " + group.tutor().displayName()),
                        moved -> assertThat(moved)
                                .startsWith("Rescheduled")
                                .contains("at 15:00, Hall", "Reason: Library booked for exams"),
                        cancelled ->
                                assertThat(cancelled).startsWith("Cancelled").contains("Staff training day"));
        assertThat(page.select(".govuk-summary-list .govuk-tag").text()).isEqualTo("Cancelled");
        assertThat(page.select("form[action$=/cancel]")).isEmpty();
        assertThat(page.select("a[href$=/facilitate]")).isEmpty();
        assertThat(sessions.toAct(tutorUser, id).place()).isEqualTo("Hall");
    }

    @Test
    void theSessionDownloadsAsAnICalendarFileForItsTutorAndItsEcts() throws Exception {
        Group group = TrainingFixtures.group(accounts, cohorts);
        long id = TrainingFixtures.scheduleSeed(sessions, TrainingFixtures.user(users, group.tutor()), group);

        for (String[] who : new String[][] {
            {group.tutor().email(), "/tutor/sessions/" + id + "/session.ics", "/tutor/sessions/" + id},
            {group.ect().email(), "/sessions/" + id + "/session.ics", "/sessions/" + id}
        }) {
            var response = mvc.perform(get(who[1]).session(SignIn.as(mvc, who[0])))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse();
            assertThat(response.getContentType()).startsWith("text/calendar");
            assertThat(response.getHeader("Content-Disposition")).contains("attachment");
            VEvent event = new CalendarBuilder()
                    .build(new StringReader(response.getContentAsString(StandardCharsets.UTF_8)))
                    .<VEvent>getComponents("VEVENT")
                    .get(0);
            assertThat(event.getProperty("UID").map(Property::getValue).orElseThrow())
                    .isEqualTo("training-session-" + id + "@ect-induction");
            assertThat(event.getProperty("SUMMARY").map(Property::getValue).orElseThrow())
                    .isEqualTo("Training session: Year 1 Summer week 1 induction tutor materials – Library");
            assertThat(event.getProperty("URL").map(Property::getValue).orElseThrow())
                    .endsWith(who[2]);
            LocalDate day = LocalDate.now().plusWeeks(1);
            assertThat(event.getProperty("DTSTART").map(Property::getValue).orElseThrow())
                    .isEqualTo(day.atTime(LocalTime.of(16, 0))
                            .atZone(uk.ectinduction.system.ICalendarWriter.SCHOOL_TIME)
                            .withZoneSameInstant(java.time.ZoneOffset.UTC)
                            .format(java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")));
            assertThat(event.getProperty("DTEND").map(Property::getValue).orElseThrow())
                    .isEqualTo(day.atTime(LocalTime.of(17, 0))
                            .atZone(uk.ectinduction.system.ICalendarWriter.SCHOOL_TIME)
                            .withZoneSameInstant(java.time.ZoneOffset.UTC)
                            .format(java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")));
        }
    }

    @Test
    void theEctsHomeShowsTheComingSessionWithItsPreparationAndTheirReadPage() throws Exception {
        Group group = TrainingFixtures.group(accounts, cohorts);
        long id = TrainingFixtures.scheduleSeed(sessions, TrainingFixtures.user(users, group.tutor()), group);
        MockHttpSession ect = SignIn.as(mvc, group.ect().email());

        Document home = Pages.get200(mvc, "/ect", ect);
        assertThat(home.select(".app-home-session a[href=/sessions/" + id + "]"))
                .hasSize(1);
        assertThat(home.select(".app-home-session").text())
                .contains(
                        "Year 1 Summer week 1 induction tutor materials",
                        "Library",
                        "To prepare",
                        "bring their school’s communication policy");

        Document page = Pages.get200(mvc, "/sessions/" + id, ect);
        assertThat(page.text()).contains("Preparation", "Planning for action");
        assertThat(page.select("main form")).isEmpty(); // an ECT reads the session, nothing more
        mvc.perform(get("/sessions/" + id).session(SignIn.as(mvc, group.tutor().email())))
                .andExpect(redirectedUrl("/tutor/sessions/" + id));
    }
}
