package com.wizamart.catalog;

import static com.wizamart.catalog.CatalogFeeds.feed;
import static com.wizamart.catalog.CatalogFeeds.price;
import static com.wizamart.catalog.CatalogFeeds.productId;
import static com.wizamart.catalog.CatalogFeeds.refreshOf;
import static com.wizamart.catalog.CatalogFeeds.stagedIds;
import static com.wizamart.support.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.wizamart.support.ApiTest;
import com.wizamart.support.Fixtures;
import com.wizamart.support.Http;
import com.wizamart.support.Imports;
import com.wizamart.support.Shop;

import tools.jackson.databind.JsonNode;

/**
 * The refreshes of one product and that product's changes in a refresh ({@code productId}), as a product's page shows
 * them: within the vendor only, with the permission to see products.
 */
class CatalogRefreshByProductIntegrationTests extends ApiTest {

    @Test
    void aProductsRefreshesAndItsChangesAreListedWithinTheVendorOnly() {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        String token = vendor.owner().accessToken();
        Imports imports = new Imports(http, token);
        imports.uploadAndWait("en", feed("BP", 12, CatalogFeeds::row));
        CatalogFeeds.publish(http, token, List.copyOf(stagedIds(http, token).values()));
        JsonNode held = refreshOf(http, token, imports.uploadAndWait("en",
                feed("BP", 12, i -> price(i, (40 + i) + ".00", i))));
        assertThat(held.get("status").asString()).isEqualTo("HELD");
        String refresh = held.get("id").asString();
        UUID first = productId(http, token, "BP-1");
        UUID byHand = new Shop(http, vendor).product("Made by hand", "5.00", "17", 1);

        assertThat(ids(http.get("/api/v1/vendor/catalog/refreshes?status=HELD&productId=" + first).bearer(token)
                .send())).containsExactly(refresh);
        assertThat(ids(http.get("/api/v1/vendor/catalog/refreshes?productId=" + byHand).bearer(token).send()))
                .as("a product no import changed").isEmpty();
        Http.Response changes = http.get("/api/v1/vendor/catalog/refreshes/" + refresh + "/changes?productId=" + first)
                .bearer(token).send();
        assertThat(changes.status()).as(changes.toString()).isEqualTo(200);
        assertThat(changes.json().get("content")).hasSize(1);
        JsonNode change = changes.json().get("content").get(0);
        assertThat(change.get("sku").asString()).isEqualTo("BP-1");
        assertThat(change.get("field").asString()).isEqualTo("price");
        assertThat(change.get("from").asString()).isEqualTo("11.00");
        assertThat(change.get("to").asString()).isEqualTo("41.00");
        assertThat(change.get("outcome").asString()).isEqualTo("PENDING");

        // a Viewer sees them too (products.view)
        Fixtures.Session viewer = fixtures.member(vendor, "Viewer");
        assertThat(ids(http.get("/api/v1/vendor/catalog/refreshes?productId=" + first).bearer(viewer.accessToken())
                .send())).containsExactly(refresh);

        // another vendor's team learns nothing: no refresh of this product, and the refresh is not found
        Fixtures.VendorAccount other = fixtures.vendor();
        String otherToken = other.owner().accessToken();
        assertThat(ids(http.get("/api/v1/vendor/catalog/refreshes?productId=" + first).bearer(otherToken).send()))
                .isEmpty();
        assertProblem(http.get("/api/v1/vendor/catalog/refreshes/" + refresh + "/changes?productId=" + first)
                .bearer(otherToken).send(), 404, "CATALOG_REFRESH_NOT_FOUND");

        // a role without products.view is refused
        String roleName = Fixtures.unique("Orders only");
        Http.Response role = http.post("/api/v1/vendor/team/roles").bearer(token)
                .json(Map.of("name", roleName, "permissions", List.of("orders.view"))).send();
        assertThat(role.status()).as(role.toString()).isEqualTo(201);
        String clerk = fixtures.member(vendor, roleName).accessToken();
        assertProblem(http.get("/api/v1/vendor/catalog/refreshes?productId=" + first).bearer(clerk).send(), 403,
                "ACCESS_DENIED");
        assertProblem(http.get("/api/v1/vendor/catalog/refreshes/" + refresh + "/changes?productId=" + first)
                .bearer(clerk).send(), 403, "ACCESS_DENIED");

        // a product id that is no id
        assertProblem(http.get("/api/v1/vendor/catalog/refreshes?productId=nope").bearer(token).send(), 400,
                "MALFORMED_REQUEST");
    }

    private static List<String> ids(Http.Response list) {
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        list.json().get("content").forEach(r -> ids.add(r.get("id").asString()));
        return ids;
    }
}
