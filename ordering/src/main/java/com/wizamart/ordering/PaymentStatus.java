package com.wizamart.ordering;

/**
 * Where an order's payment stands, beside its fulfilment status. {@code PENDING}: nothing received yet;
 * {@code AUTHORIZED}: a card hold that is not captured yet; {@code PAID}: the money is the vendor's; {@code FAILED}:
 * the payment was declined or its hold released; {@code PARTIALLY_REFUNDED} / {@code REFUNDED}: money went back.
 */
public enum PaymentStatus {

    PENDING, AUTHORIZED, PAID, FAILED, REFUNDED, PARTIALLY_REFUNDED;

    /** @return the status named {@code name} (case-insensitive), or {@literal null} when there is none. */
    public static PaymentStatus parse(String name) {
        if (name == null) {
            return null;
        }
        for (PaymentStatus s : values()) {
            if (s.name().equalsIgnoreCase(name.strip())) {
                return s;
            }
        }
        return null;
    }
}
