package com.wizamart.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.EnumSet;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.PlainHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import com.wizamart.identity.config.IdentityProperties;
import com.wizamart.payments.application.port.out.MismatchStore;
import com.wizamart.payments.domain.Mismatch;
import com.wizamart.support.ApiTest;
import com.wizamart.support.Feeds;
import com.wizamart.support.Fixtures;
import com.wizamart.support.Fixtures.Session;
import com.wizamart.support.Fixtures.VendorAccount;
import com.wizamart.support.Http;
import com.wizamart.support.Imports;
import com.wizamart.support.Pictures;
import com.wizamart.support.Shop;
import com.wizamart.tenancy.VendorScope;

import tools.jackson.databind.JsonNode;

/**
 * The isolation matrix: every operation of the live OpenAPI document, called by every kind of caller, with the ids of
 * a vendor A that has data of every kind. Another vendor B's team (each default role) and customers, A's customers
 * on the team API, an admin on the vendor API, a vendor on the admin API and broken tokens everywhere must get 401,
 * 403 or a 404 that looks like "does not exist", never a 500, and never a response that names anything of A's.
 * <p>
 * {@link #OPERATIONS} classifies every operation explicitly: an endpoint added without an entry fails the test, and
 * so does an entry whose endpoint is gone.
 */
class IsolationMatrixIntegrationTests extends ApiTest {

    /** Who may call an operation, and so what everyone else must get. */
    enum Access {
        /** An admin token only. */
        ADMIN,
        /** A vendor token with the permission named in the entry ({@literal null}: any team member). */
        TEAM,
        /** The shop of {vendorCode}: anonymous callers and that shop's customers (a token of another vendor: 403). */
        SHOP,
        /** A customer token of the shop of {vendorCode} only. */
        CUSTOMER,
        /** Authenticates by what the body carries; a bearer token is ignored (SecurityConfiguration). */
        CREDENTIALS,
        /** Not called: serves no vendor data (reason in the entry). */
        NOT_CALLED
    }

    /** The callers of the matrix. */
    enum Caller {
        /** The caller the operation is for, with A's ids: must not be refused. */
        RIGHT,
        B_OWNER, B_MANAGER, B_EDITOR, B_VIEWER, B_CUSTOMER,
        /** A's own customer, on the team or admin API. */
        A_CUSTOMER,
        /** Another customer of A: A's customer's orders are not theirs. */
        A_OTHER_CUSTOMER,
        ADMIN,
        /** A's Owner (on the admin API; on the team API it is the right caller). */
        A_OWNER,
        NO_TOKEN,
        /** The right caller's token, expired, signed with the platform's key. */
        EXPIRED,
        /** The right caller's claims, signed by a fresh P-256 key that claims the platform's key id. */
        UNKNOWN_KEY,
        /** The right caller's claims, unsigned ({@code alg: none}). */
        ALG_NONE;

        boolean forgedOrMissing() {
            return this == NO_TOKEN || this == EXPIRED || this == UNKNOWN_KEY || this == ALG_NONE;
        }

        boolean teamOfB() {
            return this == B_OWNER || this == B_MANAGER || this == B_EDITOR || this == B_VIEWER;
        }
    }

    /** What a call must answer. */
    enum Outcome {
        /** Not refused: neither 401, 403 nor 404 (any other 4xx is the body's fault). */
        ALLOWED,
        UNAUTHENTICATED_401, FORBIDDEN_403, NOT_FOUND_404,
        /** Anything but a server error (endpoints whose answer depends on the body only). */
        ANY,
        /** The same caller as {@link Caller#RIGHT}: not called twice. */
        SKIPPED
    }

    /** One operation of the API and how to call it with A's data. */
    record Entry(String method, String template, Access access, String permission, String reason,
                 Function<VendorA, Map<String, String>> ids, Function<VendorA, Object> body, String query,
                 Map<String, Supplier<String>> headers, boolean multipart, boolean foreignBody) {

        String key() {
            return method + " " + template;
        }

        Entry ids(Function<VendorA, Map<String, String>> value) {
            return new Entry(method, template, access, permission, reason, value, body, query, headers, multipart,
                    foreignBody);
        }

        Entry body(Function<VendorA, Object> value) {
            return new Entry(method, template, access, permission, reason, ids, value, query, headers, multipart,
                    foreignBody);
        }

        /** The body names one of A's ids: another vendor's team gets 404 for it, as for an id in the path. */
        Entry foreignBody(Function<VendorA, Object> value) {
            return new Entry(method, template, access, permission, reason, ids, value, query, headers, multipart,
                    true);
        }

        Entry multipart(Function<VendorA, Object> value) {
            return new Entry(method, template, access, permission, reason, ids, value, query, headers, true,
                    foreignBody);
        }

        Entry query(String value) {
            return new Entry(method, template, access, permission, reason, ids, body, value, headers, multipart,
                    foreignBody);
        }

        Entry header(String name, Supplier<String> value) {
            Map<String, Supplier<String>> all = new LinkedHashMap<>(headers);
            all.put(name, value);
            return new Entry(method, template, access, permission, reason, ids, body, query, all, multipart,
                    foreignBody);
        }

        boolean namesForeignIds() {
            return foreignBody || template.contains("{id}") || template.contains("{productId}")
                    || template.contains("{customerId}") || template.contains("{marketplaceProductId}");
        }
    }

    private static Entry op(String method, String template, Access access) {
        return new Entry(method, template, access, null, null, a -> Map.of(), null, null, Map.of(), false, false);
    }

    private static Entry team(String method, String template, String permission) {
        return new Entry(method, template, Access.TEAM, permission, null, a -> Map.of(), null, null, Map.of(), false,
                false);
    }

    private static Entry notCalled(String method, String template, String reason) {
        return new Entry(method, template, Access.NOT_CALLED, null, reason, a -> Map.of(), null, null, Map.of(), false,
                false);
    }

    private static Map<String, String> id(String value) {
        return Map.of("id", value);
    }

    private static final String V = "/api/v1/vendor";
    private static final String A = "/api/v1/admin";
    private static final String P = "/api/v1/public/vendors/{vendorCode}";

