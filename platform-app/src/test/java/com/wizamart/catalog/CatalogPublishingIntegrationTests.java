package com.wizamart.catalog;

import static com.wizamart.catalog.CatalogFeeds.feed;
import static com.wizamart.catalog.CatalogFeeds.productsBySku;
import static com.wizamart.catalog.CatalogFeeds.refreshOf;
import static com.wizamart.catalog.CatalogFeeds.row;
import static com.wizamart.catalog.CatalogFeeds.stagedIds;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.wizamart.support.ApiTest;
import com.wizamart.support.AuditLog;
import com.wizamart.support.Feeds;
import com.wizamart.support.Fixtures;
import com.wizamart.support.Http;
import com.wizamart.support.Imports;

import tools.jackson.databind.JsonNode;

/** Publishing staged marketplace products, and what later imports do to them: locks, summaries, the guardrail. */
class CatalogPublishingIntegrationTests extends ApiTest {

    @Test
    void publishesOneWithOverridesAndTheRestInBulkReportingWhatWasPublishedAlready() {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        String token = vendor.owner().accessToken();
        new Imports(http, token).uploadAndWait("en", Feeds.sample("en"));
        Map<String, String> staged = stagedIds(http, token);
        // LS-0301's spreadsheet-mangled GTIN is dropped with a warning; the product is staged without it
        assertThat(staged).hasSize(38);

        String coffee = staged.get("LS-0101");
        Http.Response one = http.post("/api/v1/vendor/products/from-import/" + coffee).bearer(token)
                .json(Map.of("price", "99.00", "name", "House coffee", "initialQuantity", 5)).send();
        assertThat(one.status()).as(one.toString()).isEqualTo(201);
        JsonNode product = one.json();
        assertThat(one.header("Location")).endsWith(product.get("id").asString());
        assertThat(product.get("sku").asString()).isEqualTo("LS-0101");
        assertThat(product.get("name").asString()).isEqualTo("House coffee");
        assertThat(product.get("price").decimalValue()).isEqualByComparingTo("99.00");
        assertThat(product.get("currency").asString()).isEqualTo("EUR");
        assertThat(product.get("taxRate").decimalValue()).isEqualByComparingTo("3.00");
        assertThat(product.get("brand").asString()).isEqualTo("Lëtzebuerger Kaffi");
        assertThat(product.get("gtin").asString()).isEqualTo("0433218196003");
        assertThat(product.get("categoryPath").asString()).isEqualTo("Food, Beverages & Tobacco > Beverages > Coffee");
        assertThat(product.get("images").toString()).contains("ls-0101/main.jpg", "ls-0101/1.jpg");
        assertThat(product.get("description").asString()).contains("Handpicked");
        assertThat(product.get("source").get("marketplaceProductId").asString()).isEqualTo(coffee);
        assertThat(product.get("source").get("marketplace").asString()).isEqualTo("letzshop");
        assertThat(product.get("source").get("feedQuantity").asInt()).isEqualTo(11);
        assertThat(product.get("lockedFields").toString()).contains("price", "name.en", "quantity");
        assertThat(product.get("active").asBoolean()).isTrue();

        Http.Response again = http.post("/api/v1/vendor/products/from-import/" + coffee).bearer(token).send();
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.errorCode()).isEqualTo("PRODUCT_ALREADY_PUBLISHED");
        assertThat(again.json().get("productId").asString()).isEqualTo(product.get("id").asString());

        List<String> ids = new ArrayList<>(staged.values());
        String unknown = UUID.randomUUID().toString();
        ids.add(unknown);
        JsonNode bulk = CatalogFeeds.publish(http, token, ids);
        assertThat(bulk.get("published").asLong()).isEqualTo(37);
        assertThat(bulk.get("alreadyPublished").asLong()).isEqualTo(1);
        assertThat(bulk.get("notFound").asLong()).isEqualTo(1);
        assertThat(bulk.get("failed").asLong()).isZero();
        JsonNode results = bulk.get("results");
        assertThat(results.size()).isEqualTo(39);
        for (JsonNode result : results) {
            String id = result.get("id").asString();
            if (id.equals(coffee)) {
                assertThat(result.get("outcome").asString()).isEqualTo("ALREADY_PUBLISHED");
                assertThat(result.get("productId").asString()).isEqualTo(product.get("id").asString());
            } else if (id.equals(unknown)) {
                assertThat(result.get("outcome").asString()).isEqualTo("NOT_FOUND");
                assertThat(result.get("errorCode").asString()).isEqualTo("MARKETPLACE_PRODUCT_NOT_FOUND");
            } else {
                assertThat(result.get("outcome").asString()).isEqualTo("PUBLISHED");
                assertThat(result.get("productId").isNull()).isFalse();
            }
        }
        // published again in bulk: all reported, none duplicated
        JsonNode repeat = CatalogFeeds.publish(http, token, List.copyOf(staged.values()));
        assertThat(repeat.get("alreadyPublished").asLong()).isEqualTo(38);
        assertThat(productsBySku(http, token)).hasSize(38);
        assertThat(productsBySku(http, token).get("LS-0301").get("gtin").isNull()).isTrue();
        assertThat(http.get("/api/v1/vendor/marketplace/products?published=true").bearer(token).send().json()
                .get("page").get("totalElements").asLong()).isEqualTo(38);
        assertThat(http.get("/api/v1/public/vendors/" + vendor.code() + "/products").send().json().get("page")
                .get("totalElements").asLong()).isEqualTo(38);

