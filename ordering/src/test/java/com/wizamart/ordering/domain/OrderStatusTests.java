package com.wizamart.ordering.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.wizamart.sharedkernel.DomainException;

class OrderStatusTests {

    private static final Instant NOW = Instant.parse("2026-05-04T08:00:00Z");

    @Test
    void followsTheLifecycleAndNothingElse() {
        assertThat(OrderStatus.PENDING.next()).containsExactlyInAnyOrder(OrderStatus.CONFIRMED, OrderStatus.CANCELLED);
        assertThat(OrderStatus.CONFIRMED.next()).containsExactlyInAnyOrder(OrderStatus.PROCESSING, OrderStatus.SHIPPED,
                OrderStatus.CANCELLED, OrderStatus.REFUNDED);
        assertThat(OrderStatus.PROCESSING.next()).containsExactlyInAnyOrder(OrderStatus.SHIPPED, OrderStatus.CANCELLED,
                OrderStatus.REFUNDED);
        assertThat(OrderStatus.SHIPPED.next()).containsExactlyInAnyOrder(OrderStatus.DELIVERED, OrderStatus.REFUNDED);
        assertThat(OrderStatus.DELIVERED.next()).containsExactly(OrderStatus.REFUNDED);
        assertThat(OrderStatus.CANCELLED.next()).isEmpty();
        assertThat(OrderStatus.REFUNDED.next()).isEmpty();
        assertThat(OrderStatus.SHIPPED.canMoveTo(OrderStatus.CANCELLED)).isFalse();
        assertThat(OrderStatus.PENDING.canMoveTo(OrderStatus.PENDING)).isFalse();
    }