    /**
     * Every operation of the API. Right callers run after all others, GETs first and DELETEs last, in this order
     * within a method (so the checkout comes before the cart is filled again, and A is deleted at the very end).
     */
    static final List<Entry> OPERATIONS = List.of(
            // --- admin API -----------------------------------------------------------------------------------
            op("GET", A + "/vendors", Access.ADMIN),
            op("POST", A + "/vendors", Access.ADMIN).body(a -> {
                String code = Fixtures.unique("m").toLowerCase();
                return Map.of("code", code, "name", "Matrix " + code, "subdomain", code,
                        "businessEmail", "hello@" + code + ".test", "owner", Map.of("email", "o@" + code + ".test"));
            }),
            op("POST", A + "/vendors/bulk-import", Access.ADMIN).multipart(a -> "code,name\n"),
            op("GET", A + "/vendors/{id}", Access.ADMIN).ids(a -> id(a.vendorId())),
            op("PUT", A + "/vendors/{id}", Access.ADMIN).ids(a -> id(a.vendorId()))
                    .body(a -> Map.of("businessPhone", "+352 123 456")),
            op("PUT", A + "/vendors/{id}/verify", Access.ADMIN).ids(a -> id(a.vendorId()))
                    .body(a -> Map.of("verified", true)),
            op("PUT", A + "/vendors/{id}/status", Access.ADMIN).ids(a -> id(a.vendorId()))
                    .body(a -> Map.of("active", true)),
            // the vendor's payment settings as the admin app's vendor form shows them (its connected account)
            op("GET", A + "/vendors/{id}/payments/connected-account", Access.ADMIN).ids(a -> id(a.vendorId())),
            op("PUT", A + "/users/{id}/status", Access.ADMIN).ids(a -> id(a.owner().userId().toString()))
                    .body(a -> Map.of("active", true)),
            op("GET", A + "/users", Access.ADMIN),
            op("GET", A + "/marketplaces", Access.ADMIN),
            op("GET", A + "/marketplace-import-jobs", Access.ADMIN),
            op("GET", A + "/marketplace-import-jobs/{id}", Access.ADMIN).ids(a -> id(a.jobId)),
            op("GET", A + "/marketplace-import-jobs/{id}/errors", Access.ADMIN).ids(a -> id(a.jobId)),
            op("GET", A + "/dashboard", Access.ADMIN),
            op("GET", A + "/dashboard/stats", Access.ADMIN),
            op("GET", A + "/dashboard/stats/platform", Access.ADMIN),
            op("GET", A + "/dashboard/stats/marketplace", Access.ADMIN),
            op("GET", A + "/audit-log", Access.ADMIN),
            op("GET", A + "/notifications", Access.ADMIN),
            op("GET", A + "/notifications/{id}", Access.ADMIN).ids(a -> id(a.notificationId)),
            op("POST", A + "/auth/login", Access.CREDENTIALS).body(a -> unknownLogin()),
            op("POST", A + "/auth/logout", Access.CREDENTIALS).body(a -> Map.of("refreshToken", "no-such-token")),

            // --- team API ------------------------------------------------------------------------------------
            team("GET", V + "/me", null),
            team("GET", V + "/team/members", "team.view"),
            team("GET", V + "/team/members/{id}", "team.view").ids(a -> id(a.spareMembershipId)),
            team("PUT", V + "/team/members/{id}", "team.manage").ids(a -> id(a.spareMembershipId))
                    .body(a -> Map.of("role", "Viewer")),
            team("GET", V + "/team/roles", "team.view"),
            team("POST", V + "/team/roles", "team.manage")
                    .body(a -> Map.of("name", Fixtures.unique("Role"), "permissions", List.of("products.view"))),
            team("GET", V + "/team/roles/{id}", "team.view").ids(a -> id(a.roleId)),
            team("PUT", V + "/team/roles/{id}", "team.manage").ids(a -> id(a.roleId))
                    .body(a -> Map.of("name", Fixtures.unique("Role"), "permissions", List.of("products.view"))),
            team("GET", V + "/team/invitations", "team.view"),
            team("POST", V + "/team/invitations", "team.invite")
                    .body(a -> Map.of("email", Fixtures.unique("invitee") + "@team.test", "role", "Viewer")),
            team("GET", V + "/team/invitations/{id}", "team.view").ids(a -> id(a.invitationId)),
            team("GET", V + "/products", "products.view"),
            team("POST", V + "/products", "products.create").body(a -> Map.of("sku", Fixtures.unique("SKU"),
                    "name", "Matrix product", "price", 9.5, "currency", "EUR")),
            team("GET", V + "/products/{id}", "products.view").ids(a -> id(a.productId)),
            team("PUT", V + "/products/{id}", "products.edit").ids(a -> id(a.productId))
                    .body(a -> Map.of("featured", true)),
            team("PUT", V + "/products/{id}/toggle-featured", "products.edit").ids(a -> id(a.importedProductId)),
            team("PUT", V + "/products/{id}/toggle-active", "products.edit").ids(a -> id(a.importedProductId)),
            team("PUT", V + "/products/{id}/locks/{field}", "products.edit").ids(a -> id(a.importedProductId)),
            team("POST", V + "/products/from-import/{marketplaceProductId}", "products.create").body(a -> Map.of()),
            team("GET", V + "/products/{productId}/images", "products.view"),
            // the right caller's file is no image: 422, the body's fault
            team("POST", V + "/products/{productId}/images", "products.edit").multipart(a -> "not an image"),
            team("PUT", V + "/products/{productId}/images/order", "products.edit")
                    .foreignBody(a -> Map.of("imageIds", List.of(a.imageId, a.disposableImageId))),
            team("PUT", V + "/products/{productId}/images/{imageId}/main", "products.edit")
                    .ids(a -> Map.of("imageId", a.imageId)),
            team("GET", V + "/products/{productId}/images/{imageId}/original", "products.view")
                    .ids(a -> Map.of("imageId", a.imageId)),
            team("GET", V + "/media/usage", "products.view"),
            team("GET", V + "/catalog/settings", "products.view"),
            team("PUT", V + "/catalog/settings", "settings.edit")
                    .body(a -> Map.of("defaultLanguage", "en", "defaultTaxRate", 17)),
            team("GET", V + "/catalog/refreshes", "products.view"),
            team("GET", V + "/catalog/refreshes/{id}", "products.view").ids(a -> id(a.refreshId)),
            team("GET", V + "/catalog/refreshes/{id}/changes", "products.view").ids(a -> id(a.refreshId)),
            team("POST", V + "/catalog/refreshes/{id}/approve", "products.edit").ids(a -> id(a.refreshId)),
            team("POST", V + "/catalog/refreshes/{id}/reject", "products.edit").ids(a -> id(a.refreshId)),
            team("POST", V + "/catalog/refreshes/{id}/retry", "products.edit").ids(a -> id(a.refreshId)),
            team("GET", V + "/marketplaces", null),
            team("GET", V + "/marketplace/feed-sources", "imports.configure"),
            team("PUT", V + "/marketplace/feed-sources", "imports.configure")
                    .body(a -> Map.of("feedSources", List.of(Map.of("marketplace", "letzshop", "language", "en",
                            "url", "http://localhost:9/feed.tsv")))),
            team("POST", V + "/marketplace/import", "imports.trigger")
                    .body(a -> Map.of("marketplace", "letzshop", "language", "en")),
            team("POST", V + "/marketplace/import/upload", "imports.trigger").query("marketplace=letzshop&language=en")
                    .multipart(a -> new String(Feeds.generated(Fixtures.unique("UP"), 1, 0), StandardCharsets.UTF_8)),
            team("GET", V + "/marketplace/jobs", "imports.view"),
            team("GET", V + "/marketplace/jobs/{id}", "imports.view").ids(a -> id(a.jobId)),
            team("POST", V + "/marketplace/jobs/{id}/cancel", "imports.trigger").ids(a -> id(a.jobId)),
            team("GET", V + "/marketplace/jobs/{id}/errors", "imports.view").ids(a -> id(a.jobId)),
            team("GET", V + "/marketplace/products", "imports.view"),
            team("GET", V + "/marketplace/products/{id}", "imports.view").ids(a -> id(a.stagedUnpublishedId)),
            // answers 200 with an outcome per id: NOT_FOUND for ids of another vendor
            team("POST", V + "/marketplace/products/publish", "products.create")
                    .body(a -> Map.of("ids", List.of(a.stagedPublishableId))),
            team("GET", V + "/inventory", "products.view"),
            team("POST", V + "/inventory", "products.edit")
                    .foreignBody(a -> Map.of("productId", a.productId, "quantity", 1)),
            team("GET", V + "/inventory/{id}", "products.view").ids(a -> id(a.inventoryEntryId)),
            team("PUT", V + "/inventory/{id}", "products.edit").ids(a -> id(a.inventoryEntryId))
                    .body(a -> Map.of("adjustment", 1, "reason", "matrix")),
            team("GET", V + "/inventory/movements", "products.view"),
            team("GET", V + "/inventory/products/{productId}/availability", "products.view"),
            team("GET", V + "/inventory/locations", "products.view"),
            team("POST", V + "/inventory/locations", "products.edit")
                    .body(a -> Map.of("code", Fixtures.unique("L"), "name", "Matrix shelf")),
            team("GET", V + "/inventory/locations/{id}", "products.view").ids(a -> id(a.locationId)),
            team("GET", V + "/inventory/settings", "products.view"),
            // another vendor's location is "not found"
            team("PUT", V + "/inventory/settings", "settings.edit")
                    .foreignBody(a -> Map.of("feedLocation", a.locationId)),
            team("GET", V + "/notifications", "orders.view"),
            team("GET", V + "/notifications/{id}", "orders.view").ids(a -> id(a.notificationId)),
            team("GET", V + "/orders", "orders.view"),
            team("GET", V + "/orders/{id}", "orders.view").ids(a -> id(a.orderId)),
            team("PUT", V + "/orders/{id}/status", "orders.edit").ids(a -> id(a.orderId))
                    .body(a -> Map.of("status", "CONFIRMED")),
            team("PUT", V + "/orders/{id}/assignee", "orders.edit").ids(a -> id(a.orderId))
                    .body(a -> Map.of("memberId", a.spareMembershipId)),
            team("POST", V + "/orders/{id}/refunds", "orders.edit").ids(a -> id(a.shippedOrderId))
                    .header("Idempotency-Key", () -> UUID.randomUUID().toString()).body(a -> oneUnitOfLineOne()),
            team("GET", V + "/orders/{id}/refunds/{refundId}", "orders.view")
                    .ids(a -> Map.of("id", a.shippedOrderId, "refundId", a.refundId)),
            team("POST", V + "/orders/{id}/returns", "orders.edit").ids(a -> id(a.shippedOrderId))
                    .body(a -> oneUnitOfLineOne()),
            team("GET", V + "/orders/{id}/returns/{returnId}", "orders.view")
                    .ids(a -> Map.of("id", a.shippedOrderId, "returnId", a.returnId)),
            team("PUT", V + "/orders/{id}/returns/{returnId}/status", "orders.edit")
                    .ids(a -> Map.of("id", a.shippedOrderId, "returnId", a.returnId))
                    .body(a -> Map.of("status", "REJECTED")),
            team("GET", V + "/customers", "orders.view"),
            team("GET", V + "/customers/{id}", "orders.view").ids(a -> id(a.customer.userId().toString())),
            team("GET", V + "/dashboard/stats", "analytics.view"),
            team("GET", V + "/shipping-methods", "orders.view"),
            team("POST", V + "/shipping-methods", "settings.edit")
                    .body(a -> Map.of("name", "Matrix post", "kind", "FLAT", "price", 3)),
            team("GET", V + "/shipping-methods/{id}", "orders.view").ids(a -> id(a.shippingMethodId)),
            team("PUT", V + "/shipping-methods/{id}", "settings.edit").ids(a -> id(a.shippingMethodId))
                    .body(a -> Map.of("name", "Matrix post", "kind", "FLAT", "price", 4)),
            team("GET", V + "/settings", null),
            // B's team changes B's own settings: the body names no vendor
            team("PUT", V + "/settings", "settings.edit").body(a -> Map.of("name", "Matrix settings",
                    "businessEmail", "matrix@settings.test", "theme", Map.of("primaryColor", "#123456"))),
            team("GET", V + "/tax-settings", "orders.view"),
            team("PUT", V + "/tax-settings", "settings.edit").body(a -> Map.of("ossRegistered", false)),
            op("POST", V + "/auth/login", Access.CREDENTIALS).body(a -> unknownLogin(a.code())),
            op("POST", V + "/auth/logout", Access.CREDENTIALS).body(a -> Map.of("refreshToken", "no-such-token")),
            // DELETEs of the team API: run last by the right caller
            team("DELETE", V + "/products/{id}/locks/{field}", "products.edit").ids(a -> id(a.importedProductId)),
            team("DELETE", V + "/products/{id}", "products.delete").ids(a -> id(a.disposableProductId)),
            team("DELETE", V + "/products/{productId}/images/{imageId}", "products.edit")
                    .ids(a -> Map.of("imageId", a.disposableImageId)),
            team("DELETE", V + "/shipping-methods/{id}", "settings.edit")
                    .ids(a -> id(a.disposableShippingMethodId)),
            team("DELETE", V + "/team/members/{id}", "team.remove").ids(a -> id(a.spareMembershipId)),
            team("DELETE", V + "/team/invitations/{id}", "team.invite").ids(a -> id(a.invitationId)),
            team("DELETE", V + "/team/roles/{id}", "team.manage").ids(a -> id(a.roleId)),

            // --- shop API ------------------------------------------------------------------------------------
            op("GET", P + "/products", Access.SHOP),
            op("GET", P + "/products/search", Access.SHOP).query("q=matrix"),
            op("GET", P + "/products/{id}", Access.SHOP).ids(a -> id(a.productId)),
            op("GET", P + "/cart/{sessionId}", Access.SHOP),
            op("GET", P + "/cart/{sessionId}/shipping-methods", Access.SHOP).query("country=LU"),
            op("POST", P + "/orders", Access.CUSTOMER).header("Idempotency-Key", () -> UUID.randomUUID().toString())
                    .body(a -> Shop.checkoutBody(a.cartSession)),
            op("POST", P + "/cart/{sessionId}/items", Access.SHOP)
                    .body(a -> Map.of("productId", a.productId, "quantity", 1)),
            op("PUT", P + "/cart/{sessionId}/items/{productId}", Access.SHOP).body(a -> Map.of("quantity", 2)),
            op("GET", P + "/customers/me/orders", Access.CUSTOMER),
            op("GET", P + "/customers/me/orders/{id}", Access.CUSTOMER).ids(a -> id(a.orderId)),
            op("GET", P + "/customers/{customerId}/orders", Access.CUSTOMER),
            op("GET", P + "/customers/{customerId}/orders/{id}", Access.CUSTOMER).ids(a -> id(a.orderId)),
            op("GET", P + "/customers/me", Access.CUSTOMER),
            op("PATCH", P + "/customers/me", Access.CUSTOMER).body(a -> Map.of("marketingConsent", true)),
            // the right password and a new one the policy refuses: nothing changes, so A's customer signs on
            op("POST", P + "/customers/me/password", Access.CUSTOMER)
                    .body(a -> Map.of("currentPassword", Fixtures.PASSWORD, "newPassword", "short")),
            op("GET", P + "/customers/me/addresses", Access.CUSTOMER),
            op("GET", P + "/customers/me/addresses/{id}", Access.CUSTOMER).ids(a -> id(a.addressId)),
            op("POST", P + "/customers/me/addresses", Access.CUSTOMER).body(a -> Shop.address("Matrix")),
            op("PUT", P + "/customers/me/addresses/{id}", Access.CUSTOMER).ids(a -> id(a.addressId))
                    .body(a -> Shop.address("Matrix")),
            op("DELETE", P + "/customers/me/addresses/{id}", Access.CUSTOMER).ids(a -> id(a.addressId)),
            op("POST", P + "/customers/me/orders/{id}/returns", Access.CUSTOMER).ids(a -> id(a.shippedOrderId))
                    .body(a -> oneUnitOfLineOne()),
            op("POST", P + "/auth/login", Access.CREDENTIALS).body(a -> unknownLogin()),
            op("POST", P + "/auth/register", Access.CREDENTIALS).body(a -> Map.of("email",
                    Fixtures.unique("matrix") + "@mail.test", "password", Fixtures.PASSWORD, "firstName", "Max")),
            // forgotten passwords and proven addresses: the address or the mailed token is the credential
            op("POST", P + "/auth/password-reset", Access.CREDENTIALS).body(a -> Map.of("email",
                    Fixtures.unique("matrix") + "@mail.test")),
            op("POST", P + "/auth/password-reset/confirm", Access.CREDENTIALS).body(a -> Map.of("token",
                    "no-such-token", "password", Fixtures.PASSWORD)),
            op("POST", P + "/auth/verify-email", Access.CREDENTIALS).body(a -> Map.of("token", "no-such-token")),
            op("POST", P + "/auth/verify-email/resend", Access.CREDENTIALS).body(a -> Map.of("email",
                    Fixtures.unique("matrix") + "@mail.test")),
            // not a credential endpoint in the security chain: a token sent here is checked
            op("POST", P + "/auth/logout", Access.SHOP).body(a -> Map.of("refreshToken", "no-such-token")),
            op("DELETE", P + "/cart/{sessionId}/items/{productId}", Access.SHOP),
            op("DELETE", P + "/cart/{sessionId}", Access.SHOP),

            // --- credentials (not bound to a vendor) ---------------------------------------------------------
            op("POST", "/api/v1/auth/password-reset", Access.CREDENTIALS).body(a -> Map.of("email",
                    Fixtures.unique("matrix") + "@team.test")),
            op("POST", "/api/v1/auth/password-reset/confirm", Access.CREDENTIALS).body(a -> Map.of("token",
                    "no-such-token", "password", Fixtures.PASSWORD)),
            op("POST", "/api/v1/auth/refresh", Access.CREDENTIALS).body(a -> Map.of("refreshToken", "no-such-token")),
            op("POST", "/api/v1/auth/logout", Access.CREDENTIALS).body(a -> Map.of("refreshToken", "no-such-token")),
            op("POST", "/api/v1/auth/password", Access.CREDENTIALS).body(a -> Map.of("email",
                    Fixtures.unique("nobody") + "@nowhere.test", "currentPassword", "wrong-password-1",
                    "newPassword", "another-password-2")),
            op("POST", "/api/v1/auth/activation/{token}", Access.CREDENTIALS)
                    .body(a -> Map.of("password", Fixtures.PASSWORD)),
            op("GET", "/api/v1/auth/invitations/{token}", Access.CREDENTIALS),
            op("POST", "/api/v1/auth/invitations/{token}/accept", Access.CREDENTIALS)
                    .body(a -> Map.of("password", Fixtures.PASSWORD, "firstName", "Max", "lastName", "Matrix")),

            // --- payments --------------------------------------------------------------------------------------
            op("PUT", A + "/vendors/{id}/payments/connected-account", Access.ADMIN).ids(a -> id(a.vendorId()))
                    .body(a -> Map.of("accountId", "acct_1Matrix")),
            op("GET", A + "/payments/mismatches", Access.ADMIN),
            op("POST", A + "/payments/mismatches/{id}/resolve", Access.ADMIN).ids(a -> id(a.mismatchId))
                    .body(a -> Map.of("note", "matrix")),
            op("POST", A + "/payments/reconciliation-runs", Access.ADMIN),
            team("GET", V + "/payments/settings", "orders.view"),
            // B's team changes B's own settings: the body names no vendor
            team("PUT", V + "/payments/settings", "settings.edit").body(a -> Map.of("methods",
                    List.of("CASH_ON_DELIVERY", "BANK_TRANSFER"), "bankTransfer",
                    Map.of("accountHolder", "Matrix", "iban", "LU28 0019 4006 4475 0000"))),
            team("GET", V + "/orders/{id}/payment", "orders.view").ids(a -> id(a.orderId)),
            team("POST", V + "/orders/{id}/payment/mark-paid", "orders.edit").ids(a -> id(a.orderId))
                    .body(a -> Map.of()),
            op("GET", P + "/payment-methods", Access.SHOP),
            op("GET", P + "/orders/{id}/payment", Access.CUSTOMER).ids(a -> id(a.orderId)),
            op("POST", P + "/orders/{id}/payment", Access.CUSTOMER).ids(a -> id(a.orderId)).body(a -> Map.of()),
            notCalled("POST", "/api/v1/payments/stripe/webhook", "the payment provider's webhooks, authenticated by "
                    + "their Stripe-Signature, answer nothing but 200 or 400 (StripeWebhookIntegrationTests)"),

            // --- not vendor data -----------------------------------------------------------------------------
            notCalled("GET", "/.well-known/jwks.json", "the platform's public keys, the same for everyone"),
            notCalled("GET", "/media/{vendorCode}/{sha256}/{fileName}", "the shops' public image files, named by "
                    + "vendor and content (another vendor's content under a shop's name is 404: "
                    + "ProductImagesIntegrationTests)"),
            notCalled("GET", "/api/v1/public/host-vendor", "the code and name of the vendor whose host the request came "
                    + "to, public on that host (HostVendorIntegrationTests: nothing on the platform's hosts, another "
                    + "vendor's token refused there)"),

            // the admin's deletion of vendor A: the very last call
            op("DELETE", A + "/vendors/{id}", Access.ADMIN).ids(a -> id(a.vendorId())));

