package com.wizamart.payments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.wizamart.support.ApiTest;
import com.wizamart.support.Fixtures;
import com.wizamart.support.Http;
import com.wizamart.support.Shop;
import com.wizamart.testing.stripe.StripeStandIn;

import tools.jackson.databind.JsonNode;

/**
 * Base of the payments API tests: the platform configured with the local stand-in of Stripe's API (its secret key
 * and base URL) and two webhook signing secrets (a rotation), with the stand-in's webhooks delivered to the running
 * application, signed with the newer one. The same values for every payments test class, so they share one
 * application context.
 */
public abstract class PaymentsApiTest extends ApiTest {

    protected static final String SECRET_KEY = StripeForTests.secretKey();
    protected static final String OLD_WEBHOOK_SECRET = "whsec_old_" + "4b7d2e";
    protected static final String WEBHOOK_SECRET = "whsec_new_" + "a81c55";
    protected static final String WEBHOOK = "/api/v1/payments/stripe/webhook";

    protected final StripeStandIn stripe = StripeForTests.standIn();

    @DynamicPropertySource
    static void stripe(DynamicPropertyRegistry registry) {
        registry.add("wizamart.payments.stripe.secret-key", StripeForTests::secretKey);
        registry.add("wizamart.payments.stripe.webhook-secrets", () -> OLD_WEBHOOK_SECRET + "," + WEBHOOK_SECRET);
        registry.add("wizamart.payments.stripe.api-base", StripeForTests::apiBase);
        registry.add("wizamart.payments.stripe.max-network-retries", () -> "2");
        registry.add("wizamart.payments.stripe.read-timeout", () -> "5s");
        registry.add("wizamart.payments.stripe.application-fee-percent", () -> "5");
    }

    @BeforeEach
    void deliverWebhooks() {
        stripe.deliverWebhooksTo("http://127.0.0.1:" + port + WEBHOOK, WEBHOOK_SECRET);
        stripe.webhookDelay(Duration.ZERO, Duration.ofMillis(50));
        stripe.answerDelay(Duration.ZERO, Duration.ZERO);
    }

    /** A platform admin links the vendor to {@code account}. */
    protected Http.Response connect(Fixtures.VendorAccount vendor, String account) {
        return http.put("/api/v1/admin/vendors/" + vendor.id() + "/payments/connected-account")
                .bearer(fixtures.sharedAdmin().accessToken()).json(Map.of("accountId", account)).send();
    }

    protected Http.Response putSettings(Fixtures.Session session, Object body) {
        return http.put("/api/v1/vendor/payments/settings").bearer(session.accessToken()).json(body).send();
    }

    /** A shop that takes cards (and bank transfers and cash), a product and a customer. */
    protected CardShop cardShop() {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        String account = "acct_1" + vendor.code().replaceAll("[^A-Za-z0-9]", "");
        assertThat(connect(vendor, account).status()).isEqualTo(200);
        Http.Response settings = putSettings(vendor.owner(), Map.of("methods",
                List.of("CARD", "BANK_TRANSFER", "CASH_ON_DELIVERY"), "bankTransfer",
                Map.of("accountHolder", "Shop " + vendor.code(), "iban", "LU28 0019 4006 4475 0000", "bic",
                        "BCEELULL")));
        assertThat(settings.status()).as(settings.toString()).isEqualTo(200);
        Shop shop = new Shop(http, vendor);
        UUID product = shop.product("Espresso cups", "24.90", "17", 10_000);
        return new CardShop(vendor, account, shop, product, fixtures.customer(vendor));
    }

    /** A shop that takes cards, with its connected account, a product and a customer. */
    protected record CardShop(Fixtures.VendorAccount vendor, String account, Shop shop, UUID product,
                              Fixtures.Session customer) {

        public String base() {
            return shop.base();
        }
    }

    /** Places an order of {@code quantity} units paid by {@code method}; answers its id. */
    protected UUID order(CardShop s, int quantity, String method) {
        String session = Shop.newSession();
        assertThat(s.shop().add(session, s.customer().accessToken(), s.product(), quantity).status()).isEqualTo(200);
        Map<String, Object> body = new HashMap<>(Shop.checkoutBody(session));
        body.put("paymentMethod", method);
        Http.Response placed = s.shop().checkout(s.customer().accessToken(), UUID.randomUUID().toString(), body);
        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        return UUID.fromString(placed.json().get("id").asString());
    }

    protected Http.Response pay(CardShop s, UUID order, String paymentMethodId) {
        Map<String, Object> body = new HashMap<>();
        if (paymentMethodId != null) {
            body.put("paymentMethodId", paymentMethodId);
        }
        body.put("returnUrl", "https://shop.example/return");
        return http.post(s.base() + "/orders/" + order + "/payment").bearer(s.customer().accessToken()).json(body)
                .send();
    }

    /** The shopper's return: {@code GET .../payment}. */
    protected Http.Response shopperReturn(CardShop s, UUID order) {
        return http.get(s.base() + "/orders/" + order + "/payment").bearer(s.customer().accessToken()).send();
    }

    protected JsonNode vendorPayment(CardShop s, UUID order) {
        Http.Response payment = http.get("/api/v1/vendor/orders/" + order + "/payment")
                .bearer(s.vendor().owner().accessToken()).send();
        assertThat(payment.status()).as(payment.toString()).isEqualTo(200);
        return payment.json();
    }

    protected JsonNode vendorOrder(CardShop s, UUID order) {
        Http.Response detail = http.get("/api/v1/vendor/orders/" + order).bearer(s.vendor().owner().accessToken())
                .send();
        assertThat(detail.status()).as(detail.toString()).isEqualTo(200);
        return detail.json();
    }

    protected String paymentStatus(CardShop s, UUID order) {
        return vendorOrder(s, order).get("paymentStatus").asString();
    }

    /** Waits (up to 20 s) until the order's payment status is {@code status}. */
    protected void awaitPaymentStatus(CardShop s, UUID order, String status) {
        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                .untilAsserted(() -> assertThat(paymentStatus(s, order)).isEqualTo(status));
    }

    /** The PaymentIntents the stand-in holds for the order (by the metadata the platform set). */
    protected List<String> intentsOf(UUID order) {
        return stripe.requests("POST", "/v1/payment_intents").stream()
                .filter(r -> order.toString().equals(r.param("metadata[order_id]")))
                .map(r -> r.header("Idempotency-Key")).distinct()
                .toList();
    }
}
