package uk.ectinduction.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import uk.ectinduction.content.ContentImporter;
import uk.ectinduction.content.ImportProgress;
import uk.ectinduction.content.ImportReport;
import uk.ectinduction.content.ImportRequest;
import uk.ectinduction.framework.FrameworkStatements;
import uk.ectinduction.framework.StatementKind;
import uk.ectinduction.people.AppUserDetailsService;
import uk.ectinduction.people.Cohorts;
import uk.ectinduction.people.Person;
import uk.ectinduction.people.Role;
import uk.ectinduction.people.SignedInUser;
import uk.ectinduction.people.UserAccounts;
import uk.ectinduction.support.IntegrationTest;
import uk.ectinduction.support.SeedModule;
import uk.ectinduction.support.SignIn;
import uk.ectinduction.training.TrainingSessions;

/**
 * Every route the app has — found in the handler mappings, so a new one cannot be forgotten — requested
 * by each demo user and by an anonymous visitor, with real ids of other people's records. Each answer
 * must be exactly what the rule for that route says; a route without a rule fails.
 */
@IntegrationTest
class AccessMatrixTest {

    enum Who {
        ANONYMOUS(null, Set.of()),
        ADMIN("admin@example.com", Set.of(Role.ADMIN)),
        TUTOR("tutor@example.com", Set.of(Role.INDUCTION_TUTOR)),
        MENTOR("mentor@example.com", Set.of(Role.MENTOR)),
        ECT("ect@example.com", Set.of(Role.ECT)),
        MENTOR2("mentor2@example.com", Set.of(Role.MENTOR)),
        ECT2("ect2@example.com", Set.of(Role.ECT));

        final String email;
        final Set<Role> roles;

        Who(String email, Set<Role> roles) {
            this.email = email;
            this.roles = roles;
        }
    }

    /** What a request may come to: passing authorisation (any 2xx, 3xx or 400), or one of the refusals. */
    enum Outcome {
        ALLOWED,
        SIGN_IN,
        FORBIDDEN,
        NOT_FOUND
    }

    /** The records a rule can point at: made afresh for the matrix, belonging to other people. */
    record Fixture(
            long someoneElse,
            long cohort,
            String module,
            long ect,
            long meeting,
            long entry,
            long audit,
            String auditModule,
            long session,
            long otherSession) {}

    /** One request of a route (a wildcard route has several: one per kind of page behind it). */
    record Rule(Function<Who, Outcome> outcome, Function<Fixture, Map<String, String>> pathVariables) {}

    /** Content pages are visible by audience; a page for another audience answers 404. */
    static Rule audience(String page, Role... audienceRoles) {
        Set<Role> allowed = Set.of(audienceRoles);
        return new Rule(
                who -> who == Who.ANONYMOUS
                        ? Outcome.SIGN_IN
                        : who.roles.contains(Role.ADMIN) || who.roles.stream().anyMatch(allowed::contains)
                                ? Outcome.ALLOWED
                                : Outcome.NOT_FOUND,
                f -> Map.of("**", f.module() + page));
    }

    static Rule everyone(Outcome outcome) {
        return new Rule(who -> outcome, f -> Map.of());
    }

    static Rule signedIn() {
        return new Rule(who -> who == Who.ANONYMOUS ? Outcome.SIGN_IN : Outcome.ALLOWED, f -> Map.of());
    }

    static Rule role(Role role) {
        return role(role, f -> Map.of());
    }

    static Rule role(Role role, Function<Fixture, Map<String, String>> vars) {
        return new Rule(
                who -> who == Who.ANONYMOUS
                        ? Outcome.SIGN_IN
                        : who.roles.contains(role) ? Outcome.ALLOWED : Outcome.FORBIDDEN,
                vars);
    }

    static final Function<Fixture, Map<String, String>> SOMEONE_ELSE =
            f -> Map.of("id", Long.toString(f.someoneElse()));
    static final Function<Fixture, Map<String, String>> COHORT = f -> Map.of("id", Long.toString(f.cohort()));

    static final Map<String, List<Rule>> RULES = new LinkedHashMap<>();

    static void rule(String route, Rule... probes) {
        RULES.put(route, List.of(probes));
    }