    @Test
    void refusesAnIllegalMoveWithItsErrorCode() {
        Order order = order();
        assertThatThrownBy(() -> order.moveTo(OrderStatus.SHIPPED, "T", Instant.now()))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo("INVALID_ORDER_STATUS");
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT);
                    assertThat(e.details()).containsEntry("currentStatus", "PENDING");
                });
    }

    @Test
    void shipsStraightFromConfirmed() {
        Order shipped = order().moveTo(OrderStatus.CONFIRMED, null, Instant.now())
                .moveTo(OrderStatus.SHIPPED, "LU-2", Instant.now());
        assertThat(shipped.status()).isEqualTo(OrderStatus.SHIPPED);
        assertThat(shipped.trackingNumber()).isEqualTo("LU-2");
    }

    @Test
    void refusesToCancelAShippedOrderPointingToReturns() {
        Instant now = Instant.now();
        Order shipped = order().moveTo(OrderStatus.CONFIRMED, null, now).moveTo(OrderStatus.SHIPPED, null, now);
        for (Order o : List.of(shipped, shipped.moveTo(OrderStatus.DELIVERED, null, now))) {
            assertThatThrownBy(() -> o.moveTo(OrderStatus.CANCELLED, null, now))
                    .isInstanceOfSatisfying(DomainException.class, e -> {
                        assertThat(e.errorCode()).isEqualTo("ORDER_SHIPPED_USE_RETURN");
                        assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT);
                    });
        }
    }

    @Test
    void keepsTheTrackingNumberOnlyWhenShipping() {
        Instant now = Instant.now();
        Order shipped = order().moveTo(OrderStatus.CONFIRMED, "ignored", now).moveTo(OrderStatus.PROCESSING, null, now)
                .moveTo(OrderStatus.SHIPPED, " LU-1 ", now);
        assertThat(shipped.trackingNumber()).isEqualTo("LU-1");
        assertThat(shipped.moveTo(OrderStatus.DELIVERED, "other", now).trackingNumber()).isEqualTo("LU-1");
    }

    @Test
    void parsesNamesIgnoringCase() {
        assertThat(OrderStatus.parse(" shipped ")).isEqualTo(OrderStatus.SHIPPED);
        assertThat(OrderStatus.parse("LOST")).isNull();
    }

    @Test
    void numbersOrdersPerVendorCode() {
        assertThat(Order.number("acme", 123)).isEqualTo("ACME-000123");
        assertThat(Order.number("acme", 1_234_567)).isEqualTo("ACME-1234567");
    }

    /** The lifecycle as the product states it, written out independently of {@link OrderStatus#next()}. */
    private static final Map<OrderStatus, Set<OrderStatus>> ALLOWED = Map.of(
            OrderStatus.PENDING, EnumSet.of(OrderStatus.CONFIRMED, OrderStatus.CANCELLED),
            OrderStatus.CONFIRMED, EnumSet.of(OrderStatus.PROCESSING, OrderStatus.SHIPPED, OrderStatus.CANCELLED,
                    OrderStatus.REFUNDED),
            OrderStatus.PROCESSING, EnumSet.of(OrderStatus.SHIPPED, OrderStatus.CANCELLED, OrderStatus.REFUNDED),
            OrderStatus.SHIPPED, EnumSet.of(OrderStatus.DELIVERED, OrderStatus.REFUNDED),
            OrderStatus.DELIVERED, EnumSet.of(OrderStatus.REFUNDED),
            OrderStatus.CANCELLED, EnumSet.noneOf(OrderStatus.class),
            OrderStatus.REFUNDED, EnumSet.noneOf(OrderStatus.class));

    @ParameterizedTest
    @EnumSource(OrderStatus.class)
    void anOrderMovesOnlyWhereTheLifecycleAllowsAndStaysAsItWasWhenRefused(OrderStatus from) {
        Instant later = NOW.plusSeconds(60);
        Order order = in(from);
        for (OrderStatus to : OrderStatus.values()) {
            if (ALLOWED.get(from).contains(to)) {
                Order moved = order.moveTo(to, null, later);
                assertThat(moved.status()).as(from + " -> " + to).isEqualTo(to);
                assertThat(moved.updatedAt()).isEqualTo(later);
                assertThat(moved.placedAt()).isEqualTo(order.placedAt());
                assertThat(moved.lines()).isEqualTo(order.lines());
                assertThat(moved.total()).isEqualTo(order.total());
            } else {
                String expected = to == OrderStatus.CANCELLED && from.hasShipped() ? "ORDER_SHIPPED_USE_RETURN"
                        : "INVALID_ORDER_STATUS";
                assertThatThrownBy(() -> order.moveTo(to, null, later)).as(from + " -> " + to)
                        .isInstanceOfSatisfying(DomainException.class, e -> {
                            assertThat(e.errorCode()).isEqualTo(expected);
                            assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT);
                            assertThat(e.details()).containsEntry("currentStatus", from.name());
                        });
                assertThat(order.status()).isEqualTo(from);
            }
        }
    }

    @Test
    void aRefusedMoveNamesTheRequestedStatusAndTheAllowedOnes() {
        assertThatThrownBy(() -> in(OrderStatus.PROCESSING).moveTo(OrderStatus.DELIVERED, null, NOW))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.details()).containsEntry("requestedStatus", "DELIVERED");
                    assertThat((List<Object>) e.details().get("allowed"))
                            .containsExactlyInAnyOrder("SHIPPED", "CANCELLED", "REFUNDED");
                });
        assertThatThrownBy(() -> in(OrderStatus.CANCELLED).moveTo(OrderStatus.PENDING, null, NOW))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat((List<Object>) e.details().get("allowed")).as("final").isEmpty());
    }

    @Test
    void whatEachStatusAllowsBesidesMoving() {
        assertThat(EnumSet.allOf(OrderStatus.class)).filteredOn(OrderStatus::isRefundable)
                .containsExactlyInAnyOrder(OrderStatus.CONFIRMED, OrderStatus.PROCESSING, OrderStatus.SHIPPED,
                        OrderStatus.DELIVERED);
        assertThat(EnumSet.allOf(OrderStatus.class)).filteredOn(OrderStatus::isReturnable)
                .containsExactlyInAnyOrder(OrderStatus.SHIPPED, OrderStatus.DELIVERED);
        assertThat(EnumSet.allOf(OrderStatus.class)).filteredOn(OrderStatus::hasShipped)
                .containsExactlyInAnyOrder(OrderStatus.SHIPPED, OrderStatus.DELIVERED);
        assertThat(EnumSet.allOf(OrderStatus.class)).filteredOn(s -> !s.countsAsSale())
                .containsExactlyInAnyOrder(OrderStatus.CANCELLED, OrderStatus.REFUNDED);
    }

    @Test
    void aNewOrderIsPendingAndBilledToTheShippingAddressUnlessToldOtherwise() {
        Order order = order();
        assertThat(order.status()).isEqualTo(OrderStatus.PENDING);
        assertThat(order.billingAddress()).isEqualTo(order.shippingAddress());
        assertThat(order.customerName()).isEqualTo("Chris Muller");
        assertThat(order.total()).isEqualByComparingTo("23.40");
        assertThat(order.refundedTotal()).isEqualByComparingTo("0.00");
        assertThat(order.lines()).extracting(OrderLine::lineNo).containsExactly(1);
        assertThat(order.trackingNumber()).isNull();
        assertThat(order.assigneeId()).isNull();
    }

    @Test
    void anOrderWithoutAnyAddressOrOfAnUnorderableCartIsNeverPlaced() {
        ProductFacts gone = new ProductFacts(UUID.randomUUID(), "G", "Gone", new BigDecimal("1.00"), "EUR",
                new BigDecimal("17"), false);
        PricedCart inactive = PricedCart.of(List.of(new CartLine(gone.id(), 1, NOW)), Map.of(gone.id(), gone), null,
                "EUR");
        assertThatThrownBy(() -> Order.place(UUID.randomUUID(), UUID.randomUUID(), "A-1", UUID.randomUUID(), "c@x",
                inactive, address(), null, null, NOW)).isInstanceOf(IllegalArgumentException.class);
        PricedCart fine = PricedCart.of(List.of(new CartLine(gone.id(), 1, NOW)),
                Map.of(gone.id(), new ProductFacts(gone.id(), "G", "G", BigDecimal.ONE, "EUR", BigDecimal.TEN, true)),
                null, "EUR");
        assertThatThrownBy(() -> Order.place(UUID.randomUUID(), UUID.randomUUID(), "A-1", UUID.randomUUID(), "c@x",
                fine, null, null, null, NOW)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("billing");
    }

    @Test
    void assigningChangesOnlyTheAssignee() {
        UUID member = UUID.randomUUID();
        Order order = in(OrderStatus.PROCESSING);
        Order assigned = order.assignTo(member, NOW.plusSeconds(5));
        assertThat(assigned.assigneeId()).isEqualTo(member);
        assertThat(assigned.status()).isEqualTo(OrderStatus.PROCESSING);
        assertThat(assigned.updatedAt()).isEqualTo(NOW.plusSeconds(5));
        assertThat(assigned.assignTo(null, NOW).assigneeId()).isNull();
    }

    @Test
    void backorderedUnitsGoToAProductsLinesInLineOrderAndNeverBeyondTheirQuantity() {
        Order order = order();
        UUID coffee = order.lines().get(0).productId();
        assertThat(order.hasBackorders()).isFalse();
        Order some = order.withBackordered(Map.of(coffee, 1));
        assertThat(some.lines()).extracting(OrderLine::backordered).containsExactly(1);
        assertThat(some.hasBackorders()).isTrue();
        assertThat(order.withBackordered(Map.of(coffee, 5)).lines()).extracting(OrderLine::backordered)
                .as("a line holds at most its quantity").containsExactly(2);
        assertThat(order.withBackordered(Map.of(UUID.randomUUID(), 3)).hasBackorders()).isFalse();
    }

    /** An order in {@code status}, brought there along the lifecycle. */
    static Order in(OrderStatus status) {
        Order order = order();
        List<OrderStatus> path = switch (status) {
            case PENDING -> List.of();
            case CONFIRMED -> List.of(OrderStatus.CONFIRMED);
            case PROCESSING -> List.of(OrderStatus.CONFIRMED, OrderStatus.PROCESSING);
            case SHIPPED -> List.of(OrderStatus.CONFIRMED, OrderStatus.SHIPPED);
            case DELIVERED -> List.of(OrderStatus.CONFIRMED, OrderStatus.SHIPPED, OrderStatus.DELIVERED);
            case CANCELLED -> List.of(OrderStatus.CANCELLED);
            case REFUNDED -> List.of(OrderStatus.CONFIRMED, OrderStatus.REFUNDED);
        };
        for (OrderStatus next : path) {
            order = order.moveTo(next, null, NOW);
        }
        return order;
    }

    private static Address address() {
        return Address.of("shippingAddress", "Chris", "Muller", null, "1 Rue", null, "L-1", "Luxembourg", "lu", null);
    }

    static Order order() {
        ProductFacts coffee = new ProductFacts(UUID.randomUUID(), "C-1", "Coffee", new BigDecimal("11.70"), "EUR",
                new BigDecimal("17"), true, ProductFacts.Availability.IN_STOCK);
        PricedCart cart = PricedCart.of(List.of(new CartLine(coffee.id(), 2, Instant.now())),
                java.util.Map.of(coffee.id(), coffee), null, "EUR");
        Address address = Address.of("shippingAddress", "Chris", "Muller", null, "1 Rue", null, "L-1", "Luxembourg",
                "lu", null);
        return Order.place(UUID.randomUUID(), UUID.randomUUID(), "ACME-000001", UUID.randomUUID(), "c@x.test", cart,
                address, null, null, Instant.now());
    }
}
