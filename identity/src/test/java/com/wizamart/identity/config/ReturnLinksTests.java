package com.wizamart.identity.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.wizamart.identity.config.IdentityProperties.ReturnLinks;

class ReturnLinksTests {

    @Test
    void autoReturnsLinksOnlyWhileNoMailServerIsConfigured() {
        assertThat(ReturnLinks.AUTO.returned(false)).isTrue();
        assertThat(ReturnLinks.AUTO.returned(true)).isFalse();
    }

    @Test
    void alwaysAndNeverIgnoreTheMailServer() {
        assertThat(ReturnLinks.ALWAYS.returned(true)).isTrue();
        assertThat(ReturnLinks.ALWAYS.returned(false)).isTrue();
        assertThat(ReturnLinks.NEVER.returned(true)).isFalse();
        assertThat(ReturnLinks.NEVER.returned(false)).isFalse();
    }
}
