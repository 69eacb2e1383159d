package com.wizamart.vendorportal;

import org.openqa.selenium.JavascriptExecutor;

import com.wizamart.support.Browser;

/**
 * Holds the page's API answers for addresses containing a part (the calls go out, their answers wait) until released:
 * an answer made to arrive after a later one, whatever the timing, to show that a page drops an answer for what its
 * address has left.
 */
final class HeldAnswers {

    private HeldAnswers() {
    }

    /** From now on, answers to addresses containing {@code part} wait for {@link #release(Browser)}. */
    static void holdAnswersTo(Browser browser, String part) {
        browser.script("""
                const part = arguments[0];
                const real = window.__realFetch || window.fetch;
                window.__realFetch = real;
                window.__held = [];
                window.fetch = (input, init) => {
                    const answer = real.call(window, input, init);
                    if (!String(input).includes(part)) return answer;
                    return new Promise(resolve => window.__held.push(() => resolve(answer)));
                };""", part);
    }

    /** How many answers are waiting. */
    static long count(Browser browser) {
        return (Long) browser.script("return window.__held.length");
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
