package uk.ectinduction.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import uk.ectinduction.people.Person;
import uk.ectinduction.people.UserAccounts;
import uk.ectinduction.support.BrowserJourney;

/**
 * Real Chromium, the journey from its edit on: an admin's edit of the seed mentor page is published and a
 * mentor reads it; the admin finds it in the page's history, restores the old version and publishes it again; the
 * comparisons show both changes. axe finds nothing on the history and comparison pages.
 */
class PageHistoryJourneyTest extends BrowserJourney {

    static final String OLD_LINE = "Last week you saw the importance of working effectively with teaching assistants.";
    static final String NEW_LINE = "Last week your mentee worked with teaching assistants; this week, with families.";

    @Autowired
    ContentImporter importer;

    @Autowired
    PageEditor editor;

    @Autowired
    UserAccounts accounts;

    List<String> rows(String selector) {
        return browser.driver().findElements(By.cssSelector(selector)).stream()
                .map(WebElement::getText)
                .toList();
    }

    @Test
    void anAdminRestoresTheOldVersionOfAnEditedPageAndTheComparisonsShowBothChanges() {
        String path = EditingFixtures.mentorPage(importer, EditingFixtures.freshModule());
        Person admin = accounts.findByEmail("admin@example.com").orElseThrow();
        // The edit and its publication, through the editor's API (the editing journey does them in the browser).
        EditablePage page = editor.open(path).orElseThrow();
        // The diff is by line: the whole paragraph the sentence stands in, before and after.
        String before = page.text()
                .markdown()
                .lines()
                .filter(line -> line.contains(OLD_LINE))
                .findFirst()
                .orElseThrow();
        String after = before.replace(OLD_LINE, NEW_LINE);
        SaveResult.Saved edited = (SaveResult.Saved) editor.saveDraft(
                page.pageId(),
                new PageText(
                        page.text().title(),
                        page.text().frontMatter(),
                        page.text().markdown().replace(OLD_LINE, NEW_LINE)),
                "Reworded the topic introduction",
                admin.id(),
                page.lockVersion());
        assertThat(editor.publish(page.pageId(), edited.versionId(), "Ready for mentors", admin.id()))
                .isEqualTo(PageEditor.Publishing.PUBLISHED);

        browser.signIn("mentor@example.com", PASSWORD);
        browser.get(path);
        assertThat(browser.driver().findElement(By.tagName("main")).getText()).contains(NEW_LINE);
        browser.signOut();

        browser.signIn("admin@example.com", PASSWORD);
        browser.get(path);
        browser.clickAndWaitForNextPage(browser.driver().findElement(By.partialLinkText("History")));
        assertThat(browser.heading()).isEqualTo("History of Year 1 Summer week 4 mentor materials");
        assertThat(rows("table.app-history tbody tr th, table.app-history tbody tr td:nth-of-type(1)"))
                .containsExactly("2", "Live", "1", "Old");
        assertThat(rows("table.app-history tbody tr td:nth-of-type(3)"))
                .containsExactly("Reworded the topic introduction\nOn publishing: Ready for mentors", "");
        browser.assertAccessible();

        browser.clickAndWaitForNextPage(browser.driver().findElement(By.xpath("//button[.='Restore version 1']")));
        assertThat(browser.driver()
                        .findElement(By.cssSelector(".govuk-notification-banner"))
                        .getText())
                .contains("Version 1 restored as draft version 3.");
        assertThat(rows("table.app-history tbody tr td:nth-of-type(1)")).containsExactly("Draft", "Live", "Old");
        browser.assertAccessible();

        browser.clickAndWaitForNextPage(browser.driver().findElement(By.linkText("Review and publish it")));
        browser.driver().findElement(By.id("publishNote")).sendKeys("Back to the provider's wording");
        browser.clickAndWaitForNextPage(browser.driver().findElement(By.xpath("//button[.='Publish']")));
        browser.get(path);
        assertThat(browser.driver().findElement(By.tagName("main")).getText())
                .contains(OLD_LINE)
                .doesNotContain(NEW_LINE);

        // The edit: its line replaced the provider's.
        browser.get("/admin/content/pages/history?path=" + path);
        browser.clickAndWaitForNextPage(browser.driver().findElement(By.cssSelector("#version-2 a[href*='compare']")));
        assertThat(browser.heading()).isEqualTo("Changes to Year 1 Summer week 4 mentor materials");
        assertThat(rows("tr.app-diff__row--removed td.app-diff__text")).containsExactly(before);
        assertThat(rows("tr.app-diff__row--added td.app-diff__text")).containsExactly(after);
        assertThat(rows("tr.app-diff__row--added td.app-diff__change"))
                .singleElement()
                .asString()
                .startsWith("+");
        browser.assertAccessible();

        // The restore: the provider's line back in place of the edit's.
        browser.get("/admin/content/pages/history?path=" + path);
        browser.clickAndWaitForNextPage(browser.driver().findElement(By.cssSelector("#version-3 a[href*='compare']")));
        assertThat(rows("tr.app-diff__row--removed td.app-diff__text")).containsExactly(after);
        assertThat(rows("tr.app-diff__row--added td.app-diff__text")).containsExactly(before);
        browser.assertAccessible();

        // Both changes at once: from the import to the edit, then to the restore.
        browser.get("/admin/content/pages/history/compare?path=" + path + "&from=1&to=3");
        assertThat(browser.driver().findElement(By.tagName("main")).getText())
                .contains("The two versions have the same text.");
        browser.assertAccessible();

        // On a phone, a comparison fits the screen.
        browser.phoneWidth();
        browser.get("/admin/content/pages/history/compare?path=" + path + "&from=1&to=2");
        browser.assertNoHorizontalScroll();
    }
}
