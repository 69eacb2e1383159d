package com.wizamart.ordering.domain;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * What one line of an order bought: a snapshot of the product as it was sold.
 *
 * @param refundedQuantity units of the line refunded so far (0 to {@code quantity}).
 * @param backordered      units of {@code quantity} that no stock holds yet (a preorder or backorder product ordered
 *                         beyond its stock); they are reserved when the order ships. 0 for every other line.
 */
public record OrderLine(int lineNo, UUID productId, String sku, String name, BigDecimal unitPrice, BigDecimal taxRate,
                        int quantity, BigDecimal lineTotal, int refundedQuantity, int backordered) {

    public OrderLine {
        if (refundedQuantity < 0 || refundedQuantity > quantity) {
            throw new IllegalArgumentException("refunded " + refundedQuantity + " of " + quantity);
        }
        if (backordered < 0 || backordered > quantity) {
            throw new IllegalArgumentException("backordered must be between 0 and the quantity");
        }
    }

    /** A line as it is sold, nothing refunded, nothing backordered. */
    public OrderLine(int lineNo, UUID productId, String sku, String name, BigDecimal unitPrice, BigDecimal taxRate,
                     int quantity, BigDecimal lineTotal) {
        this(lineNo, productId, sku, name, unitPrice, taxRate, quantity, lineTotal, 0, 0);
    }

    /** This line with {@code units} of it backordered. */
    public OrderLine withBackordered(int units) {
        return new OrderLine(lineNo, productId, sku, name, unitPrice, taxRate, quantity, lineTotal, refundedQuantity,
                units);
    }

    /** @return the gross amount {@code units} of this line were sold for (unit price times units). */
    public BigDecimal amountOf(int units) {
        return Money.times(unitPrice, units);
    }

    /** @return units not refunded yet. */
    public int unrefunded() {
        return quantity - refundedQuantity;
    }

    /**
     * @param shipped whether the order had shipped; before, refunded units come off the backordered ones first (they
     *                were never held by any stock).
     */
    OrderLine refunding(int units, boolean shipped) {
        return new OrderLine(lineNo, productId, sku, name, unitPrice, taxRate, quantity, lineTotal,
                refundedQuantity + units, backordered - heldOf(units, shipped, backordered));
    }

    /**
     * @return of {@code units} refunded, how many come off the backordered ones (before shipping, backordered first;
     *         after, none: everything was sold from stock).
     */
    public int backorderedOf(int units, boolean shipped) {
        return heldOf(units, shipped, backordered);
    }

    private static int heldOf(int units, boolean shipped, int backordered) {
        return shipped ? 0 : Math.min(units, backordered);
    }
}