    private static Map<String, Object> oneUnitOfLineOne() {
        return Map.of("lines", List.of(Map.of("lineNo", 1, "quantity", 1)));
    }

    private static Map<String, Object> unknownLogin() {
        return Map.of("email", Fixtures.unique("nobody") + "@nowhere.test", "password", "wrong-password-1");
    }

    private static Map<String, Object> unknownLogin(String vendorCode) {
        return Map.of("email", Fixtures.unique("nobody") + "@nowhere.test", "password", "wrong-password-1",
                "vendorCode", vendorCode);
    }

    @Autowired
    private IdentityProperties identity;

    @Autowired
    private MismatchStore mismatches;

    @Autowired
    private VendorScope vendorScope;

    @Autowired
    private TransactionTemplate transactions;

    // --- the data of vendor A, and B's attackers --------------------------------------------------------------

    /** Vendor A with data of every kind, and the strings that identify it. */
    static final class VendorA {
        VendorAccount vendor;
        String name;
        Session editor;
        String spareMembershipId;
        String roleId;
        String invitationId;
        String productId;
        String importedProductId;
        String disposableProductId;
        String cartOnlyProductId;
        /** Two uploaded images of {@link #productId}; the second one is deleted by the matrix. */
        String imageId;
        String disposableImageId;
        String stagedUnpublishedId;
        String stagedPublishableId;
        String jobId;
        String refreshId;
        String locationId;
        String inventoryEntryId;
        Session customer;
        Session otherCustomer;
        String orderId;
        String addressId;
        /** A's customer's shipped order, with a refund and an open return. */
        String shippedOrderId;
        String refundId;
        String returnId;
        /** A reconciliation finding of A's payments. */
        String mismatchId;
        String cartSession;
        String shippingMethodId;
        String disposableShippingMethodId;
        /** The order confirmation of A's customer (logged: the tests have no mail server). */
        String notificationId;
        /** Everything that names A or its data: ids, codes, names, emails. */
        final Set<String> secrets = new LinkedHashSet<>();
        /** What only A's customer may see: their id, email, orders and cart. */
        final Set<String> customerSecrets = new LinkedHashSet<>();

