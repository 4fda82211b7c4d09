package uk.ectinduction.support;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * MockMvc keeps no cookies, and the tests hold a signed-in person as the {@code MockHttpSession} of their
 * requests. The app's sessions are Spring Session's, found by their {@code SESSION} cookie, so that session object
 * becomes the person's cookie jar: each answer's {@code SESSION} cookie is kept in it, and each request made with it
 * sends the cookie back, as a browser would.
 */
@TestConfiguration(proxyBeanMethods = false)
public class SessionCookieJar {

    public static final String COOKIE = "SESSION";
    private static final String KEPT = SessionCookieJar.class.getName() + ".cookie";

    @Bean
    MockMvcBuilderCustomizer sessionCookieJar() {
        return builder -> builder.defaultRequest(MockMvcRequestBuilders.get("/").with(SessionCookieJar::sendKeptCookie))
                .alwaysDo(result -> {
                    Cookie answered = result.getResponse().getCookie(COOKIE);
                    if (answered != null) {
                        HttpSession jar = result.getRequest().getSession(true);
                        if (answered.getMaxAge() == 0) {
                            jar.removeAttribute(KEPT);
                        } else {
                            jar.setAttribute(KEPT, answered.getValue());
                        }
                    }
                });
    }

    /** The id of the app's session that this jar's cookie names (for a test that reads it from the store). */
    public static String sessionId(HttpSession jar) {
        if (!(jar.getAttribute(KEPT) instanceof String cookie)) {
            throw new AssertionError("no session cookie was kept");
        }
        return decode(cookie);
    }

    /** The id of the app's session that an answer's cookie names, if it set one. */
    public static Optional<String> sessionId(MvcResult result) {
        return Optional.ofNullable(result.getResponse().getCookie(COOKIE))
                .filter(cookie -> cookie.getMaxAge() != 0)
                .map(cookie -> decode(cookie.getValue()));
    }

    private static String decode(String cookie) {
        return new String(Base64.getDecoder().decode(cookie), StandardCharsets.UTF_8);
    }

    private static MockHttpServletRequest sendKeptCookie(MockHttpServletRequest request) {
        HttpSession jar = request.getSession(false);
        if (jar != null && jar.getAttribute(KEPT) instanceof String cookie) {
            List<Cookie> cookies =
                    new ArrayList<>(request.getCookies() == null ? List.of() : Arrays.asList(request.getCookies()));
            cookies.removeIf(c -> c.getName().equals(COOKIE));
            cookies.add(new Cookie(COOKIE, cookie));
            request.setCookies(cookies.toArray(Cookie[]::new));
        }
        return request;
    }
}
