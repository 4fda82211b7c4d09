import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The load benchmarks' generator for what wrk cannot do: many signed-in people at once, each saving their own
 * meeting with the version the last save returned, as the meeting page's autosave does. Closed loop: each virtual
 * person sends their next request as soon as the last one answers. Run with the JDK alone (no build):
 *
 *   java bench/LoadGen.java BASE USERS MODE PEOPLE SECONDS
 *
 * USERS has a line "email meeting-id" per person (the meeting theirs to change); every password is $BENCH_PASSWORD.
 * MODE "save": each person saves notes on activity 3 of their meeting, again and again.
 * MODE "mix": each person goes round their dashboard, the meeting's materials page, the meeting's activity page,
 *             /framework, a static file, and a save: five reads to one write.
 * Prints one line per kind of request: count, req/s, p50, p99 (ms), server errors (5xx) and
 * other failures (no answer, or any answer but 200: a redirect means a lost session, 409 a stale version).
 */
public class LoadGen {

    static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    static final Pattern FORM_VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");
    static final Pattern SAVED_VERSION = Pattern.compile("\"version\"\\s*:\\s*(\\d+)");
    static final Pattern MATERIALS = Pattern.compile("href=\"(/programmes/[^\"]+-mentor-materials)\"");
    static final Pattern STATIC = Pattern.compile("src=\"(/js/app[^\"]*\\.js)\"");

    static final String FORM = "application/x-www-form-urlencoded";
    static String base;
    static final String PASSWORD = System.getenv().getOrDefault("BENCH_PASSWORD", "bench-password-123");
    static final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    static final Map<String, List<Long>> latencies = new ConcurrentHashMap<>();
    static final Map<String, int[]> failures = new ConcurrentHashMap<>(); // [5xx, other]

    public static void main(String[] args) {
        try {
            run(args);
            System.exit(0);
        } catch (Exception e) {
            e.printStackTrace(); // and exit, though threads of the pools are still waiting
            System.exit(1);
        }
    }

