package uk.ectinduction.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.ChromiumDriver;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.ectinduction.content.ProgrammeWeeks;
import uk.ectinduction.meetings.internal.RunningMeetings;
import uk.ectinduction.people.AppUserDetailsService;
import uk.ectinduction.people.Cohorts;
import uk.ectinduction.people.Role;
import uk.ectinduction.people.SignedInUser;
import uk.ectinduction.people.UserAccounts;
import uk.ectinduction.support.BrowserJourney;

/**
 * The weekly meeting in real Chromium: the demo mentor runs this week's meeting with the demo ECT, timers and all,
 * records two actions and the next date; the ECT sees the actions; the next meeting's Review lists them; the other
 * mentor gets 404 for that meeting and those actions. Every page passes axe's WCAG 2.2 AA checks.
 */
class MeetingJourneyTest extends BrowserJourney {

    /** Week 1 of the made-up demo programme, whose four timed activities the journey walks through. */
    static final String MADE_UP_WEEK_1 =
            "/programmes/northfield-teaching-partnership/year-1-routines-and-relationships/"
                    + "autumn-week-1-mentor-materials";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Cohorts cohorts;

    @Autowired
    UserAccounts accounts;

    @Autowired
    AppUserDetailsService users;

    @Autowired
    RunningMeetings running;

    @Autowired
    ProgrammeWeeks programmeWeeks;

    long idOf(String email) {
        return jdbc.sql("select id from app_user where lower(email) = ?")
                .param(email)
                .query(Long.class)
                .single();
    }

    void signIn(String email) {
        browser.reset();
        browser.signIn(email, PASSWORD);
    }

    WebElement find(String css) {
        return browser.driver().findElement(By.cssSelector(css));
    }

