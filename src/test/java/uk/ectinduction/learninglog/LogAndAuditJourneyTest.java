package uk.ectinduction.learninglog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.ectinduction.content.ContentImporter;
import uk.ectinduction.framework.FrameworkStatements;
import uk.ectinduction.framework.StatementKind;
import uk.ectinduction.support.BrowserJourney;
import uk.ectinduction.support.SeedModule;

/**
 * The learning log and the module audit in real Chromium: the demo ECT writes an entry about 8h from the seed week's
 * "Add to my learning log", and a private one; rates the Standard 8 audit and revisits it, changing two ratings; the
 * demo mentor sees the shared entry (not the private one), the chart, and the audit in the next meeting's Plan step;
 * the other mentor gets 404 for all of it. Every page passes axe's WCAG 2.2 AA checks.
 */
class LogAndAuditJourneyTest extends BrowserJourney {

    @Autowired
    ContentImporter importer;

    @Autowired
    FrameworkStatements framework;

    @Autowired
    JdbcClient jdbc;

    WebElement find(String css) {
        return browser.driver().findElement(By.cssSelector(css));
    }

    void type(String id, String text) {
        WebElement field = browser.driver().findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    void click(String css) {
        browser.clickAndWaitForNextPage(find(css));
    }

    void signIn(String email) {
        browser.reset();
        browser.signIn(email, PASSWORD);
    }

    /** Chooses a rating: the first option's radio has the field's own id, the others the field and the rating. */
    void rate(String code, String rating) {
        String first = "MORE_PRACTICE_AND_SUPPORT";
        String id = rating.equals(first) ? "ratings[" + code + "]" : "ratings[" + code + "]-" + rating;
        browser.driver().findElement(By.cssSelector("label[for='" + id + "']")).click();
    }

    @Test
    void anEctKeepsALogAndAuditsTheModuleAndTheirMentorSeesWhatIsShared() {
        SeedModule.importPages(importer);
        long ectId = jdbc.sql("select id from app_user where email = 'ect@example.com'")
                .query(Long.class)
                .single();
        List<String> standard8 = framework.forStandard(8).stream()
                .filter(s -> s.kind() == StatementKind.LEARN_HOW_TO)
                .map(s -> s.code())
                .toList();

        // 1. From the seed week's self-study page, an entry linked to 8h.
        signIn("ect@example.com");
        browser.get(SeedModule.ECT_PAGE);
        browser.assertAccessible();
        click("a[href^='/ect/log/new?page=']");
        assertThat(browser.heading()).isEqualTo("Write an entry");
        assertThat(find("input#codes-8h").isSelected()).isTrue();
        browser.assertAccessible();
        type("keyPoints", "Phone home early, and about learning, not only behaviour.");
        type("reflection", "Called two families before parents' evening; both came.");
        find("input#codes-8\\.4").click();
        click("form[action='/ect/log'] button[type=submit]");
        String entryPath = browser.path();
        assertThat(entryPath).matches("/ect/log/\\d+");
        assertThat(browser.driver().findElements(By.cssSelector(".app-log-statement a")))
                .extracting(WebElement::getText)
                .containsExactly("8h");
        browser.assertAccessible();
        long entryId = Long.parseLong(entryPath.substring(entryPath.lastIndexOf('/') + 1));

        // 4 (set up). A private entry, with an empty first try that the error summary catches.
        browser.get("/ect/log/new");
        type("keyPoints", "");
        click("form[action='/ect/log'] button[type=submit]");
        assertThat(find(".govuk-error-summary a").getText()).isEqualTo("Enter the key points or a reflection");
        browser.assertAccessible();
        type("keyPoints", "A worry about my timetable that I keep to myself.");
        find("label[for=privateEntry]").click();
        click("form[action='/ect/log'] button[type=submit]");
        String privatePath = browser.path();
        long privateId = Long.parseLong(privatePath.substring(privatePath.lastIndexOf('/') + 1));
        browser.get("/ect/log");
        browser.assertAccessible();

        // 2. The Standard 8 audit: every learn-how-to statement rated, then revisited with two ratings changed.
        browser.get("/ect/audits");
        browser.assertAccessible();
        click(".app-audit-module a[href*='log-test-provider']");
        assertThat(browser.driver().findElements(By.cssSelector(".app-audit-statement legend span:first-child")))
                .extracting(WebElement::getText)
                .isEqualTo(standard8);
        browser.assertAccessible();
        for (String code : standard8) {
            rate(code, code.equals("8h") || code.equals("8d") ? "MORE_PRACTICE_AND_SUPPORT" : "MOSTLY_CONFIDENT");
        }
        type("notes[8h]", "Parents' evening is in three weeks");
        click("main form button[type=submit]");
        // Other tests may have audited this module as the demo ECT already: then this sitting is a revisit too.
        String firstTitle = browser.heading().substring(browser.heading().lastIndexOf(": ") + 2);
        assertThat(firstTitle).matches("Audit|Revisit \\d+");
        String revisitTitle = "Revisit "
                + (firstTitle.equals("Audit") ? 1 : Integer.parseInt(firstTitle.substring("Revisit ".length())) + 1);
        String firstAudit = browser.path();
        browser.assertAccessible();
        click(".govuk-button-group a.govuk-button");
        assertThat(find("input[id='ratings[8h]']").isSelected()).isTrue();
        rate("8h", "MOSTLY_CONFIDENT");
        rate("8a", "CONFIDENT_AND_SKILLED");
        browser.assertAccessible();
        click("main form button[type=submit]");
        assertThat(browser.heading()).endsWith(": " + revisitTitle);
        String revisit = browser.path();
        browser.assertAccessible();
        browser.get(firstAudit);
        assertThat(find(".app-audit-ratings tr:nth-child(8)").getText()).contains("8h", "Want more practice");
        browser.get("/ect/audits/progress");
        browser.assertAccessible();
        browser.get("/ect");
        browser.assertAccessible();
        long firstId = Long.parseLong(firstAudit.substring(firstAudit.lastIndexOf('/') + 1));
        long revisitId = Long.parseLong(revisit.substring(revisit.lastIndexOf('/') + 1));

        // 3. The mentor sees the shared entry, the chart, and the audit in the next meeting's Plan step.
        signIn("mentor@example.com");
        browser.assertAccessible();
        String log = "/mentor/mentees/" + ectId + "/log";
        browser.get(log);
        assertThat(find("main").getText())
                .contains("Phone home early, and about learning")
                .doesNotContain("A worry about my timetable");
        browser.assertAccessible();
        browser.get(log + "/" + entryId);
        type("body", "Good: try the same script before the next parents' evening.");
        click("main form button[type=submit]");
        assertThat(find(".app-log-comment").getText()).contains("try the same script");
        browser.assertAccessible();
        browser.get("/mentor/mentees/" + ectId + "/audits/progress");
        List<WebElement> charts = browser.driver().findElements(By.cssSelector(".app-progress-chart svg title"));
        String today = java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK)
                .format(LocalDate.now());
        // The chart's text ends with this journey's two sittings (earlier tests may have audited as ect too).
        assertThat(charts)
                .extracting(c -> c.getAttribute("textContent"))
                .anySatisfy(t -> assertThat(t)
                        .startsWith("8h: ")
                        .endsWith("want more practice and support (1 of 4) on " + today
                                + ", then mostly confident (3 of 4) on " + today + "."));
        browser.assertAccessible();
        browser.get("/mentor/mentees/" + ectId + "/meetings");
        new Select(find("#materialsPath")).selectByValue(SeedModule.MENTOR_PAGE);
        LocalDate next = LocalDate.now().plusDays(7);
        type("day", String.valueOf(next.getDayOfMonth()));
        type("month", String.valueOf(next.getMonthValue()));
        type("year", String.valueOf(next.getYear()));
        browser.clickAndWaitForNextPage(browser.driver().findElement(By.xpath("//button[.='Start meeting']")));
        browser.get(browser.path() + "/plan");
        assertThat(browser.heading()).startsWith("Plan");
        assertThat(find(".app-plan-audit a[href='/mentor/mentees/" + ectId + "/audits/" + revisitId + "']")
                        .getText())
                .startsWith(revisitTitle);
        assertThat(browser.driver().findElements(By.cssSelector(".app-plan-practice li")))
                .extracting(WebElement::getText)
                .singleElement()
                .satisfies(t -> assertThat(t).startsWith("8d"));
        browser.assertAccessible();

        // 4. The private entry is to the mentor exactly as one that does not exist.
        browser.get(log + "/" + privateId);
        assertThat(browser.heading()).isEqualTo("Page not found");
        browser.assertAccessible();

        // 5. The other mentor gets 404 for every one of these records.
        signIn("mentor2@example.com");
        String audits = "/mentor/mentees/" + ectId + "/audits";
        for (String path : List.of(
                log,
                log + "/" + entryId,
                log + "/" + privateId,
                audits,
                audits + "/" + firstId,
                audits + "/" + revisitId,
                audits + "/progress",
                "/mentor/mentees/" + ectId + "/record")) {
            browser.get(path);
            assertThat(browser.heading()).as(path).isEqualTo("Page not found");
        }
    }
}
