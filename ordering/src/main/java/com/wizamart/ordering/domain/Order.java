package com.wizamart.ordering.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * An order of one customer at one vendor. Lines, addresses and totals are fixed when it is placed; afterwards only
 * its status (with tracking number) and assignee change.
 *
 * @param total    gross total (VAT included), the sum of the line totals.
 * @param taxTotal the VAT included in {@code total}.
 */
public record Order(UUID id, UUID vendorId, String number, UUID customerId, String customerEmail, String customerName,
                    OrderStatus status, String currency, BigDecimal total, BigDecimal taxTotal, List<OrderLine> lines,
                    Address shippingAddress, Address billingAddress, String note, String trackingNumber,
                    UUID assigneeId, Instant placedAt, Instant updatedAt) {

    public static final int MAX_NOTE = 1000;

    public Order {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(vendorId, "vendorId");
        Objects.requireNonNull(status, "status");
        lines = List.copyOf(lines);
    }

    /**
     * Places an order for the orderable lines of a priced cart.
     *
     * @throws IllegalArgumentException when the cart is not orderable (check before).
     */
    public static Order place(UUID id, UUID vendorId, String number, UUID customerId, String customerEmail,
                              PricedCart cart, Address shipping, Address billing, String note, Instant at) {
        if (!cart.orderable()) {
            throw new IllegalArgumentException("cart is not orderable");
        }
        List<OrderLine> lines = new ArrayList<>();
        int n = 1;
        for (PricedCart.PricedLine line : cart.lines()) {
            ProductFacts p = line.product();
            lines.add(new OrderLine(n++, p.id(), p.sku(), p.name(), Money.of(p.unitPrice()), p.taxRate(),
                    line.quantity(), line.lineTotal(), 0));
        }
        Address billTo = billing == null ? shipping : billing;
        return new Order(id, vendorId, number, customerId, customerEmail, billTo.fullName(), OrderStatus.PENDING,
                cart.currency(), cart.total(), VatLine.totalTax(cart.vat()), lines, shipping, billTo, note, null,
                null, at, at);
    }

    /**
     * This order with the units of each product that no stock holds yet (what the reservation could not take of a
     * preorder or backorder product); other lines are left as they are.
     *
     * @param backorderedByProduct units per product id; a product's units go to its lines in line order.
     */
    public Order withBackordered(java.util.Map<UUID, Integer> backorderedByProduct) {
        java.util.Map<UUID, Integer> left = new java.util.HashMap<>(backorderedByProduct);
        List<OrderLine> next = new ArrayList<>();
        for (OrderLine line : lines) {
            int units = Math.min(line.quantity(), left.getOrDefault(line.productId(), 0));
            left.merge(line.productId(), -units, Integer::sum);
            next.add(units == line.backordered() ? line : line.withBackordered(units));
        }
        return new Order(id, vendorId, number, customerId, customerEmail, customerName, status, currency, total,
                taxTotal, next, shippingAddress, billingAddress, note, trackingNumber, assigneeId, placedAt, updatedAt);
    }

    /** @return whether some units of the order are not held by any stock yet. */
    public boolean hasBackorders() {
        return lines.stream().anyMatch(l -> l.backordered() > 0);
    }

    /** @return the VAT included in the total, per rate. */
    public List<VatLine> vat() {
        return VatLine.breakdown(lines.stream().map(l -> new VatLine.Taxed(l.taxRate(), l.lineTotal())).toList());
    }

    public int itemCount() {
        return lines.stream().mapToInt(OrderLine::quantity).sum();
    }

    /**
     * @param trackingNumber kept when moving to {@code SHIPPED} (ignored otherwise; the previous one stays).
     * @throws com.wizamart.sharedkernel.DomainException {@code INVALID_ORDER_STATUS} for a move the lifecycle forbids.
     */
    public Order moveTo(OrderStatus target, String trackingNumber, Instant at) {
        if (!status.canMoveTo(target)) {
            throw OrderingException.invalidStatus(status, target);
        }
        String tracking = target == OrderStatus.SHIPPED && trackingNumber != null && !trackingNumber.isBlank()
                ? trackingNumber.strip() : this.trackingNumber;
        return new Order(id, vendorId, number, customerId, customerEmail, customerName, target, currency, total,
                taxTotal, lines, shippingAddress, billingAddress, note, tracking, assigneeId, placedAt, at);
    }

    public Order assignTo(UUID memberId, Instant at) {
        return new Order(id, vendorId, number, customerId, customerEmail, customerName, status, currency, total,
                taxTotal, lines, shippingAddress, billingAddress, note, trackingNumber, memberId, placedAt, at);
    }

    /** @return the vendor's order number, e.g. {@code ACME-000123}. */
    public static String number(String vendorCode, long sequence) {
        return vendorCode.toUpperCase(java.util.Locale.ROOT) + "-" + String.format("%06d", sequence);
    }
}
