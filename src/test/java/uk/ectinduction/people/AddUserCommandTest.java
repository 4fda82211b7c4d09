package uk.ectinduction.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers;
import org.springframework.test.web.servlet.MockMvc;
import uk.ectinduction.EctInductionApplication;
import uk.ectinduction.support.IntegrationTest;
import uk.ectinduction.support.TestPostgres;
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

    record Run(int status, String out, String err) {
    }

    static Run addUser(String stdin, String... args) {
        TestPostgres.Connection db = TestPostgres.connection();
        List<String> all = new ArrayList<>(List.of("add-user"));
        all.addAll(List.of(args));
        all.addAll(List.of("--spring.profiles.active=prod", "--spring.datasource.url=" + db.jdbcUrl(),
                "--spring.datasource.username=" + db.username(), "--spring.datasource.password=" + db.password()));
        return run(stdin, all.toArray(String[]::new));
    }

    static Run run(String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = CommandLineTools.run(EctInductionApplication.class, args,
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    long users() {
        return jdbc.sql("select count(*) from app_user").query(Long.class).single();
    }

    @Test
    void addsAnAdminWhoCanThenSignIn() throws Exception {
        Run run = addUser("first admin password\n", "head@school.example", "--name", "Hana Head",
                "--role", "ADMIN,MENTOR");

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("added head@school.example (ADMIN,MENTOR)");
        mvc.perform(formLogin("/login").user("head@school.example").password("first admin password"))
                .andExpect(SecurityMockMvcResultMatchers.authenticated().withRoles("ADMIN", "MENTOR"));
    }

    @Test
    void badInputGivesAOneLineReasonAndChangesNothing() {
        addUser("a long enough password\n", "taken@school.example", "--name", "Taken", "--role", "ECT");
        long before = users();

        Run duplicate = addUser("another long password\n", "TAKEN@school.example", "--name", "Again",
                "--role", "ECT");
        Run unknownRole = addUser("a long enough password\n", "new1@school.example", "--name", "New",
                "--role", "HEADTEACHER");
        Run shortPassword = addUser("short\n", "new2@school.example", "--name", "New", "--role", "ECT");
        Run noName = addUser("a long enough password\n", "new3@school.example", "--role", "ECT");

        for (Run run : List.of(duplicate, unknownRole, shortPassword, noName)) {
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
        Run run = run("a long enough password\n", "add-user", "x@school.example", "--name", "X", "--role", "ECT",
                "--spring.profiles.active=prod", "--spring.datasource.url=jdbc:postgresql://localhost:1/none",
                "--spring.datasource.username=nobody", "--spring.datasource.password=nothing");

        assertThat(run.status()).isEqualTo(CommandLineTools.NO_DATABASE);
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(run.err()).startsWith("error: could not start against the database");
    }

    @Test
    void prodWithoutDatabaseSettingsSaysWhichAreMissing() {
        Run run = run("a long enough password\n", "add-user", "x@school.example", "--name", "X", "--role", "ECT",
                "--spring.profiles.active=prod", "--spring.datasource.url=jdbc:postgresql://localhost:1/none");

        assertThat(run.status()).isEqualTo(CommandLineTools.NO_DATABASE);
        assertThat(run.err()).contains("SPRING_DATASOURCE_USERNAME, SPRING_DATASOURCE_PASSWORD");
    }
}
