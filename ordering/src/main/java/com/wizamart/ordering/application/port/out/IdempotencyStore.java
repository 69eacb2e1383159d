package com.wizamart.ordering.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Checkout idempotency keys of the bound vendor, scoped per customer. A key is claimed with a transaction-scoped
 * lock, so a crash can never leave a key stuck "in progress": the lock vanishes with the transaction.
 */
public interface IdempotencyStore {

    /**
     * Tries to take the key's lock until the transaction ends, without waiting.
     *
     * @return false when another transaction holds it (the first request is still running).
     */
    boolean tryLock(UUID customerId, String key);

    Optional<StoredKey> find(UUID customerId, String key);

    void insert(UUID customerId, String key, String fingerprint, UUID orderId, Instant at);

    /** Deletes the bound vendor's keys created before {@code before}; @return how many. */
    int deleteOlderThan(Instant before);

    /** Across vendors (call in a cross-vendor read): vendors with keys created before {@code before}. */
    List<UUID> vendorsWithKeysOlderThan(Instant before, int limit);

    /** A key's first, successful use. */
    record StoredKey(String fingerprint, UUID orderId) {
    }
}
