package com.wizamart.payments.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.wizamart.payments.domain.PaymentAttempt;

/** Card payment attempts of the bound vendor (Row-Level Security), unless a method says it reads across vendors. */
public interface AttemptStore {

    /** @return false when an attempt with that number or key exists already (a concurrent request made it). */
    boolean insert(PaymentAttempt attempt);

    Optional<PaymentAttempt> find(UUID id);

    /** The attempt, locked until the transaction ends. */
    Optional<PaymentAttempt> lock(UUID id);

    /** The order's attempts, oldest first. */
    List<PaymentAttempt> ofOrder(UUID orderId);

    /** The order's attempts, oldest first, locked until the transaction ends (serializes the order's payment moves). */
    List<PaymentAttempt> lockOfOrder(UUID orderId);

    /** The attempt of the PaymentIntent, or of the charge, {@code providerId}. */
    Optional<PaymentAttempt> findByProviderId(String providerId);

    /** Writes the attempt's mutable state (provider ids, status, amounts, failure, times). */
    void update(PaymentAttempt attempt);

    /**
     * Claims the attempt's capture: true when it is {@code AUTHORIZED} and no capture was asked for since
     * {@code staleBefore} (a claim older than that was lost with its process and may be taken over).
     */
    boolean claimCapture(UUID id, Instant at, Instant staleBefore);

    /** Across vendors (a cross-vendor read): the vendor owning the PaymentIntent or charge {@code providerId}. */
    Optional<UUID> vendorOf(String providerId);

    /** Across vendors: attempts still {@code AUTHORIZED} that were authorized before {@code before}. */
    List<AttemptRef> authorizedBefore(Instant before, int limit);

    /** Across vendors: attempts captured from {@code from} to {@code to}. */
    List<PaymentAttempt> capturedBetween(Instant from, Instant to);

    /** An attempt of some vendor. */
    record AttemptRef(UUID vendorId, UUID attemptId, UUID orderId) {
    }
}
