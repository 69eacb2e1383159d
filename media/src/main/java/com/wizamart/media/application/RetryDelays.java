package com.wizamart.media.application;

import java.time.Duration;

/** How long media's work waits before a retry: 1, 4, 16 minutes before the first, second, third. */
final class RetryDelays {

    private RetryDelays() {
    }

    /**
     * @param retry which retry of the round, from 1.
     * @return how long after now it runs.
     */
    static Duration before(int retry) {
        int bounded = Math.max(1, Math.min(retry, 3));
        return Duration.ofMinutes(1L << (2 * (bounded - 1)));
    }
}
