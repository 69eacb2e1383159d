package com.wizamart.marketplace;

import static com.wizamart.support.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.wizamart.support.ApiTest;
import com.wizamart.support.Fixtures.Session;
import com.wizamart.support.Fixtures.VendorAccount;
import com.wizamart.support.Http;
import com.wizamart.tenancy.FeedSourceRules;

import tools.jackson.databind.JsonNode;

/**
 * The installed marketplaces ({@code GET /api/v1/vendor/marketplaces} for any team member, {@code GET
 * /api/v1/admin/marketplaces} for admins), described from their adapters: the same list the feed sources are checked
 * against.
 */
class MarketplacesIntegrationTests extends ApiTest {

    @Autowired
    FeedSourceRules rules;

    @Test
    void anyTeamMemberSeesTheInstalledMarketplaces_asTheFeedSourcesAreCheckedAgainstThem() {
        VendorAccount vendor = fixtures.vendor();
        Session viewer = fixtures.member(vendor, "Viewer");

        JsonNode marketplaces = ok(http.get("/api/v1/vendor/marketplaces").bearer(viewer.accessToken()))
                .get("marketplaces");

        assertThat(names(marketplaces)).isEqualTo(rules.marketplaces().stream().sorted().toList());
        JsonNode letzshop = byName(marketplaces, "letzshop");
        assertThat(letzshop.get("displayName").asString()).isEqualTo("Letzshop");
        assertThat(strings(letzshop.get("formats"))).containsExactly("csv", "tsv");
        assertThat(strings(letzshop.get("languages"))).containsExactly("de", "en", "fr");
        assertThat(letzshop.get("languageGivenByVendor").asBoolean()).isFalse();
        assertThat(strings(letzshop.get("fields"))).contains("id", "title", "price").isSorted();
        for (JsonNode marketplace : marketplaces) {
            assertThat(strings(marketplace.get("languages"))).as(marketplace.toString())
                    .containsExactlyInAnyOrderElementsOf(rules.languages(marketplace.get("name").asString()));
            if (marketplace.get("languageGivenByVendor").asBoolean()) {
                assertThat(strings(marketplace.get("languages"))).containsExactly("de", "en", "fr");
            }
        }
    }

    @Test
    void adminsSeeTheSameList_eachCallerOnItsOwnPathOnly() {
        VendorAccount vendor = fixtures.vendor();
        String admin = fixtures.sharedAdmin().accessToken();

        JsonNode forAdmins = ok(http.get("/api/v1/admin/marketplaces").bearer(admin));
        JsonNode forTeams = ok(http.get("/api/v1/vendor/marketplaces").bearer(vendor.owner().accessToken()));

        assertThat(forAdmins).isEqualTo(forTeams);
        assertProblem(http.get("/api/v1/admin/marketplaces").bearer(vendor.owner().accessToken()).send(), 403,
                "ACCESS_DENIED");
        assertProblem(http.get("/api/v1/vendor/marketplaces").bearer(admin).send(), 403, "ACCESS_DENIED");
        assertProblem(http.get("/api/v1/vendor/marketplaces").send(), 401, "UNAUTHENTICATED");
        assertProblem(http.get("/api/v1/admin/marketplaces").send(), 401, "UNAUTHENTICATED");
    }

    private static JsonNode ok(Http.Request request) {
        Http.Response response = request.send();
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private static JsonNode byName(JsonNode marketplaces, String name) {
        for (JsonNode marketplace : marketplaces) {
            if (marketplace.get("name").asString().equals(name)) {
                return marketplace;
            }
        }
        throw new AssertionError("no marketplace " + name + " in " + marketplaces);
    }

    private static List<String> names(JsonNode marketplaces) {
        List<String> names = new ArrayList<>();
        marketplaces.forEach(m -> names.add(m.get("name").asString()));
        return names;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asString()));
        return values;
    }
}
