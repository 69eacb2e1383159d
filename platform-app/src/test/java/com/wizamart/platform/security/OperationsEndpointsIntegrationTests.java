package com.wizamart.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.wizamart.support.ApiTest;
import com.wizamart.support.Http;

/**
 * Outside the {@code production} profile (local development, tests) metrics, the OpenAPI document and Swagger UI
 * need no token; {@link ProductionProfileIntegrationTests} shows them closed under that profile.
 */
class OperationsEndpointsIntegrationTests extends ApiTest {

    @ParameterizedTest
    @ValueSource(strings = {"/actuator/prometheus", "/actuator/health", "/v3/api-docs", "/swagger-ui/index.html",
            "/.well-known/jwks.json"})
    void operationsEndpointsAreOpenOutsideProduction(String path) {
        Http.Response response = http.get(path).send();
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"access-tokens", "vendor-routing"})
    void theInProcessCachesReportTheirStatistics(String cache) {
        var vendor = fixtures.vendor();
        http.get("/api/v1/vendor/team/members").bearer(vendor.owner().accessToken()).send();
        http.get("/api/v1/vendor/team/members").bearer(vendor.owner().accessToken()).send();

        String metrics = http.get("/actuator/prometheus").send().body();

        for (String line : List.of("cache_gets_total{cache=\"%s\",result=\"hit\"}",
                "cache_gets_total{cache=\"%s\",result=\"miss\"}", "cache_size{cache=\"%s\"}",
                "cache_evictions_total{cache=\"%s\"}")) {
            assertThat(metrics).contains(line.formatted(cache));
        }
        assertThat(metrics).containsPattern("cache_gets_total\\{cache=\"" + cache + "\",result=\"hit\"} [1-9]");
    }
}
