package uk.ectinduction.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import uk.ectinduction.people.Role;
import uk.ectinduction.system.UploadLimits;

/**
 * Refuses a request body over its route's limit before anything reads it: before Spring Security (whose
 * CSRF and sign-in filters read parameters, so parse the body, ahead of any check of who is asking) and
 * before Spring's form and multipart handling. The large limit is for a signed-in admin's programme
 * import only; everything else, /login included, gets the small one. It comes just after Spring Session's filter,
 * which reads only the cookie, so that the signed-in admin's session is the stored one.
 *
 * <p>The check is on the declared Content-Length. A body streamed without one cannot be capped here:
 * Tomcat parses forms and multipart parts from its own input, past any request wrapper. So such a body
 * is refused outside the import, and on the import Tomcat's multipart limit (the import's) holds it.
 */
@Component
@Order(SessionRepositoryFilter.DEFAULT_ORDER + 10)
class RequestSizeLimits extends OncePerRequestFilter {

    static final String IMPORT_PATH = "/admin/content/import";

    private final UploadLimits limits;
    private final HttpSessionSecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

    RequestSizeLimits(UploadLimits limits) {
        this.limits = limits;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean adminImport = isImport(request) && isAdmin(request);
        long limit = (adminImport ? limits.importMaxSize() : limits.maxSize()).toBytes();
        long length = request.getContentLengthLong();
        if (length > limit) {
            refuse(
                    response,
                    HttpStatus.CONTENT_TOO_LARGE,
                    "This request is too large. Files sent here must be "
                            + "smaller than "
                            + UploadLimits.describe(adminImport ? limits.importMaxSize() : limits.maxSize())
                            + (adminImport
                                    ? "."
                                    : "; only an admin's programme import may be up to " + limits.importMaxSizeText()
                                            + "."));
            return;
        }
        if (length < 0 && request.getHeader("Transfer-Encoding") != null && !adminImport) {
            refuse(response, HttpStatus.LENGTH_REQUIRED, "This request must state its length (Content-Length).");
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean isImport(HttpServletRequest request) {
        // An exact match: any other spelling of the path gets the small limit, never the large one.
        return "POST".equals(request.getMethod())
                && (request.getContextPath() + IMPORT_PATH).equals(request.getRequestURI());
    }

    /** Read from the session as Spring Security stored it, without creating one. */
    private boolean isAdmin(HttpServletRequest request) {
        Authentication signedIn = sessions.loadDeferredContext(request).get().getAuthentication();
        return signedIn != null
                && signedIn.isAuthenticated()
                && signedIn.getAuthorities().stream()
                        .anyMatch(a -> Role.ADMIN.authority().equals(a.getAuthority()));
    }

    /** Answers at once; Tomcat then drains a little of the unread body and closes the connection. */
    private static void refuse(HttpServletResponse response, HttpStatus status, String message) throws IOException {
        response.setStatus(status.value());
        response.setContentType("text/plain;charset=UTF-8");
        response.setHeader("Connection", "close");
        response.getOutputStream().write((message + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
