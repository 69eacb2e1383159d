package com.wizamart.media.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.util.unit.DataSize;

class MediaFetchPropertiesTests {

    @Test
    void defaultsRefuseEveryInternalAddressAndBoundTheDownload() {
        MediaFetchProperties defaults = bind(Map.of());

        assertThat(defaults).isEqualTo(new MediaFetchProperties(Duration.ofSeconds(5), Duration.ofSeconds(10),
                Duration.ofSeconds(30), DataSize.ofMegabytes(20), 3, List.of(), List.of()));
    }

    @Test
    void bindsTheKeysAnOperatorSets() {
        MediaFetchProperties set = bind(Map.of("wizamart.media.fetch.deadline", "1m",
                "wizamart.media.fetch.max-size", "5MB", "wizamart.media.fetch.allowed-hosts", "localhost,127.0.0.1"));

        assertThat(set.deadline()).isEqualTo(Duration.ofMinutes(1));
        assertThat(set.maxSize()).isEqualTo(DataSize.ofMegabytes(5));
        assertThat(set.allowedHosts()).containsExactly("localhost", "127.0.0.1");
    }

    @Test
    void refusesTheRangesAnOperatorAddsAndFailsTheStartOnOneThatIsNoRange() throws Exception {
        MediaFetchProperties set = bind(Map.of("wizamart.media.fetch.refused-ranges", "64:ff9b:abcd::/96,8.8.8.0/24"));

        assertThat(set.refusedRanges()).containsExactly("64:ff9b:abcd::/96", "8.8.8.0/24");
        assertThat(set.addressPolicy().refuses(java.net.InetAddress.getByName("64:ff9b:abcd::808:808"))).isTrue();
        assertThat(set.addressPolicy().refuses(java.net.InetAddress.getByName("8.8.4.4"))).isFalse();
        assertThatThrownBy(() -> bind(Map.of("wizamart.media.fetch.refused-ranges", "8.8.8.8")))
                .isInstanceOf(BindException.class).rootCause().hasMessageContaining("Not an address range");
    }

    @Test
    void refusesLimitsThatCannotWork() {
        assertThatThrownBy(() -> bind(Map.of("wizamart.media.fetch.deadline", "0s")))
                .isInstanceOf(BindException.class).rootCause().hasMessageContaining("must be positive");
        assertThatThrownBy(() -> bind(Map.of("wizamart.media.fetch.max-size", "0B")))
                .isInstanceOf(BindException.class).rootCause().hasMessageContaining("max-size");
        assertThatThrownBy(() -> bind(Map.of("wizamart.media.fetch.max-redirects", "-1")))
                .isInstanceOf(BindException.class).rootCause().hasMessageContaining("max-redirects");
    }

    private static MediaFetchProperties bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("wizamart.media.fetch", MediaFetchProperties.class);
    }
}