        String vendorId() {
            return vendor.id().toString();
        }

        String code() {
            return vendor.code();
        }

        Session owner() {
            return vendor.owner();
        }
    }

    /** Vendor B's callers. */
    record Attackers(Session owner, Session manager, Session editor, Session viewer, Session customer,
                     Map<String, Set<String>> permissionsByRole) {
    }

    private VendorA vendorA() {
        VendorA a = new VendorA();
        a.vendor = fixtures.vendor();
        String owner = a.owner().accessToken();
        a.name = "Shop " + a.code();
        // an import runs in the background meanwhile (JobRunr polls every few seconds)
        String prefix = Fixtures.unique("FEED");
        Imports imports = new Imports(http, owner);
        Http.Response upload = imports.upload("en", Feeds.generated(prefix, 3, 0));
        assertThat(upload.status()).as(upload.toString()).isEqualTo(202);
        a.jobId = upload.json().get("id").asString();

        a.editor = fixtures.member(a.vendor, "Editor");
        Session spare = fixtures.member(a.vendor, "Viewer");
        a.spareMembershipId = fixtures.membershipId(a.vendor, spare.email()).toString();
        String roleName = Fixtures.unique("Secret role");
        a.roleId = created(http.post(V + "/team/roles").bearer(owner)
                .json(Map.of("name", roleName, "permissions", List.of("products.view"))).send());
        String invitee = Fixtures.unique("invited") + "@team.test";
        a.invitationId = created(http.post(V + "/team/invitations").bearer(owner)
                .json(Map.of("email", invitee, "role", "Viewer")).send());

        Shop shop = new Shop(http, a.vendor);
        String productName = Fixtures.unique("Secret product");
        a.productId = shop.product(productName, "12.50", "17", 50).toString();
        a.disposableProductId = shop.product(Fixtures.unique("Disposable product"), "3.00", "17", 5).toString();
        a.cartOnlyProductId = shop.product(Fixtures.unique("Cart-only product"), "4.00", "17", 5).toString();
        Http.Response images = http.post(V + "/products/" + a.productId + "/images").bearer(owner)
                .multipartFiles("file", List.of(new Http.FilePart("a.png", "image/png", Pictures.png(40, 30, 501)),
                        new Http.FilePart("b.png", "image/png", Pictures.png(40, 30, 502)))).send();
        assertThat(images.status()).as(images.toString()).isEqualTo(201);
        a.imageId = images.json().get("items").get(0).get("id").asString();
        a.disposableImageId = images.json().get("items").get(1).get("id").asString();

        // a location holding stock
        String locationName = Fixtures.unique("Secret shelf");
        a.locationId = created(http.post(V + "/inventory/locations").bearer(owner)
                .json(Map.of("code", Fixtures.unique("SHELF"), "name", locationName)).send());
        Http.Response received = http.post(V + "/inventory").bearer(owner).json(Map.of("productId", a.productId,
                "location", a.locationId, "quantity", 3)).send();
        assertThat(received.status()).as(received.toString()).isIn(200, 201);
        a.inventoryEntryId = received.json().get("id").asString();

        // a customer with an order and a cart; the cart holds a product the shop no longer shows
        a.customer = fixtures.customer(a.code(), Fixtures.unique("secret-customer") + "@mail.test", Fixtures.PASSWORD,
                "Cleo", Fixtures.unique("Secretname"));
        a.otherCustomer = fixtures.customer(a.vendor);
        Http.Response order = shop.buy(a.customer, UUID.fromString(a.productId), 1);
        assertThat(order.status()).as(order.toString()).isEqualTo(201);
        a.orderId = order.json().get("id").asString();
        Map<String, Object> address = new LinkedHashMap<>(Shop.address("Cleo"));
        String addressLabel = Fixtures.unique("Secret address");
        address.put("label", addressLabel);
        a.addressId = created(http.post("/api/v1/public/vendors/" + a.code() + "/customers/me/addresses")
                .bearer(a.customer.accessToken()).json(address).send());
        Http.Response shipped = shop.buy(a.customer, UUID.fromString(a.productId), 3);
        assertThat(shipped.status()).as(shipped.toString()).isEqualTo(201);
        a.shippedOrderId = shipped.json().get("id").asString();
        for (String status : List.of("CONFIRMED", "SHIPPED")) {
            assertThat(shop.moveTo(UUID.fromString(a.shippedOrderId), status).status()).isEqualTo(200);
        }
        a.refundId = created(http.post(V + "/orders/" + a.shippedOrderId + "/refunds").bearer(owner)
                .header("Idempotency-Key", UUID.randomUUID().toString()).json(oneUnitOfLineOne()).send());
        a.returnId = created(http.post(V + "/orders/" + a.shippedOrderId + "/returns").bearer(owner)
                .json(oneUnitOfLineOne()).send());
        a.mismatchId = UUID.randomUUID().toString();
        Mismatch finding = new Mismatch(UUID.fromString(a.mismatchId), a.vendor.id(), "MISSING_ON_PLATFORM", null,
                "ch_matrix" + a.code(), null, java.math.BigDecimal.TEN, "EUR", java.time.Instant.now(), null, null,
                null);
        vendorScope.runAs(a.vendor.id(), () -> transactions.executeWithoutResult(tx -> mismatches.record(finding)));
        a.cartSession = Shop.newSession();
        for (String product : List.of(a.productId, a.cartOnlyProductId)) {
            Http.Response added = shop.add(a.cartSession, a.customer.accessToken(), UUID.fromString(product), 1);
            assertThat(added.status()).as(added.toString()).isEqualTo(200);
        }
        // shipping methods (after the order: a shop with methods needs one chosen at checkout)
        String methodName = Fixtures.unique("Secret courier");
        a.shippingMethodId = created(http.post(V + "/shipping-methods").bearer(owner)
                .json(Map.of("name", methodName, "kind", "FLAT", "price", 5)).send());
        a.disposableShippingMethodId = created(http.post(V + "/shipping-methods").bearer(owner)
                .json(Map.of("name", Fixtures.unique("Disposable post"), "kind", "FLAT", "price", 2)).send());
        Http.Response hidden = http.put(V + "/products/" + a.cartOnlyProductId + "/toggle-active").bearer(owner)
                .send();
        assertThat(hidden.status()).as(hidden.toString()).isEqualTo(200);

        // staged products, one published from the import, and a refresh from a second import
        imports.await(a.jobId);
        Map<String, String> staged = stagedIds(owner);
        assertThat(staged).hasSize(3);
        Http.Response published = http.post(V + "/marketplace/products/publish").bearer(owner)
                .json(Map.of("ids", List.of(staged.get(prefix + "-1")))).send();
        assertThat(published.status()).as(published.toString()).isEqualTo(200);
        a.importedProductId = published.json().get("results").get(0).get("productId").asString();
        a.stagedPublishableId = staged.get(prefix + "-2");
        a.stagedUnpublishedId = staged.get(prefix + "-3");
        JsonNode second = imports.uploadAndWait("en", Feeds.generated(prefix, 3, 5));
        a.refreshId = refreshOf(owner, second.get("id").asString());
        a.notificationId = Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> {
            JsonNode logged = http.get(V + "/notifications?kind=ORDER_CONFIRMATION").bearer(owner).send().json()
                    .get("content");
            return logged.isEmpty() ? null : logged.get(0).get("id").asString();
        }, java.util.Objects::nonNull);

