package com.wizamart.ordering;

import static com.wizamart.ordering.ShippingIntegrationTests.METHODS;
import static com.wizamart.ordering.ShippingIntegrationTests.body;
import static com.wizamart.ordering.ShippingIntegrationTests.placed;
import static com.wizamart.support.ProblemAssertions.assertFieldError;
import static com.wizamart.support.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.wizamart.support.ApiTest;
import com.wizamart.support.AsOwner;
import com.wizamart.support.AuditLog;
import com.wizamart.support.Fixtures;
import com.wizamart.support.Http;
import com.wizamart.support.Shop;

import tools.jackson.databind.JsonNode;

/**
 * VAT by destination through HTTP: a vendor registered for the EU one-stop shop charges consumers in other member
 * states the destination's rate for each product's tax category (and its standard rate on shipping), from the rates
 * table valid on the day; every other order keeps the shop's rates. Orders keep the rates they were taxed at.
 */
class VatByDestinationIntegrationTests extends ApiTest {

    static final String TAX = "/api/v1/vendor/tax-settings";

    @Autowired
    Environment environment;

    @Autowired
    JdbcClient jdbc;

    /** A vendor's catalog of four products, one per tax category, priced gross at Luxembourg's rates. */
    record Catalog(UUID standard, UUID reduced, UUID superReduced, UUID secondReduced) {
    }

    @Test
    void aVendorNotRegisteredForTheOneStopShopChargesItsOwnRatesToFrance() {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        Shop shop = new Shop(http, vendor);
        JsonNode settings = http.get(TAX).bearer(vendor.owner().accessToken()).send().json();
        assertThat(settings.get("ossRegistered").asBoolean()).isFalse();
        assertThat(settings.get("originCountry").asString()).isEqualTo("LU");
        assertThat(settings.get("saved").asBoolean()).isFalse();
        Catalog catalog = catalog(vendor);
        String post = flat(vendor, "6.00");

        JsonNode order = order(shop, vendor, catalog, post, "FR");
        assertThat(order.get("vatScheme").asString()).isEqualTo("SHOP");
        assertThat(order.get("vatCountry").asString()).isEqualTo("LU");
        assertThat(rates(order)).containsExactly("17", "3", "3", "14");
        assertThat(order.get("shipping").get("taxRate").decimalValue()).as("Luxembourg's standard rate")
                .isEqualByComparingTo("17");
        assertThat(order.get("total").decimalValue()).isEqualByComparingTo("72.65");
        assertThat(vatRates(order)).containsExactly("3", "14", "17");
    }

    @Test
    void aOneStopShopVendorChargesFranceAndGermanyTheirRatesForEachTaxCategory() {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        Shop shop = new Shop(http, vendor);
        oss(vendor);
        Catalog catalog = catalog(vendor);
        String post = flat(vendor, "6.00");

        JsonNode france = order(shop, vendor, catalog, post, "FR");
        assertThat(france.get("vatScheme").asString()).isEqualTo("OSS");
        assertThat(france.get("vatCountry").asString()).isEqualTo("FR");
        // standard 20, reduced 5.5, super-reduced 2.1, second reduced 10
        assertThat(rates(france)).containsExactly("20", "5.5", "2.1", "10");
        assertThat(france.get("shipping").get("taxRate").decimalValue()).isEqualByComparingTo("20");
        assertThat(france.get("shipping").get("tax").decimalValue()).isEqualByComparingTo("1.00");
        assertThat(france.get("total").decimalValue()).as("gross prices do not change").isEqualByComparingTo("72.65");
        assertThat(vatRates(france)).containsExactly("2.1", "5.5", "10", "20");
        // 24.00 + 6.00 at 20 % = 5.00; 10.55 at 5.5 % = 0.55; 21.10 at 2.1 % = 0.43; 11.00 at 10 % = 1.00
        assertThat(france.get("taxTotal").decimalValue()).isEqualByComparingTo("6.98");

        JsonNode germany = order(shop, vendor, catalog, post, "DE");
        assertThat(germany.get("vatCountry").asString()).isEqualTo("DE");
        // standard 19, reduced 7; Germany has no super-reduced rate (its reduced one applies) and no second reduced
        // nor parking rate (its standard one applies)
        assertThat(rates(germany)).containsExactly("19", "7", "7", "19");
        assertThat(germany.get("shipping").get("taxRate").decimalValue()).isEqualByComparingTo("19");
        assertThat(germany.get("shipping").get("tax").decimalValue()).isEqualByComparingTo("0.96");

        JsonNode home = order(shop, vendor, catalog, post, "LU");
        assertThat(home.get("vatScheme").asString()).as("a domestic sale").isEqualTo("SHOP");
        assertThat(rates(home)).containsExactly("17", "3", "3", "14");
        JsonNode switzerland = order(shop, vendor, catalog, post, "CH");
        assertThat(switzerland.get("vatScheme").asString()).as("outside the rates table").isEqualTo("SHOP");
        assertThat(switzerland.get("vatCountry").asString()).isEqualTo("LU");
        assertThat(rates(switzerland)).containsExactly("17", "3", "3", "14");

        // a pick-up is supplied at the shop: never a distance sale
        String pickup = method(vendor, Map.of("name", "Collect", "kind", "PICKUP", "price", 0,
                "pickupLocation", "The shop"));
        Fixtures.Session customer = fixtures.customer(vendor);
        String session = cart(shop, customer, catalog.standard());
        JsonNode collected = placed(shop.checkout(customer.accessToken(), UUID.randomUUID().toString(),
                body(session, pickup, null, address("FR"))));
        assertThat(collected.get("vatScheme").asString()).isEqualTo("SHOP");
        assertThat(rates(collected)).containsExactly("17");
    }

