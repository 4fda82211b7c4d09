package uk.ectinduction.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import uk.ectinduction.people.UserAccounts;
import uk.ectinduction.support.BrowserJourney;
import uk.ectinduction.support.SeedModule;

/**
 * Real Chromium: an admin edits the seed mentor page, watches the preview follow the text, previews it without
 * JavaScript's help, saves and publishes it with a note, and a mentor reads the new text; a second editor's save
 * from the same version meets the conflict page. The admin then restores the version before the edit from the page's
 * history, publishes it, and the comparisons show both changes. Every editor, history and comparison page passes axe.
 */
class ContentEditingJourneyTest extends BrowserJourney {

    static final String NEW_TEXT = "Ring home before the first detention, not after the third.";

    @Autowired
    ContentImporter importer;

    @Autowired
    PageEditor editor;

    @Autowired
    UserAccounts accounts;

    private WebElement button(String text) {
        return browser.driver().findElement(By.xpath("//button[normalize-space()='" + text + "']"));
    }

    /** Changes the Markdown as typing would: the field's value, then an input event, as a keystroke sends. */
    private void changeMarkdown(String from, String to) {
        WebElement markdown = browser.driver().findElement(By.id("markdown"));
        ((JavascriptExecutor) browser.driver())
                .executeScript(
                        "arguments[0].value = arguments[0].value.replace(arguments[1], arguments[2]);"
                                + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));",
                        markdown,
                        from,
                        to);
    }

    /** The text of the comparison's added or removed lines. */
    private List<String> lines(String change) {
        return browser
                .driver()
                .findElements(By.cssSelector("tr.app-diff__row--" + change + " td.app-diff__text"))
                .stream()
                .map(WebElement::getText)
                .toList();
    }

    private String preview() {
        return browser.driver().findElement(By.id("preview-content")).getText();
    }

    @Test
    void anAdminEditsPreviewsAndPublishesTheSeedMentorPageAMentorReadsItAndTheAdminRestoresTheOldVersion() {
        SeedModule.importPages(importer);
        int before = editor.open(SeedModule.MENTOR_PAGE).orElseThrow().live().number();
        try {
            browser.signIn("admin@example.com", PASSWORD);
            browser.get(SeedModule.MENTOR_PAGE);
            browser.clickAndWaitForNextPage(browser.driver().findElement(By.cssSelector(".app-page-edit a")));
            assertThat(browser.heading()).isEqualTo("Edit Year 1 Summer week 4 mentor materials");
            assertThat(preview()).contains("Phoning home");
            browser.assertAccessible();

            // With JavaScript the preview follows the text.
            changeMarkdown("Phoning home", NEW_TEXT);
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                    .until(d -> preview().contains(NEW_TEXT));
            assertThat(preview()).doesNotContain("Phoning home");

            // The Preview button posts the whole form, as it does without JavaScript.
            browser.clickAndWaitForNextPage(button("Preview"));
            assertThat(preview()).contains(NEW_TEXT);
            assertThat(browser.driver().findElement(By.id("markdown")).getAttribute("value"))
                    .contains(NEW_TEXT);
            browser.assertAccessible();

            browser.driver().findElement(By.id("note")).sendKeys("Advice on when to ring home");
            browser.clickAndWaitForNextPage(button("Save draft"));
            assertThat(browser.driver()
                            .findElement(By.cssSelector(".govuk-notification-banner__heading"))
                            .getText())
                    .startsWith("Draft saved as version");
            browser.assertAccessible();

            browser.driver().findElement(By.id("publishNote")).sendKeys("Ready for this week's meetings");
            browser.clickAndWaitForNextPage(button("Publish"));
            assertThat(browser.driver()
                            .findElement(By.cssSelector(".govuk-notification-banner__heading"))
                            .getText())
                    .isEqualTo("Published: readers now see this version");
            browser.signOut();

            browser.reset();
            browser.signIn("mentor@example.com", PASSWORD);
            browser.get(SeedModule.MENTOR_PAGE);
            assertThat(browser.heading()).isEqualTo("Mentor materials");
            String page =
                    browser.driver().findElement(By.cssSelector(".app-content")).getText();
            assertThat(page).contains(NEW_TEXT).doesNotContain("Phoning home");
            assertThat(browser.driver().findElements(By.cssSelector(".app-page-edit")))
                    .isEmpty();
            browser.signOut();

            // The admin finds the edit in the page's history, restores the version before it and publishes that.
            int edited =
                    editor.open(SeedModule.MENTOR_PAGE).orElseThrow().live().number();
            browser.reset();
            browser.signIn("admin@example.com", PASSWORD);
            browser.get(SeedModule.MENTOR_PAGE);
            browser.clickAndWaitForNextPage(
                    browser.driver().findElement(By.cssSelector(".app-page-edit a[href*='history']")));
            assertThat(browser.heading()).isEqualTo("History of Year 1 Summer week 4 mentor materials");
            assertThat(browser.driver().findElement(By.id("version-" + edited)).getText())
                    .contains("Live", "Advice on when to ring home", "Ready for this week's meetings");
            browser.assertAccessible();
            browser.clickAndWaitForNextPage(button("Restore version " + before));
            assertThat(browser.driver()
                            .findElement(By.cssSelector(".govuk-notification-banner__heading"))
                            .getText())
                    .startsWith("Version " + before + " restored as draft version");
            browser.assertAccessible();
            browser.clickAndWaitForNextPage(browser.driver().findElement(By.linkText("Review and publish it")));
            browser.driver().findElement(By.id("publishNote")).sendKeys("Back to the provider's words");
            browser.clickAndWaitForNextPage(button("Publish"));
            int restored =
                    editor.open(SeedModule.MENTOR_PAGE).orElseThrow().live().number();
            assertThat(restored).isGreaterThan(edited);

            // The comparisons show both changes: the edit, then the restore that undid it.
            String compare = "/admin/content/pages/history/compare?path=" + SeedModule.MENTOR_PAGE;
            browser.get(compare + "&from=" + before + "&to=" + edited);
            assertThat(browser.heading()).isEqualTo("Changes to Year 1 Summer week 4 mentor materials");
            assertThat(lines("removed")).anySatisfy(line -> assertThat(line).contains("Phoning home"));
            assertThat(lines("added")).anySatisfy(line -> assertThat(line).contains(NEW_TEXT));
            browser.assertAccessible();
            browser.get(compare + "&from=" + edited + "&to=" + restored);
            assertThat(lines("removed")).anySatisfy(line -> assertThat(line).contains(NEW_TEXT));
            assertThat(lines("added")).anySatisfy(line -> assertThat(line).contains("Phoning home"));
            browser.assertAccessible();
            browser.phoneWidth();
            browser.assertNoHorizontalScroll();
        } finally {
            SeedModule.importPages(importer); // the seed text again, for the tests that read it
        }
    }

    @Test
    void aSaveFromAVersionSomeoneElseHasMovedOnFromMeetsTheConflictPage() {
        String path = EditingFixtures.mentorPage(importer, EditingFixtures.freshModule());
        browser.signIn("admin@example.com", PASSWORD);
        browser.get("/admin/content/pages/edit?path=" + path);
        changeMarkdown("Phoning home", "Phoning home, said the browser");

        EditablePage page = editor.open(path).orElseThrow();
        long other = EditingFixtures.admin(accounts, "Journey Other Admin").id();
        PageText theirs = new PageText(
                page.text().title(),
                page.text().frontMatter(),
                page.text().markdown().replace("Phoning home", "Phoning home, said the other admin"));
        editor.saveDraft(page.pageId(), theirs, null, other, page.lockVersion());

        browser.clickAndWaitForNextPage(button("Save draft"));
        assertThat(browser.heading()).isEqualTo("Someone else has changed this page");
        assertThat(browser.driver().findElement(By.id("markdown")).getAttribute("value"))
                .contains("Phoning home, said the browser");
        assertThat(browser.driver().findElement(By.id("current-markdown")).getAttribute("value"))
                .contains("Phoning home, said the other admin");
        browser.assertAccessible();
    }
}
