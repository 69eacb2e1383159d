package com.wizamart.ordering;

import static com.wizamart.support.ProblemAssertions.assertFieldError;
import static com.wizamart.support.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import com.wizamart.support.ApiTest;
import com.wizamart.support.Concurrently;
import com.wizamart.support.Fixtures;
import com.wizamart.support.Fixtures.Session;
import com.wizamart.support.Fixtures.VendorAccount;
import com.wizamart.support.Http;
import com.wizamart.support.Shop;

import tools.jackson.databind.JsonNode;

/**
 * A customer's address book through HTTP: adding, editing, deleting, the defaults and the cap; checkout with an
 * address by id or the defaults; another customer's or another shop's address is "not found"; an order keeps its
 * copy of the address whatever happens to the book afterwards.
 */
class AddressBookIntegrationTests extends ApiTest {

    private static String book(Shop shop) {
        return shop.base() + "/customers/me/addresses";
    }

    private static Map<String, Object> entry(String firstName, String city) {
        Map<String, Object> body = new LinkedHashMap<>(Shop.address(firstName));
        body.put("city", city);
        return body;
    }

    private Http.Response add(Shop shop, Session customer, Map<String, Object> body) {
        return http.post(book(shop)).bearer(customer.accessToken()).json(body).send();
    }

    private UUID added(Shop shop, Session customer, Map<String, Object> body) {
        Http.Response added = add(shop, customer, body);
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        UUID id = UUID.fromString(added.json().get("id").asString());
        assertThat(added.header("Location")).endsWith("/customers/me/addresses/" + id);
        return id;
    }

    private JsonNode list(Shop shop, Session customer) {
        Http.Response list = http.get(book(shop)).bearer(customer.accessToken()).send();
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        return list.json();
    }

    /** Fills a fresh cart with one unit and checks out with {@code body} (its cart session is set here). */
    private Http.Response checkout(Shop shop, Session customer, UUID product, Map<String, Object> body) {
        String session = Shop.newSession();
        assertThat(shop.add(session, customer.accessToken(), product, 1).status()).isEqualTo(200);
        Map<String, Object> request = new LinkedHashMap<>(body);
        request.put("cartSessionId", session);
        return shop.checkout(customer.accessToken(), UUID.randomUUID().toString(), request);
    }

    @Test
    void aCustomerKeepsAddressesWithOneDefaultEach() {
        Shop shop = new Shop(http, fixtures.vendor());
        Session customer = fixtures.customer(shop.vendor());
        assertThat(list(shop, customer)).isEmpty();

        // the first address becomes both defaults
        Map<String, Object> home = entry("Chris", "Luxembourg");
        home.put("label", "Home");
        home.put("country", "lu");
        home.put("street2", "  3rd floor ");
        Http.Response first = add(shop, customer, home);
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        JsonNode created = first.json();
        UUID homeId = UUID.fromString(created.get("id").asString());
        assertThat(created.get("label").asString()).isEqualTo("Home");
        assertThat(created.get("country").asString()).isEqualTo("LU");
        assertThat(created.get("street2").asString()).isEqualTo("3rd floor");
        assertThat(created.get("defaultShipping").asBoolean()).isTrue();
        assertThat(created.get("defaultBilling").asBoolean()).isTrue();

        // a second is no default unless asked; asked, it takes the default over
        UUID office = added(shop, customer, entry("Chris", "Esch-sur-Alzette"));
        Map<String, Object> parents = entry("Chris", "Ettelbruck");
        parents.put("defaultShipping", true);
        UUID parentsId = added(shop, customer, parents);
        JsonNode all = list(shop, customer);
        assertThat(all).extracting(a -> a.get("id").asString())
                .containsExactly(homeId.toString(), office.toString(), parentsId.toString());
        assertThat(all).filteredOn(a -> a.get("defaultShipping").asBoolean()).extracting(a -> a.get("city").asString())
                .containsExactly("Ettelbruck");
        assertThat(all).filteredOn(a -> a.get("defaultBilling").asBoolean()).extracting(a -> a.get("city").asString())
                .containsExactly("Luxembourg");

        // editing replaces the address and label; defaults move only when the request says
        Map<String, Object> moved = entry("Christiane", "Differdange");
        moved.put("defaultBilling", true);
        Http.Response edited = http.put(book(shop) + "/" + office).bearer(customer.accessToken()).json(moved).send();
        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        assertThat(edited.json().get("city").asString()).isEqualTo("Differdange");
        assertThat(edited.json().get("label").isNull()).isTrue();
        assertThat(edited.json().get("defaultBilling").asBoolean()).isTrue();
        assertThat(edited.json().get("defaultShipping").asBoolean()).isFalse();
        JsonNode homeNow = http.get(book(shop) + "/" + homeId).bearer(customer.accessToken()).send().json();
        assertThat(homeNow.get("defaultBilling").asBoolean()).as("the old default gave way").isFalse();
        assertThat(homeNow.get("label").asString()).isEqualTo("Home");

        // deleting a default leaves none of that kind
        assertThat(http.delete(book(shop) + "/" + parentsId).bearer(customer.accessToken()).send().status())
                .isEqualTo(204);
        assertProblem(http.get(book(shop) + "/" + parentsId).bearer(customer.accessToken()).send(), 404,
                "ADDRESS_NOT_FOUND");
        assertProblem(http.delete(book(shop) + "/" + parentsId).bearer(customer.accessToken()).send(), 404,
                "ADDRESS_NOT_FOUND");
        assertThat(list(shop, customer)).hasSize(2).noneMatch(a -> a.get("defaultShipping").asBoolean());
    }

