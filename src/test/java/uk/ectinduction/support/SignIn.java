package uk.ectinduction.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** Signs in through the real login form, so controllers get the real principal. */
public final class SignIn {

    public static final String DEMO_PASSWORD = "demo-password-for-tests";

    private SignIn() {}

    public static MockHttpSession as(MockMvc mvc, String email) throws Exception {
        return as(mvc, email, DEMO_PASSWORD);
    }

    public static MockHttpSession as(MockMvc mvc, String email, String password) throws Exception {
        MockHttpSession session =
                (MockHttpSession) mvc.perform(formLogin("/login").user(email).password(password))
                        .andReturn()
                        .getRequest()
                        .getSession(false);
        if (session == null || session.getAttribute("SPRING_SECURITY_CONTEXT") == null) {
            throw new AssertionError(email + " could not sign in");
        }
        return session;
    }
}
