package uk.ectinduction.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import uk.ectinduction.people.Cohorts;
import uk.ectinduction.people.Person;
import uk.ectinduction.people.Role;
import uk.ectinduction.people.UserAccounts;
import uk.ectinduction.support.BrowserJourney;
import uk.ectinduction.training.TrainingFixtures.Group;

/**
 * A tutor schedules the seed session from its tutor materials for today (a day in the past refused first),
 * facilitates it with the countdowns running and notes saved as typed, on a desktop and a phone, takes the register
 * and records the group's agree/disagree counts from facilitate mode; the cohort's ECT sees it on their home page
 * and records two key actions; their mentor's next meeting Review lists them and the mentor marks one completed; a
 * tutor of another cohort gets 404. Every page passes axe's WCAG 2.2 AA checks.
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
    void aTutorSchedulesFacilitatesAndRecordsTheSeedSessionAndTheActionsReachTheMentor() {
        Group group = TrainingFixtures.group(accounts, cohorts);
        Person mentor = accounts.createUser(
                "mentor-of-" + group.ect().email(), "Mentor of trainee", EnumSet.of(Role.MENTOR), PASSWORD);
        accounts.assignMentor(mentor.id(), group.ect().id(), LocalDate.now());
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
        browser.clickAndWaitForNextPage(find("main form button[type=submit]"));
        assertThat(find(".govuk-error-summary").getText())
                .contains("The date of the session must be today or in the future");
        assertThat(find("#place").getAttribute("value")).isEqualTo("Library");
        browser.assertAccessible();

        date(LocalDate.now());
        browser.clickAndWaitForNextPage(find("main form button[type=submit]"));
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
        assertThat(browser.driver().findElements(By.linkText("Record your key actions")))
                .as("not before the register marks them present")
                .isEmpty();

        // During the session the tutor takes the register and records the statements' counts from facilitate mode.
        browser.reset();
        browser.signIn(group.tutor().email(), PASSWORD);
        browser.get(sessionPath + "/facilitate/1");
        browser.clickAndWaitForNextPage(browser.driver().findElement(By.linkText("Take the register")));
        assertThat(browser.heading()).isEqualTo("Register");
        browser.assertAccessible();
        find("input[name='marks[" + group.ect().id() + "]'][value=PRESENT]").click();
        browser.clickAndWaitForNextPage(find("main form button[type=submit]"));
        assertThat(browser.path()).isEqualTo(sessionPath + "#register");
        assertThat(find("#register + ul").getText()).isEqualTo(group.ect().displayName() + ": Present");
        browser.assertAccessible();

        browser.get(sessionPath + "/facilitate/1");
        browser.clickAndWaitForNextPage(find(".app-facilitate__records a[href$='/statements/1']"));
        assertThat(browser.heading()).isEqualTo(TrainingFixtures.SEED_HEADINGS.get(0));
        assertThat(browser.driver().findElements(By.cssSelector("tbody tr"))).hasSize(10);
        browser.assertAccessible();
        type("count-1-STRONGLY_AGREE", "1");
        type("count-3-DISAGREE", "2");
        browser.clickAndWaitForNextPage(find("main form button[type=submit]"));
        assertThat(find(".govuk-error-summary").getText())
                .contains("Statement 3: the counts add up to 2, more than the 1 ECTs marked present or late");
        assertThat(find("#count-3-DISAGREE").getAttribute("value")).isEqualTo("2");
        browser.assertAccessible();
        type("count-3-DISAGREE", "1");
        browser.clickAndWaitForNextPage(find("main form button[type=submit]"));
        assertThat(browser.driver().getPageSource()).contains("Counts saved");
        WebElement chart = find("svg.app-agreement-chart");
        assertThat(chart.getAttribute("role")).isEqualTo("img");
        assertThat(chart.findElement(By.tagName("desc")).getAttribute("textContent"))
                .contains("statement 1: 1 strongly agree", "statement 3: 1 disagree");
        assertThat(browser.driver().findElements(By.cssSelector("svg.app-agreement-chart rect[fill='#00703c']")))
                .hasSize(2);
        browser.assertAccessible();

        // After it, the ECT records two key actions from the session's page.
        browser.reset();
        browser.signIn(group.ect().email(), PASSWORD);
        browser.get(sessionPath.replace("/tutor", ""));
        browser.clickAndWaitForNextPage(browser.driver().findElement(By.linkText("Record your key actions")));
        assertThat(browser.heading()).isEqualTo("Your key actions from this session");
        browser.assertAccessible();
        type("actions-0", "Phone two families with good news");
        type("actions-1", "Plan what to say at parents' evening");
        browser.clickAndWaitForNextPage(find("main form button[type=submit]"));
        assertThat(browser.driver().getPageSource()).contains("Key actions saved");
        browser.assertAccessible();

        // The mentor's next meeting reviews them; one is marked completed.
        browser.reset();
        browser.signIn(mentor.email(), PASSWORD);
        browser.get("/mentor/mentees/" + group.ect().id() + "/meetings");
        browser.assertAccessible();
        Select materials = new Select(browser.driver().findElement(By.id("materialsPath")));
        // The made-up demo programme's first week, whose meeting opens with a Review.
        materials.selectByValue("/programmes/northfield-teaching-partnership/year-1-routines-and-relationships/"
                + "autumn-week-1-mentor-materials");
        date(LocalDate.now());
        type("time", "16:30");
        browser.clickAndWaitForNextPage(browser.driver().findElement(By.xpath("//button[.='Start meeting']")));
        String meetingPath = browser.path();
        assertThat(meetingPath).matches("/mentor/meetings/\\d+");
        browser.get(meetingPath + "/review");
        assertThat(browser.heading()).startsWith("Review");
        String reviewPath = browser.path();
        assertThat(browser.driver().findElements(By.cssSelector(".app-meeting-review h2")))
                .extracting(WebElement::getText)
                .containsExactly("Phone two families with good news", "Plan what to say at parents' evening");
        assertThat(find(".app-meeting-review .app-action-origin").getText())
                .startsWith("From training session: Year 1 Summer week 1 induction tutor materials");
        browser.assertAccessible();
        type("reviews[0].whatDone", "Phoned both families");
        find("#reviews-0-COMPLETED").click();
        browser.clickAndWaitForNextPage(find("button[data-save-and-continue]"));
        browser.get(reviewPath);
        assertThat(find("#reviews-0-COMPLETED").isSelected()).isTrue();
        assertThat(find("#reviews-1-OPEN").isSelected()).isTrue();

        // A tutor of another cohort learns nothing of the session.
        Group other = TrainingFixtures.group(accounts, cohorts);
        browser.reset();
        browser.signIn(other.tutor().email(), PASSWORD);
        browser.get(sessionPath);
        assertThat(browser.heading()).isEqualTo("Page not found");
        browser.assertAccessible();
    }
}
