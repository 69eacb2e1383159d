package com.wizamart.identity.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import com.wizamart.identity.config.IdentityProperties;
import com.wizamart.identity.config.IdentityProperties.ReturnLinks;

class LinkDisclosureTests {

    @Test
    void automaticallyLinksAreReturnedUntilAMailServerIsConfigured() {
        assertThat(disclosure(ReturnLinks.AUTO, null).disclosed("link")).isEqualTo("link");
        assertThat(disclosure(ReturnLinks.AUTO, "").linksReturned()).isTrue();
        assertThat(disclosure(ReturnLinks.AUTO, "smtp.example").disclosed("link")).isNull();
    }

    @Test
    void anExplicitSettingWinsOverTheMailServer() {
        assertThat(disclosure(ReturnLinks.ALWAYS, "smtp.example").linksReturned()).isTrue();
        assertThat(disclosure(ReturnLinks.NEVER, null).linksReturned()).isFalse();
    }

    private static LinkDisclosure disclosure(ReturnLinks mode, String mailHost) {
        MockEnvironment environment = new MockEnvironment();
        if (mailHost != null) {
            environment.setProperty("spring.mail.host", mailHost);
        }
        return new LinkDisclosure(new IdentityProperties("http://localhost:8080", null, null, Duration.ofHours(72),
                Duration.ofDays(7), Duration.ofHours(1), Duration.ofHours(48), null, mode), environment);
    }
}
