package com.wizamart.catalog;

import static com.wizamart.catalog.CatalogFeeds.feed;
import static com.wizamart.catalog.CatalogFeeds.price;
import static com.wizamart.catalog.CatalogFeeds.productId;
import static com.wizamart.catalog.CatalogFeeds.productsBySku;
import static com.wizamart.catalog.CatalogFeeds.quantity;
import static com.wizamart.catalog.CatalogFeeds.refreshOf;
import static com.wizamart.catalog.CatalogFeeds.stagedIds;
import static com.wizamart.catalog.CatalogFeeds.stockAt;
import static com.wizamart.support.ProblemAssertions.assertFieldError;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.wizamart.support.ApiTest;
import com.wizamart.support.AuditLog;
import com.wizamart.support.Fixtures;
import com.wizamart.support.Http;
import com.wizamart.support.Imports;

import tools.jackson.databind.JsonNode;

/**
 * The vendor's choice of which import refreshes wait for approval ({@code refreshReview}): the operator's guardrail
 * (the default), every refresh that changes a product, or none; who may choose it, and what it refuses.
 */
class CatalogRefreshReviewIntegrationTests extends ApiTest {

    private static final String SETTINGS = "/api/v1/vendor/catalog/settings";

    /**
     * Twelve published products (the guardrail's default minimum is 10, its share half of them). One product's stock
     * changing: applied under the guardrail, held when the vendor reviews every refresh. Every price changing: applied
     * at once when the vendor reviews none, held by the guardrail once the vendor leaves it to the guardrail again.
     */
    @Test
    void theVendorChoosesWhetherTheGuardrailEveryRefreshOrNoRefreshWaitsForApproval() {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        String token = vendor.owner().accessToken();
        Imports imports = new Imports(http, token);
        assertThat(settings(token).get("refreshReview").asString()).as("the default").isEqualTo("GUARDED");
        imports.uploadAndWait("en", feed("RR", 12, CatalogFeeds::row));
        CatalogFeeds.publish(http, token, List.copyOf(stagedIds(http, token).values()));

        JsonNode guarded = refreshOf(http, token, imports.uploadAndWait("en", feed("RR", 12,
                i -> quantity(i, i == 1 ? 50 : i))));
        assertThat(guarded.get("status").asString()).as("one of twelve: within the guardrail").isEqualTo("APPLIED");

        review(token, "ALWAYS");
        JsonNode always = refreshOf(http, token, imports.uploadAndWait("en", feed("RR", 12,
                i -> quantity(i, i <= 2 ? 50 : i))));
        assertThat(always.get("status").asString()).isEqualTo("HELD");
        assertThat(always.get("holdReason").asString()).isEqualTo(
                "The shop reviews every import refresh: it would change 1 of 12 published products.");
        assertThat(always.get("summary").get("productsChanged").asInt()).isEqualTo(1);
        assertThat(stockAt(http, token, productId(http, token, "RR-2"), "DEFAULT").get("quantity").asInt())
                .as("nothing applied while held").isEqualTo(2);
        Http.Response approved = http.post("/api/v1/vendor/catalog/refreshes/" + always.get("id").asString()
                + "/approve").bearer(token).send();
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        assertThat(approved.json().get("status").asString()).isEqualTo("APPROVED");

        review(token, "NEVER");
        JsonNode never = refreshOf(http, token, imports.uploadAndWait("en", feed("RR", 12,
                i -> price(i, (40 + i) + ".00", i <= 2 ? 50 : i))));
        assertThat(never.get("status").asString()).isEqualTo("APPLIED");
        assertThat(never.get("holdReason").isNull()).isTrue();
        assertThat(never.get("summary").get("productsChanged").asInt()).isEqualTo(12);
        assertThat(never.get("summary").get("productsApplied").asInt()).isEqualTo(12);
        assertThat(productsBySku(http, token).get("RR-7").get("price").decimalValue()).isEqualByComparingTo("47.00");

        review(token, "GUARDED");
        JsonNode guardedAgain = refreshOf(http, token, imports.uploadAndWait("en", feed("RR", 12,
                i -> price(i, (60 + i) + ".00", i <= 2 ? 50 : i))));
        assertThat(guardedAgain.get("status").asString()).as("every price again: the guardrail holds it")
                .isEqualTo("HELD");
        assertThat(guardedAgain.get("holdReason").asString()).contains("change 12 of 12");
        assertThat(productsBySku(http, token).get("RR-7").get("price").decimalValue()).isEqualByComparingTo("47.00");
    }

    /**
     * An unknown mode names the field; an omitted one stays as it was; the change is audited with the mode before and
     * after; an Editor and a Viewer read the setting but cannot change it.
     */
    @Test
    void onlyTheSettingsPermissionChangesTheModeAndAnUnknownModeIsRefused() {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        String token = vendor.owner().accessToken();

        Http.Response unknown = http.put(SETTINGS).bearer(token).json(body(Map.of("refreshReview", "SOMETIMES")))
                .send();
        assertFieldError(unknown, 422, "VALIDATION_FAILED", "refreshReview");
        assertThat(settings(token).get("refreshReview").asString()).isEqualTo("GUARDED");

        String request = AuditLog.requestId();
        Http.Response always = http.put(SETTINGS).bearer(token).header("X-Request-Id", request)
                .json(body(Map.of("refreshReview", "ALWAYS"))).send();
        assertThat(always.status()).as(always.toString()).isEqualTo(200);
        assertThat(always.json().get("refreshReview").asString()).isEqualTo("ALWAYS");
        JsonNode entry = new AuditLog(http, fixtures.sharedAdmin().accessToken())
                .entryOfRequest("CATALOG_SETTINGS_CHANGED", request, "vendorId=" + vendor.id());
        assertThat(entry.get("before").get("refreshReview").asString()).isEqualTo("GUARDED");
        assertThat(entry.get("after").get("refreshReview").asString()).isEqualTo("ALWAYS");

        Http.Response omitted = http.put(SETTINGS).bearer(token).json(body(Map.of("stockOwner", "PLATFORM"))).send();
        assertThat(omitted.status()).as(omitted.toString()).isEqualTo(200);
        assertThat(omitted.json().get("refreshReview").asString()).as("omitted: unchanged").isEqualTo("ALWAYS");

        for (String role : List.of("Editor", "Viewer")) {
            Fixtures.Session member = fixtures.member(vendor, role);
            assertThat(settings(member.accessToken()).get("refreshReview").asString()).isEqualTo("ALWAYS");
            Http.Response refused = http.put(SETTINGS).bearer(member.accessToken())
                    .json(body(Map.of("refreshReview", "NEVER"))).send();
            assertThat(refused.status()).as(role + ": " + refused).isEqualTo(403);
        }
        assertThat(settings(token).get("refreshReview").asString()).isEqualTo("ALWAYS");
    }

    private JsonNode settings(String token) {
        Http.Response read = http.get(SETTINGS).bearer(token).send();
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        return read.json();
    }

    /** The required settings (English, 17 %) with these others. */
    private static Map<String, Object> body(Map<String, Object> others) {
        Map<String, Object> body = new HashMap<>(others);
        body.put("defaultLanguage", "en");
        body.put("defaultTaxRate", 17);
        return body;
    }

    private void review(String token, String mode) {
        Http.Response saved = http.put(SETTINGS).bearer(token).json(body(Map.of("refreshReview", mode))).send();
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        assertThat(saved.json().get("refreshReview").asString()).isEqualTo(mode);
    }
}
