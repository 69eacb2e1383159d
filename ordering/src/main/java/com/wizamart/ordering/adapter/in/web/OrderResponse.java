package com.wizamart.ordering.adapter.in.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.wizamart.ordering.application.OrderViews;
import com.wizamart.ordering.domain.Address;
import com.wizamart.ordering.domain.Order;
import com.wizamart.ordering.domain.PaymentChange;
import com.wizamart.ordering.domain.ShippingLine;
import com.wizamart.ordering.domain.StatusChange;

/**
 * An order in full: items (with what was refunded), shipping, VAT breakdown, addresses and, when known, its history,
 * refunds and returns. Customers see no staff details: no assignee, no assignment entries, no actors.
 *
 * @param shipping      the shipping line (absent when the shop charged none); {@code total} includes it and {@code vat}
 *                      its VAT.
 * @param refundedTotal gross amount refunded so far.
 * @param vatScheme     {@code SHOP} (the products' own rates) or {@code OSS} (the destination's rates); absent on
 *                      orders placed before it was kept.
 * @param vatCountry    whose rates: the destination for {@code OSS}, the shop's country for {@code SHOP}.
 * @param nextStatuses  the statuses the team may move the order to now (staff only), in the lifecycle's order.
 * @param paymentMethod {@code CARD}, {@code BANK_TRANSFER} or {@code CASH_ON_DELIVERY}; {@literal null} (shown as
 *                      such) for orders placed before payment methods were recorded.
 * @param paymentStatus where its payment stands ({@code PENDING}, {@code AUTHORIZED}, {@code PAID}, {@code FAILED},
 *                      {@code PARTIALLY_REFUNDED}, {@code REFUNDED}); {@literal null} with {@code paymentMethod}.
 * @param paymentHistory the moves of its payment status, oldest first (details only).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record OrderResponse(UUID id, String orderNumber, String status, UUID customerId, String customerEmail,
                     String customerName, List<Item> items, int itemCount, Shipping shipping, BigDecimal total,
                     BigDecimal taxTotal, BigDecimal refundedTotal, String currency, List<VatResponse> vat,
                     String vatScheme, String vatCountry, Address shippingAddress, Address billingAddress, String note,
                     String trackingNumber, UUID assigneeId, AssigneeResponse assignee, Instant placedAt,
                     Instant updatedAt, List<History> statusHistory, List<RefundResponse> refunds,
                     List<ReturnResponse> returns, List<String> nextStatuses,
                     @JsonInclude(JsonInclude.Include.ALWAYS) String paymentMethod,
                     @JsonInclude(JsonInclude.Include.ALWAYS) String paymentStatus,
                     List<PaymentHistory> paymentHistory) {

    /**
     * One move of the order's payment status.
     *
     * @param from      absent for the order being placed.
     * @param amount    what the move is about: the total, what was captured, what was refunded so far.
     * @param changedBy who moved it (staff views only; absent for the platform itself, e.g. the provider's notice).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record PaymentHistory(String from, String to, BigDecimal amount, String currency, String note,
                          Instant changedAt, ChangedBy changedBy) {

        static PaymentHistory of(PaymentChange c, boolean forVendor) {
            return new PaymentHistory(c.from() == null ? null : c.from().name(), c.to().name(), c.amount(),
                    c.currency(), c.note(), c.at(),
                    forVendor && (c.actorId() != null || c.actorEmail() != null)
                            ? new ChangedBy(c.actorId(), c.actorEmail()) : null);
        }
    }

    /** A person as the entry names them. */
    record ChangedBy(UUID id, String email) {
    }

    /** What the order charged for shipping: {@code gross = net + tax}, at {@code taxRate}. */
    record Shipping(UUID methodId, String name, String kind, BigDecimal gross, BigDecimal net, BigDecimal taxRate,
                    BigDecimal tax, String pickupLocation) {

        static Shipping of(ShippingLine s) {
            return s == null ? null : new Shipping(s.methodId(), s.name(), s.kind().name(), s.gross(), s.net(),
                    s.taxRate(), s.tax(), s.pickupLocation());
        }
    }

    /**
     * @param refundedQuantity   units refunded so far.
     * @param refundableQuantity  units that can still be refunded (not refunded, not held by an open return).
     * @param backorderedQuantity units of {@code quantity} no stock holds yet (reserved when the order ships).
     */
    record Item(int lineNo, UUID productId, String sku, String name, BigDecimal unitPrice, BigDecimal taxRate,
                int quantity, BigDecimal lineTotal, int refundedQuantity, Integer refundableQuantity,
                int backorderedQuantity) {
    }

    /**
     * @param type {@code STATUS} (from, to) or {@code ASSIGNMENT} (fromAssignee, toAssignee; absent: nobody).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record History(String type, String from, String to, AssigneeResponse fromAssignee, AssigneeResponse toAssignee,
                   UUID actorId, String actorEmail, String note, Instant at) {
    }

    /** The order as checkout answers it: no history, refunds or returns yet. */
    static OrderResponse placed(Order o) {
        return of(o, null, null, null, null, Map.of(), null, false);
    }

    static OrderResponse of(OrderViews.OrderDetail detail, boolean forVendor) {
        Order o = detail.order();
        return of(o, detail.history(),
                detail.refunds().stream().map(r -> RefundResponse.of(r, forVendor)).toList(),
                detail.returns().stream().map(r -> ReturnResponse.of(r, forVendor)).toList(),
                forVendor ? (detail.assignee() != null ? AssigneeResponse.of(detail.assignee())
                        : AssigneeResponse.unknown(o.assigneeId())) : null,
                detail.refundable(), detail.paymentHistory(), forVendor);
    }

    private static OrderResponse of(Order o, List<StatusChange> history, List<RefundResponse> refunds,
                                    List<ReturnResponse> returns, AssigneeResponse assignee,
                                    Map<Integer, Integer> refundable, List<PaymentChange> paymentHistory,
                                    boolean forVendor) {
        return new OrderResponse(o.id(), o.number(), o.status().name(), o.customerId(), o.customerEmail(),
                o.customerName(),
                o.lines().stream().map(l -> new Item(l.lineNo(), l.productId(), l.sku(), l.name(), l.unitPrice(),
                        l.taxRate(), l.quantity(), l.lineTotal(), l.refundedQuantity(),
                        refundable.get(l.lineNo()), l.backordered())).toList(),
                o.itemCount(), Shipping.of(o.shipping()), o.total(), o.taxTotal(), o.refundedTotal(), o.currency(),
                VatResponse.of(o.vat()), o.vatTreatment() == null ? null : o.vatTreatment().scheme().name(),
                o.vatTreatment() == null ? null : o.vatTreatment().country(), o.shippingAddress(), o.billingAddress(), o.note(), o.trackingNumber(),
                forVendor ? o.assigneeId() : null, assignee, o.placedAt(), o.updatedAt(),
                history == null ? null : history.stream()
                        .filter(h -> forVendor || h.type() == StatusChange.Type.STATUS)
                        .map(h -> history(h, forVendor)).toList(),
                refunds, returns,
                forVendor ? o.status().next().stream().sorted().map(Enum::name).toList() : null,
                o.paymentMethod() == null ? null : o.paymentMethod().name(),
                o.paymentStatus() == null ? null : o.paymentStatus().name(),
                paymentHistory == null ? null
                        : paymentHistory.stream().map(c -> PaymentHistory.of(c, forVendor)).toList());
    }

    private static History history(StatusChange h, boolean forVendor) {
        return new History(h.type().name(), h.from() == null ? null : h.from().name(),
                h.to() == null ? null : h.to().name(), AssigneeResponse.of(h.fromAssignee()),
                AssigneeResponse.of(h.toAssignee()), forVendor ? h.actorId() : null,
                forVendor ? h.actorEmail() : null, h.note(), h.at());
    }
}