    static {
        rule("GET /login", everyone(Outcome.ALLOWED));
        rule("GET /", signedIn());
        rule("GET /admin", role(Role.ADMIN));
        rule("GET /tutor", role(Role.INDUCTION_TUTOR));
        rule("GET /mentor", role(Role.MENTOR));
        rule("GET /ect", role(Role.ECT));
        rule("GET /framework", signedIn());
        rule("GET /framework/statements/{code}", new Rule(signedIn().outcome(), f -> Map.of("code", "8h")));
        rule("GET /search", signedIn());
        rule("GET /account/password", signedIn());
        rule("POST /account/password", signedIn());
        // Unknown, used and expired links all answer 404 to everyone, so a guess learns nothing.
        rule(
                "GET /account/password-link/{token}",
                new Rule(who -> Outcome.NOT_FOUND, f -> Map.of("token", "not-a-real-token")));
        rule(
                "POST /account/password-link/{token}",
                new Rule(who -> Outcome.NOT_FOUND, f -> Map.of("token", "not-a-real-token")));
        rule("GET /admin/users", role(Role.ADMIN));
        rule("GET /admin/users/new", role(Role.ADMIN));
        rule("POST /admin/users", role(Role.ADMIN));
        rule("GET /admin/users/{id}", role(Role.ADMIN, SOMEONE_ELSE));
        rule("GET /admin/users/{id}/edit", role(Role.ADMIN, SOMEONE_ELSE));
        rule("POST /admin/users/{id}/edit", role(Role.ADMIN, SOMEONE_ELSE));
        rule("POST /admin/users/{id}/disable", role(Role.ADMIN, SOMEONE_ELSE));
        rule("POST /admin/users/{id}/enable", role(Role.ADMIN, SOMEONE_ELSE));
        rule("POST /admin/users/{id}/mentor", role(Role.ADMIN, SOMEONE_ELSE));
        rule("POST /admin/users/{id}/password-link", role(Role.ADMIN, SOMEONE_ELSE));
        rule("GET /admin/users/upload", role(Role.ADMIN));
        rule("POST /admin/users/upload", role(Role.ADMIN));
        rule("GET /admin/cohorts", role(Role.ADMIN));
        rule("GET /admin/cohorts/new", role(Role.ADMIN));
        rule("POST /admin/cohorts", role(Role.ADMIN));
        rule("GET /admin/cohorts/{id}", role(Role.ADMIN, COHORT));
        rule("POST /admin/cohorts/{id}", role(Role.ADMIN, COHORT));
        rule("POST /admin/cohorts/{id}/tutors", role(Role.ADMIN, COHORT));
        rule("GET /admin/content", role(Role.ADMIN));
        // The matrix's own programme, downloaded as a zip by admins only.
        rule(
                "GET /admin/content/export",
                new Rule(role(Role.ADMIN).outcome(), f -> Map.of("?", "programme=matrix-programme")));
        // The structure of the matrix's own programme; a change with no form is re-shown with its errors, so
        // nothing changes. Changes to a module, week or page that does not exist: admins are told so, others refused.
        Function<Fixture, Map<String, String>> matrixProgramme = f -> Map.of("slug", "matrix-programme");
        rule("GET /admin/content/programmes/{slug}", role(Role.ADMIN, matrixProgramme));
        rule("POST /admin/content/programmes/{slug}/modules", role(Role.ADMIN, matrixProgramme));
        Rule noSuchThing = new Rule(
                who -> who == Who.ANONYMOUS
                        ? Outcome.SIGN_IN
                        : who == Who.ADMIN ? Outcome.NOT_FOUND : Outcome.FORBIDDEN,
                f -> Map.of("kind", "pages", "id", "999999999"));
        for (String route : List.of(
                "POST /admin/content/modules/{id}/weeks",
                "POST /admin/content/weeks/{id}/pages",
                "POST /admin/content/{kind}/{id}/rename",
                "POST /admin/content/{kind}/{id}/reorder",
                "POST /admin/content/{kind}/{id}/retire",
                "POST /admin/content/pages/{id}/move")) {
            rule(route, noSuchThing);
        }
        rule("GET /admin/content/import", role(Role.ADMIN));
        rule("POST /admin/content/import", role(Role.ADMIN));
        // An import that does not exist: admins are told so, everyone else is refused before that.
        Rule missingImport = new Rule(
                who -> who == Who.ANONYMOUS
                        ? Outcome.SIGN_IN
                        : who == Who.ADMIN ? Outcome.NOT_FOUND : Outcome.FORBIDDEN,
                f -> Map.of("id", "no-such-import"));
        rule("GET /admin/content/import/{id}", missingImport);
        rule("GET /admin/content/import/{id}/status", missingImport);
        // The page editor, on a real page (a post without its form saves nothing) and, for the actions that would
        // change it, on a page that does not exist: admins are told so, everyone else is refused before that.
        Function<Fixture, Map<String, String>> aPage =
                f -> Map.of("?", "path=/programmes/" + f.module() + "/summer-week-1-mentor-materials");
        for (String route : List.of(
                "GET /admin/content/pages/edit",
                "POST /admin/content/pages/edit",
                "POST /admin/content/pages/preview")) {
            rule(route, role(Role.ADMIN, aPage));
        }
        Rule missingPage =
                new Rule(missingImport.outcome(), f -> Map.of("?", "path=/programmes/no-such-page&versionId=1"));
        rule("POST /admin/content/pages/publish", missingPage);
        rule("POST /admin/content/pages/unpublish", missingPage);
        rule("GET /admin/audit-log", role(Role.ADMIN));
        // A page's history and a comparison of two of its versions, on the same real page.
        rule("GET /admin/content/pages/history", role(Role.ADMIN, aPage));
        rule(
                "GET /admin/content/pages/history/compare",
                role(Role.ADMIN, f -> Map.of("?", aPage.apply(f).get("?") + "&from=1&to=1")));
        // Restoring the live version of a page with no draft would change nothing: 404 to admins, refused to others.
        rule(
                "POST /admin/content/pages/history/restore",
                new Rule(
                        missingImport.outcome(), f -> Map.of("?", aPage.apply(f).get("?") + "&version=1")));
        rule(
                "GET /programmes/**",
                audience("/summer-week-1-mentor-materials", Role.MENTOR),
                audience("/summer-week-1-induction-tutor-materials", Role.INDUCTION_TUTOR),
                audience("/summer-week-1-ect-instructions", Role.ECT, Role.MENTOR, Role.INDUCTION_TUTOR));
        rule(
                "GET /programmes/assets/**",
                new Rule(
                        who -> who == Who.ANONYMOUS ? Outcome.SIGN_IN : Outcome.NOT_FOUND,
                        f -> Map.of("**", "no-such-file.pdf")));
        // Meetings and actions: the role first, then 404 for any id that is not the person's own (see
        // meetings.MeetingPagesTest for other people's real meetings and actions).
        Function<Role, Rule> notTheirs = role -> new Rule(
                who -> who == Who.ANONYMOUS
                        ? Outcome.SIGN_IN
                        : who.roles.contains(role) ? Outcome.NOT_FOUND : Outcome.FORBIDDEN,
                f -> Map.of("id", "999999999", "n", "1"));
        // ect@example.com's own records, opened by everyone: their mentor and they may, mentor2 and ect2 get 404.
        Function<Who, Outcome> mentorsOwn = who -> who == Who.ANONYMOUS
                ? Outcome.SIGN_IN
                : who == Who.MENTOR ? Outcome.ALLOWED : who == Who.MENTOR2 ? Outcome.NOT_FOUND : Outcome.FORBIDDEN;
        Function<Who, Outcome> ectsOwn = who -> who == Who.ANONYMOUS
                ? Outcome.SIGN_IN
                : who == Who.ECT ? Outcome.ALLOWED : who == Who.ECT2 ? Outcome.NOT_FOUND : Outcome.FORBIDDEN;
        Function<Fixture, Map<String, String>> theMeeting = f -> Map.of("id", Long.toString(f.meeting()), "n", "1");
        rule(
                "GET /mentor/mentees/{ectId}/meetings",
                new Rule(mentorsOwn, f -> Map.of("ectId", Long.toString(f.ect()))));
        rule(
                "POST /mentor/mentees/{ectId}/meetings",
                new Rule(mentorsOwn, f -> Map.of("ectId", Long.toString(f.ect()))));
        for (String route : List.of(
                "GET /mentor/meetings/{id}",
                "GET /mentor/meetings/{id}/review",
                "GET /mentor/meetings/{id}/plan",
                "GET /mentor/meetings/{id}/next-steps",
                "GET /mentor/meetings/{id}/activity/{n}",
                "POST /mentor/meetings/{id}/activity/{n}",
                "POST /mentor/meetings/{id}/cancel",
                "GET /mentor/meetings/{id}/calendar.ics")) {
            rule(route, new Rule(mentorsOwn, theMeeting));
        }
        rule("GET /mentor/actions/{id}", notTheirs.apply(Role.MENTOR));
        rule("GET /ect/meetings", role(Role.ECT));
        for (String route : List.of("GET /ect/meetings/{id}", "GET /ect/meetings/{id}/calendar.ics")) {
            rule(route, new Rule(ectsOwn, theMeeting));
        }
        for (String route : List.of("GET /ect/actions/{id}", "POST /ect/actions/{id}")) {
            rule(route, notTheirs.apply(Role.ECT));
        }
        // Learning log, module audits and the record: ect@example.com's real entry and audit, opened by everyone.
        // A query string, when a route needs one, is given as the variable "?".
        Function<Fixture, Map<String, String>> theEntry = f -> Map.of("id", Long.toString(f.entry()));
        Function<Fixture, Map<String, String>> theAudit = f -> Map.of("id", Long.toString(f.audit()));
        Function<Fixture, Map<String, String>> theEct = f -> Map.of("ectId", Long.toString(f.ect()));
        for (String route : List.of(
                "GET /ect/log",
                "GET /ect/log/new",
                "POST /ect/log",
                "GET /ect/record",
                "GET /ect/record.pdf",
                "GET /ect/record.csv",
                "GET /ect/audits",
                "GET /ect/audits/progress")) {
            rule(route, role(Role.ECT));
        }
        for (String route : List.of("GET /ect/log/{id}", "GET /ect/log/{id}/edit", "POST /ect/log/{id}/edit")) {
            rule(route, new Rule(ectsOwn, theEntry));
        }
        rule("GET /ect/audits/{id}", new Rule(ectsOwn, theAudit));
        // Each ECT may start an audit of a module of their own: the module is real, the audit not yet anyone's.
        rule("GET /ect/audits/new", new Rule(role(Role.ECT).outcome(), f -> Map.of("?", "module=" + f.auditModule())));
        // A sitting with no module given is of a module that does not exist: 404 to ECTs and mentors, refused before
        // that to others. MockMvc tests of the audits post real sittings (audit.ModuleAuditPagesTest).
        rule("POST /ect/audits", notTheirs.apply(Role.ECT));
        for (String route : List.of(
                "GET /mentor/mentees/{ectId}/log",
                "GET /mentor/mentees/{ectId}/record",
                "GET /mentor/mentees/{ectId}/record.pdf",
                "GET /mentor/mentees/{ectId}/record.csv",
                "GET /mentor/mentees/{ectId}/audits",
                "GET /mentor/mentees/{ectId}/audits/progress")) {
            rule(route, new Rule(mentorsOwn, theEct));
        }
        for (String route :
                List.of("GET /mentor/mentees/{ectId}/log/{id}", "POST /mentor/mentees/{ectId}/log/{id}/comments")) {
            rule(
                    route,
                    new Rule(mentorsOwn, f -> Map.of("ectId", Long.toString(f.ect()), "id", Long.toString(f.entry()))));
        }
        rule(
                "GET /mentor/mentees/{ectId}/audits/{id}",
                new Rule(mentorsOwn, f -> Map.of("ectId", Long.toString(f.ect()), "id", Long.toString(f.audit()))));
        rule(
                "GET /mentor/mentees/{ectId}/audits/new",
                new Rule(mentorsOwn, f -> Map.of("ectId", Long.toString(f.ect()), "?", "module=" + f.auditModule())));
        rule(
                "POST /mentor/mentees/{ectId}/audits",
                new Rule(
                        who -> who == Who.ANONYMOUS
                                ? Outcome.SIGN_IN
                                : who.roles.contains(Role.MENTOR) ? Outcome.NOT_FOUND : Outcome.FORBIDDEN,
                        theEct));
        rule("GET /tutor/audits", role(Role.INDUCTION_TUTOR));
        // Training sessions: the demo cohort's session (tutor@example.com teaches it; ect and ect2 are in it) and a
        // session of a cohort taught by someone else. The tutor's routes are for tutors first, then for the cohort's
        // own tutors (404 to a tutor of another cohort); the read routes are for the cohort's ECTs, its tutors and
        // admins, 404 to everyone else. Posts carry no version (or a stale one), so the matrix changes nothing.
        rule("GET /tutor/sessions", role(Role.INDUCTION_TUTOR));
        Function<Fixture, Map<String, String>> seedPage =
                f -> Map.of("?", "page=" + uk.ectinduction.training.TrainingFixtures.SEED_MATERIALS);
        rule("GET /tutor/sessions/new", role(Role.INDUCTION_TUTOR, seedPage));
        rule("POST /tutor/sessions", role(Role.INDUCTION_TUTOR, seedPage));
        Function<Fixture, Map<String, String>> demoSession =
                f -> Map.of("id", Long.toString(f.session()), "n", "1", "?", "version=-1");
        Function<Fixture, Map<String, String>> otherSession =
                f -> Map.of("id", Long.toString(f.otherSession()), "n", "1", "?", "version=-1");
        for (String route : List.of(
                "GET /tutor/sessions/{id}",
                "GET /tutor/sessions/{id}/reschedule",
                "POST /tutor/sessions/{id}/reschedule",
                "POST /tutor/sessions/{id}/cancel",
                "GET /tutor/sessions/{id}/session.ics",
                "GET /tutor/sessions/{id}/plan.pdf",
                "GET /tutor/sessions/{id}/facilitate",
                "GET /tutor/sessions/{id}/facilitate/{n}",
                "POST /tutor/sessions/{id}/facilitate/{n}",
                "GET /tutor/sessions/{id}/attendance",
                "POST /tutor/sessions/{id}/attendance",
                "GET /tutor/sessions/{id}/statements/{n}",
                "POST /tutor/sessions/{id}/statements/{n}")) {
            rule(
                    route,
                    role(Role.INDUCTION_TUTOR, demoSession),
                    new Rule(notTheirs.apply(Role.INDUCTION_TUTOR).outcome(), otherSession));
        }
        Function<Who, Outcome> cohortReaders = who -> who == Who.ANONYMOUS
                ? Outcome.SIGN_IN
                : who == Who.MENTOR || who == Who.MENTOR2 ? Outcome.NOT_FOUND : Outcome.ALLOWED;
        Function<Who, Outcome> adminOnly =
                who -> who == Who.ANONYMOUS ? Outcome.SIGN_IN : who == Who.ADMIN ? Outcome.ALLOWED : Outcome.NOT_FOUND;
        for (String route : List.of("GET /sessions/{id}", "GET /sessions/{id}/session.ics")) {
            rule(route, new Rule(cohortReaders, demoSession), new Rule(adminOnly, otherSession));
        }
        // Key actions: the tutor enters them for an ECT of the cohort; an ECT records their own, and only an ECT of
        // the session's cohort (a tutor, a mentor or an admin has no actions of their own there: 404).
        Function<Fixture, Map<String, String>> demoSessionEct =
                f -> Map.of("id", Long.toString(f.session()), "ectId", Long.toString(f.ect()));
        Function<Fixture, Map<String, String>> otherSessionEct =
                f -> Map.of("id", Long.toString(f.otherSession()), "ectId", Long.toString(f.ect()));
        for (String route :
                List.of("GET /tutor/sessions/{id}/actions/{ectId}", "POST /tutor/sessions/{id}/actions/{ectId}")) {
            rule(
                    route,
                    role(Role.INDUCTION_TUTOR, demoSessionEct),
                    new Rule(notTheirs.apply(Role.INDUCTION_TUTOR).outcome(), otherSessionEct));
        }
        Function<Who, Outcome> cohortEcts = who -> who == Who.ANONYMOUS
                ? Outcome.SIGN_IN
                : who == Who.ECT || who == Who.ECT2 ? Outcome.ALLOWED : Outcome.NOT_FOUND;
        Function<Who, Outcome> nobody = who -> who == Who.ANONYMOUS ? Outcome.SIGN_IN : Outcome.NOT_FOUND;
        for (String route : List.of("GET /sessions/{id}/actions", "POST /sessions/{id}/actions")) {
            rule(route, new Rule(cohortEcts, demoSession), new Rule(nobody, otherSession));
        }
        rule("GET /calendar/feed", signedIn());
        rule("POST /calendar/feed", signedIn());
        rule("POST /calendar/feed/revoke", signedIn());
        // A calendar app has no session: an unknown token is 404 to everyone.
        rule(
                "GET /calendar/{token}.ics",
                new Rule(who -> Outcome.NOT_FOUND, f -> Map.of("token", "not-a-real-token-0000000000000000")));
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMapping;

    @Autowired
    UserAccounts accounts;

    @Autowired
    Cohorts cohorts;

    @Autowired
    ContentImporter importer;

    @Autowired
    FrameworkStatements framework;

    @Autowired
    TrainingSessions sessions;

    @Autowired
    AppUserDetailsService users;

    @TestFactory
    Stream<DynamicTest> everyRouteAnswersEachPersonAsTheRulesSay() throws Exception {
        Fixture fixture = fixture();
        Map<Who, MockHttpSession> sessions = new EnumMap<>(Who.class);
        for (Who who : Who.values()) {
            sessions.put(who, who.email == null ? new MockHttpSession() : SignIn.as(mvc, who.email));
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (String route : routes()) {
            List<Rule> probes = RULES.get(route);
            if (probes == null) {
                tests.add(DynamicTest.dynamicTest(route + " has a rule", () -> {
                    throw new AssertionError("No access rule for " + route + ": add one to AccessMatrixTest.RULES");
                }));
                continue;
            }
            for (Rule rule : probes) {
                for (Who who : Who.values()) {
                    tests.add(DynamicTest.dynamicTest(
                            route + " " + rule.pathVariables().apply(fixture) + " as " + who,
                            () -> assertThat(outcomeOf(route, rule, fixture, sessions.get(who)))
                                    .as(route + " as " + who)
                                    .isEqualTo(rule.outcome().apply(who))));
                }
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> everyRuleStillHasItsRoute() {
        Set<String> routes = Set.copyOf(routes());
        return RULES.keySet().stream()
                .map(rule -> DynamicTest.dynamicTest(
                        rule + " exists",
                        () -> assertThat(routes)
                                .as("a rule for a route that is gone")
                                .contains(rule)));
    }

    private List<String> routes() {
        Map<String, String> found = new TreeMap<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry :
                handlerMapping.getHandlerMethods().entrySet()) {
            if (entry.getValue().getBeanType().equals(BasicErrorController.class)) {
                continue; // Spring Boot's error rendering, reached by error dispatch, not by a link
            }
            Set<RequestMethod> methods = entry.getKey().getMethodsCondition().getMethods();
            for (String pattern : entry.getKey().getPatternValues()) {
                for (RequestMethod method : methods.isEmpty() ? EnumSet.of(RequestMethod.GET) : methods) {
                    found.put(method + " " + pattern, pattern);
                }
            }
        }
        return new ArrayList<>(found.keySet());
    }

    private Outcome outcomeOf(String route, Rule rule, Fixture fixture, MockHttpSession session) throws Exception {
        String method = route.substring(0, route.indexOf(' '));
        String path = route.substring(route.indexOf(' ') + 1);
        String query = "";
        for (Map.Entry<String, String> variable :
                rule.pathVariables().apply(fixture).entrySet()) {
            if (variable.getKey().equals("?")) {
                query = "?" + variable.getValue();
                continue;
            }
            String placeholder = variable.getKey().equals("**") ? "**" : "{" + variable.getKey() + "}";
            path = path.replace(placeholder, variable.getValue());
        }
        assertThat(path)
                .as("every path variable of " + route + " needs a value")
                .doesNotContain("{", "*");
        MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(method), path + query)
                .session(session)
                .accept("text/html,application/json;q=0.9,*/*;q=0.8");
        if (!method.equals("GET")) {
            request.with(csrf());
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        int status = response.getStatus();
        if (status == 403) {
            return Outcome.FORBIDDEN;
        }
        if (status == 404) {
            return Outcome.NOT_FOUND;
        }
        if (status == 302 && String.valueOf(response.getRedirectedUrl()).endsWith("/login")) {
            return Outcome.SIGN_IN;
        }
        assertThat(status).as(route + " answered " + status).isBetween(200, 400);
        return Outcome.ALLOWED;
    }

    /** The demo cohort's coming session, which the demo data schedules for tutor@example.com. */
    private long demoSession() {
        SignedInUser tutor = (SignedInUser) users.loadUserByUsername("tutor@example.com");
        return sessions.forTutor(tutor).upcoming().stream()
                .filter(s -> s.cohortName().equals("Demo cohort") && !s.cancelled())
                .findFirst()
                .orElseThrow()
                .id();
    }

    /** A session of the matrix cohort, whose only tutor is not one of the matrix's people. */
    private long otherSession(long cohort, String suffix) {
        Person tutor = accounts.createUser(
                "matrix-tutor-" + suffix + "@school.example",
                "Matrix Tutor",
                EnumSet.of(Role.INDUCTION_TUTOR),
                "a long enough password");
        cohorts.setTutors(cohort, List.of(tutor.id()));
        return sessions.schedule(
                (SignedInUser) users.loadUserByUsername(tutor.email()),
                uk.ectinduction.training.TrainingFixtures.SEED_MATERIALS,
                cohort,
                LocalDate.now().plusDays(5),
                java.time.LocalTime.of(16, 0),
                "Matrix room",
                null);
    }

    private Fixture fixture() throws Exception {
        String suffix = Long.toString(System.nanoTime());
        Person other = accounts.createUser(
                "matrix-" + suffix + "@school.example",
                "Matrix Person",
                EnumSet.of(Role.ECT),
                "a long enough password");
        long cohort = cohorts.create(
                "Matrix cohort " + suffix, "matrix-programme", LocalDate.of(2026, 9, 7), List.of(), List.of());
        String module = "Matrix module " + suffix;
        List<ImportRequest.SourceFile> pages = new ArrayList<>();
        for (String part : List.of("mentor-materials", "induction-tutor-materials", "ect-instructions")) {
            String markdown = "---\ntitle: \"Matrix week 1 " + part + "\"\n---\n\nWhat this page says.\n";
            pages.add(new ImportRequest.SourceFile(
                    "summer-week-1-" + part + ".md", part, markdown.getBytes(StandardCharsets.UTF_8)));
        }
        ImportReport report =
                importer.importContent(new ImportRequest(pages, "Matrix programme", module), ImportProgress.NONE);
        assertThat(report.errors()).isEmpty();
        String modulePath = report.pages().get(0).path();
        long ect = accounts.findByEmail("ect@example.com").orElseThrow().id();
        String meeting = mvc.perform(post("/mentor/mentees/" + ect + "/meetings")
                        .with(csrf())
                        .session(SignIn.as(mvc, "mentor@example.com"))
                        .param(
                                "materialsPath",
                                "/programmes/northfield-teaching-partnership/"
                                        + "year-1-routines-and-relationships/autumn-week-1-mentor-materials")
                        .param("day", "1")
                        .param("month", "9")
                        .param("year", "2031")
                        .param("time", "15:30"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(meeting).as("the fixture's meeting").matches("/mentor/meetings/\\d+");
        MockHttpSession ectSession = SignIn.as(mvc, "ect@example.com");
        LocalDate today = LocalDate.now();
        String entry = mvc.perform(post("/ect/log")
                        .with(csrf())
                        .session(ectSession)
                        .param("day", String.valueOf(today.getDayOfMonth()))
                        .param("month", String.valueOf(today.getMonthValue()))
                        .param("year", String.valueOf(today.getYear()))
                        .param("keyPoints", "Matrix entry"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(entry).as("the fixture's log entry").matches("/ect/log/\\d+");
        SeedModule.importPages(importer);
        MockHttpServletRequestBuilder sitting =
                post("/ect/audits").with(csrf()).session(ectSession).param("module", SeedModule.MODULE);
        framework.forStandard(8).stream()
                .filter(st -> st.kind() == StatementKind.LEARN_HOW_TO)
                .forEach(st -> sitting.param("ratings[" + st.code() + "]", "MOSTLY_CONFIDENT"));
        String audit = mvc.perform(sitting).andReturn().getResponse().getRedirectedUrl();
        assertThat(audit).as("the fixture's audit").matches("/ect/audits/\\d+");
        return new Fixture(
                other.id(),
                cohort,
                modulePath.substring(0, modulePath.lastIndexOf('/')).replaceFirst("^/programmes/", ""),
                ect,
                Long.parseLong(meeting.substring(meeting.lastIndexOf('/') + 1)),
                Long.parseLong(entry.substring(entry.lastIndexOf('/') + 1)),
                Long.parseLong(audit.substring(audit.lastIndexOf('/') + 1)),
                SeedModule.MODULE,
                demoSession(),
                otherSession(cohort, suffix));
    }
}
