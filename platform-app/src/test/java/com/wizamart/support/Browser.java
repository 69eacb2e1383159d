package com.wizamart.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
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

/**
 * A headless Chromium driven by Selenium, for the admin app's browser tests: Debian's {@code chromium} and
 * {@code chromium-driver} (paths overridable with {@code -Dwizamart.chromium=...} and
 * {@code -Dwizamart.chromedriver=...}), started with the flags that keep it from reaching for the network (this
 * machine has none) and a fresh profile. Waits are explicit ({@link #await}); nothing sleeps.
 */
public final class Browser implements AutoCloseable {

    private static final Duration WAIT = Duration.ofSeconds(30);

    /**
     * Puts every Content-Security-Policy violation of a page in its console as an error, caught or not (Chromium
     * logs a refused inline script, but not an {@code eval} whose error the page catches).
     */
    private static final String REPORT_CSP_VIOLATIONS = "document.addEventListener('securitypolicyviolation', e =>"
            + " console.error('Content Security Policy violation: ' + e.effectiveDirective + ' refused '"
            + " + (e.blockedURI || 'inline') + ' in ' + e.sourceFile + ':' + e.lineNumber));";

    private final ChromeDriver driver;
    private final Path profile;
    private final Path downloads;
    private final List<LogEntry> history = new java.util.ArrayList<>();

    private Browser(ChromeDriver driver, Path profile, Path downloads) {
        this.driver = driver;
        this.profile = profile;
        this.downloads = downloads;
    }

    /** Starts Chromium at 1280 x 900. */
    public static Browser start() {
        try {
            Path profile = Files.createTempDirectory("wizamart-chromium-");
            Path downloads = Files.createDirectories(profile.resolve("downloads"));
            ChromeOptions options = new ChromeOptions();
            options.setBinary(System.getProperty("wizamart.chromium", "/usr/bin/chromium"));
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=1280,900", "--lang=en-US");
            Map<String, Object> prefs = new HashMap<>();
            prefs.put("download.default_directory", downloads.toString());
            prefs.put("download.prompt_for_download", false);
            options.setExperimentalOption("prefs", prefs);
            LoggingPreferences logs = new LoggingPreferences();
            logs.enable(LogType.BROWSER, Level.ALL);
            options.setCapability("goog:loggingPrefs", logs);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(System.getProperty("wizamart.chromedriver", "/usr/bin/chromedriver")))
                    .build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().scriptTimeout(WAIT);
            driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", REPORT_CSP_VIOLATIONS));
            return new Browser(driver, profile, downloads);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public WebDriver driver() {
        return driver;
    }

    public Path downloads() {
        return downloads;
    }

    public void open(String url) {
        driver.get(url);
    }

    public void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /** Waits until the element is visible and answers it. */
    public WebElement await(By locator) {
        return new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    /** Waits until the element shows {@code text} (as part of its text). */
    public WebElement awaitText(By locator, String text) {
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
        return driver.findElement(locator);
    }

    /** Waits until the condition holds, with a description for the failure message. */
    public <T> T until(String what, java.util.function.Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, WAIT).withMessage(what).until(condition::apply);
    }

    public <T> T until(String what, Duration timeout, java.util.function.Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, timeout).withMessage(what).until(condition::apply);
    }

    public void awaitGone(By locator) {
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.invisibilityOfElementLocated(locator));
    }

    public void click(By locator) {
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.elementToBeClickable(locator)).click();
    }

    public void type(By locator, String text) {
        WebElement field = await(locator);
        field.clear();
        field.sendKeys(text);
    }

    public Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** The browser console since the last call (errors, CSP violations, warnings); all is also kept for evidence. */
    public List<LogEntry> console() {
        List<LogEntry> entries = driver.manage().logs().get(LogType.BROWSER).getAll();
        history.addAll(entries);
        return entries;
    }

    /** Everything the console showed since {@link #forgetConsole()}, this call's new entries included. */
    public List<LogEntry> consoleHistory() {
        console();
        return List.copyOf(history);
    }

    /** Starts a new console history (each test's evidence shows its own). */
    public void forgetConsole() {
        console();
        history.clear();
    }

    public void screenshot(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A picture of the whole page, for the docs: the window grows to the page's height for it (charts keep their
     * width), then goes back; the focus ring of the last click is left out.
     */
    public void screenshotWholePage(Path file) {
        script("document.activeElement && document.activeElement.blur()");
        Dimension window = driver.manage().window().getSize();
        long height = (Long) script("return document.documentElement.scrollHeight");
        long viewport = (Long) script("return window.innerHeight");
        if (height > window.getHeight()) {
            resize(window.getWidth(), (int) (height + window.getHeight() - viewport));
        }
        screenshot(file);
        resize(window.getWidth(), window.getHeight());
    }

    /** Saves a screenshot, the console log and the page's HTML under {@code dir} as {@code name.*}. */
    public void saveEvidence(Path dir, String name) {
        try {
            Files.createDirectories(dir);
            screenshot(dir.resolve(name + ".png"));
            StringBuilder log = new StringBuilder("URL: ").append(driver.getCurrentUrl()).append('\n');
            console();
            history.forEach(e -> log.append(e).append('\n'));
            Files.writeString(dir.resolve(name + "-console.log"), log, StandardCharsets.UTF_8);
            Files.writeString(dir.resolve(name + ".html"), driver.getPageSource(), StandardCharsets.UTF_8);
        } catch (RuntimeException | IOException e) {
            System.err.println("Could not save the browser's evidence for " + name + ": " + e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // a temporary folder; the OS cleans it eventually
            }
        }
    }
}
