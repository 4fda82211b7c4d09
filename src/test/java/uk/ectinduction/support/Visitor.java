package uk.ectinduction.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;

/**
 * A person at a browser, over real HTTP: one cookie jar, whichever app node each request goes to (the nodes all
 * answer on localhost, so they share its cookies, as nodes behind one load balancer share its address). Redirects
 * are not followed, so that a test sees each answer.
 */
public final class Visitor {

    private final HttpClient client = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    public HttpResponse<String> get(String base, String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    /** The CSRF token of a page's form. */
    public String csrf(String base, String page) throws IOException, InterruptedException {
        HttpResponse<String> response = get(base, page);
        assertThat(response.statusCode()).as("GET " + page).isEqualTo(200);
        return Jsoup.parse(response.body()).select("input[name=_csrf]").attr("value");
    }

    /** Posts a form (its fields in order) with the CSRF token given. */
    public HttpResponse<String> post(String base, String path, String csrf, Map<String, String> fields)
            throws IOException, InterruptedException {
        Map<String, String> form = new LinkedHashMap<>(fields);
        form.put("_csrf", csrf);
        String body = form.entrySet().stream()
                .map(f -> f.getKey() + "=" + URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Signs in through the sign-in form of the node at {@code base}. */
    public Visitor signIn(String base, String email, String password) throws IOException, InterruptedException {
        HttpResponse<String> signedIn =
                post(base, "/login", csrf(base, "/login"), Map.of("username", email, "password", password));
        assertThat(signedIn.headers().firstValue("Location"))
                .as("signed in as " + email)
                .hasValueSatisfying(home -> assertThat(home).endsWith("/"));
        return this;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return client.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
