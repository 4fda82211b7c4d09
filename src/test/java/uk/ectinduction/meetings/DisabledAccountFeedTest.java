package uk.ectinduction.meetings;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import uk.ectinduction.people.Person;
import uk.ectinduction.people.Role;
import uk.ectinduction.people.UserAccounts;
import uk.ectinduction.support.IntegrationTest;
import uk.ectinduction.support.SignIn;

/** The calendar feed needs no session, so disabling an account must stop it as well as the sign-in. */
@IntegrationTest
class DisabledAccountFeedTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Test
    void aDisabledAccountsFeedAnswers404AndAnswersAgainOnceEnabled() throws Exception {
        Person ect = accounts.createUser(
                "feed-" + System.nanoTime() + "@school.example",
                "Feed Owner",
                EnumSet.of(Role.ECT),
                MeetingFixtures.PASSWORD);
        MockHttpSession session = SignIn.as(mvc, ect.email());
        String url =
                (String) mvc.perform(post("/calendar/feed").session(session).with(csrf()))
                        .andExpect(status().isFound())
                        .andReturn()
                        .getFlashMap()
                        .get("feedUrl");
        String feed = url.substring(url.indexOf("/calendar/"));
        mvc.perform(get(feed)).andExpect(status().isOk());

        MockHttpSession admin = SignIn.as(mvc, "admin@example.com");
        mvc.perform(post("/admin/users/" + ect.id() + "/disable").session(admin).with(csrf()))
                .andExpect(status().isFound());
        mvc.perform(get(feed)).andExpect(status().isNotFound());

        mvc.perform(post("/admin/users/" + ect.id() + "/enable").session(admin).with(csrf()))
                .andExpect(status().isFound());
        mvc.perform(get(feed)).andExpect(status().isOk());
    }
}
