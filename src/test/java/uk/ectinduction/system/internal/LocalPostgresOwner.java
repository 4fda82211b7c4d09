package uk.ectinduction.system.internal;

import java.nio.file.Path;

/** A separate JVM that starts the embedded PostgreSQL and then waits to be killed, for {@link LocalPostgresTest}. */
public final class LocalPostgresOwner {

    private LocalPostgresOwner() {}

    public static void main(String[] args) throws Exception {
        LocalPostgres postgres = LocalPostgres.start(Path.of(args[0]));
        postgres.createDatabaseIfMissing("kept");
        Runtime.getRuntime().addShutdownHook(new Thread(postgres::close)); // a polite stop; kill -9 skips it
        System.out.println("ready " + postgres.port());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
