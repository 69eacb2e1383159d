package com.wizamart.catalog;

import static com.wizamart.catalog.CatalogProductIntegrationTests.skus;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.wizamart.support.ApiTest;
import com.wizamart.support.Feeds;
import com.wizamart.support.Fixtures;
import com.wizamart.support.Http;
import com.wizamart.support.Imports;

import tools.jackson.databind.JsonNode;

/**
 * Full-text search of the shop over the three sample feeds (English, French, German), all published: stems per
 * language, accents optional, exact names first, and only the vendor's active products.
 */
class CatalogSearchIntegrationTests extends ApiTest {

    /** One vendor with the sample feeds imported in three languages and published; made once (imports are slow). */
    private static Fixtures.VendorAccount shop;

    @BeforeEach
    void importAndPublishTheSamplesOnce() {
        if (shop != null) {
            return;
        }
        Fixtures.VendorAccount vendor = fixtures.vendor();
        String token = vendor.owner().accessToken();
        Imports imports = new Imports(http, token);
        for (String language : List.of("en", "fr", "de")) {
            imports.uploadAndWait(language, Feeds.sample(language));
        }
        JsonNode published = CatalogFeeds.publish(http, token,
                List.copyOf(CatalogFeeds.stagedIds(http, token).values()));
        assertThat(published.get("published").asLong()).isEqualTo(38);
        shop = vendor;
    }

    private Http.Response search(String q, String more) {
        return http.get("/api/v1/public/vendors/" + shop.code() + "/products/search?q="
                + URLEncoder.encode(q, StandardCharsets.UTF_8) + more).send();
    }

    private List<String> found(String q) {
        return skus(search(q, "&size=50"));
    }

    @Test
    void findsFrenchWordsByTheirStemWithOrWithoutAccents() {
        assertThat(found("cafés torréfiés")).containsExactlyInAnyOrder("LS-0101", "LS-0102", "LS-0103", "LS-0104",
                "LS-0105");
        assertThat(found("cafe torrefie")).hasSize(5).allMatch(sku -> sku.startsWith("LS-010"));
        assertThat(found("forêts")).hasSize(5).allMatch(sku -> sku.startsWith("LS-070"));
    }

    @Test
    void findsGermanWordsByTheirStemWithOrWithoutUmlauts() {
        assertThat(found("Kopfhörern")).hasSize(5).allMatch(sku -> sku.startsWith("LS-080"));
        assertThat(found("kopfhorer")).hasSize(5).allMatch(sku -> sku.startsWith("LS-080"));
        assertThat(found("Kaffeebohne")).hasSize(5).allMatch(sku -> sku.startsWith("LS-010"));
        assertThat(found("Stadtführers")).hasSize(5).allMatch(sku -> sku.startsWith("LS-040"));
    }

    @Test
    void findsEnglishWordsBrandsSkusAndGtins() {
        assertThat(found("headphone")).hasSize(5).allMatch(sku -> sku.startsWith("LS-080"));
        assertThat(found("Villeroy")).hasSize(5).allMatch(sku -> sku.startsWith("LS-060"));
        assertThat(found("0433218196003")).containsExactly("LS-0101");
        assertThat(found("LS-0402")).first().isEqualTo("LS-0402");
        assertThat(found("letzebuerger kaffi")).hasSize(5);
        assertThat(found("submarine")).isEmpty();
    }

    @Test
    void exactNamesComeFirstInAnyLanguage() {
        for (Map.Entry<String, String> exact : Map.of("Forest honey", "LS-0701", "Miel de forêt", "LS-0701",
                "Waldhonig", "LS-0701", "Stoneware mug", "LS-0601", "mug en grès", "LS-0601",
                "Mosel-Riesling", "LS-0201").entrySet()) {
            List<String> skus = found(exact.getKey());
            assertThat(skus).as(exact.getKey()).hasSize(5).first().isEqualTo(exact.getValue());
        }
        JsonNode german = search("Waldhonig", "&lang=de").json().get("content").get(0);
        assertThat(german.get("name").asString()).isEqualTo("Waldhonig");
        assertThat(german.get("language").asString()).isEqualTo("de");
    }