        a.secrets.addAll(List.of(a.vendorId(), a.code(), a.code().toUpperCase(), a.name, "hello@" + a.code() + ".test",
                a.owner().email(), a.owner().userId().toString(), a.editor.email(), a.editor.userId().toString(),
                spare.email(), spare.userId().toString(), a.spareMembershipId, a.roleId, roleName, a.invitationId,
                invitee, a.productId, productName, a.disposableProductId, a.cartOnlyProductId, a.importedProductId,
                prefix, a.stagedPublishableId, a.stagedUnpublishedId, a.jobId, a.refreshId, a.locationId,
                locationName, a.inventoryEntryId, a.orderId, order.json().get("orderNumber").asString(),
                a.notificationId,
                a.shippedOrderId, shipped.json().get("orderNumber").asString(), a.refundId, a.returnId,
                a.customer.email(), a.customer.userId().toString(), a.otherCustomer.email(), a.cartSession,
                a.addressId, addressLabel, a.shippingMethodId, methodName, a.disposableShippingMethodId, a.imageId,
                a.disposableImageId));
        a.customerSecrets.addAll(List.of(a.customer.email(), a.customer.userId().toString(), a.orderId,
                order.json().get("orderNumber").asString(), a.cartOnlyProductId, a.shippedOrderId,
                shipped.json().get("orderNumber").asString(), a.refundId, a.returnId, a.addressId, addressLabel));
        return a;
    }

    private Attackers vendorB() {
        VendorAccount b = fixtures.vendor();
        Map<String, Set<String>> permissions = new LinkedHashMap<>();
        JsonNode roles = http.get(V + "/team/roles").bearer(b.owner().accessToken()).send().json();
        for (JsonNode role : roles.isArray() ? roles : roles.get("content")) {
            Set<String> held = new TreeSet<>();
            role.get("permissions").forEach(p -> held.add(p.asString()));
            permissions.put(role.get("name").asString(), held);
        }
        return new Attackers(b.owner(), fixtures.member(b, "Manager"), fixtures.member(b, "Editor"),
                fixtures.member(b, "Viewer"), fixtures.customer(b), permissions);
    }

    private String created(Http.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().get("id").asString();
    }

    private Map<String, String> stagedIds(String token) {
        Map<String, String> ids = new LinkedHashMap<>();
        Http.Response list = http.get(V + "/marketplace/products?size=200").bearer(token).send();
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        list.json().get("content").forEach(p -> ids.put(p.get("externalId").asString(), p.get("id").asString()));
        return ids;
    }

    private String refreshOf(String token, String jobId) {
        String[] found = new String[1];
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> {
            JsonNode content = http.get(V + "/catalog/refreshes?jobId=" + jobId).bearer(token).send().json()
                    .get("content");
            found[0] = content.isEmpty() ? null : content.get(0).get("id").asString();
            return found[0] != null;
        });
        return found[0];
    }

    // --- tokens -----------------------------------------------------------------------------------------------

    /** The expired, foreign-key and unsigned twins of a genuine access token. */
    private Map<Caller, String> spoiled(String genuine) throws Exception {
        SignedJWT parsed = SignedJWT.parse(genuine);
        String kid = parsed.getHeader().getKeyID();
        ECKey platformKey = (ECKey) JWKSet.load(identity.tokens().keySetFile().toFile()).getKeyByKeyId(kid);
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(kid).type(new JOSEObjectType("at+jwt"))
                .build();
        JWTClaimsSet claims = parsed.getJWTClaimsSet();
        Instant now = Instant.now();
        JWTClaimsSet expired = new JWTClaimsSet.Builder(claims).jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(now.minus(Duration.ofMinutes(30))))
                .notBeforeTime(Date.from(now.minus(Duration.ofMinutes(30))))
                .expirationTime(Date.from(now.minus(Duration.ofMinutes(1)))).build();
        SignedJWT expiredToken = new SignedJWT(header, expired);
        expiredToken.sign(new ECDSASigner(platformKey));
        SignedJWT foreign = new SignedJWT(header, claims);
        foreign.sign(new ECDSASigner(new ECKeyGenerator(Curve.P_256).keyID(kid).generate()));
        String unsigned = new PlainJWT(new PlainHeader.Builder().type(new JOSEObjectType("at+jwt")).build(), claims)
                .serialize();
        return Map.of(Caller.EXPIRED, expiredToken.serialize(), Caller.UNKNOWN_KEY, foreign.serialize(),
                Caller.ALG_NONE, unsigned);
    }

    // --- the matrix ---------------------------------------------------------------------------------------------

    @Test
    void everyOperationOfTheApiIsInTheMatrixAndEveryEntryIsInTheApi() {
        Http.Response docs = http.get("/v3/api-docs").send();
        assertThat(docs.status()).as(docs.toString()).isEqualTo(200);
        Set<String> documented = new LinkedHashSet<>();
        for (var path : docs.json().get("paths").properties()) {
            for (var operation : path.getValue().properties()) {
                documented.add(operation.getKey().toUpperCase() + " " + path.getKey());
            }
        }
        Set<String> entered = new LinkedHashSet<>();
        List<String> problems = new ArrayList<>();
        for (Entry entry : OPERATIONS) {
            if (!entered.add(entry.key())) {
                problems.add("entered twice: " + entry.key());
            }
            if (!documented.contains(entry.key())) {
                problems.add("no longer in the API (remove it from the matrix): " + entry.key());
            }
        }
        documented.stream().filter(key -> !entered.contains(key))
                .forEach(key -> problems.add("unclassified operation (add it to the matrix): " + key));
        assertThat(problems).as(String.join("\n", problems)).isEmpty();
    }

    @Test
    void everyOperationRefusesEveryoneButItsRightCallerAndNamesNothingOfAnotherVendor() throws Exception {
        long started = System.nanoTime();

        ExecutorService pool = Executors.newFixedThreadPool(4);
        CompletableFuture<Attackers> attackers = CompletableFuture.supplyAsync(this::vendorB, pool);
        VendorA a = vendorA();
        Attackers b = attackers.join();
        Session admin = fixtures.sharedAdmin();
        Map<Access, Session> rightCallers = new EnumMap<>(Access.class);
        rightCallers.put(Access.ADMIN, admin);
        rightCallers.put(Access.TEAM, a.owner());
        rightCallers.put(Access.SHOP, a.customer);
        rightCallers.put(Access.CUSTOMER, a.customer);
        rightCallers.put(Access.CREDENTIALS, null);
        Map<Session, Map<Caller, String>> spoiledTokens = new LinkedHashMap<>();
        for (Session session : List.of(admin, a.owner(), a.customer)) {
            spoiledTokens.put(session, spoiled(session.accessToken()));
        }

        System.out.printf("Isolation matrix: data of vendors A and B made in %d s%n",
                Duration.ofNanos(System.nanoTime() - started).toSeconds());
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        List<Entry> called = OPERATIONS.stream().filter(e -> e.access() != Access.NOT_CALLED).toList();
        AtomicInteger calls = new AtomicInteger();
        // everyone but the right caller first, each caller's calls in table order, callers side by side; those who
        // shop anonymously at A (and A's other customer, who takes over the session's anonymous cart) one by one
        Set<Caller> anonymousCartUsers = EnumSet.of(Caller.NO_TOKEN, Caller.ADMIN, Caller.A_OWNER,
                Caller.A_OTHER_CUSTOMER);
        List<List<Caller>> groups = new ArrayList<>();
        groups.add(List.copyOf(anonymousCartUsers));
        EnumSet.complementOf(EnumSet.copyOf(anonymousCartUsers)).stream().filter(c -> c != Caller.RIGHT)
                .forEach(c -> groups.add(List.of(c)));
        List<CompletableFuture<Void>> callers = new ArrayList<>();
        for (List<Caller> group : groups) {
            callers.add(CompletableFuture.runAsync(() -> {
                for (Caller caller : group) {
                    for (Entry entry : called) {
                        Outcome expected = expected(entry, caller, b);
                        if (expected != Outcome.SKIPPED) {
                            calls.incrementAndGet();
                            check(entry, caller, token(entry, caller, a, b, admin, rightCallers, spoiledTokens),
                                    expected, a, failures);
                        }
                    }
                }
            }, pool));
        }
        CompletableFuture.allOf(callers.toArray(CompletableFuture[]::new)).join();
        pool.shutdown();
        // then the right callers, whose calls change A's data: reads first, deletions last
        List<Entry> rightOrder = new ArrayList<>(called);
        rightOrder.sort((x, y) -> Integer.compare(methodRank(x.method()), methodRank(y.method())));
        for (Entry entry : rightOrder) {
            Session right = rightCallers.get(entry.access());
            calls.incrementAndGet();
            check(entry, Caller.RIGHT, right == null ? null : right.accessToken(),
                    entry.access() == Access.CREDENTIALS ? Outcome.ANY : Outcome.ALLOWED, a, failures);
        }

        long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
        System.out.printf("Isolation matrix: %d operations (%d classified) x %d callers = %d calls in %d s%n",
                called.size(), OPERATIONS.size(), Caller.values().length, calls.get(), seconds);
        assertThat(failures).as(String.join("\n", failures)).isEmpty();
        assertThat(called.size()).as("operations called").isGreaterThanOrEqualTo(90);
        assertThat(calls.get()).as("calls made").isGreaterThanOrEqualTo(1000);
    }

    private static int methodRank(String method) {
        return switch (method) {
            case "GET" -> 0;
            case "PUT" -> 1;
            case "POST" -> 2;
            default -> 3;
        };
    }

    /** What {@code caller} must get from {@code entry}. */
    static Outcome expected(Entry entry, Caller caller, Attackers b) {
        Access access = entry.access();
        if (caller.forgedOrMissing()) {
            if (access == Access.CREDENTIALS) {
                return Outcome.ANY;
            }
            if (caller == Caller.NO_TOKEN && access == Access.SHOP) {
                // anonymous shoppers have the anonymous cart of the session, not the customer's who claimed it
                return entry.template().contains("/items/{productId}") ? Outcome.ANY : Outcome.ALLOWED;
            }
            return Outcome.UNAUTHENTICATED_401;
        }
        if (access == Access.CREDENTIALS) {
            return Outcome.ANY;
        }
        return switch (access) {
            case ADMIN -> caller == Caller.ADMIN ? Outcome.SKIPPED : Outcome.FORBIDDEN_403;
            case TEAM -> {
                if (caller == Caller.A_OWNER) {
                    yield Outcome.SKIPPED;
                }
                if (!caller.teamOfB()) {
                    yield Outcome.FORBIDDEN_403;
                }
                String role = switch (caller) {
                    case B_OWNER -> "Owner";
                    case B_MANAGER -> "Manager";
                    case B_EDITOR -> "Editor";
                    default -> "Viewer";
                };
                if (entry.permission() != null && !b.permissionsByRole().get(role).contains(entry.permission())) {
                    yield Outcome.FORBIDDEN_403;
                }
                yield entry.namesForeignIds() ? Outcome.NOT_FOUND_404 : Outcome.ALLOWED;
            }
            case SHOP -> switch (caller) {
                case A_CUSTOMER -> Outcome.SKIPPED;
                // an admin or member shops like an anonymous visitor: the session's anonymous cart (or, for a
                // customer, their own) whatever it holds; never A's customer's (the check for secrets shows)
                case ADMIN, A_OWNER, A_OTHER_CUSTOMER -> entry.template().contains("/items/{productId}")
                        ? Outcome.ANY : Outcome.ALLOWED;
                default -> Outcome.FORBIDDEN_403;
            };
            case CUSTOMER -> switch (caller) {
                case A_CUSTOMER -> Outcome.SKIPPED;
                case A_OTHER_CUSTOMER -> entry.template().contains("{id}") || entry.template().contains("{customerId}")
                        ? Outcome.NOT_FOUND_404 : Outcome.ALLOWED;
                default -> Outcome.FORBIDDEN_403;
            };
            default -> throw new IllegalStateException(entry.key());
        };
    }

    private static String token(Entry entry, Caller caller, VendorA a, Attackers b, Session admin,
                                Map<Access, Session> rightCallers, Map<Session, Map<Caller, String>> spoiled) {
        return switch (caller) {
            case RIGHT -> throw new IllegalStateException();
            case B_OWNER -> b.owner().accessToken();
            case B_MANAGER -> b.manager().accessToken();
            case B_EDITOR -> b.editor().accessToken();
            case B_VIEWER -> b.viewer().accessToken();
            case B_CUSTOMER -> b.customer().accessToken();
            case A_CUSTOMER -> a.customer.accessToken();
            case A_OTHER_CUSTOMER -> a.otherCustomer.accessToken();
            case ADMIN -> admin.accessToken();
            case A_OWNER -> a.owner().accessToken();
            case NO_TOKEN -> null;
            case EXPIRED, UNKNOWN_KEY, ALG_NONE -> {
                Session right = rightCallers.get(entry.access());
                yield spoiled.get(right == null ? a.customer : right).get(caller);
            }
        };
    }

    private void check(Entry entry, Caller caller, String token, Outcome expected, VendorA a, List<String> failures) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("vendorCode", a.code());
        values.put("sessionId", a.cartSession);
        values.put("productId", a.productId);
        values.put("customerId", a.customer.userId().toString());
        values.put("marketplaceProductId", a.stagedUnpublishedId);
        values.put("field", "quantity");
        values.put("token", "no-such-token-" + UUID.randomUUID());
        values.putAll(entry.ids().apply(a));
        String path = expand(entry.template(), values) + (entry.query() == null ? "" : "?" + entry.query());
        Http.Request request = http.method(entry.method(), path);
        Object body = entry.body() == null ? null : entry.body().apply(a);
        String sent = path;
        if (body != null && entry.multipart()) {
            request.multipartFile("file", "file.csv", "text/csv", ((String) body).getBytes(StandardCharsets.UTF_8));
            sent += body;
        } else if (body != null) {
            request.json(body);
            sent += Http.json(body);
        }
        entry.headers().forEach((name, value) -> request.header(name, value.get()));
        if (token != null) {
            request.bearer(token);
        }
        Http.Response response = request.send();
        String what = entry.key() + " as " + caller + " (" + path + ") expected " + expected + ", got " + response;
        int status = response.status();
        boolean ok = switch (expected) {
            case ALLOWED -> status < 500 && status != 401 && status != 403 && status != 404;
            case UNAUTHENTICATED_401 -> status == 401;
            case FORBIDDEN_403 -> status == 403;
            case NOT_FOUND_404 -> status == 404;
            case ANY -> status < 500;
            case SKIPPED -> throw new IllegalStateException();
        };
        if (!ok) {
            failures.add(what);
        }
        // Whoever is let in at A's shop (a credential endpoint ignores the token: anyone may register there) may see
        // what the shop shows, but nothing of A's customer; everyone else nothing of A at all.
        boolean letIntoTheShop = (expected == Outcome.ALLOWED || expected == Outcome.ANY) && !caller.teamOfB()
                && caller != Caller.B_CUSTOMER;
        Set<String> secrets = caller == Caller.RIGHT ? Set.of()
                : entry.access() == Access.CREDENTIALS || letIntoTheShop ? a.customerSecrets : a.secrets;
        for (String secret : secrets) {
            if (response.body() != null && response.body().contains(secret) && !sent.contains(secret)) {
                failures.add("LEAK of '" + secret + "': " + what);
            }
        }
    }

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");

    private static String expand(String template, Map<String, String> values) {
        Matcher m = VARIABLE.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new IllegalStateException("no value for {" + m.group(1) + "} in " + template);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        return m.appendTail(out).toString();
    }
}
