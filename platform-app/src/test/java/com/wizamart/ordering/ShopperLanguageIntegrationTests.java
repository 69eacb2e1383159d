package com.wizamart.ordering;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.wizamart.support.ApiTest;
import com.wizamart.support.Fixtures;
import com.wizamart.support.Fixtures.Session;
import com.wizamart.support.Http;
import com.wizamart.support.Shop;

import tools.jackson.databind.JsonNode;

/**
 * Cart and order lines name products in the shopper's language: the one {@code Accept-Language} prefers (q-values
 * respected, as product pages do), else a signed-in customer's preferred language, else the product's default
 * language; an order keeps the names it was placed with.
 */
class ShopperLanguageIntegrationTests extends ApiTest {

    private UUID product(Shop shop, Map<String, String> names) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("sku", Fixtures.unique("SKU"));
        body.put("names", names);
        body.put("price", new BigDecimal("9.90"));
        body.put("currency", "EUR");
        body.put("taxRate", new BigDecimal("3"));
        body.put("initialQuantity", 50);
        Http.Response created = http.post("/api/v1/vendor/products").bearer(shop.vendor().owner().accessToken())
                .json(body).send();
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return UUID.fromString(created.json().get("id").asString());
    }

    private JsonNode cart(Shop shop, String session, String token, String acceptLanguage) {
        Http.Request request = http.get(shop.base() + "/cart/" + session);
        if (token != null) {
            request.bearer(token);
        }
        if (acceptLanguage != null) {
            request.header("Accept-Language", acceptLanguage);
        }
        Http.Response cart = request.send();
        assertThat(cart.status()).as(cart.toString()).isEqualTo(200);
        return cart.json();
    }

    private static Map<String, String> names(JsonNode lines) {
        Map<String, String> names = new LinkedHashMap<>();
        lines.forEach(l -> names.put(l.get("sku").asString(), l.get("name").asString()));
        return names;
    }

    @Test
    void cartLinesAreInTheLanguageTheShopperPrefers() {
        Shop shop = new Shop(http, fixtures.vendor());
        UUID coffee = product(shop, Map.of("en", "Roasted coffee", "fr", "Café torréfié", "de", "Gerösteter Kaffee"));
        UUID book = product(shop, Map.of("en", "Cook book", "de", "Kochbuch"));
        String session = Shop.newSession();
        assertThat(shop.add(session, null, coffee, 1).status()).isEqualTo(200);
        Http.Response added = http.post(shop.base() + "/cart/" + session + "/items").header("Accept-Language", "fr")
                .json(Map.of("productId", book, "quantity", 1)).send();
        assertThat(added.status()).as(added.toString()).isEqualTo(200);
        // the answer of a change is in the asked language too; a name missing in it is the default language's
        assertThat(added.json().get("lines")).extracting(l -> l.get("name").asString())
                .containsExactly("Café torréfié", "Cook book");

        assertThat(cart(shop, session, null, "fr-LU, de;q=0.8").get("lines"))
                .extracting(l -> l.get("name").asString()).containsExactly("Café torréfié", "Cook book");
        // q-values decide, not the order of the header; unknown languages are passed over
        assertThat(cart(shop, session, null, "it, fr;q=0.5, de-CH;q=0.7").get("lines"))
                .extracting(l -> l.get("name").asString()).containsExactly("Gerösteter Kaffee", "Kochbuch");
        // q=0 means "not this one"
        assertThat(cart(shop, session, null, "fr;q=0, de;q=0.1").get("lines"))
                .extracting(l -> l.get("name").asString()).containsExactly("Gerösteter Kaffee", "Kochbuch");
        // no header, nothing the catalog holds, or a broken header: the products' default language
        for (String header : new String[] {null, "it, es", "fr;q=x"}) {
            assertThat(cart(shop, session, null, header).get("lines")).as(String.valueOf(header))
                    .extracting(l -> l.get("name").asString()).containsExactly("Roasted coffee", "Cook book");
        }
    }

    @Test
    void aSignedInCustomersPreferredLanguageServesWhenTheRequestNamesNone() {
        Shop shop = new Shop(http, fixtures.vendor());
        UUID coffee = product(shop, Map.of("en", "Roasted coffee", "fr", "Café torréfié", "de", "Gerösteter Kaffee"));
        Session customer = fixtures.customer(shop.vendor());
        String session = Shop.newSession();
        assertThat(shop.add(session, customer.accessToken(), coffee, 1).status()).isEqualTo(200);
        assertThat(cart(shop, session, customer.accessToken(), null).get("lines").get(0).get("name").asString())
                .isEqualTo("Roasted coffee");

        Http.Response chosen = http.method("PATCH", shop.base() + "/customers/me").bearer(customer.accessToken())
                .json(Map.of("preferredLanguage", "de")).send();
        assertThat(chosen.status()).as(chosen.toString()).isEqualTo(200);
        assertThat(cart(shop, session, customer.accessToken(), null).get("lines").get(0).get("name").asString())
                .isEqualTo("Gerösteter Kaffee");
        // the request's header wins over the preference
        assertThat(cart(shop, session, customer.accessToken(), "fr").get("lines").get(0).get("name").asString())
                .isEqualTo("Café torréfié");
        // and checkout without a header names the lines in the preferred language
        Http.Response placed = shop.checkout(customer.accessToken(), UUID.randomUUID().toString(),
                Shop.checkoutBody(session));
        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        assertThat(placed.json().get("items").get(0).get("name").asString()).isEqualTo("Gerösteter Kaffee");
    }

    @Test
    void anOrderKeepsTheNamesItWasPlacedWith() {
        Shop shop = new Shop(http, fixtures.vendor());
        UUID coffee = product(shop, Map.of("en", "Roasted coffee", "fr", "Café torréfié", "de", "Gerösteter Kaffee"));
        UUID book = product(shop, Map.of("en", "Cook book", "fr", "Livre de cuisine"));
        Session customer = fixtures.customer(shop.vendor());
        String session = Shop.newSession();
        assertThat(shop.add(session, customer.accessToken(), coffee, 1).status()).isEqualTo(200);
        assertThat(shop.add(session, customer.accessToken(), book, 2).status()).isEqualTo(200);

        Http.Response placed = http.post(shop.base() + "/orders").bearer(customer.accessToken())
                .header("Idempotency-Key", UUID.randomUUID().toString()).header("Accept-Language", "de-LU, fr;q=0.9")
                .json(Shop.checkoutBody(session)).send();
        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        assertThat(placed.json().get("items")).extracting(i -> i.get("name").asString())
                .containsExactly("Gerösteter Kaffee", "Cook book");
        UUID order = UUID.fromString(placed.json().get("id").asString());

        // the vendor renames the product; the order, read in any language, keeps the names it was placed with
        Http.Response renamed = http.put("/api/v1/vendor/products/" + coffee).bearer(shop.vendor().owner().accessToken())
                .json(Map.of("names", Map.of("de", "Kaffeebohnen"))).send();
        assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
        for (String header : new String[] {"fr", "en"}) {
            JsonNode mine = http.get(shop.base() + "/customers/me/orders/" + order).bearer(customer.accessToken())
                    .header("Accept-Language", header).send().json();
            assertThat(names(mine.get("items")).values()).containsExactly("Gerösteter Kaffee", "Cook book");
        }
        JsonNode forVendor = http.get("/api/v1/vendor/orders/" + order).bearer(shop.vendor().owner().accessToken())
                .send().json();
        assertThat(forVendor.get("items")).extracting(i -> i.get("name").asString())
                .containsExactly("Gerösteter Kaffee", "Cook book");
    }
}