    @Test
    void anExcludedWordExcludesWhicheverLanguagesStemmerMatchedIt() {
        // the German stemmer makes "for" of "forest": excluded only in German, the English names still matched
        assertThat(found("honey")).hasSize(5).allMatch(sku -> sku.startsWith("LS-070"));
        assertThat(found("honey -forest")).isEmpty();
        assertThat(found("honey - forest")).isEmpty();
        assertThat(found("Waldhonig -forest")).isEmpty();
        assertThat(found("miel -forêts")).isEmpty();
        assertThat(found("headphones -Kopfhörer")).isEmpty();
        assertThat(found("honey -\"forest honey\"")).isEmpty();
        // an exclusion holds whatever else the query says, and removes only what it names
        assertThat(found("coffee or honey")).hasSize(10);
        assertThat(found("coffee or honey -forest")).hasSize(5).allMatch(sku -> sku.startsWith("LS-010"));
        assertThat(found("coffee -forest")).hasSize(5).allMatch(sku -> sku.startsWith("LS-010"));
        assertThat(found("t-shirt -mug")).hasSize(3).allMatch(sku -> sku.startsWith("LS-0501"));
        assertThat(found("\"forest honey\" -coffee")).hasSize(5).allMatch(sku -> sku.startsWith("LS-070"));
        assertThat(found("\"honey forest\"")).isEmpty();
        JsonNode exact = search("Forest honey -mug", "").json().get("content").get(0);
        assertThat(exact.get("sku").asString()).isEqualTo("LS-0701");
    }

    @Test
    void pagesAndFiltersSearchResults() {
        Http.Response page = search("coffee", "&size=2&page=1");
        assertThat(page.json().get("page").get("totalElements").asLong()).isEqualTo(5);
        assertThat(page.json().get("page").get("totalPages").asLong()).isEqualTo(3);
        assertThat(page.json().get("content").size()).isEqualTo(2);
        // the total comes with the page's rows; past the last page it is still counted
        Http.Response last = search("coffee", "&size=2&page=2");
        assertThat(last.json().get("content").size()).isEqualTo(1);
        assertThat(last.json().get("page").get("totalElements").asLong()).isEqualTo(5);
        Http.Response beyond = search("coffee", "&size=2&page=7");
        assertThat(beyond.json().get("content").size()).isZero();
        assertThat(beyond.json().get("page").get("totalElements").asLong()).isEqualTo(5);
        assertThat(search("nothing-like-this", "").json().get("page").get("totalElements").asLong()).isZero();
        assertThat(skus(search("Luxembourg", "&brand=Domaine%20Mathis&size=50"))).hasSize(5)
                .allMatch(sku -> sku.startsWith("LS-020"));
        assertThat(skus(search("coffee", "&sort=price,desc&size=50"))).hasSize(5);
        // the list endpoint's search parameter is the same full-text search; German compounds are words of their own
        // (the stemmer does not split them: "Waldhonig" is found, "Honig" alone is not)
        String list = "/api/v1/public/vendors/" + shop.code() + "/products?size=50&search=";
        assertThat(skus(http.get(list + "waldhonigs").send())).hasSize(5);
        assertThat(skus(http.get(list + "honig").send())).isEmpty();
        Http.Response blank = search(" ", "");
        assertThat(blank.status()).isEqualTo(422);
    }

    @Test
    void neverAnswersAnotherVendorsProductsNorInactiveOnes() {
        Fixtures.VendorAccount other = fixtures.vendor();
        Http.Response made = http.post("/api/v1/vendor/products").bearer(other.owner().accessToken())
                .json(CatalogProductIntegrationTests.product("HONEY-1", "Forest honey", "9.00")).send();
        assertThat(made.status()).isEqualTo(201);
        assertThat(found("Forest honey")).hasSize(5).doesNotContain("HONEY-1");
        assertThat(skus(http.get("/api/v1/public/vendors/" + other.code() + "/products/search?q=honey").send()))
                .containsExactly("HONEY-1");

        String token = shop.owner().accessToken();
        String id = CatalogFeeds.productsBySku(http, token).get("LS-0705").get("id").asString();
        assertThat(http.put("/api/v1/vendor/products/" + id + "/toggle-active").bearer(token).send().status())
                .isEqualTo(200);
        try {
            assertThat(found("Forest honey")).hasSize(4).doesNotContain("LS-0705");
            assertThat(http.get("/api/v1/public/vendors/" + shop.code() + "/products/" + id).send().status())
                    .isEqualTo(404);
            // the vendor still finds it
            assertThat(skus(http.get("/api/v1/vendor/products?search=forest+honey&size=50").bearer(token).send()))
                    .hasSize(5).contains("LS-0705");
        } finally {
            http.put("/api/v1/vendor/products/" + id + "/toggle-active").bearer(token).send();
        }
    }
}
