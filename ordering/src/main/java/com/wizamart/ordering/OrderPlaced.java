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
 * @param total         gross total, VAT included.
 * @param paymentMethod how the customer pays (its payment is {@code PENDING}); {@literal null} in events published
 *                      before orders recorded it (still in the event publication registry).
 */
@DomainEvent
public record OrderPlaced(UUID orderId, UUID vendorId, String orderNumber, UUID customerId, List<Line> lines,
                          BigDecimal total, String currency, Instant placedAt, PaymentMethod paymentMethod) {

    public OrderPlaced {
        lines = List.copyOf(lines);
    }

    /** An order placed without a recorded payment method. */
    public OrderPlaced(UUID orderId, UUID vendorId, String orderNumber, UUID customerId, List<Line> lines,
                       BigDecimal total, String currency, Instant placedAt) {
        this(orderId, vendorId, orderNumber, customerId, lines, total, currency, placedAt, null);
    }

    /** One ordered product. */
    public record Line(UUID productId, String sku, int quantity, BigDecimal unitPrice) {
    }
}
