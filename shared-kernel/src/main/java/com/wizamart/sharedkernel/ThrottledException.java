package com.wizamart.sharedkernel;

import java.time.Duration;

/** Too many attempts: the caller should retry after {@link #retryAfter()}. */
public class ThrottledException extends DomainException {

    private final Duration retryAfter;

    public ThrottledException(String message, Duration retryAfter) {
        super(Kind.THROTTLED, "TOO_MANY_ATTEMPTS", message);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
