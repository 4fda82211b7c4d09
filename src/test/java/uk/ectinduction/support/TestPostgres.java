package uk.ectinduction.support;

import java.nio.file.Path;
import java.util.UUID;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;
import uk.ectinduction.system.internal.LocalPostgres;

/**
 * The one PostgreSQL of a test run: a Testcontainers container when a Docker engine answers,
 * otherwise the app's own embedded PostgreSQL under {@code target/test-postgres}. Started once
 * per JVM and shared by every test context, so the suite pays for one server, not one per class.
 */
public final class TestPostgres {

    private static Boolean docker;
    private static PostgreSQLContainer container;
    private static Connection embedded;

    /** How to reach the embedded server's database for this run. */
    public record Connection(String jdbcUrl, String username, String password) {}

    private TestPostgres() {}

    public static synchronized boolean dockerAvailable() {
        if (docker == null) {
            boolean answered;
            // Ask Docker only where one could be: asking where none is logs a page of errors.
            if (System.getenv("DOCKER_HOST") == null && !java.nio.file.Files.exists(Path.of("/var/run/docker.sock"))) {
                answered = false;
            } else
                try {
                    answered = DockerClientFactory.instance().isDockerAvailable();
                } catch (RuntimeException | LinkageError e) {
                    answered = false;
                }
            docker = answered;
        }
        return docker;
    }

    public static synchronized PostgreSQLContainer container() {
        if (container == null) {
            container = new PostgreSQLContainer("postgres:17-alpine");
            container.start();
        }
        return container;
    }

    public static synchronized Connection embedded() {
        if (embedded == null) {
            LocalPostgres server = LocalPostgres.start(Path.of("target", "test-postgres"));
            // A fresh database per run, so nothing left by an earlier run can make a test pass.
            String database =
                    "ect_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            server.createDatabaseIfMissing(database);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                server.dropDatabase(database);
                server.close();
            }));
            embedded = new Connection(server.jdbcUrl(database), server.username(), server.password());
        }
        return embedded;
    }

    /** The connection for code outside Spring (command-line tests): whichever server this run uses. */
    public static Connection connection() {
        if (dockerAvailable()) {
            PostgreSQLContainer c = container();
            return new Connection(c.getJdbcUrl(), c.getUsername(), c.getPassword());
        }
        return embedded();
    }
}
