package uk.ectinduction.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The built jar ({@code target/ect-induction.jar}) in processes of its own, as a person runs it: command-line tools
 * and the web application, each with the environment given. For the *IT classes, which run after packaging.
 */
public final class PackagedJar {

    static final Path JAR = Path.of("target", "ect-induction.jar");

    /** How a tool run ended and what it printed. */
    public record Result(int status, String stdout, String stderr) {}

    private final Map<String, String> environment;

    /** The jar run with these environment variables added to (or, when null, removed from) this process's. */
    public PackagedJar(Map<String, String> environment) {
        this.environment = environment;
    }

    private ProcessBuilder process(String... args) {
        List<String> command = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        environment.forEach((name, value) -> {
            if (value == null) {
                builder.environment().remove(name);
            } else {
                builder.environment().put(name, value);
            }
        });
        return builder;
    }

    /** Runs a command-line tool to its end. */
    public Result run(String stdin, String... args) throws Exception {
        Process process = process(args).start();
        process.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().close();
        // Read standard error beside standard output, so that a talkative tool cannot block on a full pipe.
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> {
            try {
                return new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(180, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), out, err.get(30, TimeUnit.SECONDS));
    }

    /** Starts the web application on a free port and waits until its health answers UP. */
    public WebApp start() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path log = Files.createTempFile("ect-app", ".log");
        ProcessBuilder server = process();
        server.environment().put("SERVER_PORT", Integer.toString(port));
        WebApp app = new WebApp(
                server.redirectErrorStream(true).redirectOutput(log.toFile()).start(), "http://localhost:" + port, log);
        try {
            app.waitForHealth();
        } catch (Throwable e) {
            app.close();
            throw e;
        }
        return app;
    }

    /** A running web application: its address and everything it has printed so far. */
    public static final class WebApp implements AutoCloseable {

        private final Process process;
        private final String base;
        private final Path log;

        WebApp(Process process, String base, Path log) {
            this.process = process;
            this.base = base;
            this.log = log;
        }

        public String output() {
            try {
                return Files.readString(log);
            } catch (IOException e) {
                return e.getMessage();
            }
        }

        /** Signs in through the login form in a fresh session and answers the page it lands on. */
        public HttpResponse<String> signIn(String email, String password) throws Exception {
            HttpClient http = HttpClient.newBuilder()
                    .cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NORMAL)
                    .connectTimeout(Duration.ofSeconds(5))
                    .build();
            String loginPage = http.send(
                            HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
            Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(loginPage);
            assertThat(csrf.find()).isTrue();
            String form = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
                    + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + csrf.group(1);
            return http.send(
                    HttpRequest.newBuilder(URI.create(base + "/login"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        private void waitForHealth() throws Exception {
            HttpClient http = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(5))
                    .build();
            Instant deadline = Instant.now().plusSeconds(180);
            while (Instant.now().isBefore(deadline)) {
                assertThat(process.isAlive())
                        .as(() -> "the app stopped: " + output())
                        .isTrue();
                try {
                    HttpResponse<String> health = http.send(
                            HttpRequest.newBuilder(URI.create(base + "/actuator/health"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (health.statusCode() == 200) {
                        assertThat(health.body()).isEqualTo("{\"status\":\"UP\"}");
                        return;
                    }
                } catch (IOException notYet) {
                    // still starting
                }
                Thread.sleep(250);
            }
            throw new AssertionError("no health UP within 180 s: " + output());
        }

        /** Stops the app as Ctrl-C would, so that it stops its embedded PostgreSQL too. */
        @Override
        public void close() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        }
    }
}
