package uk.ectinduction.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import uk.ectinduction.support.BrowserJourney;

/** Real Chromium, checked with axe: an admin finds a programme's structure, renames a page and is told of a mistake. */
class StructureJourneyTest extends BrowserJourney {

    @Autowired
    ContentImporter importer;

    @Test
    void anAdminRenamesAPageAndIsToldWhenANewWeekHasNoName() {
        String programme = "journey-structure-" + UUID.randomUUID().toString().substring(0, 8);
        String part = programme + "/year-1-module-a/autumn-week-1-ect-instructions.md";
        assertThat(importer.importContent(
                                ImportRequest.tree(List.of(
                                        file(programme + ".md", "---\ntitle: \"Journey provider\"\n---\n"),
                                        file(part, "---\ntitle: \"Instructions\"\n---\n\nRead this first.\n"))),
                                ImportProgress.NONE)
                        .errors())
                .isEmpty();
        browser.signIn("admin@example.com", PASSWORD);

        browser.get("/admin/content");
        assertThat(browser.heading()).isEqualTo("Programme content");
        browser.assertAccessible();
        browser.clickAndWaitForNextPage(
                browser.driver().findElement(By.cssSelector("a[href='/admin/content/programmes/" + programme + "']")));
        assertThat(browser.heading()).isEqualTo("Structure of Journey provider");
        browser.assertAccessible();

        WebElement page = browser.driver().findElement(By.cssSelector("li[id^='page-']"));
        page.findElement(By.cssSelector("summary")).click();
        WebElement name = page.findElement(By.cssSelector("input[name=title]"));
        name.clear();
        name.sendKeys("Start here");
        browser.clickAndWaitForNextPage(
                page.findElement(By.xpath(".//button[starts-with(normalize-space(), 'Rename')]")));
        assertThat(browser.driver()
                        .findElement(By.cssSelector(".govuk-notification-banner"))
                        .getText())
                .contains("Renamed: Start here");
        assertThat(browser.driver()
                        .findElement(By.cssSelector("li[id^='page-'] a"))
                        .getText())
                .isEqualTo("Start here");
        browser.assertAccessible();

        WebElement addWeek = browser.driver().findElement(By.cssSelector("details[id$='-new-week']"));
        addWeek.findElement(By.cssSelector("summary")).click();
        browser.clickAndWaitForNextPage(addWeek.findElement(By.xpath(".//button[normalize-space()='Add']")));
        assertThat(browser.driver().getTitle()).startsWith("Error: ");
        assertThat(browser.driver()
                        .findElement(By.cssSelector(".govuk-error-summary"))
                        .getText())
                .contains("Enter a name");
        browser.assertAccessible();
    }

    private static ImportRequest.SourceFile file(String path, String text) {
        return new ImportRequest.SourceFile(path, path, text.getBytes(StandardCharsets.UTF_8));
    }
}