    @Test
    void addressesAreCheckedLikeCheckoutAddressesAndTheBookHasACap() {
        Shop shop = new Shop(http, fixtures.vendor());
        Session customer = fixtures.customer(shop.vendor());

        Map<String, Object> bad = entry("Chris", " ");
        bad.put("country", "XX");
        bad.remove("street");
        Http.Response refused = add(shop, customer, bad);
        for (String field : List.of("city", "country", "street")) {
            assertFieldError(refused, 422, "VALIDATION_FAILED", field);
        }
        Map<String, Object> longLabel = entry("Chris", "Luxembourg");
        longLabel.put("label", "x".repeat(51));
        assertFieldError(add(shop, customer, longLabel), 422, "VALIDATION_FAILED", "label");
        assertProblem(add(shop, customer, Map.of("firstName", "Chris", "planet", "Mars")), 400, "UNKNOWN_FIELD");
        assertThat(list(shop, customer)).isEmpty();

        for (int i = 0; i < 20; i++) {
            added(shop, customer, entry("Chris", "City " + i));
        }
        Http.Response full = add(shop, customer, entry("Chris", "One too many"));
        JsonNode problem = assertProblem(full, 422, "ADDRESS_BOOK_FULL");
        assertThat(problem.get("maxAddresses").asInt()).isEqualTo(20);
        assertThat(list(shop, customer)).hasSize(20);
        // another customer's book is their own
        added(shop, fixtures.customer(shop.vendor()), entry("Alex", "Luxembourg"));
    }

    @Test
    void theCapAndTheDefaultsHoldUnderConcurrentRequests() {
        Shop shop = new Shop(http, fixtures.vendor());
        Session customer = fixtures.customer(shop.vendor());
        for (int i = 0; i < 16; i++) {
            added(shop, customer, entry("Chris", "City " + i));
        }
        // eight additions race for the last four places, each asking to become the default shipping address
        List<Http.Response> racing = Concurrently.send(IntStream.range(0, 8).mapToObj(i -> {
            Map<String, Object> body = entry("Chris", "Racer " + i);
            body.put("defaultShipping", true);
            return (Supplier<Http.Response>) () -> add(shop, customer, body);
        }).toArray(Supplier[]::new));
        assertThat(racing).extracting(Http.Response::status).containsOnly(201, 422);
        assertThat(racing).filteredOn(r -> r.status() == 201).hasSize(4);
        racing.stream().filter(r -> r.status() == 422).forEach(r -> assertProblem(r, 422, "ADDRESS_BOOK_FULL"));
        JsonNode all = list(shop, customer);
        assertThat(all).hasSize(20);
        assertThat(all).filteredOn(a -> a.get("defaultShipping").asBoolean()).hasSize(1);
        assertThat(all).filteredOn(a -> a.get("defaultBilling").asBoolean()).extracting(a -> a.get("city").asString())
                .containsExactly("City 0");
    }

