package uk.ectinduction.system.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded default survives what people do to it: a running copy, or a JVM killed with kill -9. */
class LocalPostgresTest {

    @TempDir
    Path dataDir;

    Process startOwner() throws Exception {
        Process owner = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        LocalPostgresOwner.class.getName(),
                        dataDir.toString())
                .redirectErrorStream(true)
                .start();
        BufferedReader output =
                new BufferedReader(new InputStreamReader(owner.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = output.readLine()) != null && !line.startsWith("ready ")) {
            // start-up log lines
        }
        assertThat(line).as("the owner JVM should report its server ready").startsWith("ready ");
        return owner;
    }

    boolean databaseExists(LocalPostgres postgres, String name) throws Exception {
        try (var connection = DriverManager.getConnection(postgres.jdbcUrl("postgres"), postgres.username(), "");
                var query = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            query.setString(1, name);
            return query.executeQuery().next();
        }
    }

    @Test
    void aServerLeftBehindByAKilledJvmIsStoppedAndItsDataKept() throws Exception {
        Process owner = startOwner();
        owner.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

        try (LocalPostgres postgres = LocalPostgres.start(dataDir)) {
            assertThat(databaseExists(postgres, "kept")).isTrue();
        }
    }

    @Test
    void aSecondProcessJoinsTheServerOfARunningOne() throws Exception {
        Process owner = startOwner();
        try (LocalPostgres joined = LocalPostgres.start(dataDir)) {
            assertThat(databaseExists(joined, "kept")).isTrue();
        } finally {
            owner.destroy();
            owner.waitFor(30, TimeUnit.SECONDS);
        }
    }
}
