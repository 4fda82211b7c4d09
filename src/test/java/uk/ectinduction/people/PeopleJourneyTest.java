package uk.ectinduction.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.ectinduction.support.BrowserJourney;

/** An admin uploads people and assigns a mentor; the mentor signs in and finds the mentee's week. */
class PeopleJourneyTest extends BrowserJourney {

    @Autowired
    JdbcClient jdbc;

    @Test
    void adminUploadsPeopleAssignsAMentorAndTheMentorSeesTheirMentee() throws Exception {
        browser.signIn("admin@example.com", PASSWORD);
        browser.get("/admin/users/upload");
        browser.assertAccessible();

        Path csv = Files.createTempFile("people", ".csv");
        Files.writeString(csv, """
                email,name,roles,mentor email,cohort
                journey.mentor@school.example,Jo Journey,MENTOR,,
                journey.ect@school.example,Jamie Journey,ECT,,Demo cohort
                """, StandardCharsets.UTF_8);
        browser.driver()
                .findElement(By.id("file"))
                .sendKeys(csv.toAbsolutePath().toString());
        browser.clickAndWaitForNextPage(browser.driver().findElement(By.cssSelector("main form button[type=submit]")));

        assertThat(browser.driver()
                        .findElement(By.cssSelector(".govuk-notification-banner--success"))
                        .getText())
                .contains("2 created, 0 updated, 0 unchanged");
        browser.assertAccessible();

        long ectId = jdbc.sql("select id from app_user where email = 'journey.ect@school.example'")
                .query(Long.class)
                .single();
        browser.get("/admin/users/" + ectId);
        new Select(browser.driver().findElement(By.id("mentorId")))
                .selectByVisibleText("Jo Journey (journey.mentor@school.example)");
        browser.clickAndWaitForNextPage(
                browser.driver().findElement(By.xpath("//button[normalize-space()='Assign mentor']")));
        assertThat(browser.driver().getPageSource()).contains("Current mentor: <span>Jo Journey</span>");
        browser.assertAccessible();

        long mentorId = jdbc.sql("select id from app_user where email = 'journey.mentor@school.example'")
                .query(Long.class)
                .single();
        browser.get("/admin/users/" + mentorId);
        browser.clickAndWaitForNextPage(
                browser.driver().findElement(By.xpath("//button[normalize-space()='Make a link to set a password']")));
        String link = browser.driver().findElement(By.id("password-link")).getText();
        browser.signOut();

        browser.driver().get(link);
        browser.assertAccessible();
        browser.driver().findElement(By.id("newPassword")).sendKeys("journey mentor password");
        browser.driver().findElement(By.id("confirmPassword")).sendKeys("journey mentor password");
        browser.clickAndWaitForNextPage(browser.driver().findElement(By.cssSelector("main form button[type=submit]")));
        assertThat(browser.path()).isEqualTo("/login");

        browser.signIn("journey.mentor@school.example", "journey mentor password");

        assertThat(browser.path()).isEqualTo("/mentor");
        assertThat(browser.driver()
                        .findElement(By.cssSelector(".govuk-summary-card__title"))
                        .getText())
                .isEqualTo("Jamie Journey");
        // The demo cohort is in Summer week 4 of the real module.
        assertThat(browser.driver()
                        .findElement(By.linkText("Year 1 Summer week 4 mentor materials"))
                        .getAttribute("href"))
                .endsWith("/summer-week-4-mentor-materials");
        browser.assertAccessible();
        browser.phoneWidth();
        browser.assertNoHorizontalScroll();
    }
}
