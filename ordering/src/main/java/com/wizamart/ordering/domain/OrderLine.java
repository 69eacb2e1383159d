package com.wizamart.ordering.domain;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * What one line of an order bought: a snapshot of the product as it was sold.
 *
 * @param backordered units of {@code quantity} that no stock holds yet (a preorder or backorder product ordered beyond
 *                    its stock); they are reserved when the order ships. 0 for every other line.
 */
public record OrderLine(int lineNo, UUID productId, String sku, String name, BigDecimal unitPrice, BigDecimal taxRate,
                        int quantity, BigDecimal lineTotal, int backordered) {

    public OrderLine {
        if (backordered < 0 || backordered > quantity) {
            throw new IllegalArgumentException("backordered must be between 0 and the quantity");
        }
    }

    /** This line with {@code units} of it backordered. */
    public OrderLine withBackordered(int units) {
        return new OrderLine(lineNo, productId, sku, name, unitPrice, taxRate, quantity, lineTotal, units);
    }
}
