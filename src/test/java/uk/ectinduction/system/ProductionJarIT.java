package uk.ectinduction.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieHandler;
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
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.ectinduction.support.TestPostgres;

/**
 * The packaged jar under the prod profile, against a fresh external database: the first admin is
 * added from the command line and signs in over HTTP, with this test playing the TLS-terminating proxy
 * in front of the app; no demo account is ever created.
 */
class ProductionJarIT {

    static final Path JAR = Path.of("target", "ect-induction.jar");

    String url;
    String username;
    String password;

    @BeforeEach
    void freshDatabase() throws Exception {
        TestPostgres.Connection server = TestPostgres.connection();
        String database =
                "prod_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        try (var connection = DriverManager.getConnection(server.jdbcUrl(), server.username(), server.password());
                var statement = connection.createStatement()) {
            statement.execute("create database " + database);
        }
        url = server.jdbcUrl().replaceFirst("/[^/?]+(\\?.*)?$", "/" + database + "$1");
        username = server.username();
        password = server.password();
    }

    ProcessBuilder jar(String... args) {
        List<String> command = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        Map<String, String> env = builder.environment();
        env.put("SPRING_PROFILES_ACTIVE", "prod");
        env.put("SPRING_DATASOURCE_URL", url);
        env.put("SPRING_DATASOURCE_USERNAME", username);
        env.put("SPRING_DATASOURCE_PASSWORD", password);
        env.put("APP_BASE_URL", "https://induction.school.example");
        return builder;
    }

    record Result(int status, String stdout, String stderr) {}

    Result run(String stdin, String... args) throws Exception {
        Process process = jar(args).start();
        process.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().close();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Result(
                process.exitValue(),
                new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
                new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
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
        Result added = run(
                "first admin password\n", "add-user", "head@school.example", "--name", "Hana Head", "--role", "ADMIN");
        assertThat(added.status()).as(added.stderr()).isZero();
        assertThat(added.stdout().strip()).isEqualTo("added head@school.example (ADMIN)");

        Result duplicate =
                run("first admin password\n", "add-user", "HEAD@school.example", "--name", "Again", "--role", "ADMIN");
        assertThat(duplicate.status()).isNotZero();
        assertThat(duplicate.stderr().strip().lines())
                .containsExactly("error: a user with email HEAD@school.example already exists");

        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path log = Files.createTempFile("ect-prod", ".log");
        ProcessBuilder server = jar();
        server.environment().put("SERVER_PORT", Integer.toString(port));
        Process app =
                server.redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            HttpClient http = HttpClient.newBuilder()
                    .cookieHandler(new SecureCookiesToo(new CookieManager()))
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(Duration.ofSeconds(5))
                    .build();
            String base = "http://localhost:" + port;
            waitForHealth(http, base, app, log);

            assertThat(count("select count(*) from app_user"))
                    .as("no demo accounts under prod")
                    .isEqualTo(1);

            HttpResponse<String> loginPage =
                    throughTls(http, base, HttpRequest.newBuilder(URI.create(base + "/login")));
            assertThat(loginPage.headers().firstValue("Strict-Transport-Security"))
                    .hasValueSatisfying(hsts -> assertThat(hsts).startsWith("max-age="));
            assertThat(loginPage.headers().allValues("Set-Cookie"))
                    .anySatisfy(
                            cookie -> assertThat(cookie).startsWith("SESSION=").contains("; Secure"));
            Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(loginPage.body());
            assertThat(csrf.find()).isTrue();
            String form = "username=head%40school.example&password="
                    + URLEncoder.encode("first admin password", StandardCharsets.UTF_8) + "&_csrf=" + csrf.group(1);
            HttpResponse<String> home = throughTls(
                    http,
                    base,
                    HttpRequest.newBuilder(URI.create(base + "/login"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form)));

            assertThat(home.uri().getPath()).isEqualTo("/admin");
            assertThat(home.body()).contains("People using the service");
        } finally {
            app.destroy();
            app.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /**
     * Sends a request as a TLS-terminating proxy would pass it on, and follows redirects as the browser
     * would: to the same path, through the proxy again.
     */
    private static HttpResponse<String> throughTls(HttpClient http, String base, HttpRequest.Builder request)
            throws Exception {
        HttpResponse<String> response =
                http.send(request.header("X-Forwarded-Proto", "https").build(), HttpResponse.BodyHandlers.ofString());
        for (int hops = 0; response.statusCode() / 100 == 3 && hops < 5; hops++) {
            URI next = URI.create(base)
                    .resolve(response.headers().firstValue("Location").orElseThrow());
            String pathAndQuery = next.getRawPath() + (next.getRawQuery() == null ? "" : "?" + next.getRawQuery());
            response = http.send(
                    HttpRequest.newBuilder(URI.create(base + pathAndQuery))
                            .header("X-Forwarded-Proto", "https")
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }
        return response;
    }

    /** The browser's side of the TLS connection: it sends Secure cookies, which this test's plain HTTP would not. */
    private static final class SecureCookiesToo extends CookieHandler {
        private final CookieManager cookies;

        SecureCookiesToo(CookieManager cookies) {
            this.cookies = cookies;
        }

        @Override
        public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) throws IOException {
            return cookies.get(asHttps(uri), requestHeaders);
        }

        @Override
        public void put(URI uri, Map<String, List<String>> responseHeaders) throws IOException {
            cookies.put(asHttps(uri), responseHeaders);
        }

        private static URI asHttps(URI uri) {
            return URI.create("https" + uri.toString().substring(uri.getScheme().length()));
        }
    }

    private static void waitForHealth(HttpClient http, String base, Process app, Path log) throws Exception {
        Instant deadline = Instant.now().plusSeconds(120);
        while (Instant.now().isBefore(deadline)) {
            assertThat(app.isAlive()).as(() -> "the app stopped: " + read(log)).isTrue();
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
        throw new AssertionError("no health UP within 120 s: " + read(log));
    }

    private static String read(Path log) {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return e.getMessage();
        }
    }
}
