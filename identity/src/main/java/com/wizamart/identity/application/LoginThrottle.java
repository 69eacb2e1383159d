package com.wizamart.identity.application;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.wizamart.identity.application.port.out.LoginAttemptStore;
import com.wizamart.identity.config.IdentityProperties;
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

    /**
     * Counts a customer registration attempt against the client address and the shop, whatever its outcome (a
     * registration does not say whether the email was new, so every attempt counts).
     *
     * @throws ThrottledException when the address or the shop has registered too much lately.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void registration(UUID vendorId, String address) {
        Instant now = Instant.now();
        String addressKey = "register:" + addressKey(address);
        String shopKey = "register:shop:" + vendorId;
        for (String key : new String[] {addressKey, shopKey}) {
            attempts.lockedUntil(key, now).ifPresent(until -> {
                throw new ThrottledException("Too many registrations; try again later.",
                        Duration.between(now, until).plusSeconds(1));
            });
        }
        attempts.recordFailure(addressKey, now, settings.window(), settings.maxRegistrationsPerAddress(),
                settings.lockout());
        attempts.recordFailure(shopKey, now, settings.window(), settings.maxRegistrationsPerShop(), settings.lockout());
    }

    /**
     * Counts a request that mails an address (a forgotten password, a new verification link) against the client
     * address and the addressee, whatever its outcome: whether the addressee has an account is never told, so every
     * request counts, and a locked addressee answers 429 whether or not it exists.
     *
     * @param recipientKey the addressee, with its audience (a team account, or a customer of one shop).
     * @throws ThrottledException when the client address or the addressee has asked too much lately.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void mailRequest(String recipientKey, String address) {
        Instant now = Instant.now();
        String addressKey = "mail:" + addressKey(address);
        String recipient = "mail:" + recipientKey;
        for (String key : new String[] {addressKey, recipient}) {
            attempts.lockedUntil(key, now).ifPresent(until -> {
                throw new ThrottledException("Too many requests; try again later.",
                        Duration.between(now, until).plusSeconds(1));
            });
        }
        attempts.recordFailure(addressKey, now, settings.window(), settings.maxMailRequestsPerAddress(),
                settings.lockout());
        attempts.recordFailure(recipient, now, settings.window(), settings.maxMailRequestsPerAccount(),
                settings.lockout());
    }

    private static String addressKey(String address) {
        return "address:" + (address == null ? "unknown" : address);
    }
}
