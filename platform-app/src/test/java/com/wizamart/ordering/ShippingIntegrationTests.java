package com.wizamart.ordering;

import static com.wizamart.support.ProblemAssertions.assertFieldError;
import static com.wizamart.support.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.wizamart.support.ApiTest;
import com.wizamart.support.AuditLog;
import com.wizamart.support.Fixtures;
import com.wizamart.support.Http;
import com.wizamart.support.Shop;

import tools.jackson.databind.JsonNode;

/**
 * Shipping through HTTP: the vendor keeps its methods (a shop setting), the shop offers those that serve the cart's
 * destination, and checkout prices the chosen one into the order as its own line with its VAT. The vendor here is
 * not registered for the one-stop shop: shipping is taxed at its country's standard rate (Luxembourg, 17 %).
 */
class ShippingIntegrationTests extends ApiTest {

    static final String METHODS = "/api/v1/vendor/shipping-methods";

    @Test
    void theVendorKeepsItsShippingMethodsAndOnlyWhoMayEditSettingsChangesThem() {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        String owner = vendor.owner().accessToken();

        Http.Response created = http.post(METHODS).bearer(owner).json(Map.of("name", " Post Benelux ", "kind", "flat",
                "price", 4.9, "countries", List.of("lu", "BE", "nl", "BE"))).send();
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode post = created.json();
        String id = post.get("id").asString();
        assertThat(created.header("Location")).endsWith(METHODS + "/" + id);
        assertThat(post.get("name").asString()).isEqualTo("Post Benelux");
        assertThat(post.get("kind").asString()).isEqualTo("FLAT");
        assertThat(post.get("price").decimalValue()).isEqualByComparingTo("4.90");
        assertThat(post.get("currency").asString()).as("the shop's currency").isEqualTo("EUR");
        assertThat(post.get("countries")).extracting(JsonNode::asString).containsExactly("BE", "LU", "NL");
        assertThat(post.get("active").asBoolean()).isTrue();
        assertThat(post.has("threshold")).isFalse();

        // every invalid field is named
        assertFieldError(http.post(METHODS).bearer(owner).json(Map.of("name", "Bad", "kind", "FLAT", "price", -1,
                "countries", List.of("LU", "XX"))).send(), 422, "VALIDATION_FAILED", "countries[1]");
        assertFieldError(http.post(METHODS).bearer(owner).json(Map.of("name", "Bad", "kind", "FLAT", "price", -1))
                .send(), 422, "VALIDATION_FAILED", "price");
        assertFieldError(http.post(METHODS).bearer(owner).json(Map.of("name", "Dollars", "kind", "FLAT", "price", 3,
                "currency", "USD")).send(), 422, "VALIDATION_FAILED", "currency");
        assertFieldError(http.post(METHODS).bearer(owner).json(Map.of("name", "Free", "kind", "FREE_ABOVE",
                "price", 3)).send(), 422, "VALIDATION_FAILED", "threshold");
        assertFieldError(http.post(METHODS).bearer(owner).json(Map.of("name", "Collect", "kind", "PICKUP",
                "price", 0)).send(), 422, "VALIDATION_FAILED", "pickupLocation");
        assertFieldError(http.post(METHODS).bearer(owner).json(Map.of("name", "Beam", "kind", "TELEPORT",
                "price", 0)).send(), 422, "VALIDATION_FAILED", "kind");

        // a Manager sees orders but not the settings: reads, cannot change
        Fixtures.Session manager = fixtures.member(vendor, "Manager");
        assertThat(http.get(METHODS).bearer(manager.accessToken()).send().json()).hasSize(1);
        assertProblem(http.post(METHODS).bearer(manager.accessToken()).json(Map.of("name", "Mine", "kind", "FLAT",
                "price", 1)).send(), 403, "ACCESS_DENIED");
        assertProblem(http.delete(METHODS + "/" + id).bearer(manager.accessToken()).send(), 403, "ACCESS_DENIED");

        // replacing it
        String requestId = AuditLog.requestId();
        Http.Response changed = http.put(METHODS + "/" + id).bearer(owner).header("X-Request-Id", requestId)
                .json(Map.of("name", "Post Benelux", "kind", "FREE_ABOVE", "price", 5.5, "threshold", 60,
                        "countries", List.of("LU", "BE", "NL"), "active", false)).send();
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        JsonNode read = http.get(METHODS + "/" + id).bearer(owner).send().json();
        assertThat(read.get("kind").asString()).isEqualTo("FREE_ABOVE");
        assertThat(read.get("threshold").decimalValue()).isEqualByComparingTo("60");
        assertThat(read.get("active").asBoolean()).isFalse();
        AuditLog audit = new AuditLog(http, fixtures.sharedAdmin().accessToken());
        JsonNode entry = audit.entries("action=SHIPPING_METHOD_CHANGED&targetId=" + id).getFirst();
        assertThat(entry.get("targetName").asString()).isEqualTo("Post Benelux");
        assertThat(entry.get("before").get("price").asString()).isEqualTo("4.90");
        assertThat(entry.get("after").get("kind").asString()).isEqualTo("FREE_ABOVE");

        // another vendor's team: as if it did not exist
        Fixtures.VendorAccount other = fixtures.vendor();
        String stranger = other.owner().accessToken();
        assertProblem(http.get(METHODS + "/" + id).bearer(stranger).send(), 404, "SHIPPING_METHOD_NOT_FOUND");
        assertProblem(http.put(METHODS + "/" + id).bearer(stranger).json(Map.of("name", "Mine", "kind", "FLAT",
                "price", 1)).send(), 404, "SHIPPING_METHOD_NOT_FOUND");
        assertProblem(http.delete(METHODS + "/" + id).bearer(stranger).send(), 404, "SHIPPING_METHOD_NOT_FOUND");
        assertThat(http.get(METHODS).bearer(stranger).send().json()).isEmpty();

        // deleting it
        assertThat(http.delete(METHODS + "/" + id).bearer(owner).send().status()).isEqualTo(204);
        assertProblem(http.get(METHODS + "/" + id).bearer(owner).send(), 404, "SHIPPING_METHOD_NOT_FOUND");
        assertThat(audit.entries("action=SHIPPING_METHOD_DELETED&targetId=" + id)).hasSize(1);
    }

