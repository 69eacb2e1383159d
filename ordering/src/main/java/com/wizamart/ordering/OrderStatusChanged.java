package com.wizamart.ordering;

import java.time.Instant;
import java.util.UUID;

import org.jmolecules.event.annotation.DomainEvent;

/**
 * An order moved from one status to another ({@code PENDING}, {@code CONFIRMED}, {@code PROCESSING},
 * {@code SHIPPED}, {@code DELIVERED}, {@code CANCELLED}, {@code REFUNDED}). Published in the changing transaction.
 * The order's stock reservation is referenced by {@link #reservationReference()}.
 *
 * @param restock always false now: refunds carry their own lines and restock flags ({@link OrderRefunded}). Kept so
 *                that events recorded before (a {@code REFUNDED} move with {@code restock: true}, whose units all go
 *                back) are still read and handled.
 */
@DomainEvent
public record OrderStatusChanged(UUID orderId, UUID vendorId, String orderNumber, String from, String to,
                                 boolean restock, Instant changedAt) {

    /** @return the reference the order's stock was reserved under (the order id). */
    public String reservationReference() {
        return orderId.toString();
    }
}
