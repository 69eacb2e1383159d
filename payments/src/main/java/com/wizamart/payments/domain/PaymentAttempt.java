package com.wizamart.payments.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * One card payment attempt of an order: one PaymentIntent at the provider, created under {@link #idempotencyKey()}.
 *
 * @param providerId      the PaymentIntent's id; {@literal null} until the provider answered.
 * @param amountMinor     the amount in the currency's minor unit (cents).
 * @param feeMinor        the platform's application fee, in minor units.
 * @param capturedMinor   what was captured, in minor units.
 * @param captureRequestedAt when a capture was asked for (claimed); {@literal null} before.
 * @param paymentMethodId the card (payment method) the attempt was confirmed with; {@literal null} when the shopper's
 *                        browser confirms it.
 * @param returnUrl       where 3-D Secure sends the shopper back; {@literal null} for none.
 */
public record PaymentAttempt(UUID id, UUID vendorId, UUID orderId, String orderNumber, int attemptNo,
                             String idempotencyKey, String providerId, String chargeId, AttemptStatus status,
                             BigDecimal amount, long amountMinor, long feeMinor, long capturedMinor, String currency,
                             String connectedAccount, String failureCode, String failureMessage, Instant createdAt,
                             Instant updatedAt, Instant authorizedAt, Instant capturedAt,
                             Instant captureRequestedAt, String paymentMethodId, String returnUrl) {

    /** @return the attempt with the provider's view of it applied (ids, status, amounts, failure). */
    public PaymentAttempt with(String provider, String charge, AttemptStatus to, long captured, String code,
                               String message, Instant at) {
        Instant authorized = authorizedAt == null && (to == AttemptStatus.AUTHORIZED || to == AttemptStatus.CAPTURED)
                ? at : authorizedAt;
        Instant capturedTime = capturedAt == null && to == AttemptStatus.CAPTURED ? at : capturedAt;
        return new PaymentAttempt(id, vendorId, orderId, orderNumber, attemptNo, idempotencyKey,
                provider == null ? providerId : provider, charge == null ? chargeId : charge, to, amount, amountMinor,
                feeMinor, captured, currency, connectedAccount, code, message, createdAt, at, authorized,
                capturedTime, captureRequestedAt, paymentMethodId, returnUrl);
    }

    /** @return whether the attempt may still hold or take money (a hold to release, a payment to complete). */
    public boolean open() {
        return status == AttemptStatus.CREATED || status == AttemptStatus.PENDING
                || status == AttemptStatus.REQUIRES_ACTION || status == AttemptStatus.AUTHORIZED;
    }
}
