package com.wizamart.ordering.adapter.in.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.wizamart.ordering.domain.Refund;

/**
 * A refund: the units of each line, their amounts (gross), whether they went back into stock, who made it and when.
 *
 * @param shipped whether the order had shipped when refunded (before, the units were dropped from the order and given
 *                back to stock).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record RefundResponse(UUID id, UUID orderId, BigDecimal amount, String currency, String reason, UUID returnId,
                      boolean shipped, List<Line> lines, UUID actorId, String actorEmail, Instant createdAt) {

    record Line(int lineNo, UUID productId, String sku, String name, int quantity, BigDecimal amount,
                boolean restock) {
    }

    static RefundResponse of(Refund r, boolean forVendor) {
        return new RefundResponse(r.id(), r.orderId(), r.amount(), r.currency(), r.reason(), r.returnId(), r.shipped(),
                r.lines().stream().map(l -> new Line(l.lineNo(), l.productId(), l.sku(), l.name(), l.quantity(),
                        l.amount(), l.restock())).toList(),
                forVendor ? r.actorId() : null, forVendor ? r.actorEmail() : null, r.createdAt());
    }
}
