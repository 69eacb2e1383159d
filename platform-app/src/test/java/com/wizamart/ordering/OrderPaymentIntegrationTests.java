package com.wizamart.ordering;

import static com.wizamart.support.ProblemAssertions.assertFieldError;
import static com.wizamart.support.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.wizamart.payments.PaymentsApiTest;
import com.wizamart.support.Fixtures;
import com.wizamart.support.Http;
import com.wizamart.support.Shop;
import com.wizamart.tenancy.Actor;

import tools.jackson.databind.JsonNode;

/**
 * Checkout chooses how the order is paid among the methods the shop offers; every order the API shows carries its
 * payment method and status, and its detail the payment history; a card or bank-transfer order ships once paid, cash
 * on delivery ships unpaid. The payment status moves through {@link OrderPayments} (what payments calls).
 */
class OrderPaymentIntegrationTests extends PaymentsApiTest {

    @Autowired
    OrderPayments payments;

    @Autowired
    com.wizamart.ordering.application.OrderLifecycle lifecycle;

    @Test
    void checkoutTakesTheShopsDefaultOrAMethodItOffersAndRefusesOthers() {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        Shop shop = new Shop(http, vendor);
        UUID tea = shop.product("Green tea", "4.00", "3", 20);
        Fixtures.Session customer = fixtures.customer(vendor);

        JsonNode byDefault = place(shop, customer, tea, null);
        JsonNode cash = place(shop, customer, tea, "cash_on_delivery");

        assertThat(byDefault.get("paymentMethod").asString()).as("the platform's default")
                .isEqualTo("CASH_ON_DELIVERY");
        assertThat(byDefault.get("paymentStatus").asString()).isEqualTo("PENDING");
        assertThat(cash.get("paymentMethod").asString()).isEqualTo("CASH_ON_DELIVERY");
        JsonNode notOffered = assertProblem(checkout(shop, customer, tea, "CARD"), 422, "PAYMENT_METHOD_NOT_OFFERED");
        assertThat(notOffered.get("offered").toString()).isEqualTo("[\"CASH_ON_DELIVERY\"]");
        assertProblem(checkout(shop, customer, tea, "BANK_TRANSFER"), 422, "PAYMENT_METHOD_NOT_OFFERED");
        assertFieldError(checkout(shop, customer, tea, "PIGEON"), 422, "VALIDATION_FAILED", "paymentMethod");

        assertThat(connect(vendor, "acct_1Tea" + vendor.code().replaceAll("[^A-Za-z0-9]", "")).status())
                .isEqualTo(200);
        Http.Response chosen = putSettings(vendor.owner(), Map.of("methods", List.of("CARD", "CASH_ON_DELIVERY")));
        assertThat(chosen.status()).as(chosen.toString()).isEqualTo(200);

        assertThat(place(shop, customer, tea, null).get("paymentMethod").asString()).as("the shop's default now")
                .isEqualTo("CARD");
        assertThat(place(shop, customer, tea, "CARD").get("paymentStatus").asString()).isEqualTo("PENDING");
        assertProblem(checkout(shop, customer, tea, "BANK_TRANSFER"), 422, "PAYMENT_METHOD_NOT_OFFERED");
    }

