package com.wizamart.ordering;

import static com.wizamart.support.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.wizamart.support.ApiTest;
import com.wizamart.support.Feeds;
import com.wizamart.support.Fixtures;
import com.wizamart.support.Http;
import com.wizamart.support.Imports;
import com.wizamart.support.Shop;
import com.wizamart.tenancy.VendorScope;

import tools.jackson.databind.JsonNode;

/**
 * One currency per shop: the catalog's setting {@code currency} (EUR unless the vendor changes it) is the only one
 * products may be priced in, a cart totals only the lines in it and says why others cannot be ordered, and checkout
 * refuses them.
 */
class ShopCurrencyIntegrationTests extends ApiTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    VendorScope vendorScope;

    private static Map<String, Object> product(String sku, String price, String currency) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("sku", sku);
        body.put("name", "Product " + sku);
        body.put("price", new BigDecimal(price));
        body.put("currency", currency);
        body.put("initialQuantity", 10);
        return body;
    }

    /** A product from before the rule, priced in another currency (as a database from then may hold). */
    private void priceIn(Fixtures.VendorAccount vendor, UUID product, String currency) {
        vendorScope.runAs(vendor.id(), () -> jdbc.update(
                "update catalog_products set currency = ? where vendor_id = ? and id = ?", currency, vendor.id(),
                product));
    }

    @Test
    void aProductPricedInAnotherCurrencyThanTheShopsIsRefused() {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        String token = vendor.owner().accessToken();
        JsonNode settings = http.get("/api/v1/vendor/catalog/settings").bearer(token).send().json();
        assertThat(settings.get("currency").asString()).isEqualTo("EUR");

        JsonNode refused = assertProblem(http.post("/api/v1/vendor/products").bearer(token)
                .json(product("USD-1", "10.00", "USD")).send(), 422, "CURRENCY_NOT_ACCEPTED");
        assertThat(refused.get("currency").asString()).isEqualTo("USD");
        assertThat(refused.get("shopCurrency").asString()).isEqualTo("EUR");
        assertThat(refused.get("detail").asString()).contains("USD", "EUR");

        Http.Response made = http.post("/api/v1/vendor/products").bearer(token).json(product("EUR-1", "10.00", "EUR"))
                .send();
        assertThat(made.status()).as(made.toString()).isEqualTo(201);
        String id = made.json().get("id").asString();
        assertProblem(http.put("/api/v1/vendor/products/" + id).bearer(token).json(Map.of("currency", "USD")).send(),
                422, "CURRENCY_NOT_ACCEPTED");
        assertThat(http.get("/api/v1/vendor/products/" + id).bearer(token).send().json().get("currency").asString())
                .isEqualTo("EUR");
    }

    @Test
    void aCartNeverTotalsTwoCurrenciesAndSaysWhyItCannotBeOrdered() {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        Shop shop = new Shop(http, vendor);
        UUID wine = shop.product("Red wine", "60.00", "17", 5);
        UUID book = shop.product("Guide book", "40.00", "3", 5);
        Fixtures.Session customer = fixtures.customer(vendor);
        String session = Shop.newSession();
        assertThat(shop.add(session, customer.accessToken(), wine, 1).status()).isEqualTo(200);
        assertThat(shop.add(session, customer.accessToken(), book, 1).status()).isEqualTo(200);
        priceIn(vendor, book, "USD");

        JsonNode cart = shop.cart(session, customer.accessToken());
        assertThat(cart.get("currency").asString()).isEqualTo("EUR");
        assertThat(cart.get("total").decimalValue()).isEqualByComparingTo("60.00");
        assertThat(cart.get("itemCount").asInt()).isEqualTo(1);
        assertThat(cart.get("orderable").asBoolean()).isFalse();
        JsonNode usd = cart.get("lines").get(1);
        assertThat(usd.get("status").asString()).isEqualTo("CURRENCY_NOT_ACCEPTED");
        assertThat(usd.get("currency").asString()).isEqualTo("USD");
        assertThat(usd.get("reason").asString()).contains("USD", "EUR");
        assertThat(cart.get("lines").get(0).get("status").asString()).isEqualTo("OK");
        assertThat(cart.get("lines").get(0).get("reason").isNull()).isTrue();
        JsonNode reasons = cart.get("reasons");
        assertThat(reasons).hasSize(1);
        assertThat(reasons.get(0).get("code").asString()).isEqualTo("CURRENCY_NOT_ACCEPTED");
        assertThat(reasons.get(0).get("productIds").get(0).asString()).isEqualTo(book.toString());
        assertThat(reasons.get(0).get("message").asString()).contains("USD", "EUR");

        JsonNode refused = assertProblem(shop.checkout(customer.accessToken(), UUID.randomUUID().toString(),
                Shop.checkoutBody(session)), 422, "CART_CURRENCY_NOT_ACCEPTED");
        assertThat(refused.get("shopCurrency").asString()).isEqualTo("EUR");
        assertThat(refused.get("lines").get(0).get("productId").asString()).isEqualTo(book.toString());
        assertThat(refused.get("lines").get(0).get("currency").asString()).isEqualTo("USD");
        assertThat(shop.stock(wine).get("reserved").asInt()).isZero();

        // without the line, the cart is orderable
        assertThat(http.delete(shop.base() + "/cart/" + session + "/items/" + book).bearer(customer.accessToken())
                .send().status()).isEqualTo(200);
        JsonNode alone = shop.cart(session, customer.accessToken());
        assertThat(alone.get("orderable").asBoolean()).isTrue();
        assertThat(alone.get("reasons")).isEmpty();
        assertThat(shop.checkout(customer.accessToken(), UUID.randomUUID().toString(), Shop.checkoutBody(session))
                .status()).isEqualTo(201);
    }

    @Test
    void theShopCurrencyChangesOnlyWhileNoProductIsPricedInAnother() {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        String token = vendor.owner().accessToken();
        Map<String, Object> usd = Map.of("defaultLanguage", "en", "defaultTaxRate", 17, "currency", "USD");
        // no product yet: the shop may switch
        Http.Response switched = http.put("/api/v1/vendor/catalog/settings").bearer(token).json(usd).send();
        assertThat(switched.status()).as(switched.toString()).isEqualTo(200);
        assertThat(switched.json().get("currency").asString()).isEqualTo("USD");
        assertThat(http.post("/api/v1/vendor/products").bearer(token).json(product("U-1", "9.00", "USD")).send()
                .status()).isEqualTo(201);
        assertProblem(http.post("/api/v1/vendor/products").bearer(token).json(product("E-1", "9.00", "EUR")).send(),
                422, "CURRENCY_NOT_ACCEPTED");

        // a product in USD: back to EUR is refused, nothing converted
        JsonNode refused = assertProblem(http.put("/api/v1/vendor/catalog/settings").bearer(token)
                .json(Map.of("defaultLanguage", "en", "defaultTaxRate", 17, "currency", "EUR")).send(), 409,
                "SHOP_CURRENCY_IN_USE");
        assertThat(refused.get("productsInOtherCurrencies").asInt()).isEqualTo(1);
        assertThat(http.get("/api/v1/vendor/catalog/settings").bearer(token).send().json().get("currency").asString())
                .isEqualTo("USD");
        // settings without a currency keep it
        Http.Response kept = http.put("/api/v1/vendor/catalog/settings").bearer(token)
                .json(Map.of("defaultLanguage", "fr", "defaultTaxRate", 17)).send();
        assertThat(kept.status()).as(kept.toString()).isEqualTo(200);
        assertThat(kept.json().get("currency").asString()).isEqualTo("USD");
        assertProblem(http.put("/api/v1/vendor/catalog/settings").bearer(token)
                .json(Map.of("defaultLanguage", "en", "defaultTaxRate", 17, "currency", "euro")).send(), 422,
                "VALIDATION_FAILED");
    }

    @Test
    void publishingAndImportRefreshesKeepTheShopCurrency() {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        String token = vendor.owner().accessToken();
        Imports imports = new Imports(http, token);
        imports.uploadAndWait("en", Feeds.text(Feeds.HEADER + "\n"
                + Feeds.line(Map.of("id", "C-1", "title", "Cheese", "price", "12.00 EUR", "quantity", "4")) + "\n"
                + Feeds.line(Map.of("id", "C-2", "title", "Butter", "price", "5.00 USD", "quantity", "4")) + "\n"));
        Map<String, String> staged = stagedIds(token);

        JsonNode single = assertProblem(http.post("/api/v1/vendor/products/from-import/" + staged.get("C-2"))
                .bearer(token).send(), 422, "CURRENCY_NOT_ACCEPTED");
        assertThat(single.get("currency").asString()).isEqualTo("USD");
        Http.Response bulk = http.post("/api/v1/vendor/marketplace/products/publish").bearer(token)
                .json(Map.of("ids", List.of(staged.get("C-1"), staged.get("C-2")))).send();
        assertThat(bulk.status()).as(bulk.toString()).isEqualTo(200);
        JsonNode results = bulk.json().get("results");
        assertThat(results.get(0).get("outcome").asString()).isEqualTo("PUBLISHED");
        assertThat(results.get(1).get("outcome").asString()).isEqualTo("FAILED");
        assertThat(results.get(1).get("errorCode").asString()).isEqualTo("CURRENCY_NOT_ACCEPTED");
        assertThat(results.get(1).get("message").asString()).contains("USD", "EUR");
        assertThat(bulk.json().get("failed").asInt()).isEqualTo(1);

        // the feed reprices the published product in another currency: neither price nor currency follow
        JsonNode job = imports.uploadAndWait("en", Feeds.text(Feeds.HEADER + "\n"
                + Feeds.line(Map.of("id", "C-1", "title", "Cheese", "price", "15.00 USD", "quantity", "4")) + "\n"));
        String refresh = awaitRefresh(token, job.get("id").asString());
        JsonNode changes = http.get("/api/v1/vendor/catalog/refreshes/" + refresh + "/changes").bearer(token).send()
                .json().get("content");
        Map<String, String> outcomes = new LinkedHashMap<>();
        changes.forEach(c -> outcomes.put(c.get("field").asString(), c.get("outcome").asString()));
        assertThat(outcomes).containsEntry("currency", "SKIPPED_INVALID").containsEntry("price", "SKIPPED_INVALID");
        JsonNode cheese = http.get("/api/v1/vendor/products?search=C-1").bearer(token).send().json().get("content")
                .get(0);
        assertThat(cheese.get("currency").asString()).isEqualTo("EUR");
        assertThat(cheese.get("price").decimalValue()).isEqualByComparingTo("12.00");
    }

    private Map<String, String> stagedIds(String token) {
        Map<String, String> ids = new LinkedHashMap<>();
        http.get("/api/v1/vendor/marketplace/products?size=100").bearer(token).send().json().get("content")
                .forEach(p -> ids.put(p.get("externalId").asString(), p.get("id").asString()));
        return ids;
    }

    private String awaitRefresh(String token, String jobId) {
        String[] id = new String[1];
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> {
            JsonNode content = http.get("/api/v1/vendor/catalog/refreshes?jobId=" + jobId).bearer(token).send()
                    .json().get("content");
            id[0] = content.isEmpty() ? null : content.get(0).get("id").asString();
            return id[0] != null;
        });
        return id[0];
    }
}
