package com.wizamart.ordering;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jmolecules.event.annotation.DomainEvent;

/**
 * A customer placed an order (status {@code PENDING}); its stock is reserved under the order number as reference.
 * Published in the checkout transaction.
 *
 * @param total gross total, VAT included.
 */
@DomainEvent
public record OrderPlaced(UUID orderId, UUID vendorId, String orderNumber, UUID customerId, List<Line> lines,
                          BigDecimal total, String currency, Instant placedAt) {

    public OrderPlaced {
        lines = List.copyOf(lines);
    }

    /** One ordered product. */
    public record Line(UUID productId, String sku, int quantity, BigDecimal unitPrice) {
    }
}
