package uk.ectinduction.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.DriverManager;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.ectinduction.support.PackagedJar;
import uk.ectinduction.support.TestPostgres;

/**
 * The packaged jar under the prod profile, against a fresh external database: the first admin is
 * added from the command line and signs in over HTTP; no demo account is ever created.
 */
class ProductionJarIT {

    String url;
    String username;
    String password;
    PackagedJar jar;

    @BeforeEach
    void freshDatabase() throws Exception {
        TestPostgres.Connection server = TestPostgres.connection();
        String database = "prod_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        try (var connection = DriverManager.getConnection(server.jdbcUrl(), server.username(), server.password());
                var statement = connection.createStatement()) {
            statement.execute("create database " + database);
        }
        url = server.jdbcUrl().replaceFirst("/[^/?]+(\\?.*)?$", "/" + database + "$1");
        username = server.username();
        password = server.password();
        jar = new PackagedJar(Map.of("SPRING_PROFILES_ACTIVE", "prod", "SPRING_DATASOURCE_URL", url,
                "SPRING_DATASOURCE_USERNAME", username, "SPRING_DATASOURCE_PASSWORD", password));
    }

    long count(String sql) throws Exception {
        try (var connection = DriverManager.getConnection(url, username, password);
                var result = connection.createStatement().executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    @Test
    void firstAdminIsAddedOnTheCommandLineAndSignsIn() throws Exception {
        PackagedJar.Result added = jar.run("first admin password\n", "add-user", "head@school.example", "--name",
                "Hana Head", "--role", "ADMIN");
        assertThat(added.status()).as(added.stderr()).isZero();
        assertThat(added.stdout().strip()).isEqualTo("added head@school.example (ADMIN)");

        PackagedJar.Result duplicate = jar.run("first admin password\n", "add-user", "HEAD@school.example", "--name",
                "Again", "--role", "ADMIN");
        assertThat(duplicate.status()).isNotZero();
        assertThat(duplicate.stderr().strip().lines()).containsExactly(
                "error: a user with email HEAD@school.example already exists");

        try (PackagedJar.WebApp app = jar.start()) {
            assertThat(count("select count(*) from app_user")).as("no demo accounts under prod").isEqualTo(1);

            HttpResponse<String> home = app.signIn("head@school.example", "first admin password");

            assertThat(home.uri().getPath()).isEqualTo("/admin");
            assertThat(home.body()).contains("People using the service");
        }
    }
}
