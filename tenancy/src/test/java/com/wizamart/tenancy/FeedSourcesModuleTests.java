package com.wizamart.tenancy;

import static com.wizamart.tenancy.VendorAdministrationModuleTests.label;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;

import com.wizamart.sharedkernel.FieldViolation;
import com.wizamart.sharedkernel.ValidationException;
import com.wizamart.tenancy.application.AuditViews;
import com.wizamart.tenancy.application.VendorAdministration;
import com.wizamart.tenancy.domain.VendorNotFoundException;
import com.wizamart.tenancy.application.VendorAdministration.EditVendor;
import com.wizamart.tenancy.application.port.in.AuditQuery;
import com.wizamart.tenancy.application.port.in.AuditRecord;
import com.wizamart.tenancy.application.port.in.VendorQuery;

/**
 * A vendor's feed sources with tenancy alone against a real PostgreSQL, with two marketplaces "installed" by a
 * {@link FeedSourceRules} of the test's own (as the marketplace module installs its adapters in the deployable): kept
 * per vendor under Row-Level Security, checked the same way however they are set, audited without credentials.
 */
@ApplicationModuleTest
class FeedSourcesModuleTests {

    private static final Actor ADMIN = new Actor(UUID.randomUUID(), "admin@wizamart.test");

    @TestConfiguration(proxyBeanMethods = false)
    static class TwoMarketplaces {

        @Bean
        FeedSourceRules feedSourceRules() {
            Map<String, Set<String>> installed = Map.of("north-market", Set.of("en", "fr", "de"),
                    "south-market", Set.of("en"));
            return new FeedSourceRules() {
                @Override
                public Set<String> marketplaces() {
                    return installed.keySet();
                }

                @Override
                public Set<String> languages(String marketplace) {
                    return installed.getOrDefault(marketplace, Set.of());
                }
            };
        }
    }

    @Autowired
    VendorAdministration administration;

    @Autowired
    AuditViews audit;

    @Autowired
    VendorScope scope;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aVendorOpensWithItsFeedSources_shownByMarketplaceAndLanguage() {
        String label = label();

        VendorSummary vendor = administration.register(command(label, List.of(
                new FeedSource("south-market", "en", " https://feeds.test/" + label + "/s.csv "),
                new FeedSource("North-Market", "FR", "https://feeds.test/" + label + "/n-fr.csv"))), ADMIN);

        List<FeedSource> expected = List.of(
                new FeedSource("north-market", "fr", "https://feeds.test/" + label + "/n-fr.csv"),
                new FeedSource("south-market", "en", "https://feeds.test/" + label + "/s.csv"));
        assertThat(administration.detailsWithFeedSources(vendor.id()).feedSources()).isEqualTo(expected);
        assertThat(administration.feedSources(vendor.id())).isEqualTo(expected);
        assertThat(administration.search(new VendorQuery(label, null, null), PageRequest.of(0, 5)))
                .singleElement().satisfies(d -> assertThat(d.feedSources()).isEqualTo(expected));
    }

    @Test
    void replacingTheFeedSourcesReplacesThemAll_andTheAuditTrailKeepsTheUrlsWithoutCredentials() {
        VendorSummary vendor = register(List.of(new FeedSource("north-market", "en", "https://feeds.test/n-en.csv")));

        List<FeedSource> now = administration.replaceFeedSources(vendor.id(), List.of(
                new FeedSource("north-market", "de", "https://feeds.test/n-de.csv?apikey=s3cr3t"),
                new FeedSource("south-market", "en", "https://feeds.test/s.csv?user=user&password=pa55")), ADMIN);

        assertThat(now).extracting(FeedSource::marketplace, FeedSource::language)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("north-market", "de"),
                        org.assertj.core.groups.Tuple.tuple("south-market", "en"));
        assertThat(administration.feedSources(vendor.id())).isEqualTo(now);
        AuditRecord entry = entries(vendor.id(), "feed_sources").getFirst();
        assertThat(entry.action()).isEqualTo("FEED_SOURCES_CHANGED");
        assertThat(entry.before().get("feedSources")).asString().contains("https://feeds.test/n-en.csv");
        assertThat(entry.after().get("feedSources")).asString()
                .contains("https://feeds.test/n-de.csv?…", "https://feeds.test/s.csv")
                .doesNotContain("s3cr3t", "pa55", "user");