    @Test
    void aFlatRateIsItsOwnLineOfTheOrderWithItsVatInTheTotalsAndTheBreakdown() {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        Shop shop = new Shop(http, vendor);
        UUID coffee = shop.product("Coffee", "11.70", "17", 10);
        UUID book = shop.product("Book", "20.60", "3", 10);
        String flat = method(vendor, Map.of("name", "Post", "kind", "FLAT", "price", 5.85));
        Fixtures.Session customer = fixtures.customer(vendor);
        String session = cart(shop, customer, Map.of(coffee, 2, book, 1));

        JsonNode order = placed(shop.checkout(customer.accessToken(), UUID.randomUUID().toString(),
                body(session, flat, Shop.address("Chris"), null)));
        JsonNode shipping = order.get("shipping");
        assertThat(shipping.get("methodId").asString()).isEqualTo(flat);
        assertThat(shipping.get("name").asString()).isEqualTo("Post");
        assertThat(shipping.get("kind").asString()).isEqualTo("FLAT");
        assertThat(shipping.get("gross").decimalValue()).isEqualByComparingTo("5.85");
        assertThat(shipping.get("taxRate").decimalValue()).isEqualByComparingTo("17");
        assertThat(shipping.get("tax").decimalValue()).isEqualByComparingTo("0.85");
        assertThat(shipping.get("net").decimalValue()).isEqualByComparingTo("5.00");
        // goods 44.00 (VAT 3.40 at 17 %, 0.60 at 3 %) plus shipping 5.85 (0.85 at 17 %)
        assertThat(order.get("total").decimalValue()).isEqualByComparingTo("49.85");
        assertThat(order.get("taxTotal").decimalValue()).isEqualByComparingTo("4.85");
        assertThat(order.get("itemCount").asInt()).as("shipping is no item").isEqualTo(3);
        assertThat(order.get("vat")).hasSize(2);
        assertThat(order.get("vat").get(1).get("rate").decimalValue()).isEqualByComparingTo("17");
        assertThat(order.get("vat").get(1).get("gross").decimalValue()).isEqualByComparingTo("29.25");
        assertThat(order.get("vat").get(1).get("tax").decimalValue()).isEqualByComparingTo("4.25");
        assertThat(order.get("vatScheme").asString()).isEqualTo("SHOP");
        assertThat(order.get("vatCountry").asString()).isEqualTo("LU");

        // the vendor and the customer read the same
        JsonNode forVendor = http.get("/api/v1/vendor/orders/" + order.get("id").asString())
                .bearer(vendor.owner().accessToken()).send().json();
        assertThat(forVendor.get("shipping")).isEqualTo(shipping);
        assertThat(forVendor.get("total").decimalValue()).isEqualByComparingTo("49.85");
        JsonNode mine = http.get(shop.base() + "/customers/me/orders/" + order.get("id").asString())
                .bearer(customer.accessToken()).send().json();
        assertThat(mine.get("vat")).isEqualTo(order.get("vat"));
        JsonNode listed = http.get("/api/v1/vendor/orders").bearer(vendor.owner().accessToken()).send().json()
                .get("content").get(0);
        assertThat(listed.get("total").decimalValue()).isEqualByComparingTo("49.85");
    }

