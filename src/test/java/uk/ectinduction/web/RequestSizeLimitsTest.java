package uk.ectinduction.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.session.SessionRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import uk.ectinduction.support.IntegrationTest;
import uk.ectinduction.support.SessionCookieJar;
import uk.ectinduction.support.SignIn;

/**
 * Bodies over 2 MB are refused on every route but an admin's import, before they are parsed. Most cases go
 * through the running Tomcat over HTTP: MockMvc neither parses multipart bodies nor streams them.
 */
@IntegrationTest
class RequestSizeLimitsTest {

    static final int THREE_MB = 3 * 1024 * 1024;

    @Autowired
    MockMvc mvc;

    @Autowired
    SessionRepository<?> sessions;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    /** A browser of the running app over HTTP, keeping its cookies. */
    final class Browser {
        final HttpClient client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();

        URI uri(String path) {
            return URI.create("http://localhost:" + port + path);
        }

        String csrf(String page) throws Exception {
            String html = client.send(HttpRequest.newBuilder(uri(page)).build(), HttpResponse.BodyHandlers.ofString())
                    .body();
            return Jsoup.parse(html).select("input[name=_csrf]").attr("value");
        }

        Browser signIn(String email) throws Exception {
            String form = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
                    + SignIn.DEMO_PASSWORD + "&_csrf=" + csrf("/login");
            HttpResponse<String> signedIn = send(HttpRequest.newBuilder(uri("/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)));
            assertThat(signedIn.headers().firstValue("Location"))
                    .hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
            return this;
        }

        HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> postFile(String path, String csrf, String fileName, byte[] file) throws Exception {
            String boundary = "----limits" + System.nanoTime();
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf
                            + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\""
                            + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.write(file);
            body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return send(HttpRequest.newBuilder(uri(path))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
        }
    }

    static byte[] threeMegabytes() {
        byte[] bytes = new byte[THREE_MB];
        Arrays.fill(bytes, (byte) 'a');
        return bytes;
    }

    long throttleRows() {
        return jdbc.sql("select count(*) from sign_in_throttle")
                .query(Long.class)
                .single();
    }

    @Test
    void aThreeMegabytePostToLoginIsRefusedBeforeItIsParsed() throws Exception {
        long before = throttleRows();
        byte[] form = ("username=admin%40example.com&password=wrong&padding="
                        + new String(threeMegabytes(), StandardCharsets.US_ASCII))
                .getBytes(StandardCharsets.US_ASCII);
        MvcResult result = mvc.perform(post("/login")
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .content(form)
                        .with(csrf()))
                .andReturn();

        MockHttpServletResponse response = result.getResponse();
        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getContentAsString()).contains("smaller than 2 MB");
        // The sign-in filter never read the form: no failure was counted, nothing was kept for the form.
        assertThat(throttleRows()).isEqualTo(before);
        assertThat(SessionCookieJar.sessionId(result).map(sessions::findById))
                .satisfiesAnyOf(
                        session -> assertThat(session).isEmpty(),
                        session -> assertThat(session.get().<Object>getAttribute(SecurityConfiguration.SIGN_IN_EMAIL))
                                .isNull());
    }

    @Test
    void theRunningServerRefusesLargeFormsAndFilesOnLoginAndStreamedBodies() throws Exception {
        Browser anonymous = new Browser();
        String csrf = anonymous.csrf("/login");
        HttpResponse<String> multipart = anonymous.postFile("/login", csrf, "big.csv", threeMegabytes());
        assertThat(multipart.statusCode()).isEqualTo(413);
        assertThat(multipart.body()).contains("smaller than 2 MB");

        HttpResponse<String> streamed = new Browser()
                .send(HttpRequest.newBuilder(anonymous.uri("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofInputStream(
                                () -> new ByteArrayInputStream(threeMegabytes()))));
        assertThat(streamed.statusCode()).isEqualTo(411);
    }

    @Test
    void onlyAnAdminsImportMaySendMoreThanTwoMegabytes() throws Exception {
        byte[] zip = zipWithLargeHandout();
        assertThat(zip.length).isGreaterThan(THREE_MB);

        Browser anonymous = new Browser();
        assertThat(anonymous
                        .postFile("/admin/content/import", anonymous.csrf("/login"), "big.zip", zip)
                        .statusCode())
                .isEqualTo(413);
        Browser mentor = new Browser().signIn("mentor@example.com");
        assertThat(mentor.postFile("/admin/content/import", mentor.csrf("/"), "big.zip", zip)
                        .statusCode())
                .isEqualTo(413);

        Browser admin = new Browser().signIn("admin@example.com");
        HttpResponse<String> accepted =
                admin.postFile("/admin/content/import", admin.csrf("/admin/content/import"), "big.zip", zip);
        assertThat(accepted.statusCode()).isEqualTo(302);
        String job = accepted.headers().firstValue("Location").orElseThrow();
        assertThat(job).contains("/admin/content/import/");
        String status = "";
        for (int i = 0; i < 200 && !status.contains("\"over\":true"); i++) {
            Thread.sleep(50);
            status = admin.send(HttpRequest.newBuilder(URI.create(job + "/status")))
                    .body();
        }
        assertThat(status).contains("\"state\":\"FINISHED\"");
        assertThat(jdbc.sql("select length(bytes) from content_asset where path = 'assets/limits/large-handout.pdf'")
                        .query(Integer.class)
                        .single())
                .isGreaterThan(THREE_MB);
    }

    @Test
    void theCsvPageStatesTheLimitThatIsEnforced() throws Exception {
        String html = mvc.perform(get("/admin/users/upload").session(SignIn.as(mvc, "admin@example.com")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(Jsoup.parse(html).select("#file-hint").text()).isEqualTo("The file must be smaller than 2 MB.");
    }

    /** A page and a PDF of random (so incompressible) bytes, over 3 MB zipped. */
    static byte[] zipWithLargeHandout() throws IOException {
        byte[] pdf = new byte[THREE_MB + 1024];
        new Random(8).nextBytes(pdf);
        System.arraycopy("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 0, pdf, 0, 9);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("limits-provider.md"));
            zip.write("---\ntitle: \"Limits Provider\"\n---\n\nSee [the handout](/assets/limits/large-handout.pdf).\n"
                    .getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("assets/limits/large-handout.pdf"));
            zip.write(pdf);
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }
}