    void type(String id, String text) {
        WebElement field = browser.driver().findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    void waitFor(java.util.function.Function<org.openqa.selenium.WebDriver, Boolean> condition) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).until(condition::apply);
    }

    void saveAndContinue() {
        browser.clickAndWaitForNextPage(find("button[data-save-and-continue]"));
    }

    void assertTimerRuns(String minutes) {
        WebElement timer = find(".app-meeting-timer");
        assertThat(timer.isDisplayed()).isTrue();
        WebElement display = find("[data-timer-display]");
        assertThat(display.getText()).isEqualTo(minutes + ":00 left");
        find("[data-timer-toggle]").click();
        waitFor(d -> !display.getText().equals(minutes + ":00 left"));
        assertThat(find("[data-timer-toggle]").getText()).isEqualTo("Pause timer");
        find("[data-timer-toggle]").click();
        assertThat(find("[data-timer-toggle]").getText()).isEqualTo("Resume timer");
    }

    void fillAction(int index, String action, LocalDate due) {
        type("actions[" + index + "].action", action);
        type("actions[" + index + "].expectedImpactOnPupilLearning", "Pupils build better homework habits");
        type("actions[" + index + "].successLooksLike", "Homework handed in on time by both pupils");
        type("actions[" + index + "].howEvaluated", "The homework log over three weeks");
        type("actions[" + index + "].dueDay", String.valueOf(due.getDayOfMonth()));
        type("actions[" + index + "].dueMonth", String.valueOf(due.getMonthValue()));
        type("actions[" + index + "].dueYear", String.valueOf(due.getYear()));
    }

    @Test
    void mentorRunsTheWeeklyMeetingAndTheNextOneReviewsItsActions() {
        long ectId = idOf("ect@example.com");
        LocalDate today = LocalDate.now();
        LocalDate nextWeek = today.plusDays(7);

        // The mentor starts a meeting on the made-up week, whose timed activities the journey walks through.
        signIn("mentor@example.com");
        browser.get("/mentor/mentees/" + ectId + "/meetings");
        assertThat(browser.heading()).isEqualTo("Meetings with Evan Teacher");
        browser.assertAccessible();
        // The mentor materials of the demo cohort's programme week (Summer week 4) are chosen already.
        String cohortsWeek = cohorts.weekOfEct(ectId)
                .flatMap(w -> w.thisWeek()
                        .or(w::nextWeek)
                        .flatMap(week ->
                                programmeWeeks.week(w.cohort().programmeSlug(), week.number(), Set.of(Role.MENTOR))))
                .flatMap(week -> week.mentorPages().stream().findFirst())
                .orElseThrow()
                .href();
        Select materials = new Select(browser.driver().findElement(By.id("materialsPath")));
        assertThat(materials.getFirstSelectedOption().getAttribute("value"))
                .isEqualTo(cohortsWeek)
                .endsWith("/summer-week-4-mentor-materials");
        materials.selectByValue(MADE_UP_WEEK_1);
        type("time", "15:30");
        browser.clickAndWaitForNextPage(browser.driver().findElement(By.xpath("//button[.='Start meeting']")));
        String meetingPath = browser.path();
        assertThat(meetingPath).matches("/mentor/meetings/\\d+");
        assertThat(browser.heading()).isEqualTo("Year 1 Autumn week 1 mentor materials");
        browser.assertAccessible();
        browser.clickAndWaitForNextPage(browser.driver().findElement(By.linkText("Start the meeting")));

        // Review, 5 minutes: the timer counts down; notes save as they are typed.
        assertThat(browser.heading()).startsWith("Review");
        assertThat(browser.driver().findElements(By.cssSelector(".app-meeting-progress__item")))
                .extracting(WebElement::getText)
                .containsExactly("Review", "Plan", "Theory to practice", "Next steps");
        assertTimerRuns("5");
        type("notes", "Clarified the learning intentions");
        waitFor(d -> find("[data-save-status]").getText().equals("Saved"));
        browser.assertAccessible();
        saveAndContinue();

        // Plan, 5 minutes: an overrun turns the time red.
        assertThat(browser.heading()).startsWith("Plan");
        assertTimerRuns("5");
        String timerKey = find(".app-meeting-timer").getAttribute("data-timer-key");
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript(
                        "localStorage.setItem(arguments[0], JSON.stringify({elapsed: 330, " + "startedAt: null}));",
                        "ect-induction:" + timerKey);
        browser.driver().navigate().refresh();
        waitFor(d -> find("[data-timer-display]").getText().startsWith("Over by"));
        assertThat(find("[data-timer-display]").getText()).isEqualTo("Over by 0:30");
        assertThat(find("[data-timer-display]").getAttribute("class")).contains("govuk-tag--red");
        assertThat(find(".app-meeting-timer").getAttribute("class")).contains("app-meeting-timer--overrun");
        browser.assertAccessible();
        type("notes", "Focus on communicating with parents");
        saveAndContinue();

        // Theory to practice, 35 minutes: the activity's text beside the notes.
        assertThat(browser.heading()).startsWith("Theory to practice");
        assertTimerRuns("35");
        assertThat(find(".app-meeting-materials").getText()).contains("you play a pupil who forgets a step");
        type("notes", "Read recommendations 1 to 4 together");
        browser.assertAccessible();
        saveAndContinue();

        // Next steps, 5 minutes: two actions and the next meeting.
        assertThat(browser.heading()).startsWith("Next steps");
        assertTimerRuns("5");
        fillAction(0, "Phone home to two families before parents' evening", nextWeek);
        browser.clickAndWaitForNextPage(browser.driver().findElement(By.xpath("//button[.='Add another action']")));
        assertThat(browser.driver().findElement(By.id("actions[0].action")).getAttribute("value"))
                .isEqualTo("Phone home to two families before parents' evening");
        fillAction(1, "Share the PEER framework with Year 7 parents", nextWeek);
        type("nextDay", String.valueOf(nextWeek.getDayOfMonth()));
        type("nextMonth", String.valueOf(nextWeek.getMonthValue()));
        type("nextYear", String.valueOf(nextWeek.getYear()));
        type("nextTime", "15:30");
        browser.assertAccessible();
        // Without a success measure the form comes back with a linked GOV.UK error and everything typed.
        WebElement success = browser.driver().findElement(By.id("actions[1].successLooksLike"));
        success.clear();
        saveAndContinue();
        assertThat(browser.driver().getTitle()).startsWith("Error:");
        assertThat(find(".govuk-error-summary a").getText())
                .isEqualTo("Enter what success will look like for action 2");
        assertThat(browser.driver().findElement(By.id("actions[1].action")).getAttribute("value"))
                .isEqualTo("Share the PEER framework with Year 7 parents");
        browser.assertAccessible();
        type("actions[1].successLooksLike", "Parents say they used PEER at home");
        saveAndContinue();

        assertThat(browser.path()).isEqualTo(meetingPath);
        assertThat(browser.driver().getPageSource()).contains("Meeting saved");
        assertThat(browser.driver().findElements(By.cssSelector("a[href^='/mentor/actions/']")))
                .extracting(WebElement::getText)
                .containsExactly(
                        "Phone home to two families before parents' evening",
                        "Share the PEER framework with Year 7 parents");
        List<String> actionPaths = browser.driver().findElements(By.cssSelector("a[href^='/mentor/actions/']")).stream()
                .map(a ->
                        a.getAttribute("href").substring(a.getAttribute("href").indexOf("/mentor/")))
                .toList();
        String nextMeetingPath = browser.driver()
                .findElement(By.cssSelector(".govuk-summary-list a[href^='/mentor/meetings/']"))
                .getAttribute("href");
        nextMeetingPath = nextMeetingPath.substring(nextMeetingPath.indexOf("/mentor/"));
        browser.assertAccessible();
        browser.signOut();

        // The ECT sees the actions.
        signIn("ect@example.com");
        browser.get("/ect/meetings");
        assertThat(browser.driver().findElements(By.cssSelector(".app-action a")))
                .extracting(WebElement::getText)
                .contains(
                        "Phone home to two families before parents' evening",
                        "Share the PEER framework with Year 7 parents");
        browser.assertAccessible();
        browser.clickAndWaitForNextPage(
                browser.driver().findElement(By.linkText("Phone home to two families before parents' evening")));
        browser.assertAccessible();
        type("progressNote", "Phoned one family so far");
        browser.clickAndWaitForNextPage(browser.driver().findElement(By.xpath("//button[.='Save progress']")));
        assertThat(browser.driver().getPageSource()).contains("Progress saved");
        assertThat(browser.driver().findElements(By.cssSelector("main input")).stream()
                        .filter(i -> !"hidden".equals(i.getAttribute("type")))
                        .toList())
                .as("an ECT changes nothing but progress")
                .isEmpty();
        browser.get("/calendar/feed");
        browser.clickAndWaitForNextPage(
                browser.driver().findElement(By.xpath("//button[.='Make a calendar address']")));
        assertThat(find("#feed-url").getText()).matches("http://localhost:\\d+/calendar/[A-Za-z0-9_-]{43}\\.ics");
        browser.assertAccessible();
        browser.signOut();

        // At the next meeting the Review lists them, with the ECT's progress.
        signIn("mentor@example.com");
        browser.get(nextMeetingPath);
        browser.assertAccessible();
        browser.get(nextMeetingPath + "/review");
        assertThat(browser.heading()).startsWith("Review");
        assertThat(browser.driver().findElements(By.cssSelector(".app-meeting-review h2")))
                .extracting(WebElement::getText)
                .contains(
                        "Phone home to two families before parents' evening",
                        "Share the PEER framework with Year 7 parents");
        assertThat(browser.driver().getPageSource()).contains("Phoned one family so far");
        browser.assertAccessible();
        browser.get(actionPaths.get(0));
        assertThat(browser.heading()).isEqualTo("Phone home to two families before parents' evening");
        browser.assertAccessible();
        browser.signOut();

        // The other mentor learns nothing: 404 for the meeting and the actions.
        signIn("mentor2@example.com");
        for (String path : List.of(
                meetingPath, meetingPath + "/activity/1", nextMeetingPath, actionPaths.get(0), actionPaths.get(1))) {
            browser.get(path);
            assertThat(browser.heading()).as(path).isEqualTo("Page not found");
            assertThat(browser.driver().getPageSource()).doesNotContain("Phone home");
        }
        browser.signOut();
    }

    void network(boolean offline) {
        ChromiumNetworkConditions conditions = new ChromiumNetworkConditions();
        conditions.setOffline(offline);
        ((ChromiumDriver) browser.driver()).setNetworkConditions(conditions);
    }

    @Test
    void notesTypedWhileOfflineAreKeptAndSentWhenBackOnline() {
        MeetingFixtures.Pair pair = MeetingFixtures.pair(accounts);
        SignedInUser mentor =
                (SignedInUser) users.loadUserByUsername(pair.mentor().email());
        long id = running.start(mentor, pair.ect().id(), MADE_UP_WEEK_1, LocalDate.now(), null)
                .orElseThrow();
        browser.reset();
        browser.signIn(pair.mentor().email(), PASSWORD);
        browser.get("/mentor/meetings/" + id + "/activity/3");
        try {
            network(true);
            type("notes", "Typed while the school wifi was down");
            waitFor(d -> find("[data-save-status]").getText().startsWith("Not saved yet: your notes are kept"));
            Object draft = ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                    .executeScript(
                            "return localStorage.getItem(arguments[0]);",
                            "ect-induction:meeting-" + id + "-activity-3");
            assertThat(String.valueOf(draft)).contains("Typed while the school wifi was down");
        } finally {
            ((ChromiumDriver) browser.driver()).deleteNetworkConditions();
        }
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("window.dispatchEvent(new Event('online'));");
        waitFor(d -> find("[data-save-status]").getText().equals("Saved"));
        assertThat(jdbc.sql("select notes from meeting_activity where meeting_id = ? and position = 3")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo("Typed while the school wifi was down");
        browser.signOut();
    }
}