    @Test
    void freeAboveIsFreeFromItsThresholdOnAndTheShopOffersItPricedForTheCart() {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        Shop shop = new Shop(http, vendor);
        String free = method(vendor, Map.of("name", "Free from 50", "kind", "FREE_ABOVE", "price", 4.9,
                "threshold", 50));
        Fixtures.Session customer = fixtures.customer(vendor);

        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("49.99", "4.90");
        expected.put("50.00", "0.00");
        expected.put("50.01", "0.00");
        expected.forEach((price, shipping) -> {
            UUID product = shop.product("Basket " + price, price, "17", 5);
            String session = cart(shop, customer, Map.of(product, 1));
            JsonNode offers = offers(shop, session, customer, "LU");
            assertThat(offers).hasSize(1);
            assertThat(offers.get(0).get("id").asString()).isEqualTo(free);
            assertThat(offers.get(0).get("price").decimalValue()).as("offered at " + price)
                    .isEqualByComparingTo(shipping);
            assertThat(offers.get(0).get("threshold").decimalValue()).isEqualByComparingTo("50");
            JsonNode order = placed(shop.checkout(customer.accessToken(), UUID.randomUUID().toString(),
                    body(session, free, Shop.address("Chris"), null)));
            assertThat(order.get("shipping").get("gross").decimalValue()).as("charged at " + price)
                    .isEqualByComparingTo(shipping);
            assertThat(order.get("total").decimalValue())
                    .isEqualByComparingTo(new BigDecimal(price).add(new BigDecimal(shipping)));
        });
    }

    @Test
    void aZoneServesItsCountriesOnlyAndCheckoutSaysWhichMethodCannotBeUsed() {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        Shop shop = new Shop(http, vendor);
        UUID tea = shop.product("Tea", "8.00", "17", 5);
        String benelux = method(vendor, Map.of("name", "Benelux", "kind", "FLAT", "price", 3.9,
                "countries", List.of("LU", "BE", "NL")));
        String europe = method(vendor, Map.of("name", "Europe", "kind", "FLAT", "price", 12.5,
                "countries", List.of("DE", "FR")));
        String paused = method(vendor, Map.of("name", "Courier", "kind", "FLAT", "price", 20, "active", false));
        Fixtures.Session customer = fixtures.customer(vendor);
        String session = cart(shop, customer, Map.of(tea, 2));

        assertThat(offers(shop, session, customer, "fr")).extracting(o -> o.get("id").asString())
                .containsExactly(europe);
        assertThat(offers(shop, session, customer, "BE")).extracting(o -> o.get("id").asString())
                .containsExactly(benelux);
        assertThat(offers(shop, session, null, "US")).isEmpty();
        assertFieldError(http.get(shop.base() + "/cart/" + session + "/shipping-methods?country=XX").send(), 422,
                "VALIDATION_FAILED", "country");

        Map<String, Object> toParis = new LinkedHashMap<>(Shop.address("Chris"));
        toParis.put("postalCode", "75001");
        toParis.put("city", "Paris");
        toParis.put("country", "FR");
        // a method that does not deliver there: 422 naming it and the reason, nothing written
        JsonNode problem = assertProblem(shop.checkout(customer.accessToken(), UUID.randomUUID().toString(),
                body(session, benelux, toParis, null)), 422, "SHIPPING_METHOD_NOT_AVAILABLE");
        assertThat(problem.get("shippingMethodId").asString()).isEqualTo(benelux);
        assertThat(problem.get("reason").asString()).isEqualTo("DESTINATION");
        assertThat(problem.get("country").asString()).isEqualTo("FR");
        assertThat(shop.stock(tea).get("reserved").asInt()).isZero();
        assertThat(shop.cart(session, customer.accessToken()).get("lines")).hasSize(1);
        // switched off
        assertThat(assertProblem(shop.checkout(customer.accessToken(), UUID.randomUUID().toString(),
                body(session, paused, toParis, null)), 422, "SHIPPING_METHOD_NOT_AVAILABLE").get("reason").asString())
                .isEqualTo("INACTIVE");
        // none chosen although the shop ships by its methods
        assertProblem(shop.checkout(customer.accessToken(), UUID.randomUUID().toString(),
                Map.of("cartSessionId", session, "shippingAddress", toParis)), 422, "SHIPPING_METHOD_REQUIRED");
        // unknown, or another shop's
        assertProblem(shop.checkout(customer.accessToken(), UUID.randomUUID().toString(),
                body(session, UUID.randomUUID().toString(), toParis, null)), 404, "SHIPPING_METHOD_NOT_FOUND");
        String foreign = method(fixtures.vendor(), Map.of("name", "Elsewhere", "kind", "FLAT", "price", 1));
        assertProblem(shop.checkout(customer.accessToken(), UUID.randomUUID().toString(),
                body(session, foreign, toParis, null)), 404, "SHIPPING_METHOD_NOT_FOUND");
        // a delivery needs the address it goes to
        assertFieldError(shop.checkout(customer.accessToken(), UUID.randomUUID().toString(),
                body(session, europe, null, Shop.address("Chris"))), 422, "VALIDATION_FAILED", "shippingAddress");
        assertThat(shop.stock(tea).get("reserved").asInt()).as("nothing was reserved by the refusals").isZero();

        JsonNode order = placed(shop.checkout(customer.accessToken(), UUID.randomUUID().toString(),
                body(session, europe, toParis, null)));
        assertThat(order.get("shipping").get("name").asString()).isEqualTo("Europe");
        assertThat(order.get("total").decimalValue()).isEqualByComparingTo("28.50");
        assertThat(order.get("shippingAddress").get("country").asString()).isEqualTo("FR");
    }

