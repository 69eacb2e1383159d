package com.wizamart.ordering;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jmolecules.event.annotation.DomainEvent;

import com.wizamart.tenancy.Actor;

/**
 * Units of an order were refunded (a partial refund, the refund of a return, or the refund of everything that was
 * left). Published in the refunding transaction, once per refund. Figures subtract it: revenue loses
 * {@link #amount()}, units sold lose each line's {@code quantity}. When the refund leaves nothing to refund, an
 * {@link OrderStatusChanged} to {@code REFUNDED} follows in the same transaction.
 *
 * @param returnId   {@literal null} unless the refund settles a return.
 * @param refundedBy who refunded; {@literal null} in events published before it was recorded.
 * @param amount   gross (VAT included), the sum of the lines' amounts.
 * @param shipped  whether the order had shipped: its units had left the stock. Before shipping the refunded units
 *                 were never sold, and every line has {@code restock} set (they are given back to available stock).
 */
@DomainEvent
public record OrderRefunded(UUID orderId, UUID vendorId, String orderNumber, UUID refundId, UUID returnId,
                            List<Line> lines, BigDecimal amount, String currency, boolean shipped,
                            Instant refundedAt, Actor refundedBy) {

    public OrderRefunded {
        lines = List.copyOf(lines);
    }

    /**
     * Units of one order line refunded.
     *
     * @param amount        gross, {@code quantity} times the line's unit price.
     * @param restock       whether the units go back into stock.
     * @param stockQuantity of {@code quantity}, the units stock holds (see {@link #unitsBack()}).
     */
    public record Line(int lineNo, UUID productId, String sku, int quantity, BigDecimal amount, boolean restock,
                       Integer stockQuantity) {

        /**
         * @return the units stock gives back (released before shipping, returned after): the refunded units less
         *         those that were backordered (never held by any stock); {@code quantity} in events recorded before it
         *         was kept.
         */
        public int unitsBack() {
            return stockQuantity == null ? quantity : stockQuantity;
        }
    }

    /** @return the reference the order's stock was reserved under (the order number). */
    public String reservationReference() {
        return orderNumber;
    }

    /** @return the reference stock changes made for this refund are applied once under. */
    public String stockChangeReference() {
        return "refund:" + refundId;
    }
}
