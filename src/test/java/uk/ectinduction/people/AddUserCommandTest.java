package uk.ectinduction.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers;
import org.springframework.test.web.servlet.MockMvc;
import uk.ectinduction.support.Cli;
import uk.ectinduction.support.IntegrationTest;
import uk.ectinduction.system.CommandLineTools;

/**
 * Runs {@code add-user} as the jar's main method would, under the prod profile against the run's
 * PostgreSQL (the same database the web context of this class uses), then signs in through the web.
 */
@IntegrationTest
class AddUserCommandTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    static Cli.Run addUser(String stdin, String... args) {
        List<String> all = new ArrayList<>(List.of("add-user"));
        all.addAll(List.of(args));
        return Cli.prod(stdin, all.toArray(String[]::new));
    }

    long users() {
        return jdbc.sql("select count(*) from app_user").query(Long.class).single();
    }

    @Test
    void addsAnAdminWhoCanThenSignIn() throws Exception {
        Cli.Run run = addUser(
                "first admin password\n", "head@school.example", "--name", "Hana Head", "--role", "ADMIN,MENTOR");

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("added head@school.example (ADMIN,MENTOR)");
        mvc.perform(formLogin("/login").user("head@school.example").password("first admin password"))
                .andExpect(SecurityMockMvcResultMatchers.authenticated().withRoles("ADMIN", "MENTOR"));
    }

    @Test
    void badInputGivesAOneLineReasonAndChangesNothing() {
        addUser("a long enough password\n", "taken@school.example", "--name", "Taken", "--role", "ECT");
        long before = users();

        Cli.Run duplicate =
                addUser("another long password\n", "TAKEN@school.example", "--name", "Again", "--role", "ECT");
        Cli.Run unknownRole =
                addUser("a long enough password\n", "new1@school.example", "--name", "New", "--role", "HEADTEACHER");
        Cli.Run shortPassword = addUser("short\n", "new2@school.example", "--name", "New", "--role", "ECT");
        Cli.Run noName = addUser("a long enough password\n", "new3@school.example", "--role", "ECT");

        for (Cli.Run run : List.of(duplicate, unknownRole, shortPassword, noName)) {
            assertThat(run.status()).isEqualTo(CommandLineTools.FAILED);
            assertThat(run.err().strip().lines()).hasSize(1);
        }
        assertThat(duplicate.err()).contains("a user with email TAKEN@school.example already exists");
        assertThat(unknownRole.err()).contains("unknown role 'HEADTEACHER'");
        assertThat(shortPassword.err()).contains("at least 12 characters");
        assertThat(noName.err()).contains("--name is needed");
        assertThat(users()).isEqualTo(before);
    }

    @Test
    void noDatabaseIsReportedInOneLine() {
        Cli.Run run = Cli.run(
                "a long enough password\n",
                "add-user",
                "x@school.example",
                "--name",
                "X",
                "--role",
                "ECT",
                "--spring.profiles.active=prod",
                "--spring.datasource.url=jdbc:postgresql://localhost:1/none",
                "--spring.datasource.username=nobody",
                "--spring.datasource.password=nothing");

        assertThat(run.status()).isEqualTo(CommandLineTools.NO_DATABASE);
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(run.err()).startsWith("error: could not start against the database");
    }

    @Test
    void prodWithoutDatabaseSettingsSaysWhichAreMissing() {
        Cli.Run run = Cli.run(
                "a long enough password\n",
                "add-user",
                "x@school.example",
                "--name",
                "X",
                "--role",
                "ECT",
                "--spring.profiles.active=prod",
                "--spring.datasource.url=jdbc:postgresql://localhost:1/none");

        assertThat(run.status()).isEqualTo(CommandLineTools.NO_DATABASE);
        assertThat(run.err()).contains("SPRING_DATASOURCE_USERNAME, SPRING_DATASOURCE_PASSWORD");
    }
}
