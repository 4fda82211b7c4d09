package uk.ectinduction.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import uk.ectinduction.content.ContentImporter;
import uk.ectinduction.meetings.MeetingFixtures.Pair;
import uk.ectinduction.people.UserAccounts;
import uk.ectinduction.support.IntegrationTest;
import uk.ectinduction.support.SignIn;

/** The meeting download and the subscription feed, read back with ical4j as a calendar app would read them. */
@IntegrationTest
class CalendarTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ContentImporter importer;

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    Pair pair;
    MockHttpSession mentor;
    long meetingId;
    LocalDate day = LocalDate.now().plusDays(9);

    @BeforeEach
    void aPlannedMeeting() throws Exception {
        MeetingFixtures.importMaterials(importer);
        pair = MeetingFixtures.pair(accounts);
        mentor = SignIn.as(mvc, pair.mentor().email());
        String location = mvc.perform(post("/mentor/mentees/" + pair.ect().id() + "/meetings")
                        .session(mentor)
                        .with(csrf())
                        .param("materialsPath", MeetingFixtures.TIMED)
                        .param("day", String.valueOf(day.getDayOfMonth()))
                        .param("month", String.valueOf(day.getMonthValue()))
                        .param("year", String.valueOf(day.getYear()))
                        .param("time", "15:30"))
                .andExpect(status().isFound())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        meetingId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    static Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    static String value(VEvent event, String property) {
        return event.getProperty(property).map(Property::getValue).orElse(null);
    }

    void assertHasTheMeeting(Calendar calendar) {
        List<VEvent> events = calendar.getComponents("VEVENT");
        VEvent event = events.stream()
                .filter(e -> ("mentor-meeting-" + meetingId + "@ect-induction").equals(value(e, "UID")))
                .findFirst()
                .orElseThrow();
        assertThat(value(event, "SUMMARY")).isEqualTo("Mentor meeting: Year 1 Summer week 4 mentor materials");
        Temporal start = event.getDateTimeStart().getDate();
        ZonedDateTime expected = day.atTime(15, 30).atZone(ZoneId.of("Europe/London"));
        assertThat(ZonedDateTime.from(start).toInstant()).isEqualTo(expected.toInstant());
        assertThat(value(event, "DTEND")).isNotNull();
        assertThat(value(event, "STATUS")).isEqualTo("CONFIRMED");
    }

    @Test
    void theMeetingDownloadsAsAnICalendarFile() throws Exception {
        var response = mvc.perform(
                        get("/mentor/meetings/" + meetingId + "/calendar.ics").session(mentor))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
        assertThat(response.getContentType()).startsWith("text/calendar");
        assertThat(response.getHeader("Content-Disposition")).contains("attachment");
        assertHasTheMeeting(parse(response.getContentAsString(StandardCharsets.UTF_8)));

        MockHttpSession ect = SignIn.as(mvc, pair.ect().email());
        assertHasTheMeeting(parse(
                mvc.perform(get("/ect/meetings/" + meetingId + "/calendar.ics").session(ect))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8)));
    }

    String newFeedUrl(MockHttpSession session) throws Exception {
        String url =
                (String) mvc.perform(post("/calendar/feed").session(session).with(csrf()))
                        .andExpect(status().isFound())
                        .andReturn()
                        .getFlashMap()
                        .get("feedUrl");
        return url.substring(url.indexOf("/calendar/"));
    }

    @Test
    void theFeedNeedsNoSessionKeepsOnlyAHashAndANewAddressRevokesTheOld() throws Exception {
        String feed = newFeedUrl(mentor);
        String token = feed.substring("/calendar/".length(), feed.length() - ".ics".length());
        assertThat(token.length()).as("256 random bits, base64url").isEqualTo(43);
        assertThat(jdbc.sql("select count(*) from calendar_feed where token_hash = ?")
                        .param(token)
                        .query(Long.class)
                        .single())
                .as("the token itself is never stored")
                .isZero();

        String body = mvc.perform(get(feed))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertHasTheMeeting(parse(body));

        MockHttpSession ect = SignIn.as(mvc, pair.ect().email());
        assertHasTheMeeting(parse(mvc.perform(get(newFeedUrl(ect)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8)));

        String replacement = newFeedUrl(mentor);
        mvc.perform(get(feed)).andExpect(status().isNotFound());
        mvc.perform(get(replacement)).andExpect(status().isOk());
        mvc.perform(post("/calendar/feed/revoke").session(mentor).with(csrf())).andExpect(status().isFound());
        mvc.perform(get(replacement)).andExpect(status().isNotFound());
        mvc.perform(get("/calendar/not-a-real-token-at-all-0000000000000.ics")).andExpect(status().isNotFound());
    }
}
