package com.wizamart.payments.domain;

import java.util.Map;

import com.wizamart.sharedkernel.DomainException;

/** Payments' business errors, each with its stable code. */
public final class PaymentsException extends DomainException {

    private PaymentsException(Kind kind, String code, String message, Map<String, Object> details) {
        super(kind, code, message, details);
    }

    /** No such order (of the caller's vendor, or of the signed-in customer). */
    public static PaymentsException orderNotFound() {
        return new PaymentsException(Kind.NOT_FOUND, "ORDER_NOT_FOUND", "Order not found.", Map.of());
    }

    public static PaymentsException vendorNotFound() {
        return new PaymentsException(Kind.NOT_FOUND, "VENDOR_NOT_FOUND", "Vendor not found.", Map.of());
    }

    public static PaymentsException mismatchNotFound() {
        return new PaymentsException(Kind.NOT_FOUND, "PAYMENT_MISMATCH_NOT_FOUND", "Reconciliation finding not found.",
                Map.of());
    }

    /** Card payments need the platform's provider keys and the vendor's connected account. */
    public static PaymentsException cardUnavailable() {
        return new PaymentsException(Kind.VALIDATION, "CARD_PAYMENTS_UNAVAILABLE", "Card payments are not available "
                + "for this shop: the platform has no payment provider configured or the shop has no connected "
                + "account yet.", Map.of());
    }

    /** Marking paid is for the methods paid outside the provider (bank transfer, cash on delivery). */
    public static PaymentsException notManual(String method) {
        return new PaymentsException(Kind.CONFLICT, "PAYMENT_METHOD_NOT_MANUAL", "A " + method
                + " payment is confirmed by the payment provider, not marked paid by hand.",
                Map.of("paymentMethod", method));
    }

    /** The order's total has more decimals than its currency's minor unit: it cannot be charged without rounding. */
    public static PaymentsException amountNotRepresentable(java.math.BigDecimal amount, String currency) {
        return new PaymentsException(Kind.VALIDATION, "AMOUNT_NOT_REPRESENTABLE", "The order total "
                + amount.toPlainString() + " " + currency + " cannot be charged in the currency's smallest unit.",
                Map.of("amount", amount.toPlainString(), "currency", currency));
    }

    /** The order is cancelled: it cannot be marked paid. */
    public static PaymentsException orderCancelled() {
        return new PaymentsException(Kind.CONFLICT, "ORDER_CANCELLED",
                "The order is cancelled: nothing is owed for it.", Map.of());
    }

    /** The order cannot be paid in its state (cancelled, already paid, not a card order...). */
    public static PaymentsException notPayable(String reason) {
        return new PaymentsException(Kind.CONFLICT, "ORDER_NOT_PAYABLE", reason, Map.of());
    }

    /** The provider could not be reached or failed; nothing was lost, the call may be repeated. */
    public static PaymentsException providerUnavailable() {
        return new PaymentsException(Kind.UNAVAILABLE, "PAYMENT_PROVIDER_UNAVAILABLE", "The payment provider could "
                + "not be reached. Please try again in a moment.", Map.of());
    }

    /** A webhook without a valid signature (unsigned, wrong secret, tampered, or stale). */
    public static PaymentsException webhookSignatureInvalid() {
        return new PaymentsException(Kind.BAD_REQUEST, "WEBHOOK_SIGNATURE_INVALID", "The webhook signature is "
                + "missing, invalid or too old.", Map.of());
    }
}
