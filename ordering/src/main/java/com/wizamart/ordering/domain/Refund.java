package com.wizamart.ordering.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Money given back for units of an order's lines, made once per idempotency key.
 *
 * @param idempotencyKey {@code key:} and the client's key, or one the platform derives ({@code return:<id>} for a
 *                       return's refund, {@code rest} for the refund of everything that was left); unique per order.
 * @param amount         gross (VAT included): the sum of the lines' amounts, in the order's {@code currency}.
 * @param returnId       the return it settles, if any.
 * @param shipped        whether the order had shipped when refunded (its units had left the stock).
 */
public record Refund(UUID id, UUID orderId, String idempotencyKey, String fingerprint, BigDecimal amount,
                     String currency, String reason, UUID returnId, boolean shipped, UUID actorId, String actorEmail,
                     Instant createdAt, List<Line> lines) {

    /**
     * Units of one order line refunded.
     *
     * @param amount  {@code quantity} times the line's unit price.
     * @param restock whether the units go back into stock (always, before shipping; never for a return's refund,
     *                whose goods were restocked, or not, when received).
     */
    public record Line(int lineNo, UUID productId, String sku, String name, int quantity, BigDecimal amount,
                       boolean restock) {
    }

    public Refund {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(orderId, "orderId");
        lines = List.copyOf(lines);
    }
}
