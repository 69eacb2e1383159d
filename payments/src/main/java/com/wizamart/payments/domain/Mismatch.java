package com.wizamart.payments.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * What the reconciliation found: the provider's balance and the platform's payment records disagree.
 *
 * @param kind       {@code MISSING_AT_PROVIDER} (a capture or refund the platform recorded, not in the provider's
 *                   balance), {@code MISSING_ON_PLATFORM} (money moved at the provider that the platform did not record
 *                   as such), {@code AMOUNT_DIFFERS}, {@code REFUND_REFUSED} (a refund the provider refused),
 *                   {@code DUPLICATE_CAPTURE} (a second captured payment of one order: {@code actual} is what it took),
 *                   {@code REFUND_PENDING} (a card refund the provider has left pending for days).
 * @param providerId the provider's object (charge, refund, PaymentIntent) the finding is about.
 * @param expected   what the platform's records say; {@literal null} when they have nothing.
 * @param actual     what the provider's balance says; {@literal null} when it has nothing.
 */
public record Mismatch(UUID id, UUID vendorId, String kind, String orderNumber, String providerId,
                       BigDecimal expected, BigDecimal actual, String currency, Instant detectedAt,
                       Instant resolvedAt, String resolvedBy, String note) {
}
