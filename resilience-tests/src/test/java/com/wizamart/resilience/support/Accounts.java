package com.wizamart.resilience.support;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import tools.jackson.databind.JsonNode;

/** The accounts a scenario needs, made through the API of one instance (or the balancer). */
public final class Accounts {

    public static final String PASSWORD = "Resilience-Pass-1";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final Api api;

    public Accounts(Api api) {
        this.api = api;
    }

    /** The platform admin's access token. */
    public String admin() {
        Api.Response login = api.post("/api/v1/admin/auth/login", null,
                Map.of("email", Instance.ADMIN_EMAIL, "password", Instance.ADMIN_PASSWORD));
        expect(login, 200);
        return login.json().get("accessToken").asString();
    }

    /** A new vendor with an activated owner, and the owner's access token. */
    public Vendor vendor(String adminToken) {
        String code = unique("v");
        String ownerEmail = "owner-" + code + "@shop.test";
        Api.Response created = api.post("/api/v1/admin/vendors", adminToken, Map.of(
                "code", code, "name", "Shop " + code, "subdomain", code, "businessEmail", "hello@" + code + ".test",
                "owner", Map.of("email", ownerEmail, "firstName", "Olga", "lastName", "Owner")));
        expect(created, 201);
        expect(api.post("/api/v1/auth/activation/" + created.json().get("ownerActivationToken").asString(), null,
                Map.of("password", PASSWORD)), 204);
        return new Vendor(UUID.fromString(created.json().get("id").asString()), code, ownerEmail,
                owner(code, ownerEmail));
    }

    /** Signs the vendor's owner in again; answers the access token. */
    public String owner(String code, String ownerEmail) {
        Api.Response login = api.post("/api/v1/vendor/auth/login", null,
                Map.of("email", ownerEmail, "password", PASSWORD, "vendorCode", code));
        expect(login, 200);
        return login.json().get("accessToken").asString();
    }

    /**
     * Registers a customer at the vendor's shop and answers their access token. A new customer signs in once their
     * address is proven by the mailed link; without a mail server the instance only logs it, so the proof is written
     * straight into {@code database} (the account mail flows have tests of their own).
     */
    public String customer(String vendorCode, Database database) {
        String email = unique("customer") + "@mail.test";
        String shop = "/api/v1/public/vendors/" + vendorCode;
        expect(api.post(shop + "/auth/register", null, Map.of("email", email, "password", PASSWORD,
                "firstName", "Chris", "lastName", "Customer")), 202);
        database.update("update identity_customers set email_verified_at = now() where email = ?", email);
        Api.Response login = api.post(shop + "/auth/login", null, Map.of("email", email, "password", PASSWORD));
        expect(login, 200);
        return login.json().get("accessToken").asString();
    }

    /** A new active catalog product at {@code price} EUR with {@code stock} units at the default location. */
    public UUID product(Vendor vendor, String price, int stock) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("sku", unique("SKU"));
        body.put("name", "Product " + SEQUENCE.incrementAndGet());
        body.put("price", new BigDecimal(price));
        body.put("currency", "EUR");
        body.put("taxRate", new BigDecimal("17"));
        body.put("initialQuantity", stock);
        Api.Response created = api.post("/api/v1/vendor/products", vendor.ownerToken(), body);
        expect(created, 201);
        return UUID.fromString(created.json().get("id").asString());
    }

    public static String unique(String prefix) {
        return prefix + Long.toString(System.nanoTime() % 1_000_000_000L, 36) + SEQUENCE.incrementAndGet();
    }

    public static JsonNode expect(Api.Response response, int status) {
        if (response.status() != status) {
            throw new AssertionError("Expected " + status + " but got " + response);
        }
        return response.body();
    }

    /** A vendor and its owner's access token. */
    public record Vendor(UUID id, String code, String ownerEmail, String ownerToken) {
    }
}
