package com.wizamart.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

/** {@link BearerTokenHeader} reads {@code Authorization} headers as Spring Security's default resolver does. */
class BearerTokenHeaderTests {

    @ParameterizedTest
    @ValueSource(strings = {"Bearer eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln-_~+/", "bearer abc", "BEARER abc==",
        "Bearer abc=", "Bearer a=b", "Bearer ==", "Bearer", "Bearer ", "Bearer  abc", "Bearerabc", "Bearer abc ",
        "Bearer ab,c", "Bearer ab c", "Bearer abc\n", "Bearer é", "Bearer a:b", "Bearer \tabc", "Basic dXNlcjpwdw==",
        "Token abc", "", "bear", "Bearer 0123456789.-_~+/ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
        "Bearer *", "Bearer a%62", "Bearer a;b", "bEaReR x"})
    void answersAsTheDefaultResolver(String authorization) {
        assertThat(outcome(new BearerTokenHeader(), authorization))
                .isEqualTo(outcome(new DefaultBearerTokenResolver(), authorization));
    }

    @Test
    void noHeaderIsNoToken() {
        assertThat(new BearerTokenHeader().resolve(new MockHttpServletRequest())).isNull();
    }

    private static String outcome(BearerTokenResolver resolver, String authorization) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/vendor/products");
        request.addHeader("Authorization", authorization);
        try {
            return "token " + resolver.resolve(request);
        }
        catch (OAuth2AuthenticationException e) {
            return "refused " + e.getError().getErrorCode() + " " + e.getError().getDescription() + " "
                    + Arrays.toString(new Object[] {e.getError().getUri()});
        }
    }
}
