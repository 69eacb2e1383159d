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
import com.wizamart.ordering.domain.PaymentChange;
import com.wizamart.ordering.domain.OrderStatus;
import com.wizamart.ordering.domain.PlaceOrderCommand;
import com.wizamart.ordering.domain.RefundOrderCommand;
import com.wizamart.ordering.domain.RequestedLine;
import com.wizamart.ordering.spi.CatalogProduct;
import com.wizamart.ordering.spi.PaymentOptions;
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
    /** Payments' per-vendor configuration: the shop offers bank transfer (its default) and cash on delivery. */
    @MockitoBean
    PaymentOptions paymentOptions;

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
    @Autowired
    OrderPayments payments;
    @Autowired
    OrderDocuments documents;

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
        given(paymentOptions.offered(any())).willReturn(List.of(PaymentMethod.BANK_TRANSFER,
                PaymentMethod.CASH_ON_DELIVERY));
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
                        List.of(new OrderPlaced.Line(coffee, "COF-1", 2, new BigDecimal("11.70"))))
                .matching(OrderPlaced::paymentMethod, PaymentMethod.BANK_TRANSFER);
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

    @Test
    void checkoutTakesTheChosenPaymentMethodAndStartsThePaymentPendingWithAFirstHistoryEntry() {
        UUID customer = UUID.randomUUID();

        Order order = checkout.place(command(customer, cartWith(customer, 1), PaymentMethod.CASH_ON_DELIVERY, null))
                .order();

        assertThat(order.paymentMethod()).isEqualTo(PaymentMethod.CASH_ON_DELIVERY);
        assertThat(order.paymentStatus()).isEqualTo(PaymentStatus.PENDING);
        OrderViews.OrderDetail detail = vendorScope.callAs(vendor, () -> views.get(order.id()));
        assertThat(detail.order().paymentMethod()).isEqualTo(PaymentMethod.CASH_ON_DELIVERY);
        assertThat(detail.paymentHistory()).singleElement().satisfies(entry -> {
            assertThat(entry.from()).isNull();
            assertThat(entry.to()).isEqualTo(PaymentStatus.PENDING);
            assertThat(entry.amount()).isEqualByComparingTo("11.70");
            assertThat(entry.currency()).isEqualTo("EUR");
        });
    }

    @Test
    void checkoutRefusesAPaymentMethodTheShopDoesNotOfferAndWritesNothing(AssertablePublishedEvents events) {
        UUID customer = UUID.randomUUID();
        String session = cartWith(customer, 1);

        assertThatThrownBy(() -> checkout.place(command(customer, session, PaymentMethod.CARD, null)))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo("PAYMENT_METHOD_NOT_OFFERED");
                    assertThat(e.details()).containsEntry("offered", List.of("BANK_TRANSFER", "CASH_ON_DELIVERY"));
                });

        assertThat(events.ofType(OrderPlaced.class)).isEmpty();
        assertThat(vendorScope.callAs(vendor, () -> views.ofCustomer(customer, PageRequest.of(0, 10))
                .getTotalElements())).isZero();
    }

    @Test
    void thePaymentMethodIsPartOfWhatAnIdempotencyKeyRemembers() {
        UUID customer = UUID.randomUUID();
        PlaceOrderCommand byTransfer = command(customer, cartWith(customer, 1), PaymentMethod.BANK_TRANSFER, null);
        checkout.place(byTransfer);

        PlaceOrderCommand sameKeyCashOnDelivery = new PlaceOrderCommand(vendor, customer, byTransfer.customerEmail(),
                byTransfer.idempotencyKey(), byTransfer.cartSessionId(), byTransfer.shippingAddress(), null, null,
                null, null, null, null, PaymentMethod.CASH_ON_DELIVERY);

        assertThatThrownBy(() -> checkout.place(sameKeyCashOnDelivery))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.errorCode()).isEqualTo("IDEMPOTENCY_KEY_REUSED"));
        assertThat(checkout.place(byTransfer).replayed()).isTrue();
    }

    @Test
    void paymentMovesFollowTheLifecycleEachWritingHistoryAndPublishingOnce(AssertablePublishedEvents events) {
        Order order = placeOrder(2);
        Actor bank = new Actor(null, "system");

        payments.recordPaymentStatus(vendor, order.id(), PaymentStatus.AUTHORIZED, null, "held", bank);
        OrderPayments.PayableOrder paid = payments.recordPaymentStatus(vendor, order.id(), PaymentStatus.PAID, null,
                "transfer received", staff);
        OrderPayments.PayableOrder again = payments.recordPaymentStatus(vendor, order.id(), PaymentStatus.PAID, null,
                "transfer received", staff);
        payments.recordPaymentStatus(vendor, order.id(), PaymentStatus.PARTIALLY_REFUNDED, new BigDecimal("5"),
                "one cup broken", staff);
        payments.recordPaymentStatus(vendor, order.id(), PaymentStatus.PARTIALLY_REFUNDED, new BigDecimal("5.00"),
                "the same notice again", staff);
        payments.recordPaymentStatus(vendor, order.id(), PaymentStatus.PARTIALLY_REFUNDED, new BigDecimal("11.70"),
                "a second refund", staff);
        OrderPayments.PayableOrder refunded = payments.recordPaymentStatus(vendor, order.id(),
                PaymentStatus.REFUNDED, null, null, staff);

        assertThat(paid.paymentStatus()).isEqualTo(PaymentStatus.PAID);
        assertThat(again).as("the same status again changes nothing").isEqualTo(paid);
        assertThat(refunded.paymentStatus()).isEqualTo(PaymentStatus.REFUNDED);
        assertThat(refunded.method()).isEqualTo(PaymentMethod.BANK_TRANSFER);
        assertThat(vendorScope.callAs(vendor, () -> views.get(order.id())).paymentHistory())
                .extracting(e -> e.from() + "->" + e.to() + " " + e.amount().toPlainString())
                .containsExactly("null->PENDING 23.40", "PENDING->AUTHORIZED 23.40", "AUTHORIZED->PAID 23.40",
                        "PAID->PARTIALLY_REFUNDED 5.00", "PARTIALLY_REFUNDED->PARTIALLY_REFUNDED 11.70",
                        "PARTIALLY_REFUNDED->REFUNDED 23.40");
        assertThat(events.ofType(OrderPaymentStatusChanged.class)).hasSize(5);
        assertThat(events).contains(OrderPaymentStatusChanged.class)
                .matching(e -> e.from() == PaymentStatus.AUTHORIZED && e.to() == PaymentStatus.PAID)
                .matching(OrderPaymentStatusChanged::orderNumber, order.number())
                .matching(OrderPaymentStatusChanged::method, PaymentMethod.BANK_TRANSFER)
                .matching(OrderPaymentStatusChanged::note, "transfer received")
                .matching(OrderPaymentStatusChanged::changedBy, staff)
                .matching(e -> e.amount().compareTo(new BigDecimal("23.40")) == 0 && "EUR".equals(e.currency()));
        assertThatThrownBy(() -> payments.recordPaymentStatus(vendor, order.id(), PaymentStatus.PAID, null, null,
                staff)).as("refunded is final")
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.errorCode()).isEqualTo("INVALID_PAYMENT_STATUS"));
    }

    @Test
    void aFailedPaymentMayBeTriedAgainAndAMoveTheLifecycleForbidsChangesNothing(AssertablePublishedEvents events) {
        Order order = placeOrder(1);

        assertThatThrownBy(() -> payments.recordPaymentStatus(vendor, order.id(), PaymentStatus.REFUNDED, null, null,
                staff)).isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo("INVALID_PAYMENT_STATUS");
                    assertThat(e.details()).containsEntry("currentPaymentStatus", "PENDING")
                            .containsEntry("allowed", List.of("AUTHORIZED", "PAID", "FAILED"));
                });
        assertThat(events.ofType(OrderPaymentStatusChanged.class)).isEmpty();

        payments.recordPaymentStatus(vendor, order.id(), PaymentStatus.FAILED, null, "card_declined", null);
        OrderPayments.PayableOrder retried = payments.recordPaymentStatus(vendor, order.id(), PaymentStatus.PENDING,
                null, "new attempt", null);

        assertThat(retried.paymentStatus()).isEqualTo(PaymentStatus.PENDING);
        assertThat(payments.find(vendor, order.id())).get()
                .extracting(OrderPayments.PayableOrder::paymentStatus).isEqualTo(PaymentStatus.PENDING);
        assertThat(vendorScope.callAs(vendor, () -> views.get(order.id())).paymentHistory())
                .extracting(PaymentChange::to)
                .containsExactly(PaymentStatus.PENDING, PaymentStatus.FAILED, PaymentStatus.PENDING);
    }

    @Test
    void aBankTransferOrderShipsOnlyOncePaidAndCashOnDeliveryShipsUnpaid() {
        Order transfer = placeOrder(1);
        vendorScope.runAs(vendor, () -> lifecycle.changeStatus(transfer.id(), OrderStatus.CONFIRMED, null, null,
                false, staff));

        assertThatThrownBy(() -> vendorScope.runAs(vendor, () -> lifecycle.changeStatus(transfer.id(),
                OrderStatus.SHIPPED, null, "LU-1", false, staff)))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo("ORDER_NOT_PAID");
                    assertThat(e.details()).containsEntry("paymentStatus", "PENDING")
                            .containsEntry("paymentMethod", "BANK_TRANSFER");
                });
        payments.recordPaymentStatus(vendor, transfer.id(), PaymentStatus.PAID, null, null, staff);
        assertThat(vendorScope.callAs(vendor, () -> lifecycle.changeStatus(transfer.id(), OrderStatus.SHIPPED, null,
                "LU-1", false, staff)).status()).isEqualTo(OrderStatus.SHIPPED);

        UUID customer = UUID.randomUUID();
        Order cash = checkout.place(command(customer, cartWith(customer, 1), PaymentMethod.CASH_ON_DELIVERY, null))
                .order();
        vendorScope.runAs(vendor, () -> lifecycle.changeStatus(cash.id(), OrderStatus.CONFIRMED, null, null, false,
                staff));
        assertThat(vendorScope.callAs(vendor, () -> lifecycle.changeStatus(cash.id(), OrderStatus.SHIPPED, null,
                null, false, staff)).status()).isEqualTo(OrderStatus.SHIPPED);
    }

    @Test
    void anotherVendorsOrderIsNotFoundThroughPaymentsOrDocuments() {
        Order order = placeOrder(1);
        UUID other = vendors.register(new RegisterVendor(null, "Tea Shop", "tea-" + UUID.randomUUID().toString()
                .substring(0, 8), BusinessDetails.empty(), List.of(), new Owner("owner@tea-"
                + UUID.randomUUID().toString().substring(0, 8) + ".example", "Tim", "Owner", null)),
                Actor.system()).id();

        assertThat(payments.find(other, order.id())).isEmpty();
        assertThat(documents.find(other, order.id())).isEmpty();
        assertThatThrownBy(() -> payments.recordPaymentStatus(other, order.id(), PaymentStatus.PAID, null, null,
                staff)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.errorCode()).isEqualTo("ORDER_NOT_FOUND"));
        assertThat(payments.find(vendor, order.id())).get()
                .extracting(OrderPayments.PayableOrder::paymentStatus).as("untouched").isEqualTo(PaymentStatus.PENDING);
    }

    @Test
    void theOrderForMessagesHasItsLinesVatAddressAndTheLanguageTheCustomerShoppedIn() {
        UUID customer = UUID.randomUUID();
        Order order = checkout.place(command(customer, cartWith(customer, 2), null, "fr-LU,fr;q=0.9,en;q=0.5"))
                .order();
        UUID unspoken = UUID.randomUUID();
        Order noHeader = checkout.place(command(unspoken, cartWith(unspoken, 1), null, null)).order();
        given(preferences.preferredLanguage(vendor, unspoken)).willReturn(java.util.Optional.of("de"));

        OrderDocuments.OrderDocument document = documents.find(vendor, order.id()).orElseThrow();

        assertThat(document.language()).isEqualTo("fr");
        assertThat(document.number()).isEqualTo(order.number());
        assertThat(document.customerEmail()).isEqualTo("chris@example.test");
        assertThat(document.customerName()).isEqualTo("Chris Muller");
        assertThat(document.lines()).singleElement().satisfies(line -> {
            assertThat(line.sku()).isEqualTo("COF-1");
            assertThat(line.quantity()).isEqualTo(2);
            assertThat(line.lineTotal()).isEqualByComparingTo("23.40");
            assertThat(line.vatRate()).isEqualByComparingTo("17");
        });
        assertThat(document.vat()).singleElement().satisfies(vat -> {
            assertThat(vat.rate()).isEqualByComparingTo("17");
            assertThat(vat.tax()).isEqualByComparingTo("3.40");
            assertThat(vat.net()).isEqualByComparingTo("20.00");
        });
        assertThat(document.shippingTotal()).isEqualByComparingTo("0");
        assertThat(document.shippingAddress()).containsExactly("Chris Muller", "1 Rue du Fort", "L-1234 Luxembourg",
                "LU");
        assertThat(document.total()).isEqualByComparingTo("23.40");
        assertThat(document.paymentMethod()).isEqualTo(PaymentMethod.BANK_TRANSFER);
        assertThat(document.paymentStatus()).isEqualTo(PaymentStatus.PENDING);
        assertThat(documents.find(vendor, noHeader.id()).orElseThrow().language())
                .as("no language at checkout: the customer's preference").isEqualTo("de");
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

    /** @param languages the shopper's {@code Accept-Language}; {@literal null} for none. */
    private PlaceOrderCommand command(UUID customer, String session, PaymentMethod method, String languages) {
        PlaceOrderCommand c = command(customer, session);
        return new PlaceOrderCommand(vendor, customer, c.customerEmail(), c.idempotencyKey(), session,
                c.shippingAddress(), null, null, null, null, languages, null, method);
    }
}
