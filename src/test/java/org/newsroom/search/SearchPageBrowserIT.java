package org.newsroom.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Walks the reporters' journeys through the real page in Debian's headless Chromium, saving a screenshot of each
 * step under {@code target/screenshots/}, and checks that the browser console logged no errors. Skipped with a
 * message where Chromium or chromedriver is not installed.
 */
@Tag("browser")
class SearchPageBrowserIT extends RunningApplication {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static WebDriver driver;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Browser tests skipped: install Debian's chromium and chromium-driver (.ci/run does) to run them");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,900");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .build();
        driver = new ChromeDriver(service, options);
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void reporterJourney() throws IOException {
        driver.get("http://localhost:" + port + "/");
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        // Focus is in the search box on load.
        assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("q");

        // Type a query: results with marks appear (debounced, as you type).
        driver.switchTo().activeElement().sendKeys("cocaine legalization");
        wait.until(ExpectedConditions.urlContains("q=cocaine"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#hits .hit mark")));
        String firstTitle = driver.findElement(By.cssSelector("#hits .hit h3")).getText();
        String totalBefore = status();
        screenshot("1-results");

        // Click a person facet: the URL, the results and the counts narrow.
        WebElement noem = facetButton("persons", "Kristi Noem");
        noem.click();
        wait.until(ExpectedConditions.urlContains("person=Kristi"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#selected .chip")));
        assertThat(driver.findElement(By.id("selected")).getText()).contains("Kristi Noem");
        screenshot("2-person-filter");

        // Back restores the previous results.
        driver.navigate().back();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("person=")));
        wait.until(d -> status().equals(totalBefore));
        assertThat(driver.findElement(By.cssSelector("#hits .hit h3")).getText()).isEqualTo(firstTitle);
        screenshot("3-back");

        // Set a date range with the explicit inputs.
        driver.get("http://localhost:" + port + "/?from=2025-01-01&to=2025-12-31");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#selected .chip")));
        assertThat(driver.findElement(By.id("selected")).getText()).contains("2025-01-01");
        wait.until(d -> !d.findElements(By.cssSelector("#histogram .bar")).isEmpty());
        screenshot("4-date-range");

        // Open an article: its text and entities are shown.
        driver.get("http://localhost:" + port + "/?q=cocaine+legalization");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#hits .hit h3 a"))).click();
        wait.until(ExpectedConditions.urlContains("article="));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#article h1")));
        assertThat(driver.findElement(By.cssSelector("#article .entities")).getText()).contains("Gustavo Petro");
        assertThat(driver.findElements(By.cssSelector("#article .body mark"))).isNotEmpty();
        assertThat(driver.findElements(By.cssSelector("#article .body a.mention"))).isNotEmpty();
        // The editors' panel lists related coverage with reasons.
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#article .editors .related li a")));
        assertThat(driver.findElement(By.cssSelector("#article .editors")).getText()).contains("shares");
        screenshot("5-article");

        // Open an entity view from the article's entity chips.
        driver.findElements(By.cssSelector("#article .entities .chip")).stream()
                .filter(c -> c.getText().startsWith("Kristi Noem")).findFirst().orElseThrow().click();
        wait.until(ExpectedConditions.urlContains("entity=person"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#article h1"), "Kristi Noem"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#article .entity-chart .bar")));
        assertThat(driver.findElement(By.cssSelector("#article .companions")).getText()).contains("Gustavo Petro");
        screenshot("5b-entity");
        driver.navigate().back();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("entity=")));

        // Keyboard: '/' focuses the search box from anywhere.
        driver.navigate().back();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#hits .hit")));
        driver.findElement(By.tagName("body")).sendKeys("/");
        assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("q");
        driver.switchTo().activeElement().sendKeys(Keys.ARROW_DOWN);
        assertThat(driver.findElements(By.cssSelector("#hits .hit.active"))).hasSize(1);

        // A malformed query shows a readable message, not a crash.
        driver.get("http://localhost:" + port + "/?q=%28petro");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error")));
        assertThat(driver.findElement(By.id("error")).getText()).contains("never closed");
        screenshot("6-error");

        // Phone width: the layout stacks, nothing overflows sideways.
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        driver.get("http://localhost:" + port + "/?q=petro");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#hits .hit mark")));
        Object overflow = ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(((Number) overflow).intValue()).as("horizontal overflow in px").isLessThanOrEqualTo(0);
        screenshot("7-phone");
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));

        List<LogEntry> errors = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                // The malformed-query step answers 400 on purpose; the browser logs that failed fetch.
                .filter(e -> !e.getMessage().contains("400"))
                .toList();
        assertThat(errors).isEmpty();
    }

    /** The article count of the status line, without the time taken (which differs between runs). */
    private String status() {
        return driver.findElement(By.id("status")).getText().split(" · ")[0];
    }

    private WebElement facetButton(String list, String name) {
        return new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.findElements(
                        By.cssSelector("#" + list + " button")).stream()
                .filter(b -> b.getText().startsWith(name))
                .findFirst().orElse(null));
    }

    private static void screenshot(String name) throws IOException {
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
