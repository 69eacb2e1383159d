package com.wizamart.ordering.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import com.wizamart.ordering.PaymentMethod;
import com.wizamart.ordering.PaymentStatus;
import com.wizamart.sharedkernel.DomainException;
import com.wizamart.sharedkernel.ValidationException;

/**
 * An order of one customer at one vendor. Lines, shipping, addresses, VAT rates and totals are fixed when it is
 * placed; afterwards its status (with tracking number) and assignee change, and units of its lines may be refunded.
 *
 * @param total           gross total (VAT included): the line totals plus shipping.
 * @param taxTotal        the VAT included in {@code total}.
 * @param refundedTotal   gross amount refunded so far (0 to {@code total}; refunds never include shipping).
 * @param shippingAddress {@literal null} for a pick-up.
 * @param shipping        the shipping line, {@literal null} when the shop has no shipping methods.
 * @param vatTreatment    whose VAT rates the order charges; {@literal null} for orders placed before it was kept.
 * @param paymentMethod   how the customer pays, chosen at checkout; {@literal null} for orders placed before payment
 *                        methods were recorded ("not recorded": they are not held back from shipping).
 * @param paymentStatus   where its payment stands ({@link PaymentLifecycle}); {@literal null} exactly when
 *                        {@code paymentMethod} is.
 * @param language        the language the customer shopped in (ISO 639-1, from checkout); {@literal null} when unknown.
 */
