package com.wizamart.inventory.domain;

/**
 * Why stock changed. The sign of a movement's quantity follows the figure the type changes: on hand for
 * {@code RECEIPT}, {@code IMPORT}, {@code RETURN} (positive), {@code ADJUSTMENT} (either sign) and {@code SALE}
 * (negative); reserved for {@code RESERVATION} (positive) and {@code RELEASE} (negative).
 */
public enum MovementType {

    /** Goods received into stock. */
    RECEIPT,
    /** A correction of on hand (stock count, damage, ...). */
    ADJUSTMENT,
    /** Units held for an order. */
    RESERVATION,
    /** Held units given back (order cancelled). */
    RELEASE,
    /** Held units left the stock (order shipped). */
    SALE,
    /** Sold units came back. */
    RETURN,
    /** Initial stock of a product published from an import. */
    IMPORT;

    /** @return whether this kind of movement changes what is available (on hand minus reserved). */
    public boolean changesAvailability() {
        return this != SALE;
    }
}
