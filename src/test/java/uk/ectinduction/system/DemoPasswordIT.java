package uk.ectinduction.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.ectinduction.support.PackagedJar;

/**
 * The README's steps on the embedded default: start the packaged app with a generated demo password, run
 * command-line tools against its database while it runs, then sign in with the password its banner printed.
 * A tool run must leave the demo accounts alone.
 */
class DemoPasswordIT {

    Path dataDir;
    PackagedJar jar;

    @BeforeEach
    void freshDataFolder() throws Exception {
        dataDir = Files.createTempDirectory("ect-demo-it");
        Map<String, String> environment = new HashMap<>();
        environment.put("APP_DATA_DIR", dataDir.toString());
        environment.put("APP_DEMO_PASSWORD", null); // generated, so printed in the banner
        environment.put("SPRING_PROFILES_ACTIVE", null);
        jar = new PackagedJar(environment);
    }

    @AfterEach
    void removeDataFolder() throws Exception {
        try (Stream<Path> files = Files.walk(dataDir)) {
            files.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        }
    }

    @Test
    void theBannersPasswordStillSignsInAfterAnImportAndAnAddUserRun() throws Exception {
        try (PackagedJar.WebApp app = jar.start()) {
            Matcher banner = Pattern.compile("Password: ([a-z0-9]{4}(?:-[a-z0-9]{4}){3})")
                    .matcher(app.output());
            assertThat(banner.find()).as(app.output()).isTrue();
            String password = banner.group(1);

            PackagedJar.Result imported = jar.run("", "import", "src/test/resources/corpus");
            assertThat(imported.status()).as(imported.stderr()).isZero();
            assertThat(imported.stdout()).contains("imported Year 1 Summer week 4 mentor materials -> ");
            PackagedJar.Result added = jar.run(
                    "a long password for the new mentor\n",
                    "add-user",
                    "new.mentor@school.example",
                    "--name",
                    "Nia Mentor",
                    "--role",
                    "MENTOR");
            assertThat(added.status()).as(added.stderr()).isZero();
            assertThat(imported.stdout() + added.stdout())
                    .as("a tool prints no banner")
                    .doesNotContain("Password:");

            HttpResponse<String> mentor = app.signIn("mentor@example.com", password);
            assertThat(mentor.uri().getPath()).isEqualTo("/mentor");
            assertThat(mentor.body()).contains("Year 1 Summer week 4 mentor materials");
            assertThat(app.signIn("admin@example.com", password).uri().getPath())
                    .isEqualTo("/admin");
            assertThat(app.signIn("new.mentor@school.example", "a long password for the new mentor")
                            .uri()
                            .getPath())
                    .isEqualTo("/mentor");
        }
    }
}
