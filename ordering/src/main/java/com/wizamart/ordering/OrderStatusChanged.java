package com.wizamart.ordering;

import java.time.Instant;
import java.util.UUID;

import org.jmolecules.event.annotation.DomainEvent;

import com.wizamart.tenancy.Actor;

/**
 * An order moved from one status to another ({@code PENDING}, {@code CONFIRMED}, {@code PROCESSING},
 * {@code SHIPPED}, {@code DELIVERED}, {@code CANCELLED}, {@code REFUNDED}). Published in the changing transaction.
 * The order's stock reservation is referenced by {@link #reservationReference()}.
 *
 * @param restock always false now: refunds carry their own lines and restock flags ({@link OrderRefunded}). Kept so
 *                that events recorded before (a {@code REFUNDED} move with {@code restock: true}, whose units all go
 *                back) are still read and handled.
 * @param changedBy who moved it: a member of the vendor's staff, or {@link Actor#system()} for the platform (the
 *                  hold-time sweep); {@literal null} in events published before it was recorded.
 */
@DomainEvent
public record OrderStatusChanged(UUID orderId, UUID vendorId, String orderNumber, String from, String to,
                                 boolean restock, Instant changedAt, Actor changedBy) {

    /** @return the reference the order's stock was reserved under: the order number (e.g. {@code ACME-000001}). */
    public String reservationReference() {
        return orderNumber;
    }

    /** @return who moved the order; {@link Actor#system()} when the event does not say. */
    public Actor actor() {
        return changedBy == null ? Actor.system() : changedBy;
    }
}
