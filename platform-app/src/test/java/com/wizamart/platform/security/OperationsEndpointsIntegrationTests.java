package com.wizamart.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

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
}