    @Test
    void aPickUpNeedsOnlyABillingAddressAndCostsWhatTheVendorSays() {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        Shop shop = new Shop(http, vendor);
        UUID honey = shop.product("Honey", "9.00", "3", 5);
        method(vendor, Map.of("name", "Post", "kind", "FLAT", "price", 4, "countries", List.of("LU")));
        String pickup = method(vendor, Map.of("name", "Collect at the shop", "kind", "PICKUP", "price", 0,
                "pickupLocation", "12 Rue du Marché, Luxembourg; Tue-Sat 9-18"));
        Fixtures.Session customer = fixtures.customer(vendor);
        String session = cart(shop, customer, Map.of(honey, 1));

        assertThat(offers(shop, session, customer, "US")).extracting(o -> o.get("id").asString())
                .as("a pick-up is offered whatever the destination").containsExactly(pickup);
        assertFieldError(shop.checkout(customer.accessToken(), UUID.randomUUID().toString(),
                Map.of("cartSessionId", session, "shippingMethodId", pickup)), 422, "VALIDATION_FAILED",
                "billingAddress");

        JsonNode order = placed(shop.checkout(customer.accessToken(), UUID.randomUUID().toString(),
                body(session, pickup, null, Shop.address("Pia"))));
        assertThat(order.has("shippingAddress")).as("nothing is delivered").isFalse();
        assertThat(order.get("billingAddress").get("firstName").asString()).isEqualTo("Pia");
        assertThat(order.get("customerName").asString()).isEqualTo("Pia Muller");
        JsonNode shipping = order.get("shipping");
        assertThat(shipping.get("kind").asString()).isEqualTo("PICKUP");
        assertThat(shipping.get("pickupLocation").asString()).startsWith("12 Rue du Marché");
        assertThat(shipping.get("gross").decimalValue()).isZero();
        assertThat(shipping.get("tax").decimalValue()).isZero();
        assertThat(order.get("total").decimalValue()).isEqualByComparingTo("9.00");
        assertThat(order.get("vat")).as("free shipping adds no VAT line").hasSize(1);

        // an address sent as shipping address alone serves as the billing address of a pick-up
        String again = cart(shop, customer, Map.of(honey, 1));
        JsonNode second = placed(shop.checkout(customer.accessToken(), UUID.randomUUID().toString(),
                body(again, pickup, Shop.address("Sam"), null)));
        assertThat(second.has("shippingAddress")).isFalse();
        assertThat(second.get("billingAddress").get("firstName").asString()).isEqualTo("Sam");
    }

