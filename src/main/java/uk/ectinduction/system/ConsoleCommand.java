package uk.ectinduction.system;

import java.io.BufferedReader;
import java.io.PrintStream;
import java.util.List;

/**
 * A command-line tool run against the profile's database without the web server:
 * {@code java -jar ect-induction.jar NAME ARGS...}. Modules contribute commands as beans.
 */
public interface ConsoleCommand {

    /** The first word on the command line, e.g. {@code add-user}. */
    String name();

    /** One line showing the arguments, for the usage message. */
    String usage();

    /**
     * Runs the command. Failures are reported by throwing {@link CommandFailure} with a one-line reason.
     */
    void run(List<String> args, BufferedReader stdin, PrintStream out);

    /**
     * Runs the command with standard error too, for commands that report several problems (one per line)
     * before failing, and returns the exit status. By default, {@link #run(List, BufferedReader, PrintStream)}.
     */
    default int run(List<String> args, BufferedReader stdin, PrintStream out, PrintStream err) {
        run(args, stdin, out);
        return CommandLineTools.OK;
    }

    /** A reason a command did not complete, printed as one line; the process exits non-zero. */
    final class CommandFailure extends RuntimeException {
        public CommandFailure(String reason) {
            super(reason);
        }
    }
}
