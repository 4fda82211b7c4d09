package uk.ectinduction.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import uk.ectinduction.people.Role;
import uk.ectinduction.people.SignInThrottle;
import uk.ectinduction.people.UserAccounts;
import uk.ectinduction.support.IntegrationTest;
import uk.ectinduction.support.SignIn;

/**
 * Wrong passwords slow down the client that types them, not everyone else; and nobody learns from the
 * throttle which accounts exist. Each test has accounts of its own: throttling a demo account would get in
 * the way of other tests that sign in with it.
 */
@IntegrationTest
class SignInThrottlingTest {

    static final String PASSWORD = SignIn.DEMO_PASSWORD;
    static final String GUESSER = "198.51.100.23";
    static final String OWNER = "203.0.113.40";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    static MockHttpServletRequestBuilder signIn(String email, String password, String address) {
        return post("/login")
                .param("username", email)
                .param("password", password)
                .with(csrf())
                .with(from(address));
    }

    String newAccount(String name) {
        String email = name + "." + System.nanoTime() + "@school.example";
        accounts.createUser(email, name, EnumSet.of(Role.MENTOR), PASSWORD);
        return email;
    }

    List<String> fiveWrongPasswords(String email, String address) throws Exception {
        List<String> answers = new ArrayList<>();
        for (int i = 0; i < SignInThrottle.CLIENT_FAILURES_BEFORE_WAIT; i++) {
            answers.add(mvc.perform(signIn(email, "wrong password " + i, address))
                    .andReturn()
                    .getResponse()
                    .getRedirectedUrl());
        }
        return answers;
    }

    /**
     * Moves the client's wait a minute on, as if its next attempt came within the wait however slowly this
     * machine runs the test. The wait the failures set is checked on its own in {@link #waitAfterFiveFailures}.
     */
    void stillWaiting(String email, String address) {
        jdbc.sql("update sign_in_throttle set next_attempt_at = now() + interval '1 minute' "
                        + "where email_key = ? and client_address = ?")
                .params(email, address)
                .update();
    }

    long waitAfterFiveFailures(String email, String address) {
        return jdbc.sql("select extract(epoch from next_attempt_at - last_failure_at)::bigint from sign_in_throttle "
                        + "where email_key = ? and client_address = ?")
                .params(email, address)
                .query(Long.class)
                .single();
    }

    @Test
    void fiveFailuresFromOneClientDoNotStopTheRightPasswordFromAnother() throws Exception {
        String email = newAccount("target");
        assertThat(fiveWrongPasswords(email, GUESSER)).containsOnly("/login?error=invalid");
        stillWaiting(email, GUESSER);

        mvc.perform(signIn(email, PASSWORD, GUESSER))
                .andExpect(redirectedUrl("/login?error=throttled"))
                .andExpect(SecurityMockMvcResultMatchers.unauthenticated());
        mvc.perform(signIn(email, PASSWORD, OWNER)).andExpect(SecurityMockMvcResultMatchers.authenticated());
    }

    @Test
    void theSameClientIsKeptWaitingAfterFiveFailuresThenMayTryAgain() throws Exception {
        String email = newAccount("throttled");
        assertThat(fiveWrongPasswords(email, GUESSER)).containsOnly("/login?error=invalid");
        assertThat(waitAfterFiveFailures(email, GUESSER)).isEqualTo(SignInThrottle.FIRST_WAIT.toSeconds());
        stillWaiting(email, GUESSER);

        mvc.perform(signIn(email, PASSWORD, GUESSER))
                .andExpect(redirectedUrl("/login?error=throttled"))
                .andExpect(SecurityMockMvcResultMatchers.unauthenticated());
        mvc.perform(get("/login").param("error", "throttled"))
                .andExpect(content().string(containsString("Too many failed attempts")));

        jdbc.sql("update sign_in_throttle set next_attempt_at = now() where email_key = ?")
                .param(email)
                .update();
        mvc.perform(signIn(email, PASSWORD, GUESSER)).andExpect(SecurityMockMvcResultMatchers.authenticated());
    }

    @Test
    void anUnknownEmailIsAnsweredExactlyLikeAnAccountThatExists() throws Exception {
        String known = newAccount("known");
        String unknown = "unknown." + System.nanoTime() + "@school.example";

        List<String> toKnown = new ArrayList<>(fiveWrongPasswords(known, GUESSER));
        List<String> toUnknown = new ArrayList<>(fiveWrongPasswords(unknown, GUESSER));
        assertThat(waitAfterFiveFailures(unknown, GUESSER))
                .isEqualTo(waitAfterFiveFailures(known, GUESSER))
                .isEqualTo(SignInThrottle.FIRST_WAIT.toSeconds());
        stillWaiting(known, GUESSER);
        stillWaiting(unknown, GUESSER);
        toKnown.add(mvc.perform(signIn(known, "another guess", GUESSER))
                .andReturn()
                .getResponse()
                .getRedirectedUrl());
        toUnknown.add(mvc.perform(signIn(unknown, "another guess", GUESSER))
                .andReturn()
                .getResponse()
                .getRedirectedUrl());
        // The other client is neither kept waiting nor told anything more.
        toKnown.add(mvc.perform(signIn(known, "a wrong one", OWNER))
                .andReturn()
                .getResponse()
                .getRedirectedUrl());
        toUnknown.add(mvc.perform(signIn(unknown, "a wrong one", OWNER))
                .andReturn()
                .getResponse()
                .getRedirectedUrl());

        assertThat(toKnown).isEqualTo(toUnknown).endsWith("/login?error=throttled", "/login?error=invalid");
    }

    @Test
    void theCurrentPasswordCheckWhenChangingItIsThrottledToo() throws Exception {
        String email = newAccount("changer");
        MockHttpSession session = SignIn.as(mvc, email, PASSWORD);
        for (int i = 0; i < SignInThrottle.CLIENT_FAILURES_BEFORE_WAIT; i++) {
            mvc.perform(changePassword(session, "wrong current password " + i))
                    .andExpect(content().string(containsString("Your current password is incorrect")));
        }
        assertThat(waitAfterFiveFailures(email, GUESSER)).isEqualTo(SignInThrottle.FIRST_WAIT.toSeconds());
        stillWaiting(email, GUESSER);

        mvc.perform(changePassword(session, PASSWORD))
                .andExpect(content().string(containsString("Too many wrong passwords")))
                .andExpect(content().string(not(containsString("Your password has been changed"))));
        mvc.perform(signIn(email, "a brand new password", OWNER))
                .andExpect(SecurityMockMvcResultMatchers.unauthenticated());
        mvc.perform(signIn(email, PASSWORD, OWNER)).andExpect(SecurityMockMvcResultMatchers.authenticated());
    }

    MockHttpServletRequestBuilder changePassword(MockHttpSession session, String currentPassword) {
        return post("/account/password")
                .session(session)
                .with(csrf())
                .with(from(GUESSER))
                .param("currentPassword", currentPassword)
                .param("newPassword", "a brand new password")
                .param("confirmPassword", "a brand new password");
    }
}
