package com.wizamart.testing.stripe;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Stripe's test payment methods that the stand-in knows, with what confirming a PaymentIntent with each does
 * (see Stripe's "Testing" documentation: {@code pm_card_visa}, {@code pm_card_chargeDeclined}, ...).
 * {@code pm_card_processing} is the stand-in's own: the payment stays {@code processing} until
 * {@link StripeStandIn#settle(String, boolean)}.
 */
enum TestCards {

    VISA("pm_card_visa", "visa", "4242", Outcome.SUCCEEDS, null, null, null),
    VISA_DEBIT("pm_card_visa_debit", "visa", "5556", Outcome.SUCCEEDS, null, null, null),
    MASTERCARD("pm_card_mastercard", "mastercard", "4444", Outcome.SUCCEEDS, null, null, null),
    DECLINED("pm_card_chargeDeclined", "visa", "0002", Outcome.DECLINED,
            "card_declined", "generic_decline", "Your card was declined."),
    INSUFFICIENT_FUNDS("pm_card_chargeDeclinedInsufficientFunds", "visa", "9995", Outcome.DECLINED,
            "card_declined", "insufficient_funds", "Your card has insufficient funds."),
    EXPIRED("pm_card_chargeDeclinedExpiredCard", "visa", "0069", Outcome.DECLINED,
            "expired_card", "expired_card", "Your card has expired."),
    AUTHENTICATION_REQUIRED("pm_card_authenticationRequired", "visa", "3184", Outcome.REQUIRES_ACTION,
            null, null, null),
    THREE_D_SECURE_REQUIRED("pm_card_threeDSecure2Required", "visa", "3220", Outcome.REQUIRES_ACTION,
            null, null, null),
    PROCESSING("pm_card_processing", "visa", "0077", Outcome.PROCESSING, null, null, null);

    enum Outcome { SUCCEEDS, DECLINED, REQUIRES_ACTION, PROCESSING }

    final String id;
    final String brand;
    final String last4;
    final Outcome outcome;
    final String code;
    final String declineCode;
    final String message;

    TestCards(String id, String brand, String last4, Outcome outcome, String code, String declineCode,
              String message) {
        this.id = id;
        this.brand = brand;
        this.last4 = last4;
        this.outcome = outcome;
        this.code = code;
        this.declineCode = declineCode;
        this.message = message;
    }

    static TestCards byId(String id) {
        for (TestCards card : values()) {
            if (card.id.equals(id)) {
                return card;
            }
        }
        return null;
    }

    /** The payment method object, as embedded in a card error. */
    Map<String, Object> json(long created) {
        Map<String, Object> card = new LinkedHashMap<>();
        card.put("brand", brand);
        card.put("country", "US");
        card.put("exp_month", 12);
        card.put("exp_year", 2034);
        card.put("funding", "credit");
        card.put("last4", last4);
        Map<String, Object> method = new LinkedHashMap<>();
        method.put("id", id);
        method.put("object", "payment_method");
        method.put("card", card);
        method.put("created", created);
        method.put("customer", null);
        method.put("livemode", false);
        method.put("metadata", Map.of());
        method.put("type", "card");
        return method;
    }
}
