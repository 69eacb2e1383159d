package com.wizamart.ordering;

import java.time.Instant;
import java.util.UUID;

import org.jmolecules.event.annotation.DomainEvent;

/**
 * An order moved from one status to another ({@code PENDING}, {@code CONFIRMED}, {@code PROCESSING},
 * {@code SHIPPED}, {@code DELIVERED}, {@code CANCELLED}, {@code REFUNDED}). Published in the changing transaction.
 * The order's stock reservation is referenced by {@link #reservationReference()}.
 *
 * @param restock for {@code REFUNDED}: whether the vendor wants the sold units back in stock.
 */
@DomainEvent
public record OrderStatusChanged(UUID orderId, UUID vendorId, String orderNumber, String from, String to,
                                 boolean restock, Instant changedAt) {

    /** @return the reference the order's stock was reserved under (the order id). */
    public String reservationReference() {
        return orderId.toString();
    }
}