    static void run(String[] args) throws Exception {
        base = args[0];
        List<String> lines = Files.readAllLines(Path.of(args[1]));
        String mode = args[2];
        int people = Integer.parseInt(args[3]);
        long seconds = Long.parseLong(args[4]);
        if (lines.size() < people) {
            throw new IllegalArgumentException(people + " people wanted, " + lines.size() + " in " + args[1]);
        }
        ExecutorService signIn = Executors.newFixedThreadPool(4);
        List<Future<Person>> signingIn = new ArrayList<>();
        for (String line : lines.subList(0, people)) {
            String[] parts = line.trim().split("\\s+");
            signingIn.add(signIn.submit(() -> Person.signIn(parts[0], Long.parseLong(parts[1]))));
        }
        List<Person> signedIn = new ArrayList<>();
        for (Future<Person> person : signingIn) {
            signedIn.add(person.get());
        }
        signIn.shutdown();

        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        ExecutorService workers = Executors.newFixedThreadPool(people);
        long start = System.nanoTime();
        List<Future<?>> running = new ArrayList<>();
        for (Person person : signedIn) {
            running.add(workers.submit(() -> {
                int step = 0;
                while (System.nanoTime() < end) {
                    person.act(mode.equals("save") ? 5 : step++ % 6);
                }
                return null;
            }));
        }
        for (Future<?> worker : running) {
            worker.get();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        workers.shutdown();
        report(elapsed);
    }

    static void report(double elapsed) {
        System.out.printf("%-10s %8s %9s %9s %9s %6s %6s%n", "request", "count", "req/s", "p50 ms", "p99 ms", "5xx", "other");
        for (var entry : new TreeMap<>(latencies).entrySet()) {
            List<Long> sorted = new ArrayList<>(entry.getValue());
            Collections.sort(sorted);
            int[] failed = failures.getOrDefault(entry.getKey(), new int[2]);
            System.out.printf(
                    "%-10s %8d %9.1f %9.1f %9.1f %6d %6d%n",
                    entry.getKey(),
                    sorted.size(),
                    sorted.size() / elapsed,
                    percentile(sorted, 0.50),
                    percentile(sorted, 0.99),
                    failed[0],
                    failed[1]);
        }
    }

    static double percentile(List<Long> sorted, double p) {
        return sorted.isEmpty() ? 0 : sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(p * sorted.size()) - 1)) / 1e6;
    }

    /** One signed-in mentor with their session, their meeting and the version their next save must name. */
    static final class Person {
        final long meeting;
        String cookie;
        String csrf;
        long version;
        String materials;
        String staticFile;

        Person(long meeting) {
            this.meeting = meeting;
        }

        static Person signIn(String email, long meeting) throws Exception {
            Person person = new Person(meeting);
            HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(), body());
            person.takeCookie(login);
            String token = find(CSRF, login.body(), "sign-in form's CSRF token");
            HttpResponse<String> signedIn = http.send(
                    person.request("/login").header("Content-Type", FORM).POST(form("username", email, "password", PASSWORD, "_csrf", token)).build(),
                    body());
            person.takeCookie(signedIn);
            if (signedIn.statusCode() != 302 || signedIn.headers().firstValue("Location").orElse("").contains("error")) {
                throw new IllegalStateException(email + " could not sign in");
            }
            String activity = http.send(person.request(person.activityPath()).build(), body()).body();
            person.csrf = find(CSRF, activity, "activity form's CSRF token");
            person.version = Long.parseLong(find(FORM_VERSION, activity, "meeting version"));
            String dashboard = http.send(person.request("/mentor").build(), body()).body();
            person.materials = find(MATERIALS, dashboard, "this week's mentor materials");
            person.staticFile = find(STATIC, dashboard, "script");
            return person;
        }

        void act(int step) {
            switch (step) {
                case 0 -> get("dashboard", "/mentor");
                case 1 -> get("week page", materials);
                case 2 -> get("activity", activityPath());
                case 3 -> get("framework", "/framework");
                case 4 -> get("static", staticFile);
                default -> save();
            }
        }

        String activityPath() {
            return "/mentor/meetings/" + meeting + "/activity/3";
        }

        void get(String label, String path) {
            timed(label, request(path).build());
        }

        void save() {
            HttpResponse<String> saved = timed(
                    "save",
                    request(activityPath())
                            .header("X-Autosave", "true")
                            .header("Accept", "application/json")
                            .header("Content-Type", FORM)
                            .POST(form("_csrf", csrf, "version", Long.toString(version), "notes", "Notes at " + System.nanoTime()))
                            .build());
            if (saved != null && saved.statusCode() == 200) {
                version = Long.parseLong(find(SAVED_VERSION, saved.body(), "saved version"));
            }
        }

        HttpResponse<String> timed(String label, HttpRequest request) {
            long start = System.nanoTime();
            HttpResponse<String> response = null;
            try {
                response = http.send(request, body());
            } catch (Exception e) {
                // a refused or broken connection counts as a failure of its own kind
            }
            long took = System.nanoTime() - start;
            latencies.computeIfAbsent(label, k -> Collections.synchronizedList(new ArrayList<>())).add(took);
            int status = response == null ? 0 : response.statusCode();
            if (status != 200) { // a redirect here means the session was lost; 409 a save with a stale version
                int[] failed = failures.computeIfAbsent(label, k -> new int[2]);
                synchronized (failed) {
                    failed[status >= 500 ? 0 : 1]++;
                }
            }
            return response;
        }

        HttpRequest.Builder request(String path) {
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
            return cookie == null ? builder : builder.header("Cookie", cookie);
        }

        void takeCookie(HttpResponse<?> response) {
            response.headers().allValues("Set-Cookie").stream()
                    .filter(c -> c.startsWith("JSESSIONID=") || c.startsWith("SESSION="))
                    .findFirst()
                    .ifPresent(c -> cookie = c.substring(0, c.indexOf(';')));
        }
    }

    static HttpResponse.BodyHandler<String> body() {
        return HttpResponse.BodyHandlers.ofString();
    }

    static HttpRequest.BodyPublisher form(String... pairs) {
        StringBuilder form = new StringBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            form.append(i == 0 ? "" : "&")
                    .append(URLEncoder.encode(pairs[i], StandardCharsets.UTF_8))
                    .append('=')
                    .append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
        }
        return HttpRequest.BodyPublishers.ofString(form.toString());
    }

    static String find(Pattern pattern, String text, String what) {
        Matcher matcher = pattern.matcher(text);
        if (!matcher.find()) {
            throw new IllegalStateException("no " + what + " found");
        }
        return matcher.group(1);
    }
}
