package com.wizamart.ordering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import com.wizamart.ordering.application.Carts;
import com.wizamart.ordering.application.Checkout;
import com.wizamart.ordering.application.OrderLifecycle;
import com.wizamart.ordering.application.OrderViews;
import com.wizamart.ordering.application.Refunding;
import com.wizamart.ordering.domain.Address;
import com.wizamart.ordering.domain.Order;
import com.wizamart.ordering.domain.OrderStatus;
import com.wizamart.ordering.domain.PlaceOrderCommand;
import com.wizamart.ordering.domain.RefundOrderCommand;
import com.wizamart.ordering.domain.RequestedLine;
import com.wizamart.ordering.spi.CatalogProduct;
import com.wizamart.ordering.spi.ProductCatalog;
import com.wizamart.ordering.spi.ShopperPreferences;
import com.wizamart.ordering.spi.StockReservation;
import com.wizamart.ordering.spi.StockReservation.ReservationLine;
import com.wizamart.ordering.spi.StockReservation.ReservationResult;
import com.wizamart.ordering.spi.TeamMembers;
import com.wizamart.sharedkernel.DomainException;
import com.wizamart.tenancy.Actor;
import com.wizamart.tenancy.BusinessDetails;
import com.wizamart.tenancy.Owner;
import com.wizamart.tenancy.RegisterVendor;
import com.wizamart.tenancy.VendorScope;
import com.wizamart.tenancy.Vendors;