public record Order(UUID id, UUID vendorId, String number, UUID customerId, String customerEmail, String customerName,
                    OrderStatus status, String currency, BigDecimal total, BigDecimal taxTotal,
                    BigDecimal refundedTotal, List<OrderLine> lines, Address shippingAddress, Address billingAddress,
                    String note, String trackingNumber, UUID assigneeId, Instant placedAt, Instant updatedAt,
                    ShippingLine shipping, VatTreatment vatTreatment, PaymentMethod paymentMethod,
                    PaymentStatus paymentStatus, String language) {

    public static final int MAX_NOTE = 1000;

    public Order {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(vendorId, "vendorId");
        Objects.requireNonNull(status, "status");
        refundedTotal = refundedTotal == null ? Money.of(BigDecimal.ZERO) : refundedTotal;
        lines = List.copyOf(lines);
        if ((paymentMethod == null) != (paymentStatus == null)) {
            throw new IllegalArgumentException("a payment status goes with a payment method");
        }
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
                cart.currency(), total, VatLine.totalTax(vat), null, lines, shipping, billTo, note, null, null, at,
                at, shippingLine, vatTreatment, null, null, null);
    }

    /**
     * This order with the units of each product that no stock holds yet (what the reservation could not take of a
     * preorder or backorder product); other lines are left as they are.
     *
     * @param backorderedByProduct units per product id; a product's units go to its lines in line order.
     */
    public Order withBackordered(Map<UUID, Integer> backorderedByProduct) {
        Map<UUID, Integer> left = new java.util.HashMap<>(backorderedByProduct);
        List<OrderLine> next = new ArrayList<>();
        for (OrderLine line : lines) {
            int units = Math.min(line.quantity(), left.getOrDefault(line.productId(), 0));
            left.merge(line.productId(), -units, Integer::sum);
            next.add(units == line.backordered() ? line : line.withBackordered(units));
        }
        return new Order(id, vendorId, number, customerId, customerEmail, customerName, status, currency, total,
                taxTotal, refundedTotal, next, shippingAddress, billingAddress, note, trackingNumber, assigneeId,
                placedAt, updatedAt, shipping, vatTreatment,
                paymentMethod, paymentStatus, language);
    }

    /** @return whether some units of the order are not held by any stock yet. */
    public boolean hasBackorders() {
        return lines.stream().anyMatch(l -> l.backordered() > 0);
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
     * @throws DomainException {@code ORDER_SHIPPED_USE_RETURN} for cancelling a shipped order,
     *         {@code INVALID_ORDER_STATUS} for any other move the lifecycle forbids, {@code ORDER_NOT_PAID} for
     *         shipping (or delivering) a card or bank-transfer order that is not paid ({@link PaymentLifecycle#mayShip}).
     */
    public Order moveTo(OrderStatus target, String trackingNumber, Instant at) {
        if (target == OrderStatus.CANCELLED && status.hasShipped()) {
            throw OrderingException.shippedUseReturn(status);
        }
        if (!status.canMoveTo(target)) {
            throw OrderingException.invalidStatus(status, target);
        }
        if ((target == OrderStatus.SHIPPED || target == OrderStatus.DELIVERED)
                && !PaymentLifecycle.mayShip(paymentMethod, paymentStatus)) {
            throw OrderingException.notPaid(paymentMethod, paymentStatus);
        }
        String tracking = target == OrderStatus.SHIPPED && trackingNumber != null && !trackingNumber.isBlank()
                ? trackingNumber.strip() : this.trackingNumber;
        return new Order(id, vendorId, number, customerId, customerEmail, customerName, target, currency, total,
                taxTotal, refundedTotal, lines, shippingAddress, billingAddress, note, tracking, assigneeId, placedAt,
                at, shipping, vatTreatment,
                paymentMethod, paymentStatus, language);
    }

    /**
     * This order, placed to be paid by {@code method} (its payment {@code PENDING}), in the language the customer
     * shopped in.
     */
    public Order payableBy(PaymentMethod method, String shopperLanguage) {
        Objects.requireNonNull(method, "method");
        return new Order(id, vendorId, number, customerId, customerEmail, customerName, status, currency, total,
                taxTotal, refundedTotal, lines, shippingAddress, billingAddress, note, trackingNumber, assigneeId,
                placedAt, updatedAt, shipping, vatTreatment, method, PaymentStatus.PENDING, shopperLanguage);
    }

    /** This order with its payment moved to {@code to} (check the move with {@link PaymentLifecycle} first). */
    public Order withPaymentStatus(PaymentStatus to, Instant at) {
        return new Order(id, vendorId, number, customerId, customerEmail, customerName, status, currency, total,
                taxTotal, refundedTotal, lines, shippingAddress, billingAddress, note, trackingNumber, assigneeId,
                placedAt, at, shipping, vatTreatment, paymentMethod, to, language);
    }

    public Order assignTo(UUID memberId, Instant at) {
        return new Order(id, vendorId, number, customerId, customerEmail, customerName, status, currency, total,
                taxTotal, refundedTotal, lines, shippingAddress, billingAddress, note, trackingNumber, memberId,
                placedAt, at, shipping, vatTreatment,
                paymentMethod, paymentStatus, language);
    }

    /** @return whether every unit of every line was refunded. */
    public boolean fullyRefunded() {
        return lines.stream().allMatch(l -> l.unrefunded() == 0);
    }

    /** The order after a refund, and the refund. */
    public record Refunded(Order order, Refund refund) {
    }

    /**
     * Refunds units of its lines: each line at most what was sold, less what was refunded and what open returns
     * hold. The amount of a line is its unit price (gross) times the units. Before shipping the units are never sold:
     * every line is given back to stock, whatever {@code restock} says.
     *
     * @param held     units per line number held by open returns (not counting the return this refund settles).
     * @param returnId the return this refund settles, if any.
     * @throws DomainException {@code ORDER_NOT_REFUNDABLE}, {@code ORDER_LINE_NOT_FOUND},
     *         {@code REFUND_QUANTITY_EXCEEDED} naming every line asked for too much, {@code VALIDATION_FAILED}.
     */
    public Refunded refund(UUID refundId, String key, String fingerprint, List<RequestedLine> requested,
                           boolean restock, String reason, UUID returnId, Map<Integer, Integer> held, UUID actorId,
                           String actorEmail, Instant at) {
        if (!status.isRefundable()) {
            throw OrderingException.notRefundable(status);
        }
        Map<OrderLine, RequestedLine> picked = pick(requested, held, "refundable",
                OrderingException::refundQuantityExceeded);
        boolean shipped = status.hasShipped();
        List<Refund.Line> refundLines = new ArrayList<>();
        BigDecimal amount = Money.of(BigDecimal.ZERO);
        Map<Integer, OrderLine> after = new LinkedHashMap<>();
        lines.forEach(l -> after.put(l.lineNo(), l));
        for (Map.Entry<OrderLine, RequestedLine> e : picked.entrySet()) {
            OrderLine line = e.getKey();
            int units = e.getValue().quantity();
            boolean back = !shipped || (e.getValue().restock() == null ? restock : e.getValue().restock());
            BigDecimal lineAmount = line.amountOf(units);
            refundLines.add(new Refund.Line(line.lineNo(), line.productId(), line.sku(), line.name(), units,
                    lineAmount, back));
            amount = amount.add(lineAmount);
            after.put(line.lineNo(), line.refunding(units, shipped));
        }
        Refund refund = new Refund(refundId, id, key, fingerprint, amount, currency, reason, returnId, shipped,
                actorId, actorEmail, at, refundLines);
        Order refunded = new Order(id, vendorId, number, customerId, customerEmail, customerName, status, currency,
                total, taxTotal, refundedTotal.add(amount), List.copyOf(after.values()), shippingAddress,
                billingAddress, note, trackingNumber, assigneeId, placedAt, at, shipping, vatTreatment,
                paymentMethod, paymentStatus, language);
        return new Refunded(refunded, refund);
    }

    /**
     * Opens a return of units of its lines: each line at most what was sold, less what was refunded and what other
     * open returns hold.
     *
     * @throws DomainException {@code ORDER_NOT_RETURNABLE} before shipping or once refunded,
     *         {@code ORDER_LINE_NOT_FOUND}, {@code RETURN_QUANTITY_EXCEEDED}.
     */
    public OrderReturn requestReturn(UUID returnId, ReturnGoodsCommand command, Map<Integer, Integer> held,
                                     boolean byCustomer, UUID actorId, String actorEmail, Instant at) {
        if (!status.isReturnable()) {
            throw OrderingException.notReturnable(status);
        }
        Map<OrderLine, RequestedLine> picked = pick(command.lines(), held, "returnable",
                OrderingException::returnQuantityExceeded);
        List<OrderReturn.Line> returned = picked.entrySet().stream().map(e -> new OrderReturn.Line(
                e.getKey().lineNo(), e.getKey().productId(), e.getKey().sku(), e.getKey().name(),
                e.getValue().quantity())).toList();
        return new OrderReturn(returnId, id, OrderReturn.Status.REQUESTED, command.reason(), null, null, byCustomer,
                actorId, actorEmail, null, at, null, at, returned);
    }

    /**
     * Resolves each requested line and checks its quantity against what is open (not refunded, not held).
     *
     * @param openName the name of the open quantity in the error's lines ({@code refundable}, {@code returnable}).
     */
    private Map<OrderLine, RequestedLine> pick(List<RequestedLine> requested, Map<Integer, Integer> held,
                                               String openName,
                                               Function<List<Map<String, Object>>, DomainException> exceeded) {
        Map<OrderLine, RequestedLine> picked = new LinkedHashMap<>();
        Set<Integer> seen = new HashSet<>();
        List<Map<String, Object>> tooMany = new ArrayList<>();
        for (int i = 0; i < requested.size(); i++) {
            RequestedLine r = requested.get(i);
            OrderLine line = line(r);
            if (!seen.add(line.lineNo())) {
                throw ValidationException.of("lines[" + i + "]", "names order line " + line.lineNo() + " again");
            }
            int open = line.unrefunded() - held.getOrDefault(line.lineNo(), 0);
            if (r.quantity() > open) {
                Map<String, Object> l = new LinkedHashMap<>();
                l.put("lineNo", line.lineNo());
                l.put("productId", line.productId().toString());
                l.put("sku", line.sku());
                l.put("requested", r.quantity());
                l.put(openName, Math.max(0, open));
                tooMany.add(l);
            }
            picked.put(line, r);
        }
        if (!tooMany.isEmpty()) {
            throw exceeded.apply(tooMany);
        }
        return picked;
    }

    /**
     * @return the line named by number or by product (when both are given, they must name the same line).
     * @throws DomainException {@code ORDER_LINE_NOT_FOUND}.
     */
    public OrderLine line(RequestedLine requested) {
        OrderLine found = null;
        for (OrderLine l : lines) {
            boolean byNumber = requested.lineNo() == null || requested.lineNo() == l.lineNo();
            boolean byProduct = requested.productId() == null || requested.productId().equals(l.productId());
            if (byNumber && byProduct) {
                found = l;
                break;
            }
        }
        if (found == null) {
            throw OrderingException.lineNotFound();
        }
        return found;
    }

    /** @return the vendor's order number, e.g. {@code ACME-000123}. */
    public static String number(String vendorCode, long sequence) {
        return vendorCode.toUpperCase(java.util.Locale.ROOT) + "-" + String.format("%06d", sequence);
    }
}
