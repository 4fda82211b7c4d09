package uk.ectinduction.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.ectinduction.people.Person;
import uk.ectinduction.people.Role;
import uk.ectinduction.people.UserAccounts;
import uk.ectinduction.support.AppNode;
import uk.ectinduction.support.IntegrationTest;
import uk.ectinduction.support.SignIn;
import uk.ectinduction.support.Visitor;

/**
 * Two app nodes on one database, as behind a load balancer that is not sticky: this test's own application is one,
 * {@link AppNode} starts the other. A person signed in on one carries on on the other, and an admin's change on one
 * ends their session on both.
 */
@IntegrationTest
class TwoNodesTest {

    static final String PASSWORD = "two nodes, one database";

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void signedInOnOneNodeCarriesOnOnTheOtherAndIsSignedOutOnBothWhenDisabled() throws Exception {
        Person ect = accounts.createUser(
                "two-nodes-" + System.nanoTime() + "@school.example", "Tomos Twonode", EnumSet.of(Role.ECT), PASSWORD);
        String a = "http://localhost:" + port;
        try (AppNode other = AppNode.start()) {
            String b = other.base();
            Visitor person = new Visitor().signIn(a, ect.email(), PASSWORD);

            HttpResponse<String> home = person.get(b, "/ect");
            assertThat(home.statusCode()).isEqualTo(200);
            assertThat(home.body()).contains("Tomos Twonode");

            // The form from one node, posted to the other: the CSRF token is in the shared session.
            String csrf = person.csrf(a, "/ect/log/new");
            LocalDate today = LocalDate.now();
            HttpResponse<String> saved = person.post(
                    b,
                    "/ect/log",
                    csrf,
                    Map.of(
                            "day", Integer.toString(today.getDayOfMonth()),
                            "month", Integer.toString(today.getMonthValue()),
                            "year", Integer.toString(today.getYear()),
                            "keyPoints", "Written through the second node"));
            assertThat(saved.statusCode()).isEqualTo(302);
            assertThat(saved.headers().firstValue("Location"))
                    .hasValueSatisfying(l -> assertThat(l).matches(".*/ect/log/\\d+"));
            assertThat(jdbc.sql("select count(*) from learning_log_entry where ect_id = ? and key_points = ?")
                            .params(ect.id(), "Written through the second node")
                            .query(Integer.class)
                            .single())
                    .isEqualTo(1);

            Visitor admin = new Visitor().signIn(b, "admin@example.com", SignIn.DEMO_PASSWORD);
            HttpResponse<String> disabled = admin.post(
                    b, "/admin/users/" + ect.id() + "/disable", admin.csrf(a, "/admin/users/" + ect.id()), Map.of());
            assertThat(disabled.statusCode()).isEqualTo(302);

            for (String node : new String[] {a, b}) {
                HttpResponse<String> after = person.get(node, "/ect");
                assertThat(after.statusCode()).as(node).isEqualTo(302);
                assertThat(after.headers().firstValue("Location"))
                        .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
            }
        }
    }
}