/**
 * Ordering with tenancy (vendors, Row-Level Security, the audit trail) against a real PostgreSQL, without the rest of
 * the platform: the catalog, inventory and the team directory it reaches through its {@code spi} are Mockito beans.
 * Placing an order, moving it and refunding it publish the events the other contexts follow; a refused step
 * changes nothing.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
class OrderingModuleTests {

    @MockitoBean
    ProductCatalog catalog;
    @MockitoBean
    StockReservation stock;
    @MockitoBean
    TeamMembers team;
    @MockitoBean
    ShopperPreferences preferences;

    @Autowired
    Vendors vendors;
    @Autowired
    VendorScope vendorScope;
    @Autowired
    Carts carts;
    @Autowired
    Checkout checkout;
    @Autowired
    OrderLifecycle lifecycle;
    @Autowired
    Refunding refunding;
    @Autowired
    OrderViews views;

    private final Actor staff = new Actor(UUID.randomUUID(), "staff@shop.example");
    private UUID vendor;
    private UUID coffee;

    /** A shop of its own per test, selling coffee at 11.70 EUR (17 % VAT included), ten in stock. */
    @BeforeEach
    void openAShop() {
        String label = "ord-" + UUID.randomUUID().toString().substring(0, 8);
        vendor = vendors.register(new RegisterVendor(null, "Coffee Shop", label, BusinessDetails.empty(), List.of(),
                new Owner("owner@" + label + ".example", "Ada", "Owner", null)), Actor.system()).id();
        coffee = UUID.randomUUID();
        CatalogProduct product = new CatalogProduct(coffee, vendor, "COF-1", "Coffee", new BigDecimal("11.70"), "EUR",
                new BigDecimal("17"), true);
        given(catalog.findAll(eq(vendor), anyCollection(), any())).willReturn(Map.of(coffee, product));
        given(catalog.shopCurrency(vendor)).willReturn("EUR");
        given(stock.available(eq(vendor), anyCollection())).willReturn(Map.of(coffee, 10));
        given(stock.reserve(eq(vendor), anyString(), anyList())).willReturn(new ReservationResult(true, List.of()));
    }

    @Test
    void placingAnOrderReservesItsStockAndPublishesOrderPlacedOnce(AssertablePublishedEvents events) {
        UUID customer = UUID.randomUUID();
        PlaceOrderCommand command = command(customer, cartWith(customer, 2));

        Checkout.Placed placed = checkout.place(command);

        Order order = placed.order();
        assertThat(placed.replayed()).isFalse();
        assertThat(order.status()).isEqualTo(OrderStatus.PENDING);
        assertThat(order.total()).isEqualByComparingTo("23.40");
        assertThat(events).contains(OrderPlaced.class)
                .matching(OrderPlaced::orderId, order.id())
                .matching(OrderPlaced::vendorId, vendor)
                .matching(OrderPlaced::customerId, customer)
                .matching(OrderPlaced::orderNumber, order.number())
                .matching(e -> e.total().compareTo(new BigDecimal("23.40")) == 0 && "EUR".equals(e.currency()))
                .matching(OrderPlaced::lines,
                        List.of(new OrderPlaced.Line(coffee, "COF-1", 2, new BigDecimal("11.70"))));
        verify(stock).reserve(vendor, order.number(), List.of(new ReservationLine(coffee, 2, false)));

        Checkout.Placed again = checkout.place(command);

        assertThat(again.replayed()).isTrue();
        assertThat(again.order().id()).isEqualTo(order.id());
        assertThat(events.ofType(OrderPlaced.class)).as("a replay places nothing").hasSize(1);
    }

    /**
     * The reservation comes last in the checkout's transaction, after {@link OrderPlaced} was published in it: a
     * short line rolls the whole transaction back, so listeners that act on commit never hear of the order.
     */
    @Test
    void aCheckoutShortOfStockWritesNothingAndKeepsTheCart() {
        given(stock.reserve(eq(vendor), anyString(), anyList())).willReturn(new ReservationResult(false,
                List.of(new StockReservation.ShortLine(coffee, 5, 1))));
        UUID customer = UUID.randomUUID();
        String session = cartWith(customer, 5);

        assertThatThrownBy(() -> checkout.place(command(customer, session)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.errorCode()).isEqualTo("INSUFFICIENT_INVENTORY"));

        assertThat(vendorScope.callAs(vendor, () -> carts.view(session, customer, null)).priced().itemCount())
                .as("rolled back with the order").isEqualTo(5);
        assertThat(vendorScope.callAs(vendor, () -> views.ofCustomer(customer,
                PageRequest.of(0, 10)).getTotalElements())).as("no order").isZero();
    }

    @Test
    void movingAnOrderPublishesOrderStatusChangedNamingWhoMovedIt(Scenario scenario) {
        Order order = placeOrder(2);

        scenario.stimulate(() -> vendorScope.callAs(vendor, () -> lifecycle.changeStatus(order.id(),
                        OrderStatus.CONFIRMED, "paid", null, false, staff)))
                .andWaitForEventOfType(OrderStatusChanged.class)
                .matching(e -> e.orderId().equals(order.id()))
                .toArriveAndVerify((event, moved) -> {
                    assertThat(event.vendorId()).isEqualTo(vendor);
                    assertThat(event.from()).isEqualTo("PENDING");
                    assertThat(event.to()).isEqualTo("CONFIRMED");
                    assertThat(event.reservationReference()).isEqualTo(order.number());
                    assertThat(event.actor()).isEqualTo(staff);
                    assertThat(moved.status()).isEqualTo(OrderStatus.CONFIRMED);
                });
    }

    @Test
    void aMoveTheLifecycleRefusesPublishesNothingAndChangesNothing(AssertablePublishedEvents events) {
        Order order = placeOrder(1);

        assertThatThrownBy(() -> vendorScope.runAs(vendor, () -> lifecycle.changeStatus(order.id(),
                OrderStatus.SHIPPED, null, "LU-1", false, staff)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.errorCode()).isEqualTo("INVALID_ORDER_STATUS"));

        assertThat(events.ofType(OrderStatusChanged.class)).isEmpty();
        assertThat(vendorScope.callAs(vendor, () -> views.get(order.id())).order().status())
                .isEqualTo(OrderStatus.PENDING);
    }

    @Test
    void refundingUnitsPublishesOrderRefundedAndTheLastUnitsEndTheOrderRefunded(AssertablePublishedEvents events) {
        Order order = placeOrder(2);
        vendorScope.runAs(vendor, () -> lifecycle.changeStatus(order.id(), OrderStatus.CONFIRMED, null, null, false,
                staff));

        Refunding.Outcome first = vendorScope.callAs(vendor, () -> refunding.refund(new RefundOrderCommand(order.id(),
                "refund-1", List.of(new RequestedLine(1, null, 1, null)), false, "broken"), staff));

        assertThat(events).contains(OrderRefunded.class)
                .matching(OrderRefunded::refundId, first.refund().id())
                .matching(OrderRefunded::orderId, order.id())
                .matching(OrderRefunded::vendorId, vendor)
                .matching(e -> e.amount().compareTo(new BigDecimal("11.70")) == 0)
                .matching(e -> !e.shipped() && e.lines().size() == 1 && e.lines().get(0).quantity() == 1
                        && e.lines().get(0).restock())
                .matching(OrderRefunded::refundedBy, staff);
        assertThat(events.ofType(OrderStatusChanged.class).matching(e -> "REFUNDED".equals(e.to())))
                .as("one unit is left").isEmpty();

        vendorScope.runAs(vendor, () -> refunding.refund(new RefundOrderCommand(order.id(), "refund-2",
                List.of(new RequestedLine(1, null, 1, null)), false, null), staff));

        assertThat(events.ofType(OrderRefunded.class)).hasSize(2);
        assertThat(events).contains(OrderStatusChanged.class)
                .matching(OrderStatusChanged::orderId, order.id())
                .matching(OrderStatusChanged::from, "CONFIRMED")
                .matching(OrderStatusChanged::to, "REFUNDED");
        assertThat(vendorScope.callAs(vendor, () -> views.get(order.id())).order().status())
                .isEqualTo(OrderStatus.REFUNDED);
        verify(stock, never()).commit(eq(vendor), anyString(), any());
    }

    private Order placeOrder(int units) {
        UUID customer = UUID.randomUUID();
        return checkout.place(command(customer, cartWith(customer, units))).order();
    }

    /** @return the session of a customer's cart holding {@code units} coffees. */
    private String cartWith(UUID customer, int units) {
        String session = "session-" + UUID.randomUUID();
        vendorScope.runAs(vendor, () -> carts.add(session, customer, coffee, units, null));
        return session;
    }

    private PlaceOrderCommand command(UUID customer, String session) {
        Address address = Address.of("shippingAddress", "Chris", "Muller", null, "1 Rue du Fort", null, "L-1234",
                "Luxembourg", "LU", null);
        return new PlaceOrderCommand(vendor, customer, "chris@example.test", "key-" + UUID.randomUUID(), session,
                address, null, null);
    }
}
