package com.wizamart.ordering;

/**
 * How a customer pays an order, chosen at checkout among the methods the vendor's shop offers
 * ({@link com.wizamart.ordering.spi.PaymentOptions}).
 */
public enum PaymentMethod {

    /** A card payment through the payment provider, on the vendor's connected account. */
    CARD,
    /** The customer transfers the total to the vendor's account; a member of the team marks the order paid. */
    BANK_TRANSFER,
    /** The customer pays the carrier or the shop on delivery; a member of the team marks the order paid. */
    CASH_ON_DELIVERY;

    /** @return the method named {@code name} (case-insensitive), or {@literal null} when there is none. */
    public static PaymentMethod parse(String name) {
        if (name == null) {
            return null;
        }
        for (PaymentMethod m : values()) {
            if (m.name().equalsIgnoreCase(name.strip())) {
                return m;
            }
        }
        return null;
    }
}
