package com.wizamart.platform.security;

import static com.wizamart.support.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import com.wizamart.support.Fixtures;
import com.wizamart.support.Http;

/**
 * Under the {@code production} profile metrics, the OpenAPI document and Swagger UI answer platform admins only,
 * while health and the token keys stay public (the one test class with a context of its own: the profile is the
 * point).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "production"})
@Import({Fixtures.class, com.wizamart.support.AccountMails.class})
class ProductionProfileIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    Http http;

    @BeforeEach
    void connect() {
        fixtures.on(port);
        http = fixtures.http();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/actuator/prometheus", "/actuator/info", "/v3/api-docs", "/v3/api-docs/swagger-config",
            "/swagger-ui.html", "/swagger-ui/index.html"})
    void operationsEndpointsRefuseRequestsWithoutAToken(String path) {
        assertProblem(http.get(path).send(), 401, "UNAUTHENTICATED");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/actuator/prometheus", "/v3/api-docs", "/swagger-ui/index.html"})
    void operationsEndpointsRefuseVendorAndCustomerTokens(String path) {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        assertProblem(http.get(path).bearer(vendor.owner().accessToken()).send(), 403, "ACCESS_DENIED");
        assertProblem(http.get(path).bearer(fixtures.customer(vendor).accessToken()).send(), 403, "ACCESS_DENIED");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/actuator/prometheus", "/v3/api-docs", "/swagger-ui/index.html"})
    void operationsEndpointsAnswerAnAdmin(String path) {
        Http.Response response = http.get(path).bearer(fixtures.sharedAdmin().accessToken()).send();
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness",
            "/.well-known/jwks.json"})
    void healthAndTheTokenKeysStayPublic(String path) {
        Http.Response response = http.get(path).send();
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
    }
}
