package com.wizamart.payments.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import com.wizamart.ordering.PaymentMethod;

/**
 * Money sent back to the customer of an order: through the provider for a card payment, by hand otherwise.
 *
 * @param id            ordering's refund id (the provider's idempotency key is {@code refund:<id>}).
 * @param providerId    the provider's refund id; {@literal null} for a manual refund or before the provider answered.
 * @param failureReason why the provider refused it; {@literal null} otherwise.
 */
public record PaymentRefund(UUID id, UUID vendorId, UUID orderId, String orderNumber, UUID attemptId,
                            String providerId, PaymentMethod method, Status status, BigDecimal amount,
                            String currency, String failureReason, Instant createdAt, Instant updatedAt) {

    /** {@code MANUAL}: recorded as done by hand (bank transfer, cash on delivery). */
    public enum Status {
        PENDING, SUCCEEDED, FAILED, MANUAL;

        /** The provider's refund status ({@code pending}, {@code succeeded}, {@code failed}, {@code canceled}). */
        public static Status ofProvider(String status) {
            return switch (status == null ? "" : status) {
                case "succeeded" -> SUCCEEDED;
                case "failed", "canceled" -> FAILED;
                default -> PENDING;
            };
        }
    }

    /** @return the idempotency key of the provider's call. */
    public String idempotencyKey() {
        return "refund:" + id;
    }
}
