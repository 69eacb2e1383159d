package com.wizamart.platform.web;

import static com.wizamart.support.ProblemAssertions.assertFieldError;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.wizamart.support.ApiTest;
import com.wizamart.support.Fixtures;
import com.wizamart.support.Http;
import com.wizamart.support.Shop;

/**
 * Every text a client sends has a maximum length, and one character too many answers 422 {@code VALIDATION_FAILED}
 * naming the field: never a 500 from the database, never a value stored or searched for unchecked. One or more fields
 * of each module's endpoints.
 */
class TextLengthIntegrationTests extends ApiTest {

    /** What the cases need, made once for the class (all tests share the application and its database). */
    private static World world;

    record World(Fixtures.VendorAccount vendor, String admin, Fixtures.Session customer, UUID order, String shop) {
    }

    /** One oversize field: the request that carries it and the field the problem must name. */
    record Case(String name, String field, Function<Sender, Http.Response> send) {

        @Override
        public String toString() {
            return name;
        }
    }

    /** Sends requests as the world's users. */
    record Sender(Http http, World world) {

        Http.Response admin(Http.Request request) {
            return request.bearer(world.admin()).send();
        }

        Http.Response owner(Http.Request request) {
            return request.bearer(world.vendor().owner().accessToken()).send();
        }

        Http.Response customer(Http.Request request) {
            return request.bearer(world.customer().accessToken()).send();
        }
    }

    @BeforeEach
    void makeTheWorld() {
        synchronized (TextLengthIntegrationTests.class) {
            if (world == null) {
                Fixtures.VendorAccount vendor = fixtures.vendor();
                Shop shop = new Shop(http, vendor);
                Fixtures.Session customer = fixtures.customer(vendor);
                Http.Response order = shop.buy(customer, shop.product("Shirt", "20.00", "17", 5), 1);
                world = new World(vendor, fixtures.sharedAdmin().accessToken(), customer,
                        UUID.fromString(order.json().get("id").asString()), shop.base());
            }
        }
    }

    /** A checkout with its own {@code Idempotency-Key}, so only the body can be at fault. */
    static Http.Request checkout(Sender s) {
        return s.http().post(s.world().shop() + "/orders").header("Idempotency-Key", UUID.randomUUID().toString());
    }

    /** A refund of the world's order with this {@code Idempotency-Key}. */
    static Http.Request refund(Sender s, String key) {
        return s.http().post("/api/v1/vendor/orders/" + s.world().order() + "/refunds").header("Idempotency-Key", key);
    }

    static String text(int length) {
        return "x".repeat(length);
    }

    static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    static Map<String, Object> newVendor(String field, Object value) {
        String code = Fixtures.unique("len").toLowerCase();
        Map<String, Object> body = map("code", code, "name", "Shop " + code, "subdomain", code,
                "businessEmail", "hello@" + code + ".test",
                "owner", map("email", "owner-" + code + "@shop.test", "firstName", "Olga", "lastName", "Owner"));
        body.put(field, value);
        return body;
    }

    static Map<String, Object> feedSource(String url) {
        return map("marketplace", "letzshop", "language", "en", "url", url);
    }

    static Map<String, Object> newProduct(String field, Object value) {
        Map<String, Object> body = map("sku", Fixtures.unique("SKU"), "name", "Mug", "price", new BigDecimal("9.90"),
                "currency", "EUR", "taxRate", new BigDecimal("17"));
        body.put(field, value);
        return body;
    }