    @Test
    void checkoutUsesAnAddressByIdOrTheDefaultsAndTheOrderKeepsItsCopy() {
        Shop shop = new Shop(http, fixtures.vendor());
        UUID tea = shop.product("Green tea", "4.00", "3", 50);
        Session customer = fixtures.customer(shop.vendor());
        UUID home = added(shop, customer, entry("Chris", "Luxembourg"));
        Map<String, Object> office = entry("Chris", "Esch-sur-Alzette");
        office.put("company", "ACME Sàrl");
        UUID officeId = added(shop, customer, office);

        // by id: shipped to the office, billed to the default (home)
        Http.Response byId = checkout(shop, customer, tea, Map.of("shippingAddressId", officeId));
        assertThat(byId.status()).as(byId.toString()).isEqualTo(201);
        assertThat(byId.json().get("shippingAddress").get("city").asString()).isEqualTo("Esch-sur-Alzette");
        assertThat(byId.json().get("shippingAddress").get("company").asString()).isEqualTo("ACME Sàrl");
        assertThat(byId.json().get("billingAddress").get("city").asString()).isEqualTo("Luxembourg");
        UUID order = UUID.fromString(byId.json().get("id").asString());

        // no address named: both defaults
        Http.Response defaults = checkout(shop, customer, tea, Map.of());
        assertThat(defaults.status()).as(defaults.toString()).isEqualTo(201);
        assertThat(defaults.json().get("shippingAddress").get("city").asString()).isEqualTo("Luxembourg");
        assertThat(defaults.json().get("billingAddress").get("city").asString()).isEqualTo("Luxembourg");

        // inline, as before; billing by id
        Http.Response mixed = checkout(shop, customer, tea, Map.of("shippingAddress", Shop.address("Gift"),
                "billingAddressId", officeId));
        assertThat(mixed.status()).as(mixed.toString()).isEqualTo(201);
        assertThat(mixed.json().get("shippingAddress").get("firstName").asString()).isEqualTo("Gift");
        assertThat(mixed.json().get("billingAddress").get("city").asString()).isEqualTo("Esch-sur-Alzette");
        assertThat(mixed.json().get("customerName").asString()).isEqualTo("Chris Muller");

        // editing and deleting the book later never touches the orders
        Map<String, Object> movedOffice = entry("Chris", "Wiltz");
        assertThat(http.put(book(shop) + "/" + officeId).bearer(customer.accessToken()).json(movedOffice).send()
                .status()).isEqualTo(200);
        assertThat(http.delete(book(shop) + "/" + home).bearer(customer.accessToken()).send().status())
                .isEqualTo(204);
        JsonNode kept = http.get(shop.base() + "/customers/me/orders/" + order).bearer(customer.accessToken()).send()
                .json();
        assertThat(kept.get("shippingAddress").get("city").asString()).isEqualTo("Esch-sur-Alzette");
        assertThat(kept.get("shippingAddress").get("company").asString()).isEqualTo("ACME Sàrl");
        assertThat(kept.get("billingAddress").get("city").asString()).isEqualTo("Luxembourg");
        JsonNode vendorView = http.get("/api/v1/vendor/orders/" + order).bearer(shop.vendor().owner().accessToken())
                .send().json();
        assertThat(vendorView.get("shippingAddress").get("city").asString()).isEqualTo("Esch-sur-Alzette");

        // with the default shipping address deleted and none named, checkout asks for one (nothing is written)
        String session = Shop.newSession();
        assertThat(shop.add(session, customer.accessToken(), tea, 1).status()).isEqualTo(200);
        assertFieldError(shop.checkout(customer.accessToken(), UUID.randomUUID().toString(),
                Map.of("cartSessionId", session)), 422, "VALIDATION_FAILED", "shippingAddress");
        assertThat(shop.cart(session, customer.accessToken()).get("lines")).hasSize(1);
        // an address both inline and by id is ambiguous
        assertFieldError(shop.checkout(customer.accessToken(), UUID.randomUUID().toString(),
                Map.of("cartSessionId", session, "shippingAddress", Shop.address("Chris"), "shippingAddressId",
                        officeId)), 422, "VALIDATION_FAILED", "shippingAddressId");
        assertThat(shop.stock(tea).get("reserved").asInt()).isEqualTo(3);
    }

