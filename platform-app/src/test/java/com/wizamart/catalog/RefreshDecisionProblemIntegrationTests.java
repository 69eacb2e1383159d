package com.wizamart.catalog;

import static com.wizamart.catalog.CatalogFeeds.feed;
import static com.wizamart.catalog.CatalogFeeds.refreshOf;
import static com.wizamart.support.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.wizamart.support.ApiTest;
import com.wizamart.support.Fixtures;
import com.wizamart.support.Http;
import com.wizamart.support.Imports;

import tools.jackson.databind.JsonNode;

/**
 * Deciding a refresh that is not held is refused with a problem whose RFC 9457 members are intact: {@code status} is
 * the HTTP status, and the refresh's own status comes as {@code currentStatus}.
 */
class RefreshDecisionProblemIntegrationTests extends ApiTest {

    @Test
    void decidingARefreshThatIsNotHeldAnswers409WithTheRefreshStatusAsCurrentStatus() {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        String token = vendor.owner().accessToken();
        JsonNode job = new Imports(http, token).uploadAndWait("en", feed("NH", 2, CatalogFeeds::row));
        JsonNode refresh = refreshOf(http, token, job);
        assertThat(refresh.get("status").asString()).isEqualTo("APPLIED");

        for (String decision : List.of("approve", "reject")) {
            Http.Response refused = http.post("/api/v1/vendor/catalog/refreshes/" + refresh.get("id").asString()
                    + "/" + decision).bearer(token).send();
            JsonNode problem = assertProblem(refused, 409, "CATALOG_REFRESH_NOT_HELD");
            assertThat(problem.get("status").isIntegralNumber()).as(refused.toString()).isTrue();
            assertThat(problem.get("currentStatus").asString()).as(refused.toString()).isEqualTo("APPLIED");
        }
    }
}
