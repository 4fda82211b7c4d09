package uk.ectinduction.support;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import uk.ectinduction.EctInductionApplication;
import uk.ectinduction.system.CommandLineTools;

/** Runs the jar's command line in this JVM, under the prod profile, against this run's PostgreSQL. */
public final class Cli {

    /** What a command printed and how it ended. */
    public record Run(int status, String out, String err) {}

    private Cli() {}

    public static Run prod(String stdin, String... args) {
        TestPostgres.Connection db = TestPostgres.connection();
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of(
                "--spring.profiles.active=prod",
                "--spring.datasource.url=" + db.jdbcUrl(),
                "--spring.datasource.username=" + db.username(),
                "--spring.datasource.password=" + db.password()));
        return run(stdin, all.toArray(String[]::new));
    }

    public static Run run(String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = CommandLineTools.run(
                EctInductionApplication.class,
                args,
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
