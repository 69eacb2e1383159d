package com.wizamart.ordering.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.wizamart.sharedkernel.DomainException;

/** Refunds and returns of an order's lines: amounts, limits, restocking, and what open returns hold. */
class RefundTests {

    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");

    @Test
    void refundsUnitsAtTheLinesGrossUnitPriceAndCountsThem() {
        Order order = shipped(coffeeAndCups());

        Order.Refunded done = refund(order, List.of(new RequestedLine(1, null, 1, null),
                new RequestedLine(null, cupsOf(order), 2, true)), false);

        assertThat(done.refund().amount()).isEqualByComparingTo("35.70");
        assertThat(done.refund().currency()).isEqualTo("EUR");
        assertThat(done.refund().lines()).extracting(Refund.Line::amount).containsExactly(new BigDecimal("11.70"),
                new BigDecimal("24.00"));
        assertThat(done.refund().lines()).extracting(Refund.Line::restock).containsExactly(false, true);
        assertThat(done.refund().shipped()).isTrue();
        assertThat(done.order().refundedTotal()).isEqualByComparingTo("35.70");
        assertThat(done.order().lines()).extracting(OrderLine::refundedQuantity).containsExactly(1, 2);
        assertThat(done.order().fullyRefunded()).isFalse();
        assertThat(done.order().status()).as("the status is the lifecycle's to change").isEqualTo(OrderStatus.SHIPPED);
    }

