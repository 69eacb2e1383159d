package com.wizamart.payments.application.port.out;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.wizamart.payments.application.PaymentRefund;

/** Refunds of the bound vendor (Row-Level Security), unless a method says it reads across vendors. */
public interface PaymentRefundStore {

    /** @return false when the refund is recorded already. */
    boolean insertIfAbsent(PaymentRefund refund);

    Optional<PaymentRefund> lock(UUID id);

    Optional<PaymentRefund> findByProviderId(String providerId);

    /** The order's refunds, oldest first. */
    List<PaymentRefund> ofOrder(UUID orderId);

    void update(PaymentRefund refund);

    /** What was sent back of the order: refunds the provider completed, and those done by hand. */
    BigDecimal refunded(UUID orderId);

    /** What was sent back of the order or is on its way: every refund but the failed ones. */
    BigDecimal promised(UUID orderId);

    /** Across vendors: the vendor owning the provider's refund {@code providerId}. */
    Optional<UUID> vendorOf(String providerId);

    /**
     * Across vendors: refunds created from {@code from} to {@code to}, and those that failed in that time (whenever
     * they were created), oldest first.
     */
    List<PaymentRefund> createdOrFailedBetween(Instant from, Instant to);

    /** Across vendors: card refunds still pending that were asked for before {@code before}, oldest first. */
    List<PaymentRefund> pendingSince(Instant before);
}
