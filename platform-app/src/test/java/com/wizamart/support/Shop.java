package com.wizamart.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

/** Shopping through the real API: products with stock (vendor side), carts, checkout and stock figures. */
public final class Shop {

    private final Http http;
    private final Fixtures.VendorAccount vendor;

    public Shop(Http http, Fixtures.VendorAccount vendor) {
        this.http = http;
        this.vendor = vendor;
    }

    public Fixtures.VendorAccount vendor() {
        return vendor;
    }

    /** A new active product priced {@code price} EUR (gross) at a VAT of {@code taxRate}, with {@code stock} units. */
    public UUID product(String name, String price, String taxRate, int stock) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("sku", Fixtures.unique("SKU"));
        body.put("name", name);
        body.put("price", new BigDecimal(price));
        body.put("currency", "EUR");
        body.put("taxRate", new BigDecimal(taxRate));
        body.put("initialQuantity", stock);
        Http.Response created = http.post("/api/v1/vendor/products").bearer(vendor.owner().accessToken()).json(body)
                .send();
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return UUID.fromString(created.json().get("id").asString());
    }

    public String base() {
        return "/api/v1/public/vendors/" + vendor.code();
    }

    /** Adds to the cart of {@code session}; {@code token} {@literal null} for an anonymous shopper. */
    public Http.Response add(String session, String token, UUID product, int quantity) {
        Http.Request request = http.post(base() + "/cart/" + session + "/items")
                .json(Map.of("productId", product, "quantity", quantity));
        return token == null ? request.send() : request.bearer(token).send();
    }

    public JsonNode cart(String session, String token) {
        Http.Request request = http.get(base() + "/cart/" + session);
        Http.Response cart = token == null ? request.send() : request.bearer(token).send();
        assertThat(cart.status()).as(cart.toString()).isEqualTo(200);
        return cart.json();
    }

    public static Map<String, Object> address(String firstName) {
        Map<String, Object> address = new LinkedHashMap<>();
        address.put("firstName", firstName);
        address.put("lastName", "Muller");
        address.put("street", "12 Rue de la Gare");
        address.put("postalCode", "L-1611");
        address.put("city", "Luxembourg");
        address.put("country", "LU");
        return address;
    }

    /**
     * A checkout of the cart of {@code session} to Chris's address, paid cash on delivery (a method every shop offers
     * unless it chose otherwise): such an order ships unpaid, so the many tests that ship orders need no payment step.
     * The rules of paying before shipping have their own tests ({@code OrderPaymentIntegrationTests}).
     */
    public static Map<String, Object> checkoutBody(String session) {
        return Map.of("cartSessionId", session, "shippingAddress", address("Chris"), "paymentMethod",
                CASH_ON_DELIVERY);
    }

    /** The payment method of {@link #checkoutBody}. */
    public static final String CASH_ON_DELIVERY = "CASH_ON_DELIVERY";

    /** {@code POST /orders} with this key and body. */
    public Http.Response checkout(String token, String key, Object body) {
        Http.Request request = http.post(base() + "/orders").bearer(token).json(body);
        return key == null ? request.send() : request.header("Idempotency-Key", key).send();
    }

    /** Adds one product and checks out at once (a fresh session and key); answers the response. */
    public Http.Response buy(Fixtures.Session customer, UUID product, int quantity) {
        String session = newSession();
        Http.Response added = add(session, customer.accessToken(), product, quantity);
        assertThat(added.status()).as(added.toString()).isEqualTo(200);
        return checkout(customer.accessToken(), UUID.randomUUID().toString(), checkoutBody(session));
    }

    /** The product's stock over all locations: {@code quantity} (on hand), {@code reserved}, {@code available}. */
    public JsonNode stock(UUID product) {
        Http.Response availability = http.get("/api/v1/vendor/inventory/products/" + product + "/availability")
                .bearer(vendor.owner().accessToken()).send();
        assertThat(availability.status()).as(availability.toString()).isEqualTo(200);
        return availability.json();
    }

    /** The product's movements of one type (e.g. SALE). */
    public JsonNode movements(UUID product, String type) {
        Http.Response movements = http.get("/api/v1/vendor/inventory/movements?productId=" + product + "&type=" + type)
                .bearer(vendor.owner().accessToken()).send();
        assertThat(movements.status()).as(movements.toString()).isEqualTo(200);
        return movements.json().get("content");
    }

    public Http.Response changeStatus(UUID order, Map<String, Object> body) {
        return http.put("/api/v1/vendor/orders/" + order + "/status").bearer(vendor.owner().accessToken()).json(body)
                .send();
    }

    public Http.Response moveTo(UUID order, String status) {
        return changeStatus(order, Map.of("status", status));
    }

    public static String newSession() {
        return "session-" + UUID.randomUUID();
    }
}
