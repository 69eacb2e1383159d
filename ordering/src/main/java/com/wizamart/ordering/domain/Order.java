package com.wizamart.ordering.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * An order of one customer at one vendor. Lines, shipping, addresses, VAT rates and totals are fixed when it is
 * placed; afterwards only its status (with tracking number) and assignee change.
 *
 * @param total           gross total (VAT included): the line totals plus shipping.
 * @param taxTotal        the VAT included in {@code total}.
 * @param shippingAddress {@literal null} for a pick-up.
 * @param shipping        the shipping line, {@literal null} when the shop has no shipping methods.
 * @param vatTreatment    whose VAT rates the order charges; {@literal null} for orders placed before it was kept.
 */
public record Order(UUID id, UUID vendorId, String number, UUID customerId, String customerEmail, String customerName,
                    OrderStatus status, String currency, BigDecimal total, BigDecimal taxTotal, List<OrderLine> lines,
                    Address shippingAddress, Address billingAddress, String note, String trackingNumber,
                    UUID assigneeId, Instant placedAt, Instant updatedAt, ShippingLine shipping,
                    VatTreatment vatTreatment) {

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
        return place(id, vendorId, number, customerId, customerEmail, cart, shipping, billing, note, null, null, at);
    }

    /**
     * Places an order for the orderable lines of a priced cart (priced at the VAT rates the order charges), with its
     * shipping line.
     *
     * @param shipping      {@literal null} for a pick-up; then {@code billing} is required.
     * @param shippingLine  {@literal null}: no shipping charged.
     * @throws IllegalArgumentException when the cart is not orderable (check before) or there is no address.
     */
    public static Order place(UUID id, UUID vendorId, String number, UUID customerId, String customerEmail,
                              PricedCart cart, Address shipping, Address billing, String note,
                              ShippingLine shippingLine, VatTreatment vatTreatment, Instant at) {
        if (!cart.orderable()) {
            throw new IllegalArgumentException("cart is not orderable");
        }
        List<OrderLine> lines = new ArrayList<>();
        int n = 1;
        for (PricedCart.PricedLine line : cart.lines()) {
            ProductFacts p = line.product();
            lines.add(new OrderLine(n++, p.id(), p.sku(), p.name(), Money.of(p.unitPrice()), p.taxRate(),
                    line.quantity(), line.lineTotal()));
        }
        Address billTo = billing == null ? shipping : billing;
        if (billTo == null) {
            throw new IllegalArgumentException("an order needs a billing address");
        }
        BigDecimal total = shippingLine == null ? cart.total() : cart.total().add(shippingLine.gross());
        List<VatLine> vat = breakdown(lines, shippingLine);
        return new Order(id, vendorId, number, customerId, customerEmail, billTo.fullName(), OrderStatus.PENDING,
                cart.currency(), total, VatLine.totalTax(vat), lines, shipping, billTo, note, null, null, at, at,
                shippingLine, vatTreatment);
    }

    /** @return the VAT included in the total, per rate: the lines' and the shipping's, at the rates kept. */
    public List<VatLine> vat() {
        return breakdown(lines, shipping);
    }

    private static List<VatLine> breakdown(List<OrderLine> lines, ShippingLine shipping) {
        List<VatLine.Taxed> taxed = new ArrayList<>();
        lines.forEach(l -> taxed.add(new VatLine.Taxed(l.taxRate(), l.lineTotal())));
        if (shipping != null && shipping.gross().signum() > 0) {
            // free shipping (a pick-up, free above the threshold) adds no line of zeros
            taxed.add(new VatLine.Taxed(shipping.taxRate(), shipping.gross()));
        }
        return VatLine.breakdown(taxed);
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
                taxTotal, lines, shippingAddress, billingAddress, note, tracking, assigneeId, placedAt, at, shipping,
                vatTreatment);
    }

    public Order assignTo(UUID memberId, Instant at) {
        return new Order(id, vendorId, number, customerId, customerEmail, customerName, status, currency, total,
                taxTotal, lines, shippingAddress, billingAddress, note, trackingNumber, memberId, placedAt, at, shipping,
                vatTreatment);
    }

    /** @return the vendor's order number, e.g. {@code ACME-000123}. */
    public static String number(String vendorCode, long sequence) {
        return vendorCode.toUpperCase(java.util.Locale.ROOT) + "-" + String.format("%06d", sequence);
    }
}
