package com.wizamart.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.wizamart.ordering.spi.CatalogProduct;
import com.wizamart.ordering.spi.ProductCatalog;
import com.wizamart.support.ApiTest;
import com.wizamart.support.Fixtures;
import com.wizamart.support.Http;

import tools.jackson.databind.JsonNode;

/** Products made by hand: the vendor's back office, the public shop, permissions, and ordering's view. */
class CatalogProductIntegrationTests extends ApiTest {

    @Autowired
    private ProductCatalog productCatalog;

    static Map<String, Object> product(String sku, String name, String price) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("sku", sku);
        body.put("name", name);
        body.put("price", price);
        body.put("currency", "EUR");
        return body;
    }

    private JsonNode create(Fixtures.VendorAccount vendor, Map<String, Object> body) {
        Http.Response created = http.post("/api/v1/vendor/products").bearer(vendor.owner().accessToken()).json(body)
                .send();
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.header("Location")).endsWith("/api/v1/vendor/products/" + created.json().get("id").asString());
        return created.json();
    }

    @Test
    void aProductMadeByHandIsCreatedReadEditedToggledAndDeleted() {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        String token = vendor.owner().accessToken();
        Map<String, Object> body = product("MUG-1", "Blue mug", "12.50");
        body.put("names", Map.of("fr", "Tasse bleue", "de", "Blaue Tasse"));
        body.put("description", "<p>Stoneware, 300 ml</p>");
        body.put("salePrice", "9.90");
        body.put("brand", "Villeroy & Boch");
        body.put("gtin", "4006381333931");
        body.put("images", List.of("https://img.example/mug.jpg"));
        body.put("categoryPath", "Home > Kitchen > Mugs");
        JsonNode product = create(vendor, body);
        String id = product.get("id").asString();
        assertThat(product.get("sku").asString()).isEqualTo("MUG-1");
        assertThat(product.get("name").asString()).isEqualTo("Blue mug");
        assertThat(product.get("defaultLanguage").asString()).isEqualTo("en");
        assertThat(product.get("names").get("fr").asString()).isEqualTo("Tasse bleue");
        assertThat(product.get("price").decimalValue()).isEqualByComparingTo("12.50");
        assertThat(product.get("unitPrice").decimalValue()).isEqualByComparingTo("9.90");
        assertThat(product.get("taxRate").decimalValue()).isEqualByComparingTo("17.00");
        assertThat(product.get("active").asBoolean()).isTrue();
        assertThat(product.get("featured").asBoolean()).isFalse();
        assertThat(product.get("source").isNull()).isTrue();
        assertThat(product.get("lockedFields").size()).isZero();

        Http.Response french = http.get("/api/v1/vendor/products/" + id).bearer(token)
                .header("Accept-Language", "fr-LU, fr;q=0.9, en;q=0.5").send();
        assertThat(french.json().get("name").asString()).isEqualTo("Tasse bleue");
        assertThat(french.json().get("language").asString()).isEqualTo("fr");

        Http.Response edited = http.put("/api/v1/vendor/products/" + id).bearer(token)
                .json(Map.of("price", "14.00", "names", Map.of("de", "Blauer Becher"), "clear", List.of("salePrice")))
                .send();
        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        assertThat(edited.json().get("price").decimalValue()).isEqualByComparingTo("14.00");
        assertThat(edited.json().get("salePrice").isNull()).isTrue();
        assertThat(edited.json().get("names").get("de").asString()).isEqualTo("Blauer Becher");
        assertThat(edited.json().get("name").asString()).isEqualTo("Blue mug");
        // a product made by hand follows no feed: nothing to lock
        assertThat(edited.json().get("lockedFields").size()).isZero();

        assertThat(http.put("/api/v1/vendor/products/" + id + "/toggle-featured").bearer(token).send().json()
                .get("featured").asBoolean()).isTrue();
        assertThat(http.put("/api/v1/vendor/products/" + id + "/toggle-active").bearer(token).send().json()
                .get("active").asBoolean()).isFalse();

        Http.Response deleted = http.delete("/api/v1/vendor/products/" + id).bearer(token).send();
        assertThat(deleted.status()).isEqualTo(204);
        Http.Response gone = http.get("/api/v1/vendor/products/" + id).bearer(token).send();
        assertThat(gone.status()).isEqualTo(404);
        assertThat(gone.errorCode()).isEqualTo("PRODUCT_NOT_FOUND");
    }

    @Test
    void skusAreUniquePerVendorAndInvalidFieldsAreNamed() {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        Fixtures.VendorAccount other = fixtures.vendor();
        String token = vendor.owner().accessToken();
        create(vendor, product("SKU-1", "First", "10.00"));
        Http.Response duplicate = http.post("/api/v1/vendor/products").bearer(token)
                .json(product("SKU-1", "Second", "11.00")).send();
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.errorCode()).isEqualTo("SKU_ALREADY_EXISTS");
        // another vendor may use the same SKU
        create(other, product("SKU-1", "Elsewhere", "10.00"));

        Map<String, Object> bad = product("SKU-2", "Bad", "10.005");
        bad.put("salePrice", "20.00");
        bad.put("gtin", "4006381333932");
        bad.put("images", List.of("ftp://img.example/x.jpg"));
        bad.put("names", Map.of("it", "Cattivo"));
        Http.Response invalid = http.post("/api/v1/vendor/products").bearer(token).json(bad).send();
        assertThat(invalid.status()).as(invalid.toString()).isEqualTo(422);
        assertThat(invalid.errorCode()).isEqualTo("VALIDATION_FAILED");
        assertThat(invalid.json().get("errors").toString()).contains("price", "names.it");

        Map<String, Object> sale = product("SKU-3", "Sale above price", "10.00");
        sale.put("salePrice", "20.00");
        sale.put("gtin", "4006381333932");
        sale.put("images", List.of("ftp://img.example/x.jpg"));
        Http.Response rules = http.post("/api/v1/vendor/products").bearer(token).json(sale).send();
        assertThat(rules.status()).isEqualTo(422);
        assertThat(rules.json().get("errors").toString()).contains("salePrice", "gtin", "images[0]");
    }

    @Test
    void aViewerMayReadButNotCreateAndAnEditorMayNotDelete() {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        Fixtures.Session viewer = fixtures.member(vendor, "Viewer");
        Fixtures.Session editor = fixtures.member(vendor, "Editor");
        Http.Response refused = http.post("/api/v1/vendor/products").bearer(viewer.accessToken())
                .json(product("V-1", "Nope", "1.00")).send();
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.errorCode()).isEqualTo("ACCESS_DENIED");
        assertThat(http.get("/api/v1/vendor/products").bearer(viewer.accessToken()).send().status()).isEqualTo(200);

        Http.Response made = http.post("/api/v1/vendor/products").bearer(editor.accessToken())
                .json(product("E-1", "By the editor", "1.00")).send();
        assertThat(made.status()).isEqualTo(201);
        String id = made.json().get("id").asString();
        assertThat(http.put("/api/v1/vendor/products/" + id + "/toggle-active").bearer(viewer.accessToken()).send()
                .status()).isEqualTo(403);
        assertThat(http.post("/api/v1/vendor/marketplace/products/publish").bearer(viewer.accessToken())
                .json(Map.of("ids", List.of(UUID.randomUUID()))).send().status()).isEqualTo(403);
        assertThat(http.delete("/api/v1/vendor/products/" + id).bearer(editor.accessToken()).send().status())
                .isEqualTo(403);
        assertThat(http.put("/api/v1/vendor/catalog/settings").bearer(editor.accessToken())
                .json(Map.of("defaultLanguage", "fr", "defaultTaxRate", "3")).send().status()).isEqualTo(403);
        assertThat(http.delete("/api/v1/vendor/products/" + id).bearer(vendor.owner().accessToken()).send().status())
                .isEqualTo(204);
    }

    @Test
    void theShopShowsActiveProductsOnlyWithTheirAvailableQuantity() {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        String token = vendor.owner().accessToken();
        Map<String, Object> stocked = product("P-1", "Visible lamp", "30.00");
        stocked.put("initialQuantity", 7);
        String visible = create(vendor, stocked).get("id").asString();
        String hidden = create(vendor, product("P-2", "Hidden lamp", "31.00")).get("id").asString();
        http.put("/api/v1/vendor/products/" + hidden + "/toggle-active").bearer(token).send();

        String shop = "/api/v1/public/vendors/" + vendor.code() + "/products";
        Http.Response list = http.get(shop).send();
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        assertThat(list.json().get("page").get("totalElements").asLong()).isEqualTo(1);
        JsonNode first = list.json().get("content").get(0);
        assertThat(first.get("id").asString()).isEqualTo(visible);
        assertThat(first.get("availableQuantity").asInt()).isEqualTo(7);
        assertThat(first.get("inStock").asBoolean()).isTrue();
        assertThat(first.has("lockedFields")).isFalse();

        Http.Response one = http.get(shop + "/" + visible).send();
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.json().get("availableQuantity").asInt()).isEqualTo(7);
        Http.Response inactive = http.get(shop + "/" + hidden).send();
        assertThat(inactive.status()).isEqualTo(404);
        assertThat(inactive.errorCode()).isEqualTo("PRODUCT_NOT_FOUND");
        assertThat(http.get(shop + "/search?q=lamp").send().json().get("page").get("totalElements").asLong())
                .isEqualTo(1);
        assertThat(http.get(shop + "?inStock=false").send().json().get("page").get("totalElements").asLong())
                .isZero();
        // the vendor sees both
        assertThat(http.get("/api/v1/vendor/products").bearer(token).send().json().get("page")
                .get("totalElements").asLong()).isEqualTo(2);
    }

    @Test
    void listsFilterAndSortByPriceNameNewestAndBestselling() {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        String token = vendor.owner().accessToken();
        Map<String, Object> a = product("S-A", "Apple crate", "30.00");
        a.put("brand", "Orchard");
        Map<String, Object> b = product("S-B", "Birch box", "10.00");
        b.put("featured", true);
        Map<String, Object> c = product("S-C", "Cedar chest", "20.00");
        c.put("salePrice", "5.00");
        c.put("brand", "orchard");
        create(vendor, a);
        create(vendor, b);
        create(vendor, c);
        String shop = "/api/v1/public/vendors/" + vendor.code() + "/products";
        assertThat(skus(http.get(shop + "?sort=price").send())).containsExactly("S-C", "S-B", "S-A");
        assertThat(skus(http.get(shop + "?sort=price,desc").send())).containsExactly("S-A", "S-B", "S-C");
        assertThat(skus(http.get(shop + "?sort=name").send())).containsExactly("S-A", "S-B", "S-C");
        assertThat(skus(http.get(shop + "?sort=newest").send())).containsExactly("S-C", "S-B", "S-A");
        assertThat(skus(http.get(shop).send())).containsExactly("S-C", "S-B", "S-A");
        assertThat(skus(http.get(shop + "?sort=bestselling").send())).hasSize(3);
        assertThat(skus(http.get(shop + "?featured=true").send())).containsExactly("S-B");
        assertThat(skus(http.get(shop + "?brand=ORCHARD&sort=sku").send())).containsExactly("S-A", "S-C");
        assertThat(skus(http.get(shop + "?minPrice=6&maxPrice=25&sort=sku").send())).containsExactly("S-B");
        Http.Response badSort = http.get(shop + "?sort=cost").send();
        assertThat(badSort.status()).isEqualTo(400);
        assertThat(badSort.errorCode()).isEqualTo("INVALID_SORT");
        assertThat(skus(http.get("/api/v1/vendor/products?search=cedar").bearer(token).send()))
                .containsExactly("S-C");
    }

    @Test
    void anotherVendorsProductsAreNotFoundThroughEveryEndpoint() {
        Fixtures.VendorAccount a = fixtures.vendor();
        Fixtures.VendorAccount b = fixtures.vendor();
        String id = create(a, product("ISO-1", "Secret sauce", "5.00")).get("id").asString();
        String other = b.owner().accessToken();
        String base = "/api/v1/vendor/products/" + id;
        List<Http.Request> requests = List.of(http.get(base), http.put(base).json(Map.of("price", "1.00")),
                http.delete(base), http.put(base + "/toggle-active"), http.put(base + "/toggle-featured"),
                http.put(base + "/locks/price"), http.delete(base + "/locks/price"),
                http.post("/api/v1/vendor/products/from-import/" + id).json(Map.of()));
        for (Http.Request request : requests) {
            Http.Response response = request.bearer(other).send();
            assertThat(response.status()).as(response.toString()).isEqualTo(404);
        }
        assertThat(http.get("/api/v1/public/vendors/" + b.code() + "/products/" + id).send().status())
                .isEqualTo(404);
        assertThat(http.get("/api/v1/public/vendors/" + b.code() + "/products/search?q=secret").send().json()
                .get("page").get("totalElements").asLong()).isZero();
        assertThat(http.get("/api/v1/vendor/products").bearer(other).send().json().get("page")
                .get("totalElements").asLong()).isZero();
        // a's token on b's shop path: the sources disagree
        assertThat(http.get("/api/v1/public/vendors/" + b.code() + "/products").bearer(a.owner().accessToken())
                .send().status()).isEqualTo(403);
        // and a's product is untouched
        JsonNode still = http.get(base).bearer(a.owner().accessToken()).send().json();
        assertThat(still.get("price").decimalValue()).isEqualByComparingTo("5.00");
        assertThat(still.get("active").asBoolean()).isTrue();
    }

    @Test
    void orderingFindsTheVendorsProductsOnlyWithTheirCurrentPrice() {
        Fixtures.VendorAccount a = fixtures.vendor();
        Fixtures.VendorAccount b = fixtures.vendor();
        Map<String, Object> body = product("ORD-1", "Teapot", "40.00");
        body.put("salePrice", "35.00");
        body.put("taxRate", "3");
        UUID id = UUID.fromString(create(a, body).get("id").asString());
        CatalogProduct found = productCatalog.find(a.id(), id).orElseThrow();
        assertThat(found.unitPrice()).isEqualByComparingTo("35.00");
        assertThat(found.taxRate()).isEqualByComparingTo("3.00");
        assertThat(found.name()).isEqualTo("Teapot");
        assertThat(found.vendorId()).isEqualTo(a.id());
        assertThat(productCatalog.find(b.id(), id)).isEmpty();
        assertThat(productCatalog.findAll(a.id(), List.of(id, UUID.randomUUID()))).containsOnlyKeys(id);
        assertThat(productCatalog.findAll(b.id(), List.of(id))).isEmpty();
    }

    @Test
    void theDefaultLanguageIsTheVendorsSetting() {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        String token = vendor.owner().accessToken();
        Map<String, Object> body = product("L-1", "Cheese", "8.00");
        body.put("names", Map.of("fr", "Fromage"));
        String id = create(vendor, body).get("id").asString();
        Http.Response settings = http.put("/api/v1/vendor/catalog/settings").bearer(token)
                .json(Map.of("defaultLanguage", "fr", "defaultTaxRate", "3")).send();
        assertThat(settings.status()).as(settings.toString()).isEqualTo(200);
        JsonNode product = http.get("/api/v1/vendor/products/" + id).bearer(token).send().json();
        assertThat(product.get("defaultLanguage").asString()).isEqualTo("fr");
        assertThat(product.get("name").asString()).isEqualTo("Fromage");
        JsonNode made = create(vendor, product("L-2", "Baguette", "2.00"));
        assertThat(made.get("defaultLanguage").asString()).isEqualTo("fr");
        assertThat(made.get("names").get("fr").asString()).isEqualTo("Baguette");
        assertThat(made.get("taxRate").decimalValue()).isEqualByComparingTo("3.00");
        Http.Response bad = http.put("/api/v1/vendor/catalog/settings").bearer(token)
                .json(Map.of("defaultLanguage", "it", "defaultTaxRate", "3")).send();
        assertThat(bad.status()).isEqualTo(422);
    }

    static List<String> skus(Http.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        List<String> skus = new java.util.ArrayList<>();
        response.json().get("content").forEach(p -> skus.add(p.get("sku").asString()));
        return skus;
    }
}
