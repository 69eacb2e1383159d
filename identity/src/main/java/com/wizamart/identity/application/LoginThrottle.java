package com.wizamart.identity.application;

import java.time.Duration;
import java.time.Instant;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.wizamart.identity.IdentityProperties;
import com.wizamart.identity.application.port.out.LoginAttemptStore;
import com.wizamart.sharedkernel.ThrottledException;

/**
 * Slows down password guessing: too many failures for one account, or from one client address, lock that key for a
 * while (429 with {@code Retry-After}). Failures are counted in their own transaction so they stick although the
 * login fails.
 */
@Service
public class LoginThrottle {

    private final LoginAttemptStore attempts;
    private final IdentityProperties.Throttle settings;

    LoginThrottle(LoginAttemptStore attempts, IdentityProperties properties) {
        this.attempts = attempts;
        this.settings = properties.throttle();
    }

    /** @throws ThrottledException when the account or the address is locked. */
    @Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
    public void check(String accountKey, String address) {
        Instant now = Instant.now();
        for (String key : new String[] {accountKey, addressKey(address)}) {
            attempts.lockedUntil(key, now).ifPresent(until -> {
                throw new ThrottledException("Too many failed logins; try again later.",
                        Duration.between(now, until).plusSeconds(1));
            });
        }
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void failed(String accountKey, String address) {
        Instant now = Instant.now();
        attempts.recordFailure(accountKey, now, settings.window(), settings.maxFailuresPerAccount(), settings.lockout());
        attempts.recordFailure(addressKey(address), now, settings.window(), settings.maxFailuresPerAddress(),
                settings.lockout());
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void succeeded(String accountKey) {
        attempts.reset(accountKey);
    }

    private static String addressKey(String address) {
        return "address:" + (address == null ? "unknown" : address);
    }
}