    @Test
    void everyOrderViewCarriesThePaymentAndTheDetailItsHistory() {
        Fixtures.VendorAccount vendor = transferShop();
        Shop shop = new Shop(http, vendor);
        UUID soap = shop.product("Olive soap", "6.00", "17", 10);
        Fixtures.Session customer = fixtures.customer(vendor);
        UUID order = id(place(shop, customer, soap, "BANK_TRANSFER"));
        UUID cash = id(place(shop, customer, soap, "CASH_ON_DELIVERY"));
        Actor owner = new Actor(vendor.owner().userId(), vendor.owner().email());

        payments.recordPaymentStatus(vendor.id(), order, PaymentStatus.PAID, null, "transfer received", owner);

        JsonNode detail = vendorGet(vendor, "/api/v1/vendor/orders/" + order);
        assertThat(detail.get("paymentMethod").asString()).isEqualTo("BANK_TRANSFER");
        assertThat(detail.get("paymentStatus").asString()).isEqualTo("PAID");
        JsonNode history = detail.get("paymentHistory");
        assertThat(history).hasSize(2);
        assertThat(history.get(0).has("from")).as("placed").isFalse();
        assertThat(history.get(0).get("to").asString()).isEqualTo("PENDING");
        assertThat(history.get(1).get("from").asString()).isEqualTo("PENDING");
        assertThat(history.get(1).get("to").asString()).isEqualTo("PAID");
        assertThat(history.get(1).get("amount").decimalValue()).isEqualByComparingTo("6.00");
        assertThat(history.get(1).get("currency").asString()).isEqualTo("EUR");
        assertThat(history.get(1).get("note").asString()).isEqualTo("transfer received");
        assertThat(history.get(1).get("changedAt").isString()).isTrue();
        assertThat(history.get(1).get("changedBy").get("email").asString()).isEqualTo(vendor.owner().email());

        JsonNode list = vendorGet(vendor, "/api/v1/vendor/orders").get("content");
        assertThat(list).extracting(o -> o.get("id").asString() + " " + o.get("paymentMethod").asString() + " "
                + o.get("paymentStatus").asString())
                .containsExactlyInAnyOrder(order + " BANK_TRANSFER PAID", cash + " CASH_ON_DELIVERY PENDING");

        JsonNode mine = customerGet(shop, customer, "/customers/me/orders").get("content");
        assertThat(mine).extracting(o -> o.get("paymentStatus").asString()).containsExactlyInAnyOrder("PAID",
                "PENDING");
        JsonNode own = customerGet(shop, customer, "/customers/me/orders/" + order);
        assertThat(own.get("paymentMethod").asString()).isEqualTo("BANK_TRANSFER");
        assertThat(own.get("paymentHistory")).extracting(h -> h.get("to").asString())
                .containsExactly("PENDING", "PAID");
        assertThat(own.get("paymentHistory").get(1).has("changedBy")).as("no staff details for customers").isFalse();
    }

    @Test
    void theVendorsListFiltersByPaymentStatus() {
        Fixtures.VendorAccount vendor = transferShop();
        Shop shop = new Shop(http, vendor);
        UUID jam = shop.product("Plum jam", "5.00", "3", 10);
        Fixtures.Session customer = fixtures.customer(vendor);
        UUID paid = id(place(shop, customer, jam, "BANK_TRANSFER"));
        UUID failed = id(place(shop, customer, jam, "BANK_TRANSFER"));
        UUID pending = id(place(shop, customer, jam, "CASH_ON_DELIVERY"));
        payments.recordPaymentStatus(vendor.id(), paid, PaymentStatus.PAID, null, null, null);
        payments.recordPaymentStatus(vendor.id(), failed, PaymentStatus.FAILED, null, "expired", null);

        assertThat(ids(vendorGet(vendor, "/api/v1/vendor/orders?paymentStatus=PAID"))).containsExactly(paid);
        assertThat(ids(vendorGet(vendor, "/api/v1/vendor/orders?paymentStatus=paid,FAILED")))
                .containsExactlyInAnyOrder(paid, failed);
        assertThat(ids(vendorGet(vendor, "/api/v1/vendor/orders?paymentStatus=PENDING&paymentStatus=FAILED")))
                .containsExactlyInAnyOrder(pending, failed);
        assertFieldError(http.get("/api/v1/vendor/orders?paymentStatus=OWED").bearer(vendor.owner().accessToken())
                .send(), 422, "VALIDATION_FAILED", "paymentStatus");
    }

