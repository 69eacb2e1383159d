package com.wizamart.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The web apps' Content-Security-Policy lets product images come from the media CDN, and from nowhere else. */
class WebAppCspTests {

    @Test
    void withoutACdnImagesComeFromThePlatformOnly() {
        assertThat(SecurityConfiguration.webAppCsp("")).isEqualTo(SecurityConfiguration.WEB_APP_CSP)
                .contains("img-src 'self' data:;");
    }

    @Test
    void aCdnAddsItsOriginToImagesOnly() {
        String policy = SecurityConfiguration.webAppCsp("https://cdn.example.com:8443/shop-media");
        assertThat(policy).contains("img-src 'self' data: https://cdn.example.com:8443;")
                .contains("script-src 'self';").contains("connect-src 'self';");
    }

    @Test
    void aCdnAddressThatIsNoAbsoluteUrlStopsTheStart() {
        assertThatThrownBy(() -> SecurityConfiguration.webAppCsp("cdn.example.com"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
