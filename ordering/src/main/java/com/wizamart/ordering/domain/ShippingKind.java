package com.wizamart.ordering.domain;

/** How a shipping method is priced and whether it delivers. */
public enum ShippingKind {

    /** Delivery at a fixed price. */
    FLAT,
    /** Delivery at a fixed price, free when the goods cost at least the method's threshold. */
    FREE_ABOVE,
    /** The customer collects the order at the shop: no delivery, no shipping address. */
    PICKUP
}