    @Test
    void refusesMoreThanWasSoldLessRefundedAndHeldNamingEveryLine() {
        Order order = shipped(coffeeAndCups());
        Order once = refund(order, List.of(new RequestedLine(1, null, 1, null)), false).order();

        assertThatThrownBy(() -> once.refund(UUID.randomUUID(), "k", "f", List.of(new RequestedLine(1, null, 2, null),
                new RequestedLine(2, null, 3, null)), false, null, null, Map.of(2, 1), null, null, NOW))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo("REFUND_QUANTITY_EXCEEDED");
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT);
                    assertThat((List<?>) e.details().get("lines")).hasSize(2);
                    assertThat(e.details().get("lines").toString()).contains("refundable=1", "refundable=2");
                });
    }

    @Test
    void refundingEveryUnitLeavesNothingToRefund() {
        Order order = shipped(coffeeAndCups());
        Order half = refund(order, List.of(new RequestedLine(1, null, 2, null)), false).order();
        Order all = refund(half, List.of(new RequestedLine(2, null, 3, null)), false).order();

        assertThat(all.fullyRefunded()).isTrue();
        assertThat(all.refundedTotal()).isEqualByComparingTo(all.total());
    }

    @Test
    void beforeShippingEveryRefundedUnitGoesBackToStock() {
        Order confirmed = coffeeAndCups().moveTo(OrderStatus.CONFIRMED, null, NOW);

        Order.Refunded done = refund(confirmed, List.of(new RequestedLine(1, null, 1, false)), false);

        assertThat(done.refund().shipped()).isFalse();
        assertThat(done.refund().lines().get(0).restock()).isTrue();
    }

    @Test
    void refusesPendingOrdersUnknownLinesAndLinesNamedTwice() {
        Order pending = coffeeAndCups();
        assertThatThrownBy(() -> refund(pending, List.of(new RequestedLine(1, null, 1, null)), false))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.errorCode()).isEqualTo("ORDER_NOT_REFUNDABLE"));
        Order order = shipped(coffeeAndCups());
        assertThatThrownBy(() -> refund(order, List.of(new RequestedLine(3, null, 1, null)), false))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.errorCode()).isEqualTo("ORDER_LINE_NOT_FOUND"));
        assertThatThrownBy(() -> refund(order, List.of(new RequestedLine(1, cupsOf(order), 1, null)), false))
                .as("line 1 is not the cups' line").isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.errorCode()).isEqualTo("ORDER_LINE_NOT_FOUND"));
        assertThatThrownBy(() -> refund(order, List.of(new RequestedLine(1, null, 1, null),
                new RequestedLine(null, order.lines().get(0).productId(), 1, null)), false))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.errorCode()).isEqualTo("VALIDATION_FAILED"));
    }

    @Test
    void aReturnHoldsItsUnitsUntilItIsRefundedOrRejected() {
        Order order = shipped(coffeeAndCups());
        OrderReturn opened = order.requestReturn(UUID.randomUUID(), new ReturnGoodsCommand(order.id(),
                List.of(new RequestedLine(2, null, 2)), "too many"), Map.of(), true, null, null, NOW);
        Map<Integer, Integer> held = OrderReturn.held(List.of(opened), null);

        assertThat(held).containsExactly(Map.entry(2, 2));
        assertThatThrownBy(() -> order.requestReturn(UUID.randomUUID(), new ReturnGoodsCommand(order.id(),
                List.of(new RequestedLine(2, null, 2)), null), held, false, null, null, NOW))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.errorCode()).isEqualTo("RETURN_QUANTITY_EXCEEDED"));
        assertThat(OrderReturn.held(List.of(opened), opened.id())).as("not counting itself").isEmpty();
        assertThat(OrderReturn.held(List.of(opened.reject("no", NOW)), null)).isEmpty();
        assertThatThrownBy(() -> opened.refunded(UUID.randomUUID(), null, NOW))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.errorCode()).isEqualTo("INVALID_RETURN_STATUS"));
        OrderReturn received = opened.receive(true, null, NOW);
        assertThat(received.restock()).isTrue();
        assertThat(received.refunded(UUID.randomUUID(), null, NOW).isOpen()).isFalse();
    }

    @Test
    void goodsComeBackOnlyAfterShipping() {
        Order confirmed = coffeeAndCups().moveTo(OrderStatus.CONFIRMED, null, NOW);
        assertThatThrownBy(() -> confirmed.requestReturn(UUID.randomUUID(), new ReturnGoodsCommand(confirmed.id(),
                List.of(new RequestedLine(1, null, 1)), null), Map.of(), true, null, null, NOW))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.errorCode()).isEqualTo("ORDER_NOT_RETURNABLE"));
    }

    @Test
    void aRefundCommandNeedsAKeyAndLinesWithPositiveQuantities() {
        UUID order = UUID.randomUUID();
        List<RequestedLine> one = List.of(new RequestedLine(1, null, 1, null));
        assertThatThrownBy(() -> new RefundOrderCommand(order, " ", one, false, null))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.errorCode()).isEqualTo("IDEMPOTENCY_KEY_REQUIRED"));
        assertThatThrownBy(() -> new RefundOrderCommand(order, "k", List.of(new RequestedLine(1, null, 0, null)),
                false, null)).isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.errorCode()).isEqualTo("VALIDATION_FAILED"));
        assertThatThrownBy(() -> new RefundOrderCommand(order, "k", List.of(new RequestedLine(null, null, 1, null)),
                false, null)).isInstanceOf(DomainException.class);
        assertThat(new RefundOrderCommand(order, "k", one, false, " why ").fingerprint())
                .isEqualTo(new RefundOrderCommand(order, "other", one, false, "why").fingerprint())
                .isNotEqualTo(new RefundOrderCommand(order, "k", one, true, "why").fingerprint());
    }

    @Test
    void aRefundBeforeShippingTakesBackorderedUnitsFirst() {
        Order confirmed = coffeeAndCups().moveTo(OrderStatus.CONFIRMED, null, NOW);
        UUID cups = cupsOf(confirmed);
        Order backordered = confirmed.withBackordered(Map.of(cups, 2));

        Order after = refund(backordered, List.of(new RequestedLine(2, null, 1, null)), false).order();
        assertThat(after.lines().get(1).backordered()).as("the backordered ones first").isEqualTo(1);
        assertThat(after.lines().get(1).refundedQuantity()).isEqualTo(1);
        Order all = refund(after, List.of(new RequestedLine(2, null, 2, null)), false).order();
        assertThat(all.lines().get(1).backordered()).isZero();
        assertThat(all.hasBackorders()).isFalse();
        assertThat(backordered.lines().get(1).backorderedOf(3, true)).as("after shipping: none").isZero();
    }

    @Test
    void unitsHeldByOpenReturnsLeaveNothingRefundableButNeverLessThanNothing() {
        Order order = shipped(coffeeAndCups());
        Order once = refund(order, List.of(new RequestedLine(2, null, 2, null)), false).order();
        // 3 sold, 2 refunded, an (inconsistent) hold of 2: refundable is 0, not -1
        assertThatThrownBy(() -> once.refund(UUID.randomUUID(), "k", "f", List.of(new RequestedLine(2, null, 1,
                null)), false, null, null, Map.of(2, 2), null, null, NOW))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo("REFUND_QUANTITY_EXCEEDED");
                    assertThat(e.details().get("lines").toString()).contains("refundable=0");
                });
    }

    @Test
    void finalOrdersAreNeitherRefundedNorReturned() {
        for (Order o : List.of(coffeeAndCups().moveTo(OrderStatus.CANCELLED, null, NOW),
                coffeeAndCups().moveTo(OrderStatus.CONFIRMED, null, NOW).moveTo(OrderStatus.REFUNDED, null, NOW))) {
            assertThatThrownBy(() -> refund(o, List.of(new RequestedLine(1, null, 1, null)), false))
                    .isInstanceOfSatisfying(DomainException.class, e -> {
                        assertThat(e.errorCode()).isEqualTo("ORDER_NOT_REFUNDABLE");
                        assertThat(e.details()).containsEntry("currentStatus", o.status().name());
                    });
            assertThatThrownBy(() -> o.requestReturn(UUID.randomUUID(), new ReturnGoodsCommand(o.id(),
                    List.of(new RequestedLine(1, null, 1)), null), Map.of(), true, null, null, NOW))
                    .isInstanceOfSatisfying(DomainException.class,
                            e -> assertThat(e.errorCode()).isEqualTo("ORDER_NOT_RETURNABLE"));
        }
    }

    @Test
    void aLineNeverHoldsMoreRefundedOrBackorderedUnitsThanItSold() {
        OrderLine line = coffeeAndCups().lines().get(0);
        assertThat(line.amountOf(2)).isEqualByComparingTo("23.40");
        assertThatThrownBy(() -> new OrderLine(1, line.productId(), "C", "C", line.unitPrice(), line.taxRate(), 2,
                line.lineTotal(), 3, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OrderLine(1, line.productId(), "C", "C", line.unitPrice(), line.taxRate(), 2,
                line.lineTotal(), 0, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OrderLine(1, line.productId(), "C", "C", line.unitPrice(), line.taxRate(), 2,
                line.lineTotal(), -1, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aReturnOpensForTheUnitsAskedAndNamesWhoAsked() {
        Order order = shipped(coffeeAndCups());
        UUID customer = UUID.randomUUID();
        OrderReturn r = order.requestReturn(UUID.randomUUID(), new ReturnGoodsCommand(order.id(),
                List.of(new RequestedLine(null, cupsOf(order), 2)), "chipped"), Map.of(), true, customer, "c@x.test",
                NOW);
        assertThat(r.status()).isEqualTo(OrderReturn.Status.REQUESTED);
        assertThat(r.orderId()).isEqualTo(order.id());
        assertThat(r.byCustomer()).isTrue();
        assertThat(r.actorId()).isEqualTo(customer);
        assertThat(r.reason()).isEqualTo("chipped");
        assertThat(r.lines()).singleElement().satisfies(l -> {
            assertThat(l.lineNo()).isEqualTo(2);
            assertThat(l.sku()).isEqualTo("K-1");
            assertThat(l.quantity()).isEqualTo(2);
        });
    }

    private static Order.Refunded refund(Order order, List<RequestedLine> lines, boolean restock) {
        return order.refund(UUID.randomUUID(), "key:" + UUID.randomUUID(), "f", lines, restock, null, null, Map.of(),
                null, null, NOW);
    }

    private static Order shipped(Order order) {
        return order.moveTo(OrderStatus.CONFIRMED, null, NOW).moveTo(OrderStatus.SHIPPED, null, NOW);
    }

    private static UUID cupsOf(Order order) {
        return order.lines().get(1).productId();
    }

    /** 2 coffees at 11.70 and 3 cups at 12.00. */
    private static Order coffeeAndCups() {
        ProductFacts coffee = new ProductFacts(UUID.randomUUID(), "C-1", "Coffee", new BigDecimal("11.70"), "EUR",
                new BigDecimal("17"), true);
        ProductFacts cups = new ProductFacts(UUID.randomUUID(), "K-1", "Cups", new BigDecimal("12.00"), "EUR",
                new BigDecimal("17"), true);
        PricedCart cart = PricedCart.of(List.of(new CartLine(coffee.id(), 2, NOW), new CartLine(cups.id(), 3, NOW)),
                Map.of(coffee.id(), coffee, cups.id(), cups), null, "EUR");
        Address address = Address.of("shippingAddress", "Chris", "Muller", null, "1 Rue", null, "L-1", "Luxembourg",
                "lu", null);
        return Order.place(UUID.randomUUID(), UUID.randomUUID(), "ACME-000001", UUID.randomUUID(), "c@x.test", cart,
                address, null, null, NOW);
    }
}