    @Test
    void aRateValidFromALaterDayIsNotUsedAndOrdersKeepTheRatesTheyWereTaxedAt() {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Brussels"));
        Fixtures.VendorAccount vendor = fixtures.vendor();
        Shop shop = new Shop(http, vendor);
        oss(vendor);
        UUID lamp = product(vendor, "Lamp", "36.00", "17", "STANDARD");
        String post = flat(vendor, "5.90");
        try {
            // Malta raises its standard rate from 18 to 30 % tomorrow
            AsOwner.run(environment, "update ordering_vat_rates set valid_to = date '" + today + "'"
                    + " where country = 'MT' and category = 'STANDARD' and valid_to is null");
            AsOwner.run(environment, "insert into ordering_vat_rates (country, category, rate, valid_from, source)"
                    + " values ('MT', 'STANDARD', 30, date '" + today.plusDays(1) + "', 'test')");
            JsonNode before = single(shop, vendor, lamp, post, "MT");
            assertThat(rates(before)).containsExactly("18");
            assertThat(before.get("shipping").get("taxRate").decimalValue()).isEqualByComparingTo("18");
            assertThat(before.get("taxTotal").decimalValue()).isEqualByComparingTo("6.39");

            // the new rate takes effect today: new orders use it, the order placed before keeps 18 %
            AsOwner.run(environment, "update ordering_vat_rates set valid_to = date '" + today.minusDays(1) + "'"
                    + " where country = 'MT' and category = 'STANDARD' and valid_to = date '" + today + "'");
            AsOwner.run(environment, "update ordering_vat_rates set valid_from = date '" + today + "'"
                    + " where country = 'MT' and category = 'STANDARD' and source = 'test'");
            JsonNode after = single(shop, vendor, lamp, post, "MT");
            assertThat(rates(after)).containsExactly("30");
            assertThat(after.get("shipping").get("taxRate").decimalValue()).isEqualByComparingTo("30");

            JsonNode kept = http.get("/api/v1/vendor/orders/" + before.get("id").asString())
                    .bearer(vendor.owner().accessToken()).send().json();
            assertThat(rates(kept)).containsExactly("18");
            assertThat(kept.get("shipping")).isEqualTo(before.get("shipping"));
            assertThat(kept.get("vat")).isEqualTo(before.get("vat"));
            assertThat(kept.get("taxTotal")).isEqualTo(before.get("taxTotal"));
        } finally {
            AsOwner.run(environment, "delete from ordering_vat_rates where country = 'MT' and source = 'test'");
            AsOwner.run(environment, "update ordering_vat_rates set valid_to = null"
                    + " where country = 'MT' and category = 'STANDARD' and valid_from = date '2025-01-01'");
        }
    }

