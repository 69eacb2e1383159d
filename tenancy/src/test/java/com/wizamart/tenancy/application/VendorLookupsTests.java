package com.wizamart.tenancy.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import com.wizamart.tenancy.domain.BusinessContact;
import com.wizamart.tenancy.domain.Subdomain;
import com.wizamart.tenancy.domain.Vendor;
import com.wizamart.tenancy.domain.VendorCode;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

class VendorLookupsTests {

    private static final Duration TTL = Duration.ofSeconds(2);

    private long nanos;
    private final List<String> loads = new ArrayList<>();
    private final Vendor acme = Vendor.open(VendorCode.of("acme"), "Acme", Subdomain.of("acme"),
            BusinessContact.empty());

    @Test
    void asksTheDatabaseOnce_withinTheTimeToLive() {
        var lookups = lookups(100);

        for (int i = 0; i < 5; i++) {
            assertThat(lookups.get("code:acme", load("code:acme", acme))).contains(acme);
            nanos += TTL.toNanos() / 10;
        }

        assertThat(loads).containsExactly("code:acme");
    }

    @Test
    void asksAgain_onceTheTimeToLiveHasPassedSinceItsLoad() {
        var lookups = lookups(100);
        lookups.get("code:acme", load("code:acme", acme));

        nanos += TTL.toNanos() - 1;
        lookups.get("code:acme", load("code:acme", acme));
        assertThat(loads).containsExactly("code:acme");

        nanos += 1;
        assertThat(lookups.get("code:acme", load("code:acme", null))).isEmpty();
        assertThat(loads).containsExactly("code:acme", "code:acme");
    }

    @Test
    void remembersAnAbsentVendor_forAsLong() {
        var lookups = lookups(100);

        lookups.get("domain:nobody.example", load("domain:nobody.example", null));
        lookups.get("domain:nobody.example", load("domain:nobody.example", null));
        nanos += TTL.toNanos();
        lookups.get("domain:nobody.example", load("domain:nobody.example", null));

        assertThat(loads).containsExactly("domain:nobody.example", "domain:nobody.example");
    }

    @Test
    void staysWithinItsBound_whenRandomHostsAreProbed_keepingTheVendorInUse() {
        var lookups = lookups(100);

        for (int i = 0; i < 10_000; i++) {
            lookups.get("subdomain:acme", load("subdomain:acme", acme));
            lookups.get("domain:probe-" + i + ".example", load("domain:probe-" + i + ".example", null));
            assertThat(lookups.size()).isLessThanOrEqualTo(100);
        }

        assertThat(lookups.size()).isEqualTo(100);
        assertThat(loads).filteredOn("subdomain:acme"::equals).hasSize(1);
    }

    @Test
    void forgetsEverything_whenAVendorChangesHere() {
        var lookups = lookups(100);
        lookups.get("code:acme", load("code:acme", acme));

        lookups.forgetAll();
        lookups.get("code:acme", load("code:acme", acme));

        assertThat(loads).containsExactly("code:acme", "code:acme");
    }

    @Test
    void asksTheDatabaseEveryTime_withTimeToLiveZero() {
        var lookups = new VendorLookups(Duration.ZERO, 100, () -> nanos);

        lookups.get("code:acme", load("code:acme", acme));
        lookups.get("code:acme", load("code:acme", acme));

        assertThat(loads).containsExactly("code:acme", "code:acme");
    }

    @Test
    void reportsItsHitsAndMissesAsCacheMetrics() {
        var lookups = lookups(100);
        var registry = new SimpleMeterRegistry();
        lookups.bindTo(registry);

        lookups.get("code:acme", load("code:acme", acme));
        lookups.get("code:acme", load("code:acme", acme));

        assertThat(registry.get("cache.gets").tag("cache", VendorLookups.CACHE_NAME).tag("result", "hit")
                .functionCounter().count()).isEqualTo(1);
        assertThat(registry.get("cache.gets").tag("cache", VendorLookups.CACHE_NAME).tag("result", "miss")
                .functionCounter().count()).isEqualTo(1);
    }

    private VendorLookups lookups(long maxEntries) {
        return new VendorLookups(TTL, maxEntries, () -> nanos);
    }

    private Supplier<Optional<Vendor>> load(String key, Vendor found) {
        return () -> {
            loads.add(key);
            return Optional.ofNullable(found);
        };
    }
}
