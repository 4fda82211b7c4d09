package uk.ectinduction.system.internal;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL server whose data lives in a directory of ours, started from the binaries
 * that ship with the app. Used as the default database and by the tests when no Docker engine runs.
 *
 * <p>The server is owned by the JVM holding the lock file. If that JVM died without stopping it
 * (kill -9), the next start finds a postmaster with no owner and stops it before starting afresh.
 * If the owner is alive (the app is running and a command-line tool starts), the tool connects
 * to the running server instead of starting a second one on the same data.
 */
public final class LocalPostgres implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LocalPostgres.class);
    private static final String OWNER_LOCK = "ect-induction.lock";
    private static final String SUPERUSER = "postgres";

    private final EmbeddedPostgres server;
    private final int port;

    private LocalPostgres(EmbeddedPostgres server, int port) {
        this.server = server;
        this.port = port;
    }

    /** Starts (or joins) the server for {@code root}; its data lives in {@code root/postgres}. */
    public static LocalPostgres start(Path root) {
        return start(root, 0);
    }

    /**
     * Starts (or joins) the server for {@code root} on {@code port}, or on any free port when it is 0. A test that
     * restarts the database starts it again on the port it had, as a restarted server comes back on its address.
     */
    public static LocalPostgres start(Path root, int port) {
        try {
            Path dataDir = root.resolve("postgres").toAbsolutePath();
            Files.createDirectories(dataDir);
            Optional<Integer> running = portOfServerOwnedByLiveProcess(root, dataDir);
            if (running.isPresent()) {
                log.info("Using the PostgreSQL server already running on {} for {}", running.get(), dataDir);
                return new LocalPostgres(null, running.get());
            }
            EmbeddedPostgres server = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir.toFile())
                    .setOverrideWorkingDirectory(root.resolve("binaries").toFile())
                    .setCleanDataDirectory(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setRegisterShutdownHook(false) // closed by its owner (a Spring bean or a test hook)
                    .setServerConfig("max_connections", "100")
                    .setPort(port)
                    .start();
            holdOwnerLock(root);
            return new LocalPostgres(server, server.getPort());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL under " + root, e);
        }
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + database;
    }

    public String username() {
        return SUPERUSER;
    }

    public String password() {
        return "";
    }

    public int port() {
        return port;
    }

    /** Creates {@code name} unless it exists; tests use one database per run next to the default one. */
    public void createDatabaseIfMissing(String name) {
        try (var connection = java.sql.DriverManager.getConnection(jdbcUrl("postgres"), SUPERUSER, "");
                var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, name);
            if (!exists.executeQuery().next()) {
                try (var create = connection.createStatement()) {
                    create.execute("create database \"" + name.replace("\"", "") + "\"");
                }
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("Could not create database " + name, e);
        }
    }

    public void dropDatabase(String name) {
        try (var connection = java.sql.DriverManager.getConnection(jdbcUrl("postgres"), SUPERUSER, "");
                var drop = connection.createStatement()) {
            drop.execute("drop database if exists \"" + name.replace("\"", "") + "\" with (force)");
        } catch (java.sql.SQLException e) {
            log.warn("Could not drop database {}: {}", name, e.getMessage());
        }
    }

    @Override
    public void close() {
        if (server != null) {
            try {
                server.close();
            } catch (IOException e) {
                log.warn("Embedded PostgreSQL did not stop cleanly: {}", e.getMessage());
            }
        }
    }

    // The lock is held for the life of this JVM, so that another process can tell we are alive.
    private static FileLock ownerLock;

    private static synchronized void holdOwnerLock(Path root) throws IOException {
        if (ownerLock == null) {
            ownerLock = new RandomAccessFile(root.resolve(OWNER_LOCK).toFile(), "rw")
                    .getChannel()
                    .tryLock();
        }
    }

    /**
     * Returns the port of a postmaster already serving {@code dataDir} whose owning JVM is alive.
     * A postmaster whose owner has gone is stopped, so that a fresh start can take its place.
     */
    private static synchronized Optional<Integer> portOfServerOwnedByLiveProcess(Path root, Path dataDir)
            throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile);
        long pid = Long.parseLong(lines.get(0).trim());
        int port = Integer.parseInt(lines.get(3).trim());
        Optional<ProcessHandle> postmaster = ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(true));
        if (postmaster.isEmpty()) {
            return Optional.empty(); // a stale pid file: PostgreSQL itself recovers from it
        }
        if (ownerLock != null) {
            return Optional.of(port); // this JVM started it
        }
        try (var channel = new RandomAccessFile(root.resolve(OWNER_LOCK).toFile(), "rw").getChannel();
                var probe = channel.tryLock()) {
            if (probe == null) {
                return Optional.of(port); // another live process owns it
            }
            log.warn("Stopping PostgreSQL (pid {}) left running by a process that no longer exists", pid);
            stop(postmaster.get());
            return Optional.empty();
        }
    }

    private static void stop(ProcessHandle postmaster) {
        try {
            // SIGINT asks PostgreSQL for a fast shutdown; SIGKILL only if it does not come.
            new ProcessBuilder("kill", "-INT", Long.toString(postmaster.pid()))
                    .start()
                    .waitFor();
            postmaster.onExit().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            postmaster.destroyForcibly();
        }
    }
}
