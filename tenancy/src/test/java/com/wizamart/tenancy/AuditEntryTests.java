package com.wizamart.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

class AuditEntryTests {

    @Test
    void aUrlKeepsItsSchemeHostAndPathButNotItsQueryOrUserInfo() {
        assertThat(AuditEntry.withoutCredentials("https://user:pw@feeds.test:8443/a/b.csv?key=s3cr3t#x"))
                .isEqualTo("https://feeds.test:8443/a/b.csv?…");
        assertThat(AuditEntry.withoutCredentials("https://feeds.test/plain.csv")).isEqualTo("https://feeds.test/plain.csv");
        assertThat(AuditEntry.withoutCredentials("not a url at all")).isEqualTo("(not a URL)");
        assertThat(AuditEntry.withoutCredentials((String) null)).isNull();
        assertThat(AuditEntry.withoutCredentials(Map.of("fr", "http://x.test/f?t=1"))).containsEntry("fr", "http://x.test/f?…");
    }

    @Test
    void anEntryNeedsAnActorAndAnAction() {
        assertThatThrownBy(() -> new AuditEntry(null, "X", null, null, null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AuditEntry(Actor.system(), " ", null, null, null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new AuditEntry(Actor.system(), "X", null, null, null, null, null, null).before()).isEmpty();
    }
}
