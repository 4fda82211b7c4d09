package uk.ectinduction.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import uk.ectinduction.support.BrowserJourney;

/** Real Chromium: an admin imports a zip and watches it go; a mentor reads a week; an ECT may not. */
class ContentJourneyTest extends BrowserJourney {

    static final String MENTOR_PAGE =
            "/programmes/northfield-teaching-partnership/year-1-routines-and-relationships/autumn-week-1-mentor-materials";

    @Test
    void anAdminImportsAZipInTheBrowserAndSeesItsProgressThenTheResult() throws Exception {
        String programme = "journey-" + UUID.randomUUID().toString().substring(0, 8);
        Path zip = Files.createTempFile("programme", ".zip");
        try {
            Files.write(zip, zipOf(SyntheticTree.files(programme, 1, 4, 40)));
            browser.signIn("admin@example.com", PASSWORD);
            browser.get("/admin/content/import");
            assertThat(browser.heading()).isEqualTo("Import content");
            browser.assertAccessible();

            browser.driver()
                    .findElement(By.id("files"))
                    .sendKeys(zip.toAbsolutePath().toString());
            browser.clickAndWaitForNextPage(browser.driver()
                    .findElement(By.cssSelector("form[action='/admin/content/import'] button[type=submit]")));

            assertThat(browser.path()).startsWith("/admin/content/import/");
            List<WebElement> progress =
                    browser.driver().findElements(By.cssSelector("progress.app-import-progress__bar"));
            assertThat(progress).as("the progress bar while the import runs").isNotEmpty();
            browser.assertAccessible();

            new WebDriverWait(browser.driver(), Duration.ofSeconds(60))
                    .until(d -> !d.findElements(By.cssSelector(".govuk-panel__title"))
                            .isEmpty());
            assertThat(browser.heading()).isEqualTo("Content imported");
            assertThat(browser.driver().findElements(By.cssSelector(".app-imported-pages tbody tr")))
                    .hasSizeGreaterThan(480);
            browser.assertAccessible();

            browser.get("/programmes/" + programme + "/year-1-module-1");
            browser.assertAccessible();
            browser.get("/programmes/" + programme + "/year-1-module-1/autumn-week-2-induction-tutor-materials");
            assertThat(browser.driver().findElements(By.cssSelector(".app-agenda__minutes")).stream()
                            .map(WebElement::getText))
                    .containsExactly("10", "15", "15", "15", "5");
            browser.assertAccessible();
        } finally {
            Files.deleteIfExists(zip);
        }
    }

    @Test
    void aMentorReadsTheWeeksMentorPageAndAnEctIsToldItIsNotFound() {
        browser.signIn("mentor@example.com", PASSWORD);
        browser.get(MENTOR_PAGE);
        assertThat(browser.heading()).isEqualTo("Mentor materials");
        assertThat(browser.driver().findElements(By.cssSelector(".app-agenda__minutes")).stream()
                        .map(WebElement::getText))
                .containsExactly("5", "5", "35", "5");
        assertThat(browser.driver()
                        .findElement(By.cssSelector(".app-agenda__total"))
                        .getText())
                .isEqualTo("50");
        browser.assertAccessible();
        browser.phoneWidth();
        browser.assertNoHorizontalScroll();
        browser.signOut();

        browser.reset();
        browser.signIn("ect@example.com", PASSWORD);
        browser.get(MENTOR_PAGE);
        assertThat(browser.heading()).isEqualTo("Page not found");
        browser.assertAccessible();
    }

    static byte[] zipOf(List<ImportRequest.SourceFile> files) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (ImportRequest.SourceFile file : files) {
                zip.putNextEntry(new ZipEntry("tree/" + file.path()));
                zip.write(file.bytes());
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
