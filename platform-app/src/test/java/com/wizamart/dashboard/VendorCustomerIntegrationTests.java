package com.wizamart.dashboard;

import static com.wizamart.support.ProblemAssertions.assertFieldError;
import static com.wizamart.support.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.wizamart.support.ApiTest;
import com.wizamart.support.Fixtures;
import com.wizamart.support.Http;
import com.wizamart.support.Shop;

import tools.jackson.databind.JsonNode;

/**
 * The vendor's customer list composes identity's registered customers with ordering's figures: everyone who
 * registered at the shop is listed, whether they ordered or not, and nobody of another shop.
 */
class VendorCustomerIntegrationTests extends ApiTest {

    private static final String CUSTOMERS = "/api/v1/vendor/customers";

    private Fixtures.VendorAccount vendor;
    private String owner;
    private String tag;
    private Fixtures.Session anna;
    private Fixtures.Session bert;
    private Fixtures.Session carla;

    /**
     * Three customers registered in this order: Anna Zimmer (email z-..., ordered twice, one order cancelled), bert
     * Young (email a-..., never ordered), Carla Xu (email m-..., ordered once). Name, email and registration order
     * all differ.
     */
    @BeforeEach
    void threeCustomersOneOfWhomNeverOrdered() {
        vendor = fixtures.vendor();
        owner = vendor.owner().accessToken();
        tag = Fixtures.unique("c").toLowerCase();
        anna = register("Anna", "Zimmer", "z-" + tag + "@mail.test");
        bert = register("bert", "Young", "a-" + tag + "@mail.test");
        carla = register("Carla", "Xu", "m-" + tag + "@mail.test");
        Shop shop = new Shop(http, vendor);
        UUID tea = shop.product("Tea", "4.50", "17", 50);
        Http.Response cancelled = shop.buy(anna, tea, 1);
        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(201);
        assertThat(shop.moveTo(UUID.fromString(cancelled.json().get("id").asString()), "CANCELLED").status())
                .isEqualTo(200);
        assertThat(shop.buy(anna, tea, 2).status()).isEqualTo(201);
        assertThat(shop.buy(carla, tea, 1).status()).isEqualTo(201);
    }

    @Test
    void listsEveryRegisteredCustomerWithTheirOrderFiguresNewestFirst() {
        Http.Response response = http.get(CUSTOMERS).bearer(owner).send();
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode page = response.json();
        assertThat(page.get("page").get("totalElements").asLong()).isEqualTo(3);
        assertThat(emails(page)).containsExactly(carla.email(), bert.email(), anna.email());

        JsonNode annas = page.get("content").get(2);
        assertThat(annas.get("id").asString()).isEqualTo(anna.userId().toString());
        assertThat(annas.get("name").asString()).isEqualTo("Anna Zimmer");
        // her cancelled order is not one of the orders that count (ADR 0022), for any of her figures
        assertThat(annas.get("orderCount").asLong()).isEqualTo(1);
        assertThat(annas.get("totalSpent").get("EUR").decimalValue()).isEqualByComparingTo("9.00");
        assertThat(annas.get("totalSpent").size()).isEqualTo(1);
        Instant first = Instant.parse(annas.get("firstOrderAt").asString());
        Instant last = Instant.parse(annas.get("lastOrderAt").asString());
        Instant registered = Instant.parse(annas.get("registeredAt").asString());
        assertThat(first).isEqualTo(last).isAfterOrEqualTo(registered);

        JsonNode berts = page.get("content").get(1);
        assertThat(berts.get("id").asString()).isEqualTo(bert.userId().toString());
        assertThat(berts.get("name").asString()).isEqualTo("bert Young");
        assertThat(berts.get("orderCount").asLong()).isZero();
        assertThat(berts.get("totalSpent").isObject()).isTrue();
        assertThat(berts.get("totalSpent").isEmpty()).isTrue();
        assertThat(berts.get("firstOrderAt").isNull()).isTrue();
        assertThat(berts.get("lastOrderAt").isNull()).isTrue();
        assertThat(Instant.parse(berts.get("registeredAt").asString())).isAfter(registered);

        JsonNode carlas = page.get("content").get(0);
        assertThat(carlas.get("orderCount").asLong()).isEqualTo(1);
        assertThat(carlas.get("totalSpent").get("EUR").decimalValue()).isEqualByComparingTo("4.50");
    }

    @Test
    void showsOneCustomerWhetherTheyOrderedOrNot() {
        Http.Response never = http.get(CUSTOMERS + "/" + bert.userId()).bearer(owner).send();
        assertThat(never.status()).as(never.toString()).isEqualTo(200);
        assertThat(never.json().get("email").asString()).isEqualTo(bert.email());
        assertThat(never.json().get("orderCount").asLong()).isZero();
        assertThat(never.json().get("totalSpent").isEmpty()).isTrue();
        assertThat(never.json().get("lastOrderAt").isNull()).isTrue();
        assertThat(never.json().hasNonNull("registeredAt")).isTrue();

        Http.Response ordered = http.get(CUSTOMERS + "/" + anna.userId()).bearer(owner).send();
        assertThat(ordered.status()).as(ordered.toString()).isEqualTo(200);
        assertThat(ordered.json().get("orderCount").asLong()).isEqualTo(1);
        assertThat(ordered.json().get("totalSpent").get("EUR").decimalValue()).isEqualByComparingTo("9.00");

        assertProblem(http.get(CUSTOMERS + "/" + UUID.randomUUID()).bearer(owner).send(), 404, "CUSTOMER_NOT_FOUND");
    }

