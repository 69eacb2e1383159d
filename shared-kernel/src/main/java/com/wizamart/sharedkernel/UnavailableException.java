package com.wizamart.sharedkernel;

import java.time.Duration;
import java.util.Objects;

/** The platform cannot take the request now (503): the caller should retry after {@link #retryAfter()}. */
public class UnavailableException extends DomainException {

    private final Duration retryAfter;

    /**
     * @param errorCode  stable code such as {@code UPLOAD_CAPACITY}; must not be {@literal null}.
     * @param retryAfter when a retry may succeed; must not be {@literal null}.
     */
    public UnavailableException(String errorCode, String message, Duration retryAfter) {
        super(Kind.UNAVAILABLE, errorCode, message);
        this.retryAfter = Objects.requireNonNull(retryAfter, "retryAfter");
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
