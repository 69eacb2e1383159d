package com.wizamart.notifications.domain;

import java.time.Duration;
import java.util.Objects;

/**
 * Exponential back-off between attempts: {@code first} after the first failure, doubling with each further one, never
 * more than {@code max}.
 */
public record Backoff(Duration first, Duration max) {

    public Backoff {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(max, "max");
        if (first.isNegative() || first.isZero() || max.compareTo(first) < 0) {
            throw new IllegalArgumentException("Back-off needs 0 < first <= max");
        }
    }

    /**
     * @param failedAttempts how many attempts failed so far, at least 1.
     * @return the wait before the next attempt.
     */
    public Duration after(int failedAttempts) {
        if (failedAttempts < 1) {
            throw new IllegalArgumentException("failedAttempts must be at least 1");
        }
        Duration delay = first;
        for (int i = 1; i < failedAttempts; i++) {
            delay = delay.multipliedBy(2);
            if (delay.compareTo(max) >= 0) {
                return max;
            }
        }
        return delay;
    }
}