    @Test
    void aBankTransferOrderShipsOnlyOncePaidAndCashOnDeliveryShipsUnpaid() {
        Fixtures.VendorAccount vendor = transferShop();
        Shop shop = new Shop(http, vendor);
        UUID honey = shop.product("Honey", "9.00", "3", 10);
        Fixtures.Session customer = fixtures.customer(vendor);
        UUID transfer = id(place(shop, customer, honey, "BANK_TRANSFER"));
        UUID cash = id(place(shop, customer, honey, "CASH_ON_DELIVERY"));
        assertThat(shop.moveTo(transfer, "CONFIRMED").status()).isEqualTo(200);
        assertThat(shop.moveTo(cash, "CONFIRMED").status()).isEqualTo(200);

        JsonNode refused = assertProblem(shop.changeStatus(transfer, Map.of("status", "SHIPPED", "trackingNumber",
                "LU-1")), 409, "ORDER_NOT_PAID");
        assertThat(refused.get("paymentStatus").asString()).isEqualTo("PENDING");
        assertThat(vendorGet(vendor, "/api/v1/vendor/orders/" + transfer).get("status").asString())
                .as("nothing changed").isEqualTo("CONFIRMED");
        assertThat(shop.moveTo(cash, "SHIPPED").status()).isEqualTo(200);

        payments.recordPaymentStatus(vendor.id(), transfer, PaymentStatus.PAID, null, null, null);
        Http.Response shipped = shop.changeStatus(transfer, Map.of("status", "SHIPPED", "trackingNumber", "LU-1"));
        assertThat(shipped.status()).as(shipped.toString()).isEqualTo(200);
        payments.recordPaymentStatus(vendor.id(), transfer, PaymentStatus.PARTIALLY_REFUNDED,
                new java.math.BigDecimal("2.00"), "one jar broken", null);
        assertThat(shop.moveTo(transfer, "DELIVERED").status()).as("paid, partly refunded").isEqualTo(200);
    }

    @Test
    void aCancelledOrderIsNotMarkedPaidAndAPaidOrderOutlivesTheHoldSweepWhileAnUnpaidOneIsCancelled() {
        Fixtures.VendorAccount vendor = transferShop();
        Shop shop = new Shop(http, vendor);
        UUID jam = shop.product("Plum jam", "6.00", "3", 10);
        Fixtures.Session customer = fixtures.customer(vendor);
        UUID cancelled = id(place(shop, customer, jam, "BANK_TRANSFER"));
        UUID paid = id(place(shop, customer, jam, "BANK_TRANSFER"));
        UUID unpaid = id(place(shop, customer, jam, "BANK_TRANSFER"));
        assertThat(shop.moveTo(cancelled, "CANCELLED").status()).isEqualTo(200);

        assertProblem(markPaid(vendor, cancelled), 409, "ORDER_CANCELLED");
        assertThat(vendorGet(vendor, "/api/v1/vendor/orders/" + cancelled).get("paymentStatus").asString())
                .as("nothing recorded").isEqualTo("PENDING");
        Http.Response markedPaid = markPaid(vendor, paid);
        assertThat(markedPaid.status()).as(markedPaid.toString()).isEqualTo(200);

        // the hold sweep as the recurring job runs it, with "now" past the hold time of both pending orders
        lifecycle.cancelPendingPlacedBefore(java.time.Instant.now());

        JsonNode paidOrder = vendorGet(vendor, "/api/v1/vendor/orders/" + paid);
        assertThat(paidOrder.get("status").asString()).as("paid: the vendor still ships it").isEqualTo("PENDING");
        assertThat(paidOrder.get("paymentStatus").asString()).isEqualTo("PAID");
        assertThat(vendorGet(vendor, "/api/v1/vendor/orders/" + unpaid).get("status").asString())
                .isEqualTo("CANCELLED");
    }

    /** A vendor whose shop takes bank transfers (it set its account) and cash on delivery. */
    private Fixtures.VendorAccount transferShop() {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        Http.Response settings = putSettings(vendor.owner(), Map.of("methods",
                List.of("BANK_TRANSFER", "CASH_ON_DELIVERY"), "bankTransfer",
                Map.of("accountHolder", "Shop " + vendor.code(), "iban", "LU28 0019 4006 4475 0000")));
        assertThat(settings.status()).as(settings.toString()).isEqualTo(200);
        return vendor;
    }

    private Http.Response markPaid(Fixtures.VendorAccount vendor, UUID order) {
        return http.post("/api/v1/vendor/orders/" + order + "/payment/mark-paid").bearer(vendor.owner().accessToken())
                .json(Map.of()).send();
    }

