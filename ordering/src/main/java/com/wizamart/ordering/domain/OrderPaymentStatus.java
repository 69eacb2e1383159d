package com.wizamart.ordering.domain;

/**
 * Where an order's payment stands, as ordering's model keeps it (the published
 * {@code com.wizamart.ordering.PaymentStatus} has the same names); its moves: {@link PaymentLifecycle}.
 */
public enum OrderPaymentStatus {

    PENDING, AUTHORIZED, PAID, FAILED, REFUNDED, PARTIALLY_REFUNDED;

    /** @return the status named {@code name} (case-insensitive), or {@literal null} when there is none. */
    public static OrderPaymentStatus parse(String name) {
        if (name == null) {
            return null;
        }
        for (OrderPaymentStatus s : values()) {
            if (s.name().equalsIgnoreCase(name.strip())) {
                return s;
            }
        }
        return null;
    }
}