    @Test
    void searchesNameAndEmailIgnoringCase() {
        assertThat(emails(list("?search=ZIMMER"))).containsExactly(anna.email());
        assertThat(emails(list("?search=anna%20zim"))).containsExactly(anna.email());
        assertThat(emails(list("?search=M-" + tag.toUpperCase()))).containsExactly(carla.email());
        assertThat(emails(list("?search=" + tag + "&sort=email,asc")))
                .containsExactly(bert.email(), carla.email(), anna.email());
        assertThat(list("?search=nobody-" + tag).get("page").get("totalElements").asLong()).isZero();
        // LIKE wildcards are literal
        assertThat(list("?search=%25").get("page").get("totalElements").asLong()).isZero();
    }

    @Test
    void sortsByRegistrationNameOrEmailAndPages() {
        assertThat(emails(list("?sort=registeredAt,asc"))).containsExactly(anna.email(), bert.email(), carla.email());
        assertThat(emails(list("?sort=name,asc"))).containsExactly(anna.email(), bert.email(), carla.email());
        assertThat(emails(list("?sort=name,desc"))).containsExactly(carla.email(), bert.email(), anna.email());
        assertThat(emails(list("?sort=email,asc"))).containsExactly(bert.email(), carla.email(), anna.email());

        JsonNode second = list("?sort=email,asc&size=2&page=1");
        assertThat(emails(second)).containsExactly(anna.email());
        assertThat(second.get("page").get("size").asInt()).isEqualTo(2);
        assertThat(second.get("page").get("number").asInt()).isEqualTo(1);
        assertThat(second.get("page").get("totalElements").asLong()).isEqualTo(3);
        assertThat(second.get("page").get("totalPages").asLong()).isEqualTo(2);
        assertThat(list("?size=5000").get("page").get("size").asInt()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"orderCount,desc", "lastOrderAt", "password_hash", "created_at", "name;drop table x"})
    void sortingByAnythingElseIs400InvalidSort(String sort) {
        assertProblem(http.get(CUSTOMERS + "?sort=" + sort.replace(" ", "%20")).bearer(owner).send(), 400,
                "INVALID_SORT");
    }

    @Test
    void aSearchOverTwoHundredCharactersIsRefused() {
        assertFieldError(http.get(CUSTOMERS + "?search=" + "x".repeat(201)).bearer(owner).send(), 422,
                "VALIDATION_FAILED", "search");
    }

    @Test
    void anotherVendorsCustomersAreNeitherListedNorFound() {
        Fixtures.VendorAccount other = fixtures.vendor();
        // same name, same kind of email, and an order at the other shop
        Fixtures.Session stranger = fixtures.customer(other.code(), "z2-" + tag + "@mail.test", Fixtures.PASSWORD,
                "Anna", "Zimmer");
        Shop otherShop = new Shop(http, other);
        assertThat(otherShop.buy(stranger, otherShop.product("Coffee", "7.00", "17", 5), 1).status()).isEqualTo(201);

        assertThat(emails(list("?search=" + tag))).doesNotContain(stranger.email()).hasSize(3);
        assertThat(emails(list("?search=zimmer"))).containsExactly(anna.email());
        assertProblem(http.get(CUSTOMERS + "/" + stranger.userId()).bearer(owner).send(), 404, "CUSTOMER_NOT_FOUND");
        // and the other way round
        Http.Response theirs = http.get(CUSTOMERS).bearer(other.owner().accessToken()).send();
        assertThat(emails(theirs.json())).containsExactly(stranger.email());
        assertThat(theirs.json().get("content").get(0).get("orderCount").asLong()).isEqualTo(1);
        assertProblem(http.get(CUSTOMERS + "/" + anna.userId()).bearer(other.owner().accessToken()).send(), 404,
                "CUSTOMER_NOT_FOUND");
    }

    @Test
    void needsPermissionToViewOrders() {
        Http.Response role = http.post("/api/v1/vendor/team/roles").bearer(owner)
                .json(Map.of("name", "Team reader", "permissions", List.of("team.view"))).send();
        assertThat(role.status()).as(role.toString()).isEqualTo(201);
        Fixtures.Session reader = fixtures.member(vendor, "Team reader");
        assertProblem(http.get(CUSTOMERS).bearer(reader.accessToken()).send(), 403, "ACCESS_DENIED");
        assertProblem(http.get(CUSTOMERS + "/" + anna.userId()).bearer(reader.accessToken()).send(), 403,
                "ACCESS_DENIED");
        // a customer is not staff
        assertProblem(http.get(CUSTOMERS).bearer(anna.accessToken()).send(), 403, "ACCESS_DENIED");
        assertProblem(http.get(CUSTOMERS).send(), 401, "UNAUTHENTICATED");
        // a viewer reads orders, so customers too
        Fixtures.Session viewer = fixtures.member(vendor, "Viewer");
        assertThat(http.get(CUSTOMERS).bearer(viewer.accessToken()).send().status()).isEqualTo(200);
    }

    private Fixtures.Session register(String firstName, String lastName, String email) {
        return fixtures.customer(vendor.code(), email, Fixtures.PASSWORD, firstName, lastName);
    }

    private JsonNode list(String query) {
        Http.Response response = http.get(CUSTOMERS + query).bearer(owner).send();
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private static List<String> emails(JsonNode page) {
        List<String> emails = new ArrayList<>();
        page.get("content").forEach(c -> emails.add(c.get("email").asString()));
        return emails;
    }
}
