package com.wizamart.ordering.adapter.in.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.wizamart.ordering.application.OrderQueries;
import com.wizamart.ordering.domain.Address;
import com.wizamart.ordering.domain.Order;
import com.wizamart.ordering.domain.StatusChange;

/** An order in full: items, VAT breakdown, addresses and (when known) its status history. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record OrderResponse(UUID id, String orderNumber, String status, UUID customerId, String customerEmail,
                     String customerName, List<Item> items, int itemCount, BigDecimal total, BigDecimal taxTotal,
                     String currency, List<VatResponse> vat, Address shippingAddress, Address billingAddress,
                     String note, String trackingNumber, UUID assigneeId, Instant placedAt, Instant updatedAt,
                     List<History> statusHistory) {

    /** @param backorderedQuantity units of {@code quantity} no stock holds yet (reserved when the order ships). */
    record Item(int lineNo, UUID productId, String sku, String name, BigDecimal unitPrice, BigDecimal taxRate,
                int quantity, BigDecimal lineTotal, int backorderedQuantity) {
    }

    record History(String from, String to, UUID actorId, String actorEmail, String note, Instant at) {
    }

    static OrderResponse of(Order o, List<StatusChange> history, boolean forVendor) {
        return new OrderResponse(o.id(), o.number(), o.status().name(), o.customerId(), o.customerEmail(),
                o.customerName(),
                o.lines().stream().map(l -> new Item(l.lineNo(), l.productId(), l.sku(), l.name(), l.unitPrice(),
                        l.taxRate(), l.quantity(), l.lineTotal(), l.backordered())).toList(),
                o.itemCount(), o.total(), o.taxTotal(), o.currency(), VatResponse.of(o.vat()), o.shippingAddress(),
                o.billingAddress(), o.note(), o.trackingNumber(), forVendor ? o.assigneeId() : null, o.placedAt(),
                o.updatedAt(),
                history == null ? null : history.stream().map(h -> new History(
                        h.from() == null ? null : h.from().name(), h.to().name(), forVendor ? h.actorId() : null,
                        forVendor ? h.actorEmail() : null, h.note(), h.at())).toList());
    }

    static OrderResponse of(OrderQueries.OrderDetail detail, boolean forVendor) {
        return of(detail.order(), detail.history(), forVendor);
    }
}
