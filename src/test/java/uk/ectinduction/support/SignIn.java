package uk.ectinduction.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Signs in through the real login form, so controllers get the real principal. */
public final class SignIn {

    public static final String DEMO_PASSWORD = "demo-password-for-tests";

    private SignIn() {}

    public static MockHttpSession as(MockMvc mvc, String email) throws Exception {
        return as(mvc, email, DEMO_PASSWORD);
    }

    public static MockHttpSession as(MockMvc mvc, String email, String password) throws Exception {
        MvcResult signedIn =
                mvc.perform(formLogin("/login").user(email).password(password)).andReturn();
        if (!"/".equals(signedIn.getResponse().getRedirectedUrl())) {
            throw new AssertionError(email + " could not sign in");
        }
        // The session that holds their cookie (see SessionCookieJar).
        return (MockHttpSession) signedIn.getRequest().getSession(false);
    }
}
