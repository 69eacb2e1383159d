package com.wizamart.ordering.domain;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * What one line of an order bought: a snapshot of the product as it was sold.
 *
 * @param refundedQuantity units of the line refunded so far (0 to {@code quantity}).
 */
public record OrderLine(int lineNo, UUID productId, String sku, String name, BigDecimal unitPrice, BigDecimal taxRate,
                        int quantity, BigDecimal lineTotal, int refundedQuantity) {

    public OrderLine {
        if (refundedQuantity < 0 || refundedQuantity > quantity) {
            throw new IllegalArgumentException("refunded " + refundedQuantity + " of " + quantity);
        }
    }

    /** A line as it is sold, nothing refunded. */
    public OrderLine(int lineNo, UUID productId, String sku, String name, BigDecimal unitPrice, BigDecimal taxRate,
                     int quantity, BigDecimal lineTotal) {
        this(lineNo, productId, sku, name, unitPrice, taxRate, quantity, lineTotal, 0);
    }

    /** @return the gross amount {@code units} of this line were sold for (unit price times units). */
    public BigDecimal amountOf(int units) {
        return Money.times(unitPrice, units);
    }

    /** @return units not refunded yet. */
    public int unrefunded() {
        return quantity - refundedQuantity;
    }

    OrderLine refunding(int units) {
        return new OrderLine(lineNo, productId, sku, name, unitPrice, taxRate, quantity, lineTotal,
                refundedQuantity + units);
    }
}
