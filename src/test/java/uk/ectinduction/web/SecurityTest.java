package uk.ectinduction.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import uk.ectinduction.people.Role;
import uk.ectinduction.people.UserAccounts;
import uk.ectinduction.support.IntegrationTest;
import uk.ectinduction.support.SignIn;

@IntegrationTest
class SecurityTest {

    static final String PASSWORD = SignIn.DEMO_PASSWORD;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Test
    void anonymousVisitorIsSentToSignIn() throws Exception {
        mvc.perform(get("/")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
    }

    @Test
    void signInWithoutCsrfTokenIsRejected() throws Exception {
        mvc.perform(post("/login").param("username", "admin@example.com").param("password", PASSWORD))
                .andExpect(status().isForbidden())
                .andExpect(SecurityMockMvcResultMatchers.unauthenticated());
    }

    @Test
    void signOutWithoutCsrfTokenIsRejected() throws Exception {
        mvc.perform(post("/logout").with(user("admin@example.com").roles("ADMIN")))
                .andExpect(status().isForbidden());
    }

    @Test
    void demoAccountSignsInAndLandsOnItsRoleHome() throws Exception {
        mvc.perform(formLogin("/login").user("mentor@example.com").password(PASSWORD))
                .andExpect(SecurityMockMvcResultMatchers.authenticated().withRoles("MENTOR"))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void sessionIdChangesAtSignIn() throws Exception {
        MockHttpSession session = new MockHttpSession();
        String before = session.getId();
        MvcResult result = mvc.perform(
                        formLogin("/login").user("ect@example.com").password(PASSWORD))
                .andReturn();
        org.assertj.core.api.Assertions.assertThat(
                        result.getRequest().getSession().getId())
                .isNotEqualTo(before);
    }

    @Test
    void wrongPasswordShowsTheErrorSummaryAndKeepsTheEmail() throws Exception {
        MvcResult failed = mvc.perform(
                        formLogin("/login").user("tutor@example.com").password("not the password"))
                .andExpect(redirectedUrl("/login?error=invalid"))
                .andReturn();
        MockHttpSession session = (MockHttpSession) failed.getRequest().getSession();

        mvc.perform(get("/login").param("error", "invalid").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("govuk-error-summary")))
                .andExpect(content().string(containsString("Enter a correct email address and password")))
                .andExpect(content().string(containsString("value=\"tutor@example.com\"")));
    }

    @Test
    void wrongPasswordTitlesTheSignInPageAsAnError() throws Exception {
        Document before = Jsoup.parse(mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(before.title()).isEqualTo("Sign in – ECT Induction");

        // An account of this test's own, so that its failed attempt counts against no demo account.
        String email = "mistyped." + System.nanoTime() + "@school.example";
        accounts.createUser(email, "Mistyped", EnumSet.of(Role.MENTOR), PASSWORD);
        MvcResult failed = mvc.perform(formLogin("/login").user(email).password("not the password"))
                .andExpect(redirectedUrl("/login?error=invalid"))
                .andReturn();
        MockHttpSession session = (MockHttpSession) failed.getRequest().getSession();
        Document after =
                Jsoup.parse(mvc.perform(get("/login").param("error", "invalid").session(session))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8));

        assertThat(after.title()).isEqualTo("Error: Sign in – ECT Induction");
        assertThat(after.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#username");
        assertThat(after.select(".govuk-error-summary__title").text()).isEqualTo("There is a problem");
    }

    @Test
    void responsesCarryTheSecurityHeaders() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
                .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
                .andExpect(header().string("Content-Security-Policy", not(containsString("unsafe-inline"))))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"));
    }

    /** Browsers ignore HSTS over plain HTTP; under prod, a request is secure when the TLS proxy says so. */
    @Test
    void strictTransportSecurityOnlyOnRequestsThatCameOverHttps() throws Exception {
        mvc.perform(get("/login").secure(true))
                .andExpect(header().string("Strict-Transport-Security", containsString("max-age=31536000")));
        mvc.perform(get("/login")).andExpect(header().doesNotExist("Strict-Transport-Security"));
    }

    @ParameterizedTest(name = "{0} gets {2} at {1}")
    @CsvSource({
        "ADMIN, /admin, 200",
        "ADMIN, /tutor, 403",
        "ADMIN, /mentor, 403",
        "ADMIN, /ect, 403",
        "INDUCTION_TUTOR, /tutor, 200",
        "INDUCTION_TUTOR, /admin, 403",
        "INDUCTION_TUTOR, /mentor, 403",
        "MENTOR, /mentor, 200",
        "MENTOR, /admin, 403",
        "MENTOR, /ect, 403",
        "MENTOR, /tutor, 403",
        "ECT, /ect, 200",
        "ECT, /admin, 403",
        "ECT, /mentor, 403",
        "ECT, /tutor, 403"
    })
    void rolePagesAreForbiddenToOtherRoles(String role, String path, int expected) throws Exception {
        Map<String, String> demoUserOfRole = Map.of(
                "ADMIN",
                "admin@example.com",
                "INDUCTION_TUTOR",
                "tutor@example.com",
                "MENTOR",
                "mentor@example.com",
                "ECT",
                "ect@example.com");
        MvcResult signedIn = mvc.perform(
                        formLogin("/login").user(demoUserOfRole.get(role)).password(PASSWORD))
                .andExpect(SecurityMockMvcResultMatchers.authenticated())
                .andReturn();
        MockHttpSession session = (MockHttpSession) signedIn.getRequest().getSession(false);

        mvc.perform(get(path).session(session)).andExpect(status().is(expected));
    }

    @Test
    void healthIsPublicAndOtherActuatorEndpointsAreNot() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(content().json("{\"status\":\"UP\"}", org.springframework.test.json.JsonCompareMode.STRICT));
        for (String endpoint : new String[] {"/actuator", "/actuator/env", "/actuator/beans", "/actuator/info"}) {
            mvc.perform(get(endpoint).with(user("admin@example.com").roles("ADMIN")))
                    .andExpect(status().is(org.hamcrest.Matchers.oneOf(403, 404)));
        }
    }

    @Test
    void errorPagesSayNothingAboutTheInternals() throws Exception {
        mvc.perform(get("/no/such/page")
                        .with(user("ect@example.com").roles("ECT"))
                        .accept("text/html"))
                .andExpect(status().isNotFound());
    }

    @Test
    void signOutNeedsPostAndEndsTheSession() throws Exception {
        mvc.perform(post("/logout").with(user("ect@example.com").roles("ECT")).with(csrf()))
                .andExpect(redirectedUrl("/login?signedOut"))
                .andExpect(SecurityMockMvcResultMatchers.unauthenticated());
    }
}