    @Test
    void theRatesTableIsReadOnlyForTheApplicationAndHasEveryMemberStatesStandardRate() {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Brussels"));
        List<String> states = jdbc.sql("""
                select country from ordering_vat_rates where category = 'STANDARD' and valid_from <= :day
                  and (valid_to is null or valid_to >= :day) order by country""").param("day", today)
                .query(String.class).list();
        assertThat(states).containsExactly("AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR",
                "HR", "HU", "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK");
        assertThatThrownBy(() -> jdbc.sql("insert into ordering_vat_rates (country, category, rate, valid_from, source)"
                + " values ('XX', 'STANDARD', 1, current_date, 'app')").update())
                .hasStackTraceContaining("row-level security");
        assertThat(jdbc.sql("update ordering_vat_rates set rate = 1 where country = 'FR'").update()).isZero();
        // two rows of a country and category never overlap
        assertThatThrownBy(() -> AsOwner.run(environment, "insert into ordering_vat_rates"
                + " (country, category, rate, valid_from, source) values ('FR', 'STANDARD', 21, date '2026-06-01', 't')"))
                .hasStackTraceContaining("ordering_vat_rates_no_overlap");
    }

    @Test
    void theVendorSetsItsRegistrationAndItsCountryDefaultsToItsBusinessAddress() {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        String owner = vendor.owner().accessToken();
        String admin = fixtures.sharedAdmin().accessToken();
        Http.Response moved = http.put("/api/v1/admin/vendors/" + vendor.id()).bearer(admin)
                .json(Map.of("businessEmail", "hello@" + vendor.code() + ".test",
                        "businessAddress", Map.of("city", "Trier", "country", "Deutschland"))).send();
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        assertThat(http.get(TAX).bearer(owner).send().json().get("originCountry").asString()).isEqualTo("DE");
        assertThat(http.put("/api/v1/admin/vendors/" + vendor.id()).bearer(admin)
                .json(Map.of("businessEmail", "hello@" + vendor.code() + ".test",
                        "businessAddress", Map.of("country", "Switzerland"))).send().status()).isEqualTo(200);
        assertThat(http.get(TAX).bearer(owner).send().json().get("originCountry").asString())
                .as("not a member state: Luxembourg").isEqualTo("LU");

        assertFieldError(http.put(TAX).bearer(owner).json(Map.of("ossRegistered", true, "originCountry", "CH"))
                .send(), 422, "VALIDATION_FAILED", "originCountry");
        assertFieldError(http.put(TAX).bearer(owner).json(Map.of("ossRegistered", true, "originCountry", "XX"))
                .send(), 422, "VALIDATION_FAILED", "originCountry");
        Fixtures.Session manager = fixtures.member(vendor, "Manager");
        assertThat(http.get(TAX).bearer(manager.accessToken()).send().status()).isEqualTo(200);
        assertProblem(http.put(TAX).bearer(manager.accessToken()).json(Map.of("ossRegistered", true)).send(), 403,
                "ACCESS_DENIED");

        Http.Response saved = http.put(TAX).bearer(owner).json(Map.of("ossRegistered", true, "originCountry", "be"))
                .send();
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        assertThat(saved.json().get("originCountry").asString()).isEqualTo("BE");
        assertThat(saved.json().get("saved").asBoolean()).isTrue();
        JsonNode entry = new AuditLog(http, admin).entries("action=TAX_SETTINGS_CHANGED&vendorId=" + vendor.id())
                .getFirst();
        assertThat(entry.get("before").get("ossRegistered").asBoolean()).isFalse();
        assertThat(entry.get("after").get("originCountry").asString()).isEqualTo("BE");
        // without a country: the default again
        assertThat(http.put(TAX).bearer(owner).json(Map.of("ossRegistered", false)).send().json()
                .get("originCountry").asString()).isEqualTo("LU");
    }

    @Test
    void productsHaveATaxCategoryStandardUnlessTheVendorSaysOtherwise() {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        String owner = vendor.owner().accessToken();
        Http.Response plain = http.post("/api/v1/vendor/products").bearer(owner).json(Map.of("sku",
                Fixtures.unique("SKU"), "name", "Plain", "price", 5, "currency", "EUR")).send();
        assertThat(plain.status()).as(plain.toString()).isEqualTo(201);
        assertThat(plain.json().get("taxCategory").asString()).isEqualTo("STANDARD");
        String id = plain.json().get("id").asString();
        Http.Response edited = http.put("/api/v1/vendor/products/" + id).bearer(owner)
                .json(Map.of("taxCategory", "reduced")).send();
        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        assertThat(edited.json().get("taxCategory").asString()).isEqualTo("REDUCED");
        assertThat(http.get("/api/v1/vendor/products/" + id).bearer(owner).send().json().get("taxCategory")
                .asString()).isEqualTo("REDUCED");
        assertFieldError(http.put("/api/v1/vendor/products/" + id).bearer(owner)
                .json(Map.of("taxCategory", "LUXURY")).send(), 422, "VALIDATION_FAILED", "taxCategory");
        assertFieldError(http.post("/api/v1/vendor/products").bearer(owner).json(Map.of("sku", Fixtures.unique("SKU"),
                "name", "Odd", "price", 5, "currency", "EUR", "taxCategory", "LUXURY")).send(), 422,
                "VALIDATION_FAILED", "taxCategory");
    }

