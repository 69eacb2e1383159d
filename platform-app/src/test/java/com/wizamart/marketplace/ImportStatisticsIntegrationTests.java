package com.wizamart.marketplace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.wizamart.marketplace.ImportStatistics.DailyImports;
import com.wizamart.marketplace.ImportStatistics.LatestImport;
import com.wizamart.support.ApiTest;
import com.wizamart.support.Feeds;
import com.wizamart.support.Fixtures;
import com.wizamart.support.Imports;

class ImportStatisticsIntegrationTests extends ApiTest {

    @Autowired
    ImportStatistics statistics;

    @Test
    void countsImportsPerDayAndKeepsEachVendorsLatestImportToItself() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        List<DailyImports> before = statistics.daily(today, today);
        Fixtures.VendorAccount a = fixtures.vendor();
        Fixtures.VendorAccount b = fixtures.vendor();
        Imports importsOfA = new Imports(http, a.owner().accessToken());
        String twoBadRows = Feeds.line(Map.of("id", "S-90", "title", "Bad", "price", "free"))
                + "\n" + Feeds.line(Map.of("id", "S-91", "title", "Bad", "price", "9.99.99 EUR"))
                + "\n";
        importsOfA.uploadAndWait("en", Feeds.text(new String(Feeds.generated("S", 10, 0), StandardCharsets.UTF_8)
                + twoBadRows));
        importsOfA.uploadAndWait("fr", Feeds.generated("S", 10, 0));
        new Imports(http, b.owner().accessToken())
                .uploadAndWait("en", "not a feed at all\n".getBytes(StandardCharsets.UTF_8));

        DailyImports todayOfA = statistics.daily(a.id(), today, today).getFirst();
        assertThat(todayOfA.total()).isEqualTo(2);
        assertThat(todayOfA.completed()).isEqualTo(2);
        assertThat(todayOfA.failed()).isZero();
        assertThat(todayOfA.rowsFailed()).isEqualTo(2);
        assertThat(statistics.daily(b.id(), today, today).getFirst().failed()).isEqualTo(1);
        assertThat(statistics.daily(a.id(), today.minusDays(3), today.minusDays(1))).isEmpty();

        // across vendors, today grows by at least these three (other tests may import meanwhile)
        DailyImports all = statistics.daily(today, today).getFirst();
        long earlier = before.isEmpty() ? 0 : before.getFirst().total();
        assertThat(all.total()).isGreaterThanOrEqualTo(earlier + 3);
        assertThat(all.failed()).isGreaterThanOrEqualTo(1);

        List<LatestImport> latestOfA = statistics.latestPerMarketplace(a.id());
        assertThat(latestOfA).extracting(LatestImport::language).containsExactly("fr", "en");
        assertThat(latestOfA.getFirst().status()).isEqualTo("COMPLETED");
        assertThat(latestOfA.get(1).failed()).isEqualTo(2);
        assertThat(statistics.latestPerMarketplace(b.id())).singleElement()
                .extracting(LatestImport::status).isEqualTo("FAILED");
    }

    @Test
    void refusesUnboundedRanges() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        assertThatThrownBy(() -> statistics.daily(today, today.minusDays(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> statistics.daily(today.minusDays(400), today))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