    @Test
    void anIllegalPaymentMoveAndAnotherVendorsOrderChangeNothing() {
        Fixtures.VendorAccount vendor = transferShop();
        Fixtures.VendorAccount other = fixtures.vendor();
        Shop shop = new Shop(http, vendor);
        UUID oil = shop.product("Olive oil", "12.00", "3", 10);
        UUID order = id(place(shop, fixtures.customer(vendor), oil, "BANK_TRANSFER"));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> payments.recordPaymentStatus(vendor.id(), order,
                        PaymentStatus.REFUNDED, null, null, null))
                .hasFieldOrPropertyWithValue("errorCode", "INVALID_PAYMENT_STATUS");
        assertThat(payments.find(other.id(), order)).isEmpty();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> payments.recordPaymentStatus(other.id(), order,
                        PaymentStatus.PAID, null, null, null))
                .hasFieldOrPropertyWithValue("errorCode", "ORDER_NOT_FOUND");
        assertProblem(http.get("/api/v1/vendor/orders/" + order).bearer(other.owner().accessToken()).send(), 404,
                "ORDER_NOT_FOUND");

        JsonNode detail = vendorGet(vendor, "/api/v1/vendor/orders/" + order);
        assertThat(detail.get("paymentStatus").asString()).isEqualTo("PENDING");
        assertThat(detail.get("paymentHistory")).hasSize(1);
    }

    @Test
    void theAdminDashboardCountsOrdersByPaymentStatus() {
        Fixtures.VendorAccount vendor = transferShop();
        Shop shop = new Shop(http, vendor);
        UUID salt = shop.product("Sea salt", "3.00", "3", 10);
        Fixtures.Session customer = fixtures.customer(vendor);
        JsonNode before = adminSummary().get("ordersByPaymentStatus");

        UUID order = id(place(shop, customer, salt, "BANK_TRANSFER"));
        JsonNode placed = adminSummary().get("ordersByPaymentStatus");
        payments.recordPaymentStatus(vendor.id(), order, PaymentStatus.PAID, null, null, null);
        JsonNode paid = adminSummary().get("ordersByPaymentStatus");

        assertThat(placed.get("PENDING").asLong()).isEqualTo(before.get("PENDING").asLong() + 1);
        assertThat(paid.get("PENDING").asLong()).isEqualTo(before.get("PENDING").asLong());
        assertThat(paid.get("PAID").asLong()).isEqualTo(before.get("PAID").asLong() + 1);
        assertThat(paid.propertyNames()).containsExactlyInAnyOrder("PENDING", "AUTHORIZED", "PAID", "FAILED", "REFUNDED",
                "PARTIALLY_REFUNDED");
    }

    private JsonNode adminSummary() {
        Http.Response summary = http.get("/api/v1/admin/dashboard").bearer(fixtures.sharedAdmin().accessToken())
                .send();
        assertThat(summary.status()).as(summary.toString()).isEqualTo(200);
        return summary.json();
    }

    private Http.Response checkout(Shop shop, Fixtures.Session customer, UUID product, String method) {
        String session = Shop.newSession();
        Http.Response added = shop.add(session, customer.accessToken(), product, 1);
        assertThat(added.status()).as(added.toString()).isEqualTo(200);
        Map<String, Object> body = new HashMap<>(Map.of("cartSessionId", session, "shippingAddress",
                Shop.address("Chris")));
        if (method != null) {
            body.put("paymentMethod", method);
        }
        return shop.checkout(customer.accessToken(), UUID.randomUUID().toString(), body);
    }

    private JsonNode place(Shop shop, Fixtures.Session customer, UUID product, String method) {
        Http.Response placed = checkout(shop, customer, product, method);
        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        return placed.json();
    }

    private JsonNode vendorGet(Fixtures.VendorAccount vendor, String path) {
        Http.Response response = http.get(path).bearer(vendor.owner().accessToken()).send();
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private JsonNode customerGet(Shop shop, Fixtures.Session customer, String path) {
        Http.Response response = http.get(shop.base() + path).bearer(customer.accessToken()).send();
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private static UUID id(JsonNode order) {
        return UUID.fromString(order.get("id").asString());
    }

    private static List<UUID> ids(JsonNode page) {
        return page.get("content").valueStream().map(o -> UUID.fromString(o.get("id").asString())).toList();
    }
}
