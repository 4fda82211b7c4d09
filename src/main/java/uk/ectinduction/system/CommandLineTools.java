package uk.ectinduction.system;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Runs a {@link ConsoleCommand} instead of the web application when the first argument is a word
 * rather than an option. Spring settings may still be passed as {@code --key.name=value}.
 */
public final class CommandLineTools {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;
    public static final int NO_DATABASE = 3;

    private CommandLineTools() {}

    public static boolean isCommand(String[] args) {
        return args.length > 0 && !args[0].startsWith("-");
    }

    /** Starts the application without a web server, runs the named command and returns the exit status. */
    public static int run(Class<?> application, String[] args, InputStream in, PrintStream out, PrintStream err) {
        List<String> springArgs = new ArrayList<>();
        List<String> commandArgs = new ArrayList<>();
        for (String arg : Arrays.copyOfRange(args, 1, args.length)) {
            (isSpringSetting(arg) ? springArgs : commandArgs).add(arg);
        }
        // Quiet from the first moment: a tool's output is its one line, not the framework's start-up log.
        LoggingSystem.get(application.getClassLoader()).setLogLevel(LoggingSystem.ROOT_LOGGER_NAME, LogLevel.OFF);
        SpringApplication app = new SpringApplication(application);
        app.setWebApplicationType(WebApplicationType.NONE);
        app.setBannerMode(org.springframework.boot.Banner.Mode.OFF);
        app.setLogStartupInfo(false);
        // No web application type, so none of the demo beans (accounts, content, cohort) exists in a tool run.
        app.setDefaultProperties(Map.of("logging.level.root", "OFF"));
        ConfigurableApplicationContext context;
        try {
            context = app.run(springArgs.toArray(String[]::new));
        } catch (RuntimeException e) {
            err.println("error: could not start against the database: " + rootMessage(e));
            return NO_DATABASE;
        }
        try (context) {
            Map<String, ConsoleCommand> commands = context.getBeansOfType(ConsoleCommand.class).values().stream()
                    .collect(Collectors.toMap(ConsoleCommand::name, c -> c));
            ConsoleCommand command = commands.get(args[0]);
            if (command == null) {
                err.println("error: unknown command '" + args[0] + "'; commands are: "
                        + commands.values().stream()
                                .map(ConsoleCommand::usage)
                                .sorted()
                                .collect(Collectors.joining(" | ")));
                return USAGE;
            }
            BufferedReader stdin = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return command.run(commandArgs, stdin, out, err);
        } catch (ConsoleCommand.CommandFailure e) {
            err.println("error: " + e.getMessage());
            return FAILED;
        } catch (RuntimeException e) {
            err.println("error: " + rootMessage(e));
            return FAILED;
        }
    }

    private static boolean isSpringSetting(String arg) {
        int equals = arg.indexOf('=');
        return arg.startsWith("--") && equals > 0 && arg.substring(2, equals).contains(".");
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.lines().findFirst().orElse(message);
    }
}