    static Stream<Case> cases() {
        return Stream.of(
                // tenancy
                new Case("vendor edit: name", "name", s -> s.admin(s.http().put("/api/v1/admin/vendors/"
                        + s.world().vendor().id()).json(map("name", text(201))))),
                new Case("vendor edit: custom domain", "customDomains[0].domain", s -> s.admin(s.http().put(
                        "/api/v1/admin/vendors/" + s.world().vendor().id()).json(map("customDomains",
                        List.of(map("domain", text(254))))))),
                new Case("vendor edit: a feed source's URL", "feedSources[0].url", s -> s.admin(s.http().put(
                        "/api/v1/admin/vendors/" + s.world().vendor().id()).json(map("feedSources",
                        List.of(feedSource("https://feeds.example/" + text(2000))))))),
                new Case("audit log filter: actor", "actor", s -> s.admin(s.http().get(
                        "/api/v1/admin/audit-log?actor=" + text(321)))),
                new Case("audit log filter: action", "action", s -> s.admin(s.http().get(
                        "/api/v1/admin/audit-log?action=" + text(65)))),
                new Case("audit log filter: target type", "targetType", s -> s.admin(s.http().get(
                        "/api/v1/admin/audit-log?targetType=" + text(65)))),
                new Case("audit log filter: target id", "targetId", s -> s.admin(s.http().get(
                        "/api/v1/admin/audit-log?targetId=" + text(101)))),
                new Case("vendor list search", "search", s -> s.admin(s.http().get(
                        "/api/v1/admin/vendors?search=" + text(201)))),
                // identity
                new Case("vendor create: name", "name", s -> s.admin(s.http().post("/api/v1/admin/vendors")
                        .json(newVendor("name", text(201))))),
                new Case("vendor create: VAT number", "vatNumber", s -> s.admin(s.http().post("/api/v1/admin/vendors")
                        .json(newVendor("vatNumber", text(31))))),
                new Case("vendor create: owner's first name", "owner.firstName", s -> s.admin(s.http()
                        .post("/api/v1/admin/vendors").json(newVendor("owner", map("email", "o@x.test",
                                "firstName", text(101)))))),
                new Case("vendor create: a feed source's URL", "feedSources[0].url", s -> s.admin(s.http()
                        .post("/api/v1/admin/vendors").json(newVendor("feedSources",
                                List.of(feedSource("https://feeds.example/" + text(2000))))))),
                new Case("user list search", "search", s -> s.admin(s.http().get(
                        "/api/v1/admin/users?search=" + text(201)))),
                new Case("team invitation: email", "email", s -> s.owner(s.http().post(
                        "/api/v1/vendor/team/invitations").json(map("email", text(321) + "@x.test", "role", "Editor")))),
                new Case("role create: name", "name", s -> s.owner(s.http().post("/api/v1/vendor/team/roles")
                        .json(map("name", text(51), "permissions", List.of("team.view"))))),
                new Case("role create: a permission", "permissions", s -> s.owner(s.http().post(
                        "/api/v1/vendor/team/roles").json(map("name", "Long", "permissions", List.of(text(101)))))),
                new Case("customer register: first name", "firstName", s -> s.http().post(s.world().shop()
                        + "/auth/register").json(map("email", Fixtures.unique("c") + "@shop.test",
                        "password", Fixtures.PASSWORD, "firstName", text(101))).send()),
                new Case("customer register: phone", "phone", s -> s.http().post(s.world().shop()
                        + "/auth/register").json(map("email", Fixtures.unique("c") + "@shop.test",
                        "password", Fixtures.PASSWORD, "firstName", "Carl", "phone", text(51))).send()),
                // inventory
                new Case("inventory location: name", "name", s -> s.owner(s.http().post(
                        "/api/v1/vendor/inventory/locations").json(map("code", Fixtures.unique("L"),
                        "name", text(101))))),
                new Case("inventory location: code", "code", s -> s.owner(s.http().post(
                        "/api/v1/vendor/inventory/locations").json(map("code", text(33), "name", "Back room")))),
                new Case("stock receipt: reason", "reason", s -> s.owner(s.http().post("/api/v1/vendor/inventory")
                        .json(map("productId", UUID.randomUUID(), "quantity", 1, "reason", text(501))))),
                // ordering
                new Case("order status: note", "note", s -> s.owner(s.http().put("/api/v1/vendor/orders/"
                        + s.world().order() + "/status").json(map("status", "CONFIRMED", "note", text(1001))))),
                new Case("order status: tracking number", "trackingNumber", s -> s.owner(s.http().put(
                        "/api/v1/vendor/orders/" + s.world().order() + "/status").json(map("status", "SHIPPED",
                        "trackingNumber", text(101))))),
                new Case("order status: status", "status", s -> s.owner(s.http().put("/api/v1/vendor/orders/"
                        + s.world().order() + "/status").json(map("status", text(33))))),
                new Case("order list search", "search", s -> s.owner(s.http().get(
                        "/api/v1/vendor/orders?search=" + text(201)))),
                new Case("refund: reason", "reason", s -> s.owner(refund(s, UUID.randomUUID().toString())
                        .json(map("lines", List.of(map("lineNo", 1, "quantity", 1)), "reason", text(1001))))),
                new Case("refund: idempotency key", "Idempotency-Key", s -> s.owner(refund(s, text(256))
                        .json(map("lines", List.of(map("lineNo", 1, "quantity", 1)))))),
                new Case("return: reason", "reason", s -> s.owner(s.http().post("/api/v1/vendor/orders/"
                        + s.world().order() + "/returns").json(map("lines", List.of(map("lineNo", 1,
                        "quantity", 1)), "reason", text(1001))))),
                new Case("return status: note", "note", s -> s.owner(s.http().put("/api/v1/vendor/orders/"
                        + s.world().order() + "/returns/" + UUID.randomUUID() + "/status")
                        .json(map("status", "REJECTED", "note", text(1001))))),
                new Case("customer's return: reason", "reason", s -> s.customer(s.http().post(s.world().shop()
                        + "/customers/me/orders/" + s.world().order() + "/returns").json(map("lines",
                        List.of(map("lineNo", 1, "quantity", 1)), "reason", text(1001))))),
                new Case("checkout: note", "note", s -> s.customer(checkout(s)
                        .json(map("cartSessionId", Shop.newSession(), "shippingAddress", Shop.address("Chris"),
                                "note", text(1001))))),
                new Case("checkout: cart session", "cartSessionId", s -> s.customer(checkout(s).json(map(
                        "cartSessionId", text(101), "shippingAddress", Shop.address("Chris"))))),
                new Case("checkout: street", "shippingAddress.street", s -> {
                    Map<String, Object> address = Shop.address("Chris");
                    address.put("street", text(201));
                    return s.customer(checkout(s).json(map(
                            "cartSessionId", Shop.newSession(), "shippingAddress", address)));
                }),
                new Case("address book: street", "street", s -> {
                    Map<String, Object> address = Shop.address("Chris");
                    address.put("street", text(201));
                    return s.customer(s.http().post(s.world().shop() + "/customers/me/addresses").json(address));
                }),
                new Case("address book: label", "label", s -> {
                    Map<String, Object> address = Shop.address("Chris");
                    address.put("label", text(51));
                    return s.customer(s.http().post(s.world().shop() + "/customers/me/addresses").json(address));
                }),
                new Case("customer profile: first name", "firstName", s -> s.customer(s.http()
                        .method("PATCH", s.world().shop() + "/customers/me").json(map("firstName", text(101))))),
                new Case("customer profile: phone", "phone", s -> s.customer(s.http()
                        .method("PATCH", s.world().shop() + "/customers/me").json(map("phone", text(51))))),
                new Case("customer password: new password", "newPassword", s -> s.customer(s.http()
                        .post(s.world().shop() + "/customers/me/password")
                        .json(map("currentPassword", Fixtures.PASSWORD, "newPassword", text(129))))),
                new Case("shipping method: name", "name", s -> s.owner(s.http().post(
                        "/api/v1/vendor/shipping-methods").json(map("name", text(101), "kind", "FLAT", "price", 1)))),
                new Case("shipping method: pick-up location", "pickupLocation", s -> s.owner(s.http().post(
                        "/api/v1/vendor/shipping-methods").json(map("name", "Collect", "kind", "PICKUP", "price", 0,
                        "pickupLocation", text(501))))),
                new Case("shipping offers: country", "country", s -> s.http().get(s.world().shop() + "/cart/"
                        + Shop.newSession() + "/shipping-methods?country=" + text(3)).send()),
                new Case("tax settings: country", "originCountry", s -> s.owner(s.http().put(
                        "/api/v1/vendor/tax-settings").json(map("ossRegistered", true, "originCountry", text(3))))),
                new Case("cart: session", "sessionId", s -> s.http().post(s.world().shop() + "/cart/" + text(101)
                        + "/items").json(map("productId", UUID.randomUUID(), "quantity", 1)).send()),
                // marketplace
                new Case("feed sources: URL", "feedSources[0].url", s -> s.owner(s.http().put(
                        "/api/v1/vendor/marketplace/feed-sources").json(map("feedSources",
                        List.of(feedSource("https://feeds.example/" + text(2000))))))),
                new Case("feed sources: marketplace", "feedSources[0].marketplace", s -> s.owner(s.http().put(
                        "/api/v1/vendor/marketplace/feed-sources").json(map("feedSources", List.of(map(
                        "marketplace", text(33), "language", "en", "url", "https://feeds.example/f.csv")))))),
                new Case("feed sources: language", "feedSources[0].language", s -> s.owner(s.http().put(
                        "/api/v1/vendor/marketplace/feed-sources").json(map("feedSources", List.of(map(
                        "marketplace", "letzshop", "language", text(9), "url", "https://feeds.example/f.csv")))))),
                new Case("import trigger: source URL", "sourceUrl", s -> s.owner(s.http().post(
                        "/api/v1/vendor/marketplace/import").json(map("marketplace", "letzshop", "language", "en",
                        "sourceUrl", "https://feeds.example/" + text(2000))))),
                new Case("import job filter: marketplace", "marketplace", s -> s.owner(s.http().get(
                        "/api/v1/vendor/marketplace/jobs?marketplace=" + text(33)))),
                new Case("staged products search", "search", s -> s.owner(s.http().get(
                        "/api/v1/vendor/marketplace/products?search=" + text(201)))),
                // catalog
                new Case("product create: name", "name", s -> s.owner(s.http().post("/api/v1/vendor/products")
                        .json(newProduct("name", text(501))))),
                new Case("product create: description", "description", s -> s.owner(s.http()
                        .post("/api/v1/vendor/products").json(newProduct("description", text(20001))))),
                new Case("product create: a translated name", "names.fr", s -> s.owner(s.http()
                        .post("/api/v1/vendor/products").json(newProduct("names", map("fr", text(501)))))),
                new Case("product create: an image", "images[0]", s -> s.owner(s.http()
                        .post("/api/v1/vendor/products").json(newProduct("images",
                                List.of("https://img.example/" + text(2000)))))),
                new Case("product create: tax category", "taxCategory", s -> s.owner(s.http()
                        .post("/api/v1/vendor/products").json(newProduct("taxCategory", text(17))))),
                new Case("catalog settings: language", "defaultLanguage", s -> s.owner(s.http().put(
                        "/api/v1/vendor/catalog/settings").json(map("defaultLanguage", text(9),
                        "defaultTaxRate", new BigDecimal("17"))))),
                new Case("vendor product list search", "search", s -> s.owner(s.http().get(
                        "/api/v1/vendor/products?search=" + text(201)))),
                new Case("shop search: q", "q", s -> s.http().get(s.world().shop() + "/products/search?q="
                        + text(201)).send()),
                new Case("shop list filter: brand", "brand", s -> s.http().get(s.world().shop() + "/products?brand="
                        + text(201)).send()),
                // dashboard
                new Case("customer list search", "search", s -> s.owner(s.http().get(
                        "/api/v1/vendor/customers?search=" + text(201)))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void aTooLongValueIsRefusedNamingItsField(Case oversize) {
        Http.Response response = oversize.send().apply(new Sender(http, world));
        assertFieldError(response, 422, "VALIDATION_FAILED", oversize.field());
    }
}
