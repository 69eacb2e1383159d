package com.wizamart.identity.application.port.out;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Counts failed logins per key (account or client address) in a window; shared by all instances. */
public interface LoginAttemptStore {

    /** @return until when the key is locked, if it is. */
    Optional<Instant> lockedUntil(String key, Instant now);

    /**
     * Counts one failure; locks the key for {@code lockout} once {@code maxFailures} fall within {@code window}.
     */
    void recordFailure(String key, Instant now, Duration window, int maxFailures, Duration lockout);

    void reset(String key);
}
