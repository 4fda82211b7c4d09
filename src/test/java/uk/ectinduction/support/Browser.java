package uk.ectinduction.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.util.FileSystemUtils;

/**
 * Real headless Chromium for journey tests, with an accessibility check of each page visited.
 * Uses Debian's chromium and chromedriver explicitly so Selenium never tries to download a browser.
 */
public final class Browser implements AutoCloseable {

    public static final File CHROMIUM = new File("/usr/bin/chromium");
    public static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
    private static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private final ChromeDriver driver;
    private final Path profile;
    private final String baseUrl;

    private Browser(ChromeDriver driver, Path profile, String baseUrl) {
        this.driver = driver;
        this.profile = profile;
        this.baseUrl = baseUrl;
    }

    /** Opens a browser on the app at {@code port}, or skips the test where Chromium is not installed. */
    public static Browser open(int port) {
        Assumptions.assumeTrue(
                CHROMIUM.canExecute() && CHROMEDRIVER.canExecute(),
                "Chromium is not installed here (apt-get install chromium chromium-driver); .ci/run installs it");
        try {
            Path profile = Files.createTempDirectory("ect-chromium");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM);
            options.addArguments(
                    "--headless",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-dev-shm-usage",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--no-first-run",
                    "--user-data-dir=" + profile);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER)
                    .usingAnyFreePort()
                    .build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            return new Browser(driver, profile, "http://localhost:" + port);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Starts afresh: signed out, at desktop width. */
    public void reset() {
        driver.manage().deleteAllCookies();
        driver.manage().window().setSize(new Dimension(1280, 900));
    }

    public WebDriver driver() {
        return driver;
    }

    public void get(String path) {
        driver.get(baseUrl + path);
    }

    public String path() {
        return driver.getCurrentUrl().substring(baseUrl.length());
    }

    public void phoneWidth() {
        driver.manage().window().setSize(new Dimension(320, 640));
    }

    public void signIn(String email, String password) {
        get("/login");
        driver.findElement(By.id("username")).clear();
        driver.findElement(By.id("username")).sendKeys(email);
        driver.findElement(By.id("password")).sendKeys(password);
        clickAndWaitForNextPage(driver.findElement(By.cssSelector("form[action='/login'] button[type=submit]")));
    }

    /** Clicks something that loads a new page, and returns once that page has replaced this one. */
    public void clickAndWaitForNextPage(WebElement element) {
        WebElement oldPage = driver.findElement(By.tagName("html"));
        element.click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(oldPage));
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(d -> "complete".equals(driver.executeScript("return document.readyState")));
    }

    public void signOut() {
        // On a narrow screen the service navigation is folded behind its Menu button.
        driver.findElements(By.cssSelector(".govuk-service-navigation__toggle")).stream()
                .filter(toggle -> toggle.isDisplayed() && "false".equals(toggle.getAttribute("aria-expanded")))
                .forEach(WebElement::click);
        clickAndWaitForNextPage(driver.findElement(By.xpath("//button[normalize-space()='Sign out']")));
    }

    public String heading() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    /**
     * Runs axe-core in the page: no WCAG 2.2 A or AA violation is allowed, nor any content outside a landmark
     * (axe's best-practice rule {@code region}), which screen reader users would skip when moving by landmark.
     */
    public void assertAccessible() {
        // One run, so that a page which reloads itself (the import's progress) is checked once, as before.
        Results results = new AxeBuilder()
                .withTags(WCAG_22_AA)
                .withRules(List.of("region"))
                .analyze(driver);
        List<Rule> violations = results.getViolations();
        assertThat(violations)
                .as(() -> "accessibility violations on " + path() + ":\n"
                        + violations.stream()
                                .map(v -> v.getId() + ": " + v.getHelp() + " at "
                                        + v.getNodes().stream()
                                                .map(n -> String.valueOf(n.getTarget()))
                                                .collect(Collectors.joining(", ")))
                                .collect(Collectors.joining("\n")))
                .isEmpty();
    }

    /** The page must not scroll sideways: content fits the window (checked at 320 px for phones). */
    public void assertNoHorizontalScroll() {
        Object overflow = driver.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(((Number) overflow).intValue())
                .as("horizontal overflow on " + path())
                .isLessThanOrEqualTo(0);
    }

    @Override
    public void close() {
        driver.quit();
        FileSystemUtils.deleteRecursively(profile.toFile());
    }
}