        // deleting a published product frees its staged product, which can be published again
        Http.Response deleted = http.delete("/api/v1/vendor/products/" + product.get("id").asString()).bearer(token)
                .send();
        assertThat(deleted.status()).isEqualTo(204);
        assertThat(http.get("/api/v1/vendor/marketplace/products/" + coffee).bearer(token).send().json()
                .get("published").asBoolean()).isFalse();
        Http.Response republished = http.post("/api/v1/vendor/products/from-import/" + coffee).bearer(token).send();
        assertThat(republished.status()).isEqualTo(201);
        assertThat(republished.json().get("name").asString()).isEqualTo("Roasted coffee beans");
        assertThat(republished.json().get("lockedFields").size()).isZero();
    }

    @Test
    void overridesAndHandEditsSurviveAReimportWhileTheRestFollowsTheFeed() {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        String token = vendor.owner().accessToken();
        Imports imports = new Imports(http, token);
        // six products: few enough that the guardrail never holds their refreshes
        imports.uploadAndWait("en", feed("LK", 6, CatalogFeeds::row));
        Map<String, String> staged = stagedIds(http, token);
        Http.Response overridden = http.post("/api/v1/vendor/products/from-import/" + staged.get("LK-1")).bearer(token)
                .json(Map.of("price", "50.00", "name", "My own name")).send();
        assertThat(overridden.status()).as(overridden.toString()).isEqualTo(201);
        CatalogFeeds.publish(http, token, List.of(staged.get("LK-2"), staged.get("LK-3"), staged.get("LK-4"),
                staged.get("LK-5"), staged.get("LK-6")));
        Map<String, JsonNode> products = productsBySku(http, token);
        String lk2 = products.get("LK-2").get("id").asString();
        String lk3 = products.get("LK-3").get("id").asString();
        Http.Response edited = http.put("/api/v1/vendor/products/" + lk2).bearer(token)
                .json(Map.of("description", "Written by the vendor")).send();
        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        assertThat(edited.json().get("lockedFields").toString()).contains("description.en");
        Http.Response locked = http.put("/api/v1/vendor/products/" + lk3 + "/locks/brand").bearer(token).send();
        assertThat(locked.status()).as(locked.toString()).isEqualTo(200);
        assertThat(locked.json().get("lockedFields").toString()).contains("brand");

        // the feed changes every title, description, price and brand
        JsonNode job = imports.uploadAndWait("en", feed("LK", 6, i -> new CatalogFeeds.Row("New thing " + i,
                "New text " + i, (20 + i) + ".00", i, "NewMaker")));
        JsonNode refresh = refreshOf(http, token, job);
        assertThat(refresh.get("status").asString()).isEqualTo("APPLIED");
        JsonNode summary = refresh.get("summary");
        assertThat(summary.get("productsChecked").asInt()).isEqualTo(6);
        assertThat(summary.get("productsChanged").asInt()).isEqualTo(6);
        assertThat(summary.get("pricesChanged").asInt()).isEqualTo(5);
        assertThat(summary.get("titlesChanged").asInt()).isEqualTo(5);
        assertThat(summary.get("descriptionsChanged").asInt()).isEqualTo(5);
        assertThat(summary.get("stockChanged").asInt()).isZero();
        assertThat(summary.get("lockedKept").asInt()).isEqualTo(4);
        assertThat(summary.get("publishedProducts").asInt()).isEqualTo(6);
        assertThat(summary.get("missingFromFeed").asInt()).isZero();

        products = productsBySku(http, token);
        JsonNode p1 = products.get("LK-1");
        assertThat(p1.get("price").decimalValue()).isEqualByComparingTo("50.00");
        assertThat(p1.get("name").asString()).isEqualTo("My own name");
        assertThat(p1.get("description").asString()).isEqualTo("New text 1");
        assertThat(p1.get("brand").asString()).isEqualTo("NewMaker");
        JsonNode p2 = products.get("LK-2");
        assertThat(p2.get("description").asString()).isEqualTo("Written by the vendor");
        assertThat(p2.get("name").asString()).isEqualTo("New thing 2");
        assertThat(p2.get("price").decimalValue()).isEqualByComparingTo("22.00");
        assertThat(products.get("LK-3").get("brand").asString()).isEqualTo("Maker");
        assertThat(products.get("LK-4").get("brand").asString()).isEqualTo("NewMaker");

        String changesPath = "/api/v1/vendor/catalog/refreshes/" + refresh.get("id").asString() + "/changes?size=200";
        JsonNode changes = http.get(changesPath).bearer(token).send().json().get("content");
        assertThat(changes.toString()).contains("KEPT_LOCKED", "APPLIED");
        boolean keptPrice = false;
        for (JsonNode c : changes) {
            if ("LK-1".equals(c.get("sku").asString()) && "price".equals(c.get("field").asString())) {
                keptPrice = true;
                assertThat(c.get("outcome").asString()).isEqualTo("KEPT_LOCKED");
                assertThat(c.get("from").asString()).isEqualTo("50.00");
                assertThat(c.get("to").asString()).isEqualTo("21.00");
            }
        }
        assertThat(keptPrice).isTrue();

        // unlocking follows the feed again, at once
        String p1Id = p1.get("id").asString();
        Http.Response unlocked = http.delete("/api/v1/vendor/products/" + p1Id + "/locks/price").bearer(token).send();
        assertThat(unlocked.status()).as(unlocked.toString()).isEqualTo(200);
        assertThat(unlocked.json().get("price").decimalValue()).isEqualByComparingTo("21.00");
        assertThat(unlocked.json().get("lockedFields").toString()).doesNotContain("\"price\"").contains("name.en");
        Http.Response name = http.delete("/api/v1/vendor/products/" + p1Id + "/locks/name").bearer(token).send();
        assertThat(name.json().get("name").asString()).isEqualTo("New thing 1");
        Http.Response unknown = http.delete("/api/v1/vendor/products/" + p1Id + "/locks/sku").bearer(token).send();
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.errorCode()).isEqualTo("FIELD_NOT_LOCKABLE");
        Http.Response handMade = http.post("/api/v1/vendor/products").bearer(token)
                .json(CatalogProductIntegrationTests.product("HAND-1", "Hand made", "1.00")).send();
        Http.Response noSource = http.put("/api/v1/vendor/products/" + handMade.json().get("id").asString()
                + "/locks/price").bearer(token).send();
        assertThat(noSource.status()).isEqualTo(409);
        assertThat(noSource.errorCode()).isEqualTo("PRODUCT_HAS_NO_SOURCE");
    }

    @Test
    void theGuardrailHoldsADestructiveRefreshUntilTheVendorDecides() {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        String token = vendor.owner().accessToken();
        Imports imports = new Imports(http, token);
        imports.uploadAndWait("en", feed("GR", 20, CatalogFeeds::row));
        CatalogFeeds.publish(http, token, List.copyOf(stagedIds(http, token).values()));

        // a broken feed: every product out of stock
        JsonNode emptied = imports.uploadAndWait("en", feed("GR", 20, i -> {
            CatalogFeeds.Row r = row(i);
            return new CatalogFeeds.Row(r.title(), r.description(), r.price(), 0, r.brand());
        }));
        JsonNode held = refreshOf(http, token, emptied);
        assertThat(held.get("status").asString()).isEqualTo("HELD");
        assertThat(held.get("holdReason").asString()).contains("stock", "20 of 20");
        assertThat(held.get("summary").get("stockZeroed").asInt()).isEqualTo(20);
        assertThat(productsBySku(http, token).get("GR-7").get("source").get("feedQuantity").asInt()).isEqualTo(7);
        String heldPath = "/api/v1/vendor/catalog/refreshes/" + held.get("id").asString();
        assertThat(http.get("/api/v1/vendor/catalog/refreshes?status=HELD").bearer(token).send().json().get("page")
                .get("totalElements").asLong()).isEqualTo(1);
        assertThat(http.get(heldPath + "/changes").bearer(token).send().json().get("content").get(0).get("outcome")
                .asString()).isEqualTo("PENDING");

        String rejecting = AuditLog.requestId();
        Http.Response rejected = http.post(heldPath + "/reject").bearer(token).header("X-Request-Id", rejecting).send();
        assertThat(rejected.status()).as(rejected.toString()).isEqualTo(200);
        AuditLog log = new AuditLog(http, fixtures.sharedAdmin().accessToken());
        String refreshName = "letzshop import (en) of " + held.get("createdAt").asString().substring(0, 10);
        JsonNode rejection = log.entry("CATALOG_REFRESH_REJECTED", held.get("id").asString());
        AuditLog.assertEntry(rejection, "CATALOG_REFRESH_REJECTED", vendor.owner().email(), vendor.id(),
                "catalog_refresh", refreshName, rejecting, token);
        assertThat(rejection.get("before").get("status").asString()).isEqualTo("HELD");
        assertThat(rejection.get("after").get("status").asString()).isEqualTo("REJECTED");
        assertThat(rejected.json().get("status").asString()).isEqualTo("REJECTED");
        assertThat(rejected.json().get("decidedBy").asString()).isEqualTo(vendor.owner().userId().toString());
        assertThat(http.get(heldPath + "/changes").bearer(token).send().json().get("content").get(0).get("outcome")
                .asString()).isEqualTo("REJECTED");
        Http.Response late = http.post(heldPath + "/approve").bearer(token).send();
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.errorCode()).isEqualTo("CATALOG_REFRESH_NOT_HELD");
        assertThat(productsBySku(http, token).get("GR-7").get("source").get("feedQuantity").asInt()).isEqualTo(7);

        // every price changes: held too; approved, it is applied
        JsonNode repriced = imports.uploadAndWait("en", feed("GR", 20, i -> {
            CatalogFeeds.Row r = row(i);
            return new CatalogFeeds.Row(r.title(), r.description(), (50 + i) + ".00", r.quantity(), r.brand());
        }));
        JsonNode second = refreshOf(http, token, repriced);
        assertThat(second.get("status").asString()).isEqualTo("HELD");
        assertThat(second.get("holdReason").asString()).contains("change 20 of 20");
        assertThat(second.get("summary").get("pricesChanged").asInt()).isEqualTo(20);
        assertThat(second.get("summary").get("stockChanged").asInt()).isZero();
        assertThat(productsBySku(http, token).get("GR-3").get("price").decimalValue()).isEqualByComparingTo("13.00");
        String approving = AuditLog.requestId();
        Http.Response approved = http.post("/api/v1/vendor/catalog/refreshes/" + second.get("id").asString()
                + "/approve").bearer(token).header("X-Request-Id", approving).send();
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        JsonNode approval = log.entry("CATALOG_REFRESH_APPROVED", second.get("id").asString());
        AuditLog.assertEntry(approval, "CATALOG_REFRESH_APPROVED", vendor.owner().email(), vendor.id(),
                "catalog_refresh", "letzshop import (en) of " + second.get("createdAt").asString().substring(0, 10),
                approving, token);
        assertThat(approval.get("after").get("productsChanged").asInt()).isEqualTo(20);
        assertThat(approved.json().get("status").asString()).isEqualTo("APPROVED");
        assertThat(productsBySku(http, token).get("GR-3").get("price").decimalValue()).isEqualByComparingTo("53.00");

        // a shorter feed: what is left unchanged is not refreshed, the five missing ones are counted
        JsonNode shorter = imports.uploadAndWait("en", feed("GR", 15, i -> {
            CatalogFeeds.Row r = row(i);
            return new CatalogFeeds.Row(r.title(), r.description(), (50 + i) + ".00", r.quantity(), r.brand());
        }));
        JsonNode third = refreshOf(http, token, shorter);
        assertThat(third.get("status").asString()).isEqualTo("APPLIED");
        assertThat(third.get("summary").get("productsChecked").asInt()).isZero();
        assertThat(third.get("summary").get("missingFromFeed").asInt()).isEqualTo(5);
    }

    @Test
    void anotherVendorCannotSeeOrDecideRefreshesNorPublishOurStagedProducts() {
        Fixtures.VendorAccount a = fixtures.vendor();
        Fixtures.VendorAccount b = fixtures.vendor();
        String token = a.owner().accessToken();
        JsonNode job = new Imports(http, token).uploadAndWait("en", feed("IS", 3, CatalogFeeds::row));
        JsonNode refresh = refreshOf(http, token, job);
        String stagedId = stagedIds(http, token).get("IS-1");
        String other = b.owner().accessToken();
        String path = "/api/v1/vendor/catalog/refreshes/" + refresh.get("id").asString();
        for (Http.Request request : List.of(http.get(path), http.get(path + "/changes"), http.post(path + "/approve"),
                http.post(path + "/reject"), http.post(path + "/retry"),
                http.post("/api/v1/vendor/products/from-import/" + stagedId))) {
            Http.Response response = request.bearer(other).send();
            assertThat(response.status()).as(response.toString()).isEqualTo(404);
        }
        JsonNode bulk = CatalogFeeds.publish(http, other, List.of(stagedId));
        assertThat(bulk.get("notFound").asLong()).isEqualTo(1);
        assertThat(http.get("/api/v1/vendor/catalog/refreshes").bearer(other).send().json().get("page")
                .get("totalElements").asLong()).isZero();
        assertThat(http.get("/api/v1/vendor/marketplace/products/" + stagedId).bearer(token).send().json()
                .get("published").asBoolean()).isFalse();
    }
}
