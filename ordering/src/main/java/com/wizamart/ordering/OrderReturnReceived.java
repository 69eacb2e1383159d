package com.wizamart.ordering;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jmolecules.event.annotation.DomainEvent;

import com.wizamart.tenancy.Actor;

/**
 * Returned goods of an order arrived back at the vendor. Published in the receiving transaction, once per return.
 *
 * @param restock whether the vendor puts the units back into stock (inventory returns them to the locations the
 *                sale took them from).
 */
@DomainEvent
public record OrderReturnReceived(UUID orderId, UUID vendorId, String orderNumber, UUID returnId, List<Line> lines,
                                  boolean restock, Instant receivedAt, Actor receivedBy) {

    public OrderReturnReceived {
        lines = List.copyOf(lines);
    }

    /** Units of one order line that came back. */
    public record Line(int lineNo, UUID productId, String sku, int quantity) {
    }

    /** @return the reference the order's stock was reserved under (the order number). */
    public String reservationReference() {
        return orderNumber;
    }

    /** @return the reference the restock of this return is applied once under. */
    public String stockChangeReference() {
        return "return:" + returnId;
    }
}