    @Test
    void aShopWithoutShippingMethodsChargesNoShippingAsBefore() {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        Shop shop = new Shop(http, vendor);
        UUID wine = shop.product("Wine", "15.00", "17", 5);
        Fixtures.Session customer = fixtures.customer(vendor);
        String session = cart(shop, customer, Map.of(wine, 1));
        assertThat(offers(shop, session, customer, "LU")).isEmpty();
        JsonNode order = placed(shop.checkout(customer.accessToken(), UUID.randomUUID().toString(),
                Shop.checkoutBody(session)));
        assertThat(order.has("shipping")).isFalse();
        assertThat(order.get("total").decimalValue()).isEqualByComparingTo("15.00");
        assertThat(order.get("vat")).hasSize(1);
        // naming a method the shop does not have
        String next = cart(shop, customer, Map.of(wine, 1));
        assertProblem(shop.checkout(customer.accessToken(), UUID.randomUUID().toString(),
                body(next, UUID.randomUUID().toString(), Shop.address("Chris"), null)), 404,
                "SHIPPING_METHOD_NOT_FOUND");
    }

    @Test
    void anIdempotentReplayAnswersTheSameShippingAndVatEvenAfterTheMethodChanged() {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        Shop shop = new Shop(http, vendor);
        UUID lamp = shop.product("Lamp", "30.00", "17", 5);
        String flat = method(vendor, Map.of("name", "Post", "kind", "FLAT", "price", 4.68));
        String other = method(vendor, Map.of("name", "Courier", "kind", "FLAT", "price", 9));
        Fixtures.Session customer = fixtures.customer(vendor);
        String session = cart(shop, customer, Map.of(lamp, 1));
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = body(session, flat, Shop.address("Chris"), null);

        Http.Response first = shop.checkout(customer.accessToken(), key, body);
        JsonNode order = placed(first);
        assertThat(order.get("shipping").get("tax").decimalValue()).isEqualByComparingTo("0.68");

        // the vendor changes the method's price meanwhile: the replay answers the order as it was placed
        Http.Response changed = http.put(METHODS + "/" + flat).bearer(vendor.owner().accessToken())
                .json(Map.of("name", "Post", "kind", "FLAT", "price", 7)).send();
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        Http.Response replay = shop.checkout(customer.accessToken(), key, body);
        assertThat(replay.status()).as(replay.toString()).isEqualTo(201);
        assertThat(replay.header("Idempotent-Replayed")).isEqualTo("true");
        JsonNode again = replay.json();
        assertThat(again.get("id")).isEqualTo(order.get("id"));
        assertThat(again.get("shipping")).isEqualTo(order.get("shipping"));
        assertThat(again.get("vat")).isEqualTo(order.get("vat"));
        assertThat(again.get("total")).isEqualTo(order.get("total"));
        assertThat(again.get("vatScheme")).isEqualTo(order.get("vatScheme"));

        // the same key with another method is another request
        assertProblem(shop.checkout(customer.accessToken(), key, body(session, other, Shop.address("Chris"), null)),
                422, "IDEMPOTENCY_KEY_REUSED");
    }

    // --- helpers ------------------------------------------------------------------------------------------------

    private String method(Fixtures.VendorAccount vendor, Map<String, Object> body) {
        Http.Response created = http.post(METHODS).bearer(vendor.owner().accessToken()).json(body).send();
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    /** A fresh session whose cart (the customer's) holds these products. */
    private static String cart(Shop shop, Fixtures.Session customer, Map<UUID, Integer> lines) {
        String session = Shop.newSession();
        lines.forEach((product, quantity) -> {
            Http.Response added = shop.add(session, customer.accessToken(), product, quantity);
            assertThat(added.status()).as(added.toString()).isEqualTo(200);
        });
        return session;
    }

    private JsonNode offers(Shop shop, String session, Fixtures.Session customer, String country) {
        Http.Request request = http.get(shop.base() + "/cart/" + session + "/shipping-methods?country=" + country);
        Http.Response offers = customer == null ? request.send() : request.bearer(customer.accessToken()).send();
        assertThat(offers.status()).as(offers.toString()).isEqualTo(200);
        return offers.json();
    }

    static Map<String, Object> body(String session, String method, Map<String, Object> shipping,
                                    Map<String, Object> billing) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("cartSessionId", session);
        body.put("shippingMethodId", method);
        if (shipping != null) {
            body.put("shippingAddress", shipping);
        }
        if (billing != null) {
            body.put("billingAddress", billing);
        }
        return body;
    }

    static JsonNode placed(Http.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json();
    }
}