        assertThat(administration.replaceFeedSources(vendor.id(), List.of(), ADMIN)).isEmpty();
        assertThat(administration.feedSources(vendor.id())).isEmpty();
    }

    @Test
    void aRefusedChangeNamesEachBadField_andChangesNothing() {
        FeedSource kept = new FeedSource("north-market", "en", "https://feeds.test/kept.csv");
        VendorSummary vendor = register(List.of(kept));
        List<FeedSource> bad = new ArrayList<>(List.of(
                new FeedSource("west-market", "en", "https://feeds.test/w.csv"),
                new FeedSource("south-market", "de", "https://feeds.test/s-de.csv"),
                new FeedSource("north-market", "fr", "ftp://feeds.test/n-fr.csv"),
                new FeedSource("north-market", "de", "https://feeds.test/n-de.csv"),
                new FeedSource("north-market", "DE", "https://feeds.test/n-de-again.csv")));

        assertThatThrownBy(() -> administration.replaceFeedSources(vendor.id(), bad, ADMIN))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactly("feedSources[0].marketplace",
                                "feedSources[1].language", "feedSources[2].url", "feedSources[4]"));
        assertThatThrownBy(() -> administration.edit(vendor.id(), new EditVendor("Renamed", null, null, bad, null,
                null), ADMIN)).isInstanceOf(ValidationException.class);

        VendorDetails details = administration.detailsWithFeedSources(vendor.id());
        assertThat(details.feedSources()).containsExactly(kept);
        assertThat(details.name()).isEqualTo("Feed Shop");
        assertThat(entries(vendor.id(), "feed_sources")).isEmpty();
    }

    @Test
    void anEditLeavesTheFeedSourcesAlone_unlessItGivesThem() {
        FeedSource kept = new FeedSource("south-market", "en", "https://feeds.test/kept.csv?token=t0k3n");
        VendorSummary vendor = register(List.of(kept));

        administration.edit(vendor.id(), new EditVendor("Renamed", null, null, null, null, null), ADMIN);
        assertThat(administration.detailsWithFeedSources(vendor.id()).feedSources()).containsExactly(kept);

        FeedSource other = new FeedSource("north-market", "fr", "https://feeds.test/other.csv");
        VendorDetails edited = administration.edit(vendor.id(), new EditVendor(null, null, null, List.of(other), null,
                null), ADMIN);
        assertThat(edited.feedSources()).containsExactly(other);
        assertThat(administration.detailsWithFeedSources(vendor.id()).feedSources()).containsExactly(other);
        AuditRecord update = entries(vendor.id(), "vendor").stream()
                .filter(e -> e.action().equals("VENDOR_UPDATED") && e.after().toString().contains("other.csv"))
                .findFirst().orElseThrow();
        assertThat(update.before().toString()).contains("https://feeds.test/kept.csv?…").doesNotContain("t0k3n");
    }

    /** The rows are the vendor's own: another vendor bound to the transaction sees and changes none of them. */
    @Test
    void anotherVendorNeitherSeesNorChangesAVendorsFeedSources() {
        VendorSummary a = register(List.of(new FeedSource("north-market", "en", "https://feeds.test/a.csv?k=1")));
        VendorSummary b = register(List.of());

        Long seen = scope.callAs(b.id(), () -> jdbc.sql(
                "select count(*) from tenancy_vendor_feed_sources where vendor_id = :a").param("a", a.id())
                .query(Long.class).single());
        Integer deleted = scope.callAs(b.id(), () -> jdbc.sql(
                "delete from tenancy_vendor_feed_sources where vendor_id = :a").param("a", a.id()).update());
        Long unbound = jdbc.sql("select count(*) from tenancy_vendor_feed_sources").query(Long.class).single();

        assertThat(seen).isZero();
        assertThat(deleted).isZero();
        assertThat(unbound).isZero();
        assertThatThrownBy(() -> scope.runAs(b.id(), () -> jdbc.sql("""
                insert into tenancy_vendor_feed_sources (vendor_id, marketplace, language, url)
                values (:a, 'north-market', 'fr', 'https://evil.test/')""").param("a", a.id()).update()))
                .rootCause().hasMessageContaining("violates row-level security policy");
        assertThat(administration.feedSources(a.id())).extracting(FeedSource::url)
                .containsExactly("https://feeds.test/a.csv?k=1");
    }

    /** The same sources sent again (in another order, case or padding) change nothing, and nothing is audited. */
    @Test
    void replacingTheFeedSourcesWithTheSameOnesRecordsNoChange() {
        VendorSummary vendor = register(List.of(new FeedSource("north-market", "en", "https://feeds.test/n.csv"),
                new FeedSource("south-market", "en", "https://feeds.test/s.csv")));

        administration.replaceFeedSources(vendor.id(), List.of(
                new FeedSource("South-Market", "EN", " https://feeds.test/s.csv "),
                new FeedSource("north-market", "en", "https://feeds.test/n.csv")), ADMIN);
        assertThat(entries(vendor.id(), "feed_sources")).isEmpty();

        administration.replaceFeedSources(vendor.id(), List.of(
                new FeedSource("north-market", "en", "https://feeds.test/n.csv")), ADMIN);
        assertThat(entries(vendor.id(), "feed_sources")).singleElement()
                .satisfies(e -> assertThat(e.action()).isEqualTo("FEED_SOURCES_CHANGED"));
    }

    /** A caller bound to a vendor that names another vendor's id is told there is none, and changes nothing. */
    @Test
    void aCallerBoundToAVendorNeitherReadsNorReplacesAnotherVendorsFeedSources() {
        VendorSummary a = register(List.of());
        VendorSummary b = register(List.of(new FeedSource("north-market", "en", "https://feeds.test/b.csv?k=1")));

        assertThatThrownBy(() -> scope.callAs(a.id(), () -> administration.feedSources(b.id())))
                .isInstanceOf(VendorNotFoundException.class);
        assertThatThrownBy(() -> scope.callAs(a.id(), () -> administration.replaceFeedSources(b.id(), List.of(
                new FeedSource("north-market", "en", "https://evil.test/b.csv")), ADMIN)))
                .isInstanceOf(VendorNotFoundException.class);

        assertThat(scope.callAs(b.id(), () -> administration.feedSources(b.id()))).extracting(FeedSource::url)
                .containsExactly("https://feeds.test/b.csv?k=1");
        assertThat(entries(b.id(), "feed_sources")).isEmpty();
    }

    /** The details other modules read (an order's VAT, a dashboard) leave the feed sources' URLs out. */
    @Test
    void aVendorsDetailsLeaveItsFeedSourcesOut_theAdminViewShowsThem() {
        VendorSummary vendor = register(List.of(new FeedSource("north-market", "en", "https://feeds.test/v.csv?k=1")));

        assertThat(administration.details(vendor.id()).feedSources()).isNull();
        assertThat(administration.detailsWithFeedSources(vendor.id()).feedSources()).extracting(FeedSource::url)
                .containsExactly("https://feeds.test/v.csv?k=1");
    }

    /** A marketplace that is no longer installed: its feed source may stay or go, but not be added or changed. */
    @Test
    void aFeedSourceOfAMarketplaceNoLongerInstalledMayBeKept_notAdded() {
        VendorSummary vendor = register(List.of());
        FeedSource retired = new FeedSource("retired-market", "en", "https://feeds.test/retired.csv");
        scope.runAs(vendor.id(), () -> jdbc.sql("""
                insert into tenancy_vendor_feed_sources (vendor_id, marketplace, language, url)
                values (:v, 'retired-market', 'en', 'https://feeds.test/retired.csv')""").param("v", vendor.id())
                .update());
        FeedSource added = new FeedSource("south-market", "en", "https://feeds.test/s.csv");

        assertThat(administration.replaceFeedSources(vendor.id(), List.of(retired, added), ADMIN))
                .containsExactly(retired, added);
        assertThatThrownBy(() -> administration.replaceFeedSources(vendor.id(), List.of(added,
                new FeedSource("retired-market", "fr", "https://feeds.test/retired.csv")), ADMIN))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactly("feedSources[1].marketplace"));
        assertThat(administration.replaceFeedSources(vendor.id(), List.of(added), ADMIN)).containsExactly(added);
    }

    private VendorSummary register(List<FeedSource> feedSources) {
        return administration.register(command(label(), feedSources), ADMIN);
    }

    private static RegisterVendor command(String label, List<FeedSource> feedSources) {
        return new RegisterVendor(null, "Feed Shop", label, BusinessDetails.empty(), feedSources,
                new Owner("owner@" + label + ".example", "Ada", "Owner", null));
    }

    private List<AuditRecord> entries(UUID vendorId, String targetType) {
        return audit.search(new AuditQuery(vendorId, null, null, targetType, null, null, null), PageRequest.of(0, 50))
                .getContent();
    }
}
