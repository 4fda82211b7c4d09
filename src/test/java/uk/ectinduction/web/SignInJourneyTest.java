package uk.ectinduction.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import uk.ectinduction.support.BrowserJourney;

/** Each demo user signs in through real Chromium, reaches their role's home and signs out. */
class SignInJourneyTest extends BrowserJourney {

    @ParameterizedTest(name = "{0} signs in to {1}")
    @CsvSource({
        "admin@example.com, /admin, Overview",
        "tutor@example.com, /tutor, Your cohorts",
        "mentor@example.com, /mentor, Your early career teachers",
        "ect@example.com, /ect, Your induction",
        "mentor2@example.com, /mentor, Your early career teachers",
        "ect2@example.com, /ect, Your induction"
    })
    void demoUserSignsInToTheirHomeAndOut(String email, String home, String heading) {
        browser.get("/");
        assertThat(browser.path()).isEqualTo("/login");
        browser.assertAccessible();

        browser.signIn(email, PASSWORD);

        assertThat(browser.path()).isEqualTo(home);
        assertThat(browser.heading()).isEqualTo(heading);
        browser.assertAccessible();

        browser.signOut();

        assertThat(browser.path()).isEqualTo("/login?signedOut");
        assertThat(browser.driver().getPageSource()).contains("You have signed out");
        browser.get(home);
        assertThat(browser.path()).isEqualTo("/login");
    }

    @Test
    void wrongPasswordShowsTheErrorSummaryLinkedToTheField() {
        browser.signIn("ect@example.com", "not the right password");

        assertThat(browser.driver().getTitle()).startsWith("Error:");
        var summaryLink = browser.driver().findElement(By.cssSelector(".govuk-error-summary a[href='#username']"));
        assertThat(summaryLink.getText()).isEqualTo("Enter a correct email address and password");
        assertThat(browser.driver().findElement(By.id("username")).getAttribute("value"))
                .isEqualTo("ect@example.com");
        browser.assertAccessible();
    }

    @Test
    void pagesFitAPhoneAndErrorPagesGiveNothingAway() {
        browser.phoneWidth();
        browser.signIn("mentor@example.com", PASSWORD);
        browser.assertNoHorizontalScroll();

        browser.get("/no/such/page");
        assertThat(browser.heading()).isEqualTo("Page not found");
        browser.assertAccessible();
        browser.assertNoHorizontalScroll();
        browser.get("/admin");
        assertThat(browser.heading()).isEqualTo("You cannot see this page");
        String page = browser.driver().getPageSource();
        for (String leak : new String[] {"Exception", "Whitelabel", "Spring", "Tomcat", "trace"}) {
            assertThat(page).doesNotContain(leak);
        }
        browser.assertAccessible();
        browser.signOut();
        assertThat(browser.path()).isEqualTo("/login?signedOut");
    }

    @Test
    void signingOutForgetsMeetingDraftsKeptInTheBrowser() {
        browser.signIn("mentor@example.com", PASSWORD);
        JavascriptExecutor page = (JavascriptExecutor) browser.driver();
        page.executeScript("localStorage.setItem('ect-induction:meeting-1-activity-3', '\"Notes not yet sent\"');"
                + "localStorage.setItem('ect-induction:timer-meeting-1-activity-1', '{}');"
                + "localStorage.setItem('another-site-key', 'kept');");

        browser.signOut();

        assertThat(browser.path()).isEqualTo("/login?signedOut");
        assertThat(page.executeScript("return Object.keys(localStorage).sort().join(',');"))
                .isEqualTo("another-site-key");
        page.executeScript("localStorage.clear();");
    }
}
