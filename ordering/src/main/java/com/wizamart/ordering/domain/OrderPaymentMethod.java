package com.wizamart.ordering.domain;

/**
 * How the customer pays an order, as ordering's model keeps it (the published {@code com.wizamart.ordering.PaymentMethod}
 * has the same names; the domain depends on nothing outside it).
 */
public enum OrderPaymentMethod {

    CARD, BANK_TRANSFER, CASH_ON_DELIVERY;

    /** @return the method named {@code name} (case-insensitive), or {@literal null} when there is none. */
    public static OrderPaymentMethod parse(String name) {
        if (name == null) {
            return null;
        }
        for (OrderPaymentMethod m : values()) {
            if (m.name().equalsIgnoreCase(name.strip())) {
                return m;
            }
        }
        return null;
    }
}
