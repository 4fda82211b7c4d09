package uk.ectinduction.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import uk.ectinduction.support.IntegrationTest;
import uk.ectinduction.support.SeedModule;
import uk.ectinduction.support.SignIn;

/**
 * Editing, preview, publishing, history, restore, export and the audit log are for programme admins alone. Every
 * admin route the app has (found in the handler mappings, so a new one is covered without being listed) is asked
 * for by a mentor, an ECT and an induction tutor, with a page they may read: each answer is 403 or 404.
 */
@IntegrationTest
class ContentAdministrationAccessTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ContentImporter importer;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMapping;

    /** Every admin route as "METHOD /pattern". */
    Set<String> adminRoutes() {
        Set<String> routes = new TreeSet<>();
        for (RequestMappingInfo info : handlerMapping.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (pattern.startsWith("/admin/") || pattern.equals("/admin")) {
                    for (RequestMethod method : methods.isEmpty() ? EnumSet.of(RequestMethod.GET) : methods) {
                        routes.add(method + " " + pattern);
                    }
                }
            }
        }
        return routes;
    }

    @Test
    void nonAdminsAreRefusedEveryEditingHistoryExportAuditAndPreviewUrl() throws Exception {
        SeedModule.importPages(importer);
        // The mentor page, which mentors and tutors may read and edit nothing of; its first version exists.
        String params = "?path=" + SeedModule.MENTOR_PAGE + "&from=1&to=1&version=1&programme=log-test-provider";
        Set<String> routes = adminRoutes();
        assertThat(routes)
                .contains(
                        "GET /admin/content/pages/history",
                        "GET /admin/content/pages/history/compare",
                        "POST /admin/content/pages/history/restore",
                        "GET /admin/audit-log",
                        "GET /admin/content/pages/edit",
                        "POST /admin/content/pages/edit",
                        "POST /admin/content/pages/preview",
                        "POST /admin/content/pages/publish");
        for (String email : List.of("mentor@example.com", "ect@example.com", "tutor@example.com")) {
            MockHttpSession session = SignIn.as(mvc, email);
            for (String route : routes) {
                String method = route.substring(0, route.indexOf(' '));
                String path = route.substring(route.indexOf(' ') + 1)
                        .replaceAll("\\{[^}]+}", "1")
                        .replace("**", "x");
                MockHttpServletRequestBuilder request =
                        request(HttpMethod.valueOf(method), path + params).session(session);
                if (!method.equals("GET")) {
                    request.with(csrf()).param("title", "Taken over").param("markdown", "# Taken over");
                }
                int status = mvc.perform(request).andReturn().getResponse().getStatus();
                assertThat(status).as(route + " as " + email).isIn(403, 404);
            }
        }
        // And nothing was changed: the page is at its first version still.
        assertThat(mvc.perform(request(HttpMethod.GET, "/admin/content/pages/history" + params)
                                .session(SignIn.as(mvc, "admin@example.com")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .doesNotContain("Taken over");
    }
}
