package com.wizamart.ordering.domain;

import java.util.UUID;

/**
 * Units of one order line a refund or a return asks for, naming the line by its number or by its product (an order
 * has one line per product).
 *
 * @param restock for refunds: whether these units go back into stock ({@literal null}: as the refund says).
 */
public record RequestedLine(Integer lineNo, UUID productId, int quantity, Boolean restock) {

    /** A line of a return (restocking is decided when the goods are received). */
    public RequestedLine(Integer lineNo, UUID productId, int quantity) {
        this(lineNo, productId, quantity, null);
    }
}
