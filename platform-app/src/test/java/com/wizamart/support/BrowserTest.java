package com.wizamart.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.logging.LogEntry;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

/**
 * Base of the admin app's browser tests: the running application (as {@link ApiTest}) and one headless Chromium
 * shared by the test class. Each test starts signed out on a fresh page, and fails if the browser console shows a
 * Content-Security-Policy violation or an Alpine expression error. A failing test leaves a screenshot, the browser
 * console and the page's HTML in {@code target/browser-failures/}.
 */
public abstract class BrowserTest extends ApiTest {

    protected static Browser browser;

    @RegisterExtension
    static final TestWatcher EVIDENCE = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            if (browser != null) {
                browser.saveEvidence(Path.of("target", "browser-failures"),
                        context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName());
            }
        }
    };

    @BeforeAll
    static void startBrowser() {
        browser = Browser.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    @BeforeEach
    void freshPage() {
        browser.open(adminUrl());
        browser.script("sessionStorage.clear()");
        browser.open("about:blank");
        browser.forgetConsole();
    }

    /**
     * No test leaves a Content-Security-Policy violation or an Alpine expression error in the console, whatever the
     * level it is logged at (Alpine reports an expression it cannot evaluate as a warning, and goes on).
     */
    @AfterEach
    void noContentSecurityPolicyViolationNorExpressionError() {
        List<String> offending = browser.consoleHistory().stream().map(LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy") || m.contains("Alpine Expression Error"))
                .toList();
        assertThat(offending).as("CSP violations and Alpine expression errors in the browser console").isEmpty();
    }

    protected String adminUrl() {
        return "http://localhost:" + port + "/admin/";
    }

    protected String portalUrl() {
        return "http://localhost:" + port + "/vendor/";
    }

    /** Opens the admin app and signs in through its login form; waits for the signed-in shell. */
    protected void signIn(String email, String password) {
        browser.open(adminUrl());
        signInThroughForm(email, password);
    }

    /** Opens the vendor portal and signs in as a member of the vendor with this code (the test password). */
    protected void signInToPortal(String vendorCode, String email) {
        browser.open(portalUrl());
        browser.type(By.id("login-vendor"), vendorCode);
        signInThroughForm(email, Fixtures.PASSWORD);
    }

    private void signInThroughForm(String email, String password) {
        browser.type(By.id("login-email"), email);
        browser.type(By.id("login-password"), password);
        browser.click(By.id("login-submit"));
        browser.await(By.id("logout"));
    }

    protected void go(String route) {
        browser.click(By.id("nav-" + route));
        browser.await(By.id("page-" + route));
    }

    /**
     * The console shows no error (no failed script, no Content-Security-Policy violation, no failed request) but
     * those containing one of {@code expected} (say, the 422 of a form the test submits wrong on purpose).
     */
    protected void assertNoConsoleErrorsBut(String... expected) {
        List<LogEntry> errors = browser.console().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .filter(e -> java.util.Arrays.stream(expected).noneMatch(e.getMessage()::contains))
                .toList();
        assertThat(errors).as("browser console errors").isEmpty();
    }

    /**
     * What is on screen now passes axe-core without a serious or critical violation, every visible control has a
     * label, and nothing is wider than the window (checked at a phone's width too by the callers).
     */
    protected void assertAccessible(String page, int width) {
        Results results = new AxeBuilder().analyze(browser.driver());
        List<String> serious = results.getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                .map(BrowserTest::describe).toList();
        assertThat(serious).as("serious or critical axe-core violations on %s at %d px", page, width).isEmpty();
        Object unlabeled = browser.script("return [...document.querySelectorAll('input, select, textarea, button')]"
                + ".filter(e => e.offsetParent !== null && !(e.labels && e.labels.length) && !e.getAttribute('aria-label')"
                + " && !(e.tagName === 'BUTTON' && e.textContent.trim())).map(e => e.id || e.outerHTML)");
        assertThat((List<?>) unlabeled).as("controls without a label on %s", page).isEmpty();
        Map<?, ?> widths = (Map<?, ?>) browser.script("return {page: document.documentElement.scrollWidth,"
                + " screen: window.innerWidth}");
        assertThat(((Number) widths.get("page")).intValue()).as("the width of %s at %d px", page, width)
                .isLessThanOrEqualTo(((Number) widths.get("screen")).intValue());
    }

    private static String describe(Rule violation) {
        return violation.getId() + " (" + violation.getImpact() + "): " + violation.getHelp() + " at "
                + violation.getNodes().stream().map(n -> String.valueOf(n.getTarget())).limit(3).toList();
    }
}
