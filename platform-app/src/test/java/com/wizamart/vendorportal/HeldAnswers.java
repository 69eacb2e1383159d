package com.wizamart.vendorportal;

import java.util.Map;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;

import com.wizamart.support.Browser;

/**
 * Holds the page's API answers for addresses containing a part (the calls go out, their answers wait) until released:
 * an answer made to arrive after a later one, whatever the timing, to show that a page drops an answer for what its
 * address has left, or copes with answers in either order.
 */
final class HeldAnswers {

    /** Replaces the page's fetch with one that holds the answers to addresses containing the part given. */
    private static final String HOLD = """
            part => {
                const real = window.__realFetch || window.fetch;
                window.__realFetch = real;
                window.__held = [];
                window.fetch = (input, init) => {
                    const answer = real.call(window, input, init);
                    if (!String(input).includes(part)) return answer;
                    return new Promise(resolve => window.__held.push(() => resolve(answer)));
                };
            }""";

    private HeldAnswers() {
    }

    /** From now on, the page's answers to addresses containing {@code part} wait for {@link #release(Browser)}. */
    static void holdAnswersTo(Browser browser, String part) {
        browser.script("(" + HOLD + ")(arguments[0])", part);
    }

    /**
     * Opens {@code url} with the answers to addresses containing {@code part} held from the start, before the page's
     * own scripts run, until {@link #release(Browser)}; the pages opened later are left alone.
     */
    static void openHoldingAnswersTo(Browser browser, String part, String url) {
        ChromeDriver chrome = (ChromeDriver) browser.driver();
        String source = "(" + HOLD + ")('" + part.replace("\\", "\\\\").replace("'", "\\'") + "');";
        Map<String, Object> added = chrome.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
                Map.of("source", source));
        try {
            browser.open(url);
        } finally {
            chrome.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument",
                    Map.of("identifier", added.get("identifier")));
        }
    }

    /** How many answers are waiting. */
    static long count(Browser browser) {
        return (Long) browser.script("return window.__held ? window.__held.length : 0");
    }

    /** Lets the held answers arrive (and no more are held), and gives the page a moment to (wrongly) show them. */
    static void release(Browser browser) {
        ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                window.fetch = window.__realFetch;
                window.__held.forEach(release => release());
                window.__held = [];
                setTimeout(done, 500);""");
    }
}
