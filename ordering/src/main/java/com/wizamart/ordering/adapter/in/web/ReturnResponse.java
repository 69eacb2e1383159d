package com.wizamart.ordering.adapter.in.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.wizamart.ordering.domain.OrderReturn;

/**
 * A return of goods: its lines, status, and the refund that settled it.
 *
 * @param requestedBy {@code CUSTOMER} or {@code VENDOR}.
 * @param restock     decided on receipt (staff only).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ReturnResponse(UUID id, UUID orderId, String status, String requestedBy, String reason, String note,
                      Boolean restock, List<Line> lines, UUID refundId, UUID actorId, String actorEmail,
                      Instant requestedAt, Instant receivedAt, Instant updatedAt) {

    record Line(int lineNo, UUID productId, String sku, String name, int quantity) {
    }

    static ReturnResponse of(OrderReturn r, boolean forVendor) {
        return new ReturnResponse(r.id(), r.orderId(), r.status().name(), r.byCustomer() ? "CUSTOMER" : "VENDOR",
                r.reason(), r.note(), forVendor ? r.restock() : null,
                r.lines().stream().map(l -> new Line(l.lineNo(), l.productId(), l.sku(), l.name(), l.quantity()))
                        .toList(),
                r.refundId(), forVendor ? r.actorId() : null, forVendor ? r.actorEmail() : null, r.requestedAt(),
                r.receivedAt(), r.updatedAt());
    }
}
