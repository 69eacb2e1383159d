package com.wizamart.marketplace;

import static com.wizamart.support.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.wizamart.support.ApiTest;
import com.wizamart.support.Feeds;
import com.wizamart.support.Fixtures;
import com.wizamart.support.Fixtures.Session;
import com.wizamart.support.Fixtures.VendorAccount;
import com.wizamart.support.Http;
import com.wizamart.support.Imports;

import tools.jackson.databind.JsonNode;

/**
 * A staged product's {@code lastChanges}: what the latest import that changed it changed, facts and each language's
 * texts, with that import's job; confined to the vendor and to members who may see imports.
 */
class StagedProductChangesIntegrationTests extends ApiTest {

    @Test
    void aReimportShowsTheFactsAndTextsItChanged_withTheJobThatChangedThem() {
        VendorAccount vendor = fixtures.vendor();
        Imports imports = new Imports(http, vendor.owner().accessToken());
        JsonNode first = imports.uploadAndWait("en", feed("Roasted coffee", "12.50 EUR", "red", "Kaffi"));
        imports.uploadAndWait("fr", feed("Café torréfié", "12.50 EUR", "red", "Kaffi"));
        String id = stagedId(vendor.owner(), "CHG-1");

        JsonNode staged = detail(vendor.owner(), id);
        assertThat(staged.get("lastChanges").isArray()).as(staged.toString()).isTrue();
        assertThat(staged.get("lastChanges")).as("a product no import changed since it was staged").isEmpty();

        JsonNode second = imports.uploadAndWait("en", feed("Roasted coffee beans", "13.90 EUR", "blue", "Kaffi"));
        assertThat(second.get("updated").asLong()).as(second.toString()).isEqualTo(1);
        String job = second.get("id").asString();

        List<String> changes = changes(detail(vendor.owner(), id));
        assertThat(changes).containsExactlyInAnyOrder(
                "price  12.5 -> 13.9 " + job,
                "attributes.color  red -> blue " + job,
                "title en Roasted coffee -> Roasted coffee beans " + job);
        assertThat(first.get("id").asString()).isNotEqualTo(job);

        // the French texts were not changed by it: their own latest change is shown once they change
        JsonNode french = imports.uploadAndWait("fr", feed("Café en grains torréfié", "13.90 EUR", "blue", "Kaffi"));
        List<String> afterFrench = changes(detail(vendor.owner(), id));
        assertThat(afterFrench).contains("title fr Café torréfié -> Café en grains torréfié "
                + french.get("id").asString());
        assertThat(afterFrench).as("the facts' latest change stays that of the import that made it")
                .contains("price  12.5 -> 13.9 " + job);
    }

    @Test
    void anotherVendorsStagedProductIsNotFound_andARoleWithoutImportsViewIsRefused() {
        VendorAccount vendor = fixtures.vendor();
        new Imports(http, vendor.owner().accessToken())
                .uploadAndWait("en", feed("Roasted coffee", "12.50 EUR", "red", "Kaffi"));
        String id = stagedId(vendor.owner(), "CHG-1");
        VendorAccount other = fixtures.vendor();

        assertProblem(http.get("/api/v1/vendor/marketplace/products/" + id).bearer(other.owner().accessToken())
                .send(), 404, "MARKETPLACE_PRODUCT_NOT_FOUND");
        assertThat(http.get("/api/v1/vendor/marketplace/products").bearer(other.owner().accessToken()).send().json()
                .get("page").get("totalElements").asLong()).isZero();

        Http.Response role = http.post("/api/v1/vendor/team/roles").bearer(vendor.owner().accessToken())
                .json(Map.of("name", "Catalog only", "permissions", List.of("products.view"))).send();
        assertThat(role.status()).as(role.toString()).isEqualTo(201);
        String email = Fixtures.unique("catalog") + "@team.test";
        fixtures.accept(fixtures.invite(vendor.owner(), email, "Catalog only"));
        Session catalogOnly = fixtures.loginMember(email, vendor.code());
        assertProblem(http.get("/api/v1/vendor/marketplace/products/" + id).bearer(catalogOnly.accessToken()).send(),
                403, "ACCESS_DENIED");
        assertProblem(http.get("/api/v1/vendor/marketplace/products").bearer(catalogOnly.accessToken()).send(),
                403, "ACCESS_DENIED");
        Session viewer = fixtures.member(vendor, "Viewer");
        assertThat(http.get("/api/v1/vendor/marketplace/products/" + id).bearer(viewer.accessToken()).send()
                .status()).isEqualTo(200);
    }

    private static byte[] feed(String title, String price, String color, String brand) {
        return Feeds.text(Feeds.HEADER + "\n" + Feeds.line(Map.of("id", "CHG-1", "title", title, "price", price,
                "color", color, "brand", brand, "availability", "in_stock", "quantity", "4")) + "\n");
    }

    private String stagedId(Session owner, String externalId) {
        JsonNode list = http.get("/api/v1/vendor/marketplace/products?search=" + externalId).bearer(owner.accessToken())
                .send().json();
        assertThat(list.get("content")).as(list.toString()).hasSize(1);
        return list.get("content").get(0).get("id").asString();
    }

    private JsonNode detail(Session owner, String id) {
        Http.Response detail = http.get("/api/v1/vendor/marketplace/products/" + id).bearer(owner.accessToken()).send();
        assertThat(detail.status()).as(detail.toString()).isEqualTo(200);
        return detail.json();
    }

    /** Each change as {@code field language from -> to job}, numbers without trailing zeros. */
    private static List<String> changes(JsonNode detail) {
        List<String> changes = new ArrayList<>();
        for (JsonNode c : detail.get("lastChanges")) {
            changes.add(c.get("field").asString() + " " + (c.get("language").isNull() ? "" : c.get("language")
                    .asString()) + " " + text(c.get("from")) + " -> " + text(c.get("to")) + " "
                    + c.get("jobId").asString());
        }
        return changes;
    }

    private static String text(JsonNode value) {
        return value.isNumber() ? value.decimalValue().stripTrailingZeros().toPlainString() : value.asString();
    }
}
