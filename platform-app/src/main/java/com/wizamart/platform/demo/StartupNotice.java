package com.wizamart.platform.demo;

import java.util.Arrays;

/**
 * Lines a person starting the platform must not miss (an account created on the first start, its password shown
 * once), framed so that they stand out among the start-up log: the log line's own prefix, then the lines between
 * two rules.
 */
final class StartupNotice {

    private StartupNotice() {
    }

    /** @return the lines as one log message: on lines of their own, indented, between rules as wide as the longest. */
    static String framed(String... lines) {
        int width = Arrays.stream(lines).mapToInt(String::length).max().orElse(0) + 4;
        String rule = "=".repeat(width);
        StringBuilder notice = new StringBuilder("\n").append(rule).append('\n');
        for (String line : lines) {
            notice.append("  ").append(line).append('\n');
        }
        return notice.append(rule).toString();
    }
}
