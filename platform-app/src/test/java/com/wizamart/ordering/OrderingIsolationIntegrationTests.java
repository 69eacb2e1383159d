package com.wizamart.ordering;

import static com.wizamart.support.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import com.wizamart.support.ApiTest;
import com.wizamart.support.Fixtures;
import com.wizamart.support.Http;
import com.wizamart.support.Shop;
import com.wizamart.tenancy.VendorScope;

/**
 * Vendors and customers see only their own: another vendor's products, carts and orders are "not found", another
 * customer's orders too; a customer token works at its own shop only. Row-Level Security backs every table.
 */
class OrderingIsolationIntegrationTests extends ApiTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    VendorScope vendorScope;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void aCustomerOfOneShopCannotSeeOrOrderAnotherShopsThings() {
        Fixtures.VendorAccount a = fixtures.vendor();
        Fixtures.VendorAccount b = fixtures.vendor();
        Shop shopA = new Shop(http, a);
        Shop shopB = new Shop(http, b);
        UUID productA = shopA.product("A's coffee", "5.00", "17", 5);
        UUID productB = shopB.product("B's coffee", "5.00", "17", 5);
        Fixtures.Session alice = fixtures.customer(a);
        Fixtures.Session bob = fixtures.customer(b);

        // B's product is unknown at A's shop, with or without a token
        String session = Shop.newSession();
        assertProblem(shopA.add(session, alice.accessToken(), productB, 1), 404, "PRODUCT_NOT_FOUND");
        assertProblem(shopA.add(session, null, productB, 1), 404, "PRODUCT_NOT_FOUND");
        // Alice's token is refused at B's shop
        assertProblem(shopB.add(session, alice.accessToken(), productB, 1), 403, "UNAUTHORIZED_VENDOR_ACCESS");
        assertProblem(shopB.checkout(alice.accessToken(), UUID.randomUUID().toString(), Shop.checkoutBody(session)),
                403, "UNAUTHORIZED_VENDOR_ACCESS");

        // the same session id at two shops is two carts
        assertThat(shopA.add(session, null, productA, 1).status()).isEqualTo(200);
        assertThat(shopB.cart(session, null).get("lines")).isEmpty();

        // orders: Bob's order is not found at A, by its customer, by A's staff, by another customer of B
        Http.Response placed = shopB.buy(bob, productB, 1);
        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        UUID bobsOrder = UUID.fromString(placed.json().get("id").asString());
        assertProblem(http.get("/api/v1/vendor/orders/" + bobsOrder).bearer(a.owner().accessToken()).send(), 404,
                "ORDER_NOT_FOUND");
        assertProblem(http.put("/api/v1/vendor/orders/" + bobsOrder + "/status").bearer(a.owner().accessToken())
                .json(Map.of("status", "CANCELLED")).send(), 404, "ORDER_NOT_FOUND");
        assertThat(http.get("/api/v1/vendor/orders").bearer(a.owner().accessToken()).send().json()
                .get("page").get("totalElements").asLong()).isZero();
        assertProblem(http.get("/api/v1/vendor/customers/" + bob.userId()).bearer(a.owner().accessToken()).send(),
                404, "CUSTOMER_NOT_FOUND");
        Fixtures.Session carol = fixtures.customer(b);
        assertProblem(http.get(shopB.base() + "/customers/me/orders/" + bobsOrder).bearer(carol.accessToken()).send(),
                404, "ORDER_NOT_FOUND");
        assertProblem(http.get(shopB.base() + "/customers/" + bob.userId() + "/orders").bearer(carol.accessToken())
                .send(), 404, "CUSTOMER_NOT_FOUND");
        assertProblem(http.get(shopB.base() + "/customers/" + bob.userId() + "/orders/" + bobsOrder)
                .bearer(carol.accessToken()).send(), 404, "CUSTOMER_NOT_FOUND");
        assertThat(http.get(shopB.base() + "/customers/me/orders").bearer(carol.accessToken()).send().json()
                .get("content")).isEmpty();
        // anonymous callers have no order history, and cannot check out
        assertProblem(http.get(shopB.base() + "/customers/me/orders").send(), 401, "UNAUTHENTICATED");
        assertProblem(http.post(shopB.base() + "/orders").header("Idempotency-Key", "k-123456789")
                .json(Shop.checkoutBody(session)).send(), 401, "UNAUTHENTICATED");
        // a vendor token is not a customer token
        assertProblem(http.post(shopB.base() + "/orders").bearer(b.owner().accessToken())
                .header("Idempotency-Key", "k-123456789").json(Shop.checkoutBody(session)).send(), 403,
                "ACCESS_DENIED");
    }

    @Test
    void everyOrderingTableIsUnderRowLevelSecurity() {
        Fixtures.VendorAccount a = fixtures.vendor();
        Fixtures.VendorAccount b = fixtures.vendor();
        Shop shop = new Shop(http, a);
        UUID product = shop.product("Tea", "3.00", "3", 5);
        Fixtures.Session customer = fixtures.customer(a);
        String session = Shop.newSession();
        shop.add(session, null, product, 1);
        Http.Response placed = shop.buy(customer, product, 2);
        assertThat(placed.status()).isEqualTo(201);
        UUID order = UUID.fromString(placed.json().get("id").asString());
        for (String status : List.of("CONFIRMED", "SHIPPED")) {
            assertThat(shop.moveTo(order, status).status()).isEqualTo(200);
        }
        assertThat(http.post("/api/v1/vendor/orders/" + order + "/refunds").bearer(a.owner().accessToken())
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .json(Map.of("lines", List.of(Map.of("lineNo", 1, "quantity", 1)))).send().status()).isEqualTo(201);
        assertThat(http.post("/api/v1/vendor/orders/" + order + "/returns").bearer(a.owner().accessToken())
                .json(Map.of("lines", List.of(Map.of("lineNo", 1, "quantity", 1)))).send().status()).isEqualTo(201);
        assertThat(http.post(shop.base() + "/customers/me/addresses").bearer(customer.accessToken())
                .json(Shop.address("Chris")).send().status()).isEqualTo(201);

        for (String table : new String[] {"ordering_carts", "ordering_cart_lines", "ordering_orders",
                "ordering_order_lines", "ordering_status_history", "ordering_idempotency_keys", "ordering_refunds",
                "ordering_refund_lines", "ordering_returns", "ordering_return_lines",
                "ordering_customer_addresses", "ordering_payment_history"}) {
            Long forced = jdbc.sql("select count(*) from pg_class where relname = :t and relrowsecurity and relforcerowsecurity")
                    .param("t", table).query(Long.class).single();
            assertThat(forced).as(table + " forces RLS").isEqualTo(1);
            // no vendor bound: nothing; the other vendor: none of A's rows; vendor A: its rows
            Long unbound = transactions.execute(tx -> count(table));
            assertThat(unbound).as(table + " with no vendor").isZero();
            assertThat(vendorScope.callAs(b.id(), () -> count(table))).as(table + " as B").isZero();
            assertThat(vendorScope.callAs(a.id(), () -> count(table))).as(table + " as A").isPositive();
        }
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
