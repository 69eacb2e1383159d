package com.wizamart.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import com.wizamart.support.ApiTest;
import com.wizamart.support.Http;

@TestPropertySource(properties = "wizamart.web.cors-allowed-origins=https://shop.example")
class CorsIntegrationTests extends ApiTest {

    @Test
    void answersPreflightsFromAnAllowedOriginAndRefusesOthers() {
        Http.Response allowed = http.method("OPTIONS", "/api/v1/admin/auth/login")
                .header("Origin", "https://shop.example").header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type").send();
        assertThat(allowed.status()).isEqualTo(200);
        assertThat(allowed.header("Access-Control-Allow-Origin")).isEqualTo("https://shop.example");
        assertThat(allowed.header("Access-Control-Allow-Credentials")).isNull();

        Http.Response refused = http.method("OPTIONS", "/api/v1/admin/auth/login")
                .header("Origin", "https://evil.example").header("Access-Control-Request-Method", "POST").send();
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.header("Access-Control-Allow-Origin")).isNull();
    }
}
