package com.wizamart.ordering.adapter.in.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.wizamart.ordering.application.OrderQueries;
import com.wizamart.ordering.domain.Address;
import com.wizamart.ordering.domain.Order;
import com.wizamart.ordering.domain.ShippingLine;
import com.wizamart.ordering.domain.StatusChange;

/**
 * An order in full: items, shipping, VAT breakdown, addresses and (when known) its status history.
 *
 * @param shipping   the shipping line (absent when the shop charged none); {@code total} includes it and {@code vat}
 *                   its VAT.
 * @param vatScheme  {@code SHOP} (the products' own rates) or {@code OSS} (the destination's rates); absent on orders
 *                   placed before it was kept.
 * @param vatCountry whose rates: the destination for {@code OSS}, the shop's country for {@code SHOP}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record OrderResponse(UUID id, String orderNumber, String status, UUID customerId, String customerEmail,
                     String customerName, List<Item> items, int itemCount, Shipping shipping, BigDecimal total,
                     BigDecimal taxTotal, String currency, List<VatResponse> vat, String vatScheme, String vatCountry,
                     Address shippingAddress, Address billingAddress, String note, String trackingNumber,
                     UUID assigneeId, Instant placedAt, Instant updatedAt, List<History> statusHistory) {

    /** What the order charged for shipping: {@code gross = net + tax}, at {@code taxRate}. */
    record Shipping(UUID methodId, String name, String kind, BigDecimal gross, BigDecimal net, BigDecimal taxRate,
                    BigDecimal tax, String pickupLocation) {

        static Shipping of(ShippingLine s) {
            return s == null ? null : new Shipping(s.methodId(), s.name(), s.kind().name(), s.gross(), s.net(),
                    s.taxRate(), s.tax(), s.pickupLocation());
        }
    }

    record Item(int lineNo, UUID productId, String sku, String name, BigDecimal unitPrice, BigDecimal taxRate,
                int quantity, BigDecimal lineTotal) {
    }

    record History(String from, String to, UUID actorId, String actorEmail, String note, Instant at) {
    }

    static OrderResponse of(Order o, List<StatusChange> history, boolean forVendor) {
        return new OrderResponse(o.id(), o.number(), o.status().name(), o.customerId(), o.customerEmail(),
                o.customerName(),
                o.lines().stream().map(l -> new Item(l.lineNo(), l.productId(), l.sku(), l.name(), l.unitPrice(),
                        l.taxRate(), l.quantity(), l.lineTotal())).toList(),
                o.itemCount(), Shipping.of(o.shipping()), o.total(), o.taxTotal(), o.currency(),
                VatResponse.of(o.vat()), o.vatTreatment() == null ? null : o.vatTreatment().scheme().name(),
                o.vatTreatment() == null ? null : o.vatTreatment().country(), o.shippingAddress(), o.billingAddress(),
                o.note(), o.trackingNumber(), forVendor ? o.assigneeId() : null, o.placedAt(), o.updatedAt(),
                history == null ? null : history.stream().map(h -> new History(
                        h.from() == null ? null : h.from().name(), h.to().name(), forVendor ? h.actorId() : null,
                        forVendor ? h.actorEmail() : null, h.note(), h.at())).toList());
    }

    static OrderResponse of(OrderQueries.OrderDetail detail, boolean forVendor) {
        return of(detail.order(), detail.history(), forVendor);
    }
}
