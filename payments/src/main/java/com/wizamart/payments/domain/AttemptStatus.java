package com.wizamart.payments.domain;

/**
 * Where one card payment attempt stands. {@code CREATED}: written before the provider was called (its answer may
 * have been lost); {@code PENDING}: waiting for the shopper or the provider; {@code REQUIRES_ACTION}: 3-D Secure;
 * {@code AUTHORIZED}: the amount is held; {@code CAPTURED}: taken; {@code FAILED}: declined; {@code CANCELED}: the
 * hold was released (or the attempt abandoned).
 */
public enum AttemptStatus {

    CREATED, PENDING, REQUIRES_ACTION, AUTHORIZED, CAPTURED, FAILED, CANCELED;

    /**
     * The status a PaymentIntent's state means.
     *
     * @param intentStatus the provider's status ({@code requires_capture}, ...).
     * @param declined     whether the intent carries a payment error (a decline leaves it in
     *                     {@code requires_payment_method}).
     */
    public static AttemptStatus ofIntent(String intentStatus, boolean declined) {
        return switch (intentStatus == null ? "" : intentStatus) {
            case "requires_payment_method" -> declined ? FAILED : PENDING;
            case "requires_action" -> REQUIRES_ACTION;
            case "requires_capture" -> AUTHORIZED;
            case "succeeded" -> CAPTURED;
            case "canceled" -> CANCELED;
            default -> PENDING;
        };
    }

    /** @return whether nothing can change this status any more. */
    public boolean terminal() {
        return this == CAPTURED || this == CANCELED;
    }

    /**
     * Moves only forward, whatever order the provider's news arrives in: nothing leaves a terminal status, an
     * authorization only gets captured or released, and a late "pending" never undoes a later state.
     */
    public boolean canMoveTo(AttemptStatus to) {
        if (to == this || terminal()) {
            return false;
        }
        return switch (this) {
            case AUTHORIZED -> to == CAPTURED || to == CANCELED;
            case CREATED -> true;
            case PENDING, REQUIRES_ACTION -> to != CREATED;
            case FAILED -> to == REQUIRES_ACTION || to == AUTHORIZED || to == CAPTURED || to == CANCELED;
            default -> false;
        };
    }
}
