package uk.ectinduction.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.FileSystemUtils;
import uk.ectinduction.people.Person;
import uk.ectinduction.people.Role;
import uk.ectinduction.people.UserAccounts;
import uk.ectinduction.support.AppNode;
import uk.ectinduction.support.Visitor;
import uk.ectinduction.system.internal.LocalPostgres;

/**
 * PostgreSQL restarts while people save learning-log entries from several browsers at once. Nothing acknowledged is
 * lost, nothing fails silently, pages answer quickly during the outage, and the app carries on afterwards without a
 * restart of its own. The app here has a PostgreSQL of its own, so stopping it disturbs no other test.
 */
class DatabaseRestartTest {

    static final String PASSWORD = "saving through a restart";
    static final String DATABASE = "ect_restart";
    static final int WRITERS = 4;
    /**
     * A generous bound, not a benchmark: a save in the outage waits at most twice for a connection (its own work,
     * then storing the session), 1.5 s each, on a machine shared with other builds. Without the pool's bounds a
     * request would wait 30 s for each, and threads would pile up behind it.
     */
    static final Duration QUICK = Duration.ofSeconds(8);

    /** One save as its writer saw it. */
    record Save(String keyPoints, int status, String body, Duration took) {
        boolean acknowledged() {
            return status == 302;
        }

        @Override
        public String toString() {
            return keyPoints + ": " + status + " in " + took.toMillis() + " ms";
        }
    }

    @Test
    void everyAcknowledgedSaveSurvivesARestartAndEveryOtherOneWasToldItFailed() throws Exception {
        // Its binaries are kept between runs (unpacking them is slow); its data starts afresh.
        Path root = Path.of("target", "restart-postgres");
        FileSystemUtils.deleteRecursively(root.resolve("postgres"));
        LocalPostgres postgres = LocalPostgres.start(root);
        int port = postgres.port();
        postgres.createDatabaseIfMissing(DATABASE);
        try (AppNode app = AppNode.start(connection(postgres))) {
            String base = app.base();
            List<Person> ects = new ArrayList<>();
            List<Visitor> browsers = new ArrayList<>();
            List<String> tokens = new ArrayList<>();
            for (int i = 0; i < WRITERS; i++) {
                Person ect = app.bean(UserAccounts.class)
                        .createUser("writer" + i + "@school.example", "Writer " + i, EnumSet.of(Role.ECT), PASSWORD);
                Visitor browser = new Visitor().signIn(base, ect.email(), PASSWORD);
                ects.add(ect);
                browsers.add(browser);
                tokens.add(browser.csrf(base, "/ect/log/new"));
            }

            ConcurrentLinkedQueue<Save> saves = new ConcurrentLinkedQueue<>();
            AtomicBoolean writing = new AtomicBoolean(true);
            ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < WRITERS; i++) {
                int writer = i;
                running.add(writers.submit(() -> {
                    for (int n = 0; writing.get(); n++) {
                        saves.add(save(browsers.get(writer), base, tokens.get(writer), "writer " + writer + " #" + n));
                        Thread.sleep(25);
                    }
                    return null;
                }));
            }

            Thread.sleep(1500);
            postgres.close();
            Thread.sleep(3000); // the outage, with the writers still saving
            int savesBeforeRestart = saves.size();
            postgres = LocalPostgres.start(root, port);
            Thread.sleep(3000);
            writing.set(false);
            for (Future<?> writer : running) {
                writer.get(60, TimeUnit.SECONDS);
            }
            writers.shutdown();

            List<Save> all = new ArrayList<>(saves);
            assertThat(all).allSatisfy(save -> {
                assertThat(save.took()).as("answered quickly: %s", save).isLessThan(QUICK);
                if (!save.acknowledged()) {
                    assertThat(save.status()).as("%s", save).isEqualTo(503);
                    assertThat(save.body()).contains("Sorry, the service is unavailable");
                }
            });
            assertThat(all).as("the outage was seen").anyMatch(save -> save.status() == 503);
            assertThat(all.subList(savesBeforeRestart, all.size()))
                    .as("saves succeed again after the restart")
                    .anyMatch(Save::acknowledged);
            // And the app carries on: a save now is acknowledged at the first try.
            assertThat(save(browsers.get(0), base, tokens.get(0), "after the restart")
                            .acknowledged())
                    .isTrue();

            Set<String> stored = new HashSet<>(JdbcClient.create(dataSource(postgres))
                    .sql("select key_points from learning_log_entry")
                    .query(String.class)
                    .list());
            Set<String> acknowledged = new HashSet<>();
            Set<String> refused = new HashSet<>();
            all.forEach(save -> (save.acknowledged() ? acknowledged : refused).add(save.keyPoints()));
            assertThat(stored).as("every acknowledged save is kept").containsAll(acknowledged);
            assertThat(stored)
                    .as("nothing else was stored")
                    .isSubsetOf(union(acknowledged, refused, "after the restart"));
        } finally {
            postgres.close();
        }
    }

    private static Save save(Visitor browser, String base, String csrf, String keyPoints) throws Exception {
        LocalDate today = LocalDate.now();
        long started = System.nanoTime();
        HttpResponse<String> response = browser.post(
                base,
                "/ect/log",
                csrf,
                Map.of(
                        "day", Integer.toString(today.getDayOfMonth()),
                        "month", Integer.toString(today.getMonthValue()),
                        "year", Integer.toString(today.getYear()),
                        "keyPoints", keyPoints));
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        if (response.statusCode() == 302) {
            assertThat(response.headers().firstValue("Location"))
                    .hasValueSatisfying(l -> assertThat(l).matches(".*/ect/log/\\d+"));
        }
        return new Save(keyPoints, response.statusCode(), response.body(), took);
    }

    private static Set<String> union(Set<String> a, Set<String> b, String also) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        all.add(also);
        return all;
    }

    private static JdbcConnectionDetails connection(LocalPostgres postgres) {
        return new JdbcConnectionDetails() {
            @Override
            public String getUsername() {
                return postgres.username();
            }

            @Override
            public String getPassword() {
                return postgres.password();
            }

            @Override
            public String getJdbcUrl() {
                return postgres.jdbcUrl(DATABASE);
            }
        };
    }

    private static javax.sql.DataSource dataSource(LocalPostgres postgres) {
        var dataSource = new org.springframework.jdbc.datasource.DriverManagerDataSource(
                postgres.jdbcUrl(DATABASE), postgres.username(), postgres.password());
        return dataSource;
    }
}
