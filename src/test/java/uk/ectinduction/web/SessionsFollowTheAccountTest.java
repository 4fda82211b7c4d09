package uk.ectinduction.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.test.web.servlet.MockMvc;
import uk.ectinduction.people.Person;
import uk.ectinduction.people.Role;
import uk.ectinduction.people.UserAccounts;
import uk.ectinduction.support.IntegrationTest;
import uk.ectinduction.support.SessionCookieJar;
import uk.ectinduction.support.SignIn;

/** A change to an account ends the sessions signed in with it, and no session outlives its absolute lifetime. */
@IntegrationTest
class SessionsFollowTheAccountTest {

    static final String PASSWORD = "the password they had";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SessionRepository<?> sessions;

    Person mentor;

    @BeforeEach
    void aSignedInMentor() {
        mentor = accounts.createUser(
                "sessions-" + System.nanoTime() + "@school.example",
                "Session Mentor",
                EnumSet.of(Role.MENTOR),
                PASSWORD);
    }

    MockHttpSession signIn() throws Exception {
        MockHttpSession session = SignIn.as(mvc, mentor.email(), PASSWORD);
        mvc.perform(get("/mentor").session(session)).andExpect(status().isOk());
        return session;
    }

    @Test
    void aDemotedMentorsOpenSessionLosesTheMentorPagesAtOnce() throws Exception {
        MockHttpSession theirs = signIn();
        MockHttpSession admin = SignIn.as(mvc, "admin@example.com");
        long version = jdbc.sql("select version from app_user where id = ?")
                .param(mentor.id())
                .query(Long.class)
                .single();

        mvc.perform(post("/admin/users/" + mentor.id() + "/edit")
                        .session(admin)
                        .with(csrf())
                        .param("email", mentor.email())
                        .param("displayName", "Session Mentor")
                        .param("roles", "INDUCTION_TUTOR")
                        .param("version", Long.toString(version)))
                .andExpect(redirectedUrl("/admin/users/" + mentor.id()));

        mvc.perform(get("/mentor").session(theirs)).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/admin").session(admin)).andExpect(status().isOk());
    }

    @Test
    void changingYourPasswordEndsYourOtherSessionsButNotThisOne() throws Exception {
        MockHttpSession here = signIn();
        MockHttpSession elsewhere = signIn();

        mvc.perform(post("/account/password")
                        .session(here)
                        .with(csrf())
                        .param("currentPassword", PASSWORD)
                        .param("newPassword", "a new password of mine")
                        .param("confirmPassword", "a new password of mine"))
                .andExpect(redirectedUrl("/mentor"));

        mvc.perform(get("/mentor").session(elsewhere)).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/mentor").session(here)).andExpect(status().isOk());
    }

    @Test
    void settingAPasswordFromALinkEndsEverySession() throws Exception {
        MockHttpSession theirs = signIn();
        MockHttpSession admin = SignIn.as(mvc, "admin@example.com");
        String link = (String) mvc.perform(post("/admin/users/" + mentor.id() + "/password-link")
                        .session(admin)
                        .with(csrf()))
                .andReturn()
                .getFlashMap()
                .get("passwordLink");

        mvc.perform(post(link.substring(link.indexOf("/account/")))
                        .with(csrf())
                        .param("newPassword", "a password from the link")
                        .param("confirmPassword", "a password from the link"))
                .andExpect(redirectedUrl("/login"));

        mvc.perform(get("/mentor").session(theirs)).andExpect(redirectedUrl("/login"));
    }

    @Test
    void aSessionEndsTwelveHoursAfterSignInHoweverBusy() throws Exception {
        MockHttpSession session = signIn();
        String id = SessionCookieJar.sessionId(session);
        assertThat(sessions.findById(id).<Object>getAttribute(SessionLifetimeFilter.SIGNED_IN_AT))
                .as("stamped at its first signed-in request")
                .isInstanceOf(Instant.class);
        Instant signedInAt = sessions.findById(id).getAttribute(SessionLifetimeFilter.SIGNED_IN_AT);

        signedIn(sessions, id, signedInAt.minus(Duration.ofHours(11)));
        mvc.perform(get("/mentor").session(session)).andExpect(status().isOk());

        signedIn(sessions, id, signedInAt.minus(Duration.ofHours(12)));
        mvc.perform(get("/mentor").session(session)).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/mentor").session(session)).andExpect(status().is3xxRedirection());
    }

    /** Moves the stored session's sign-in time, as if it had been signed in that long. */
    private static <S extends Session> void signedIn(SessionRepository<S> sessions, String id, Instant at) {
        S stored = sessions.findById(id);
        stored.setAttribute(SessionLifetimeFilter.SIGNED_IN_AT, at);
        sessions.save(stored);
    }
}
