package uk.ectinduction.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import uk.ectinduction.people.Cohorts;
import uk.ectinduction.people.UserAccounts;
import uk.ectinduction.support.BrowserJourney;
import uk.ectinduction.training.TrainingFixtures.Group;

/**
 * A tutor schedules the seed session from its tutor materials (a day in the past refused first), facilitates it with
 * the countdowns running and notes saved as typed, on a desktop and a phone; the cohort's ECT sees it on their home
 * page. Every page passes axe's WCAG 2.2 AA checks.
 */
class SessionJourneyTest extends BrowserJourney {

    @Autowired
    UserAccounts accounts;

    @Autowired
    Cohorts cohorts;

    WebElement find(String css) {
        return browser.driver().findElement(By.cssSelector(css));
    }

    void type(String id, String text) {
        WebElement field = browser.driver().findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    void waitFor(Function<WebDriver, Boolean> condition) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).until(condition::apply);
    }

    void date(LocalDate day) {
        type("day", String.valueOf(day.getDayOfMonth()));
        type("month", String.valueOf(day.getMonthValue()));
        type("year", String.valueOf(day.getYear()));
    }

    @Test
    void aTutorSchedulesAndFacilitatesTheSeedSessionAndTheEctSeesIt() {
        Group group = TrainingFixtures.group(accounts, cohorts);
        browser.signIn(group.tutor().email(), PASSWORD);
        browser.clickAndWaitForNextPage(find("a[href='/tutor/sessions']"));
        assertThat(browser.heading()).isEqualTo("Training sessions");
        browser.assertAccessible();

        browser.get(TrainingFixtures.SEED_MATERIALS);
        browser.clickAndWaitForNextPage(browser.driver().findElement(By.linkText("Schedule this session")));
        assertThat(browser.heading()).isEqualTo("Schedule a training session");
        browser.assertAccessible();
        date(LocalDate.now().minusDays(2));
        type("time", "15:45");
        type("place", "Library");
        browser.clickAndWaitForNextPage(find("form[action='/tutor/sessions'] button[type=submit]"));
        assertThat(find(".govuk-error-summary").getText())
                .contains("The date of the session must be today or in the future");
        assertThat(find("#place").getAttribute("value")).isEqualTo("Library");
        browser.assertAccessible();

        date(LocalDate.now().plusDays(4));
        browser.clickAndWaitForNextPage(find("form[action='/tutor/sessions'] button[type=submit]"));
        assertThat(browser.path()).matches("/tutor/sessions/\\d+");
        assertThat(browser.heading()).isEqualTo("Year 1 Summer week 1 induction tutor materials");
        browser.assertAccessible();
        String sessionPath = browser.path();

        browser.clickAndWaitForNextPage(browser.driver().findElement(By.linkText("Facilitate the session")));
        assertThat(browser.path()).isEqualTo(sessionPath + "/facilitate/1");
        WebElement whole = find(".app-session-timer--whole");
        assertThat(whole.isDisplayed()).isTrue();
        assertThat(whole.findElement(By.cssSelector("[data-timer-display]")).getText())
                .isEqualTo("60:00 left");
        WebElement section = find(".app-session-timer:not(.app-session-timer--whole)");
        WebElement sectionDisplay = section.findElement(By.cssSelector("[data-timer-display]"));
        assertThat(sectionDisplay.getText()).isEqualTo("10:00 left");
        whole.findElement(By.cssSelector("[data-timer-toggle]")).click();
        section.findElement(By.cssSelector("[data-timer-toggle]")).click();
        waitFor(d -> !sectionDisplay.getText().equals("10:00 left"));
        assertThat(sectionDisplay.getText()).matches("9:5\\d left");
        browser.assertAccessible();

        find("#notes").sendKeys("Most agreed that calls home about successes help");
        waitFor(d -> find("[data-save-status]").getText().equals("Saved"));

        browser.clickAndWaitForNextPage(find("a[rel=next]"));
        assertThat(find("h1 > span").getText())
                .isEqualTo("What can you learn from liaising with parents, carers and families?");
        // The whole session's countdown carries on from page to page.
        assertThat(find(".app-session-timer--whole [data-timer-display]").getText())
                .matches("59:\\d\\d left");
        browser.phoneWidth();
        browser.assertNoHorizontalScroll();
        browser.assertAccessible();
        browser.clickAndWaitForNextPage(find("a[rel=prev]"));
        assertThat(find("#notes").getAttribute("value")).isEqualTo("Most agreed that calls home about successes help");

        browser.reset();
        browser.signIn(group.ect().email(), PASSWORD);
        assertThat(find(".app-home-session").getText()).contains("Library", "To prepare", "communication policy");
        browser.assertAccessible();
        browser.clickAndWaitForNextPage(find(".app-home-session a"));
        assertThat(browser.path()).isEqualTo(sessionPath.replace("/tutor", ""));
        browser.assertAccessible();
    }
}
