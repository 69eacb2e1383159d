package com.wizamart.identity.application.port.out;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * One-time tokens mailed to customers, stored as hashes; vendor-owned (Row-Level Security): always used within the
 * bound vendor, so a token of one shop is not found at another.
 */
public interface CustomerTokenStore {

    /** What a token is for; a token of one purpose is never accepted for the other. */
    enum Purpose {
        PASSWORD_RESET, EMAIL_VERIFICATION
    }

    void insert(UUID customerId, Purpose purpose, String tokenHash, Instant expiresAt);

    /** Marks the token used and answers its customer, if it is of this purpose, valid and unused. */
    Optional<UUID> consume(String tokenHash, Purpose purpose, Instant now);

    /** Marks every open token of the customer for this purpose used. */
    void consumeAllOf(UUID customerId, Purpose purpose, Instant now);
}