    // --- helpers ------------------------------------------------------------------------------------------------

    private void oss(Fixtures.VendorAccount vendor) {
        Http.Response saved = http.put(TAX).bearer(vendor.owner().accessToken())
                .json(Map.of("ossRegistered", true, "originCountry", "LU")).send();
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
    }

    private Catalog catalog(Fixtures.VendorAccount vendor) {
        return new Catalog(product(vendor, "Lamp", "24.00", "17", "STANDARD"),
                product(vendor, "Cook book", "10.55", "3", "REDUCED"),
                product(vendor, "Medicine", "21.10", "3", "SUPER_REDUCED"),
                product(vendor, "Wine", "11.00", "14", "SECOND_REDUCED"));
    }

    private UUID product(Fixtures.VendorAccount vendor, String name, String price, String rate, String category) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("sku", Fixtures.unique("SKU"));
        body.put("name", name);
        body.put("price", new BigDecimal(price));
        body.put("currency", "EUR");
        body.put("taxRate", new BigDecimal(rate));
        body.put("taxCategory", category);
        body.put("initialQuantity", 100);
        Http.Response created = http.post("/api/v1/vendor/products").bearer(vendor.owner().accessToken()).json(body)
                .send();
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().get("taxCategory").asString()).isEqualTo(category);
        return UUID.fromString(created.json().get("id").asString());
    }

    private String flat(Fixtures.VendorAccount vendor, String price) {
        return method(vendor, Map.of("name", "Post", "kind", "FLAT", "price", new BigDecimal(price)));
    }

    private String method(Fixtures.VendorAccount vendor, Map<String, Object> body) {
        Http.Response created = http.post(METHODS).bearer(vendor.owner().accessToken()).json(body).send();
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    /** One of each product of the catalog, delivered to {@code country}, by a new customer. */
    private JsonNode order(Shop shop, Fixtures.VendorAccount vendor, Catalog catalog, String method, String country) {
        Fixtures.Session customer = fixtures.customer(vendor);
        String session = cart(shop, customer, catalog.standard(), catalog.reduced(), catalog.superReduced(),
                catalog.secondReduced());
        return placed(shop.checkout(customer.accessToken(), UUID.randomUUID().toString(),
                body(session, method, address(country), null)));
    }

    private JsonNode single(Shop shop, Fixtures.VendorAccount vendor, UUID product, String method, String country) {
        Fixtures.Session customer = fixtures.customer(vendor);
        return placed(shop.checkout(customer.accessToken(), UUID.randomUUID().toString(),
                body(cart(shop, customer, product), method, address(country), null)));
    }

    private static String cart(Shop shop, Fixtures.Session customer, UUID... products) {
        String session = Shop.newSession();
        for (UUID product : products) {
            Http.Response added = shop.add(session, customer.accessToken(), product, 1);
            assertThat(added.status()).as(added.toString()).isEqualTo(200);
        }
        return session;
    }

    private static Map<String, Object> address(String country) {
        Map<String, Object> address = new LinkedHashMap<>(Shop.address("Chris"));
        address.put("postalCode", "1000");
        address.put("city", "Somewhere");
        address.put("country", country);
        return address;
    }

    /** The VAT rate of each item, in order, as plain numbers. */
    private static List<String> rates(JsonNode order) {
        return order.get("items").valueStream()
                .map(i -> i.get("taxRate").decimalValue().stripTrailingZeros().toPlainString()).toList();
    }

    /** The rates of the VAT breakdown, lowest first. */
    private static List<String> vatRates(JsonNode order) {
        return order.get("vat").valueStream()
                .map(v -> v.get("rate").decimalValue().stripTrailingZeros().toPlainString()).toList();
    }
}