    @Test
    void anotherCustomersOrAnotherShopsAddressIsNotFound() {
        VendorAccount acme = fixtures.vendor();
        VendorAccount bistro = fixtures.vendor();
        Shop shop = new Shop(http, acme);
        Shop other = new Shop(http, bistro);
        UUID tea = shop.product("Green tea", "4.00", "3", 50);
        Session alice = fixtures.customer(acme);
        Session bob = fixtures.customer(acme);
        Session carol = fixtures.customer(bistro);
        UUID alicesHome = added(shop, alice, entry("Alice", "Luxembourg"));
        UUID carolsHome = added(other, carol, entry("Carol", "Mersch"));

        // Bob cannot read, change or delete Alice's address, nor Carol's of another shop
        for (UUID foreign : List.of(alicesHome, carolsHome)) {
            assertProblem(http.get(book(shop) + "/" + foreign).bearer(bob.accessToken()).send(), 404,
                    "ADDRESS_NOT_FOUND");
            assertProblem(http.put(book(shop) + "/" + foreign).bearer(bob.accessToken())
                    .json(entry("Bob", "Bettembourg")).send(), 404, "ADDRESS_NOT_FOUND");
            assertProblem(http.delete(book(shop) + "/" + foreign).bearer(bob.accessToken()).send(), 404,
                    "ADDRESS_NOT_FOUND");
            // nor ship or bill an order to it: nothing is written
            Http.Response shipped = checkout(shop, bob, tea, Map.of("shippingAddressId", foreign));
            assertProblem(shipped, 404, "ADDRESS_NOT_FOUND");
            assertProblem(checkout(shop, bob, tea, Map.of("shippingAddress", Shop.address("Bob"),
                    "billingAddressId", foreign)), 404, "ADDRESS_NOT_FOUND");
        }
        assertThat(list(shop, bob)).isEmpty();
        assertThat(http.get(shop.base() + "/customers/me/orders").bearer(bob.accessToken()).send().json()
                .get("content")).isEmpty();
        assertThat(shop.stock(tea).get("reserved").asInt()).isZero();
        // the owners' books are untouched
        assertThat(list(shop, alice)).extracting(a -> a.get("city").asString()).containsExactly("Luxembourg");
        assertThat(list(other, carol)).extracting(a -> a.get("city").asString()).containsExactly("Mersch");

        // a customer of another shop, a team member and an admin have no book here
        assertProblem(http.get(book(shop)).bearer(carol.accessToken()).send(), 403, "UNAUTHORIZED_VENDOR_ACCESS");
        for (Session notACustomer : List.of(acme.owner(), fixtures.sharedAdmin())) {
            assertProblem(http.get(book(shop)).bearer(notACustomer.accessToken()).send(), 403, "ACCESS_DENIED");
            assertProblem(http.post(book(shop)).bearer(notACustomer.accessToken()).json(entry("Mallory", "Vianden"))
                    .send(), 403, "ACCESS_DENIED");
        }
        assertProblem(http.get(book(shop)).send(), 401, "UNAUTHENTICATED");
    }
}
