package com.wizamart.ordering.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.wizamart.sharedkernel.DomainException;

class OrderStatusTests {

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
