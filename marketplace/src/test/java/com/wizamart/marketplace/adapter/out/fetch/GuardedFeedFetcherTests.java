package com.wizamart.marketplace.adapter.out.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import com.wizamart.marketplace.MarketplaceProperties;
import com.wizamart.marketplace.application.port.out.FeedFetcher.FetchException;

class GuardedFeedFetcherTests {

    private final GuardedFeedFetcher fetcher = new GuardedFeedFetcher(new MarketplaceProperties(
            java.nio.file.Path.of("target/feeds"), org.springframework.util.unit.DataSize.ofMegabytes(1), 100, 10,
            new MarketplaceProperties.Fetch(java.time.Duration.ofSeconds(1), java.time.Duration.ofSeconds(1), 2,
                    List.of()), new MarketplaceProperties.Uploads(org.springframework.util.unit.DataSize.ofMegabytes(4),
                    java.time.Duration.ofSeconds(1))));

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.255.0.1", "10.1.2.3", "172.16.0.1", "172.31.255.255", "192.168.1.1",
            "169.254.169.254", "169.254.0.1", "100.64.0.1", "100.127.255.254", "0.0.0.0", "224.0.0.1",
            "255.255.255.255", "::1", "::", "fe80::1", "fc00::1", "fd12:3456::1", "::ffff:127.0.0.1",
            "::ffff:169.254.169.254", "::ffff:10.0.0.1", "64:ff9b::a9fe:a9fe", "ff02::1"})
    void refusesAddressesInsideOurNetwork(String address) throws Exception {
        assertThat(GuardedFeedFetcher.isInternal(InetAddress.getByName(address))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.216.34", "8.8.8.8", "100.128.0.1", "172.32.0.1", "2a00:1450:4001:80b::200e",
            "::ffff:8.8.8.8"})
    void letsPublicAddressesThrough(String address) throws Exception {
        assertThat(GuardedFeedFetcher.isInternal(InetAddress.getByName(address))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://example.com/feed.tsv", "file:///etc/passwd", "gopher://example.com/",
            "jar:http://example.com/a.jar!/", "http:///nohost"})
    void refusesOtherSchemesAndHostlessUrls(String url) {
        assertThatThrownBy(() -> fetcher.check(url)).isInstanceOf(FetchException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1/feed.tsv", "http://localhost:8080/feed.tsv", "http://[::1]/feed",
            "http://169.254.169.254/latest/meta-data/", "http://10.0.0.1/", "http://[::ffff:127.0.0.1]/",
            "http://2130706433/", "http://0x7f000001/", "http://user:pw@example.com/"})
    void refusesUrlsThatPointInsideOrCarryCredentials(String url) {
        assertThatThrownBy(() -> fetcher.check(url)).isInstanceOf(FetchException.class);
    }

    @Test
    void refusesAFetchOfALoopbackUrlBeforeConnecting() {
        assertThatThrownBy(() -> fetcher.fetch("http://127.0.0.1:9/feed.tsv"))
                .isInstanceOf(FetchException.class).hasMessageContaining("not allowed");
    }
}
