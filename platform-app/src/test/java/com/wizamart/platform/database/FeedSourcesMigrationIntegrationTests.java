package com.wizamart.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

import com.wizamart.support.ApiTest;

/**
 * The move of vendors' feed URLs into feed sources (changesets {@code tenancy-004}, {@code marketplace-009}, ADR 0029)
 * over data in the old shape: the deployable's changelog runs up to each new changeset on a database of its own, rows
 * are written as the release before wrote them, then the rest runs. It runs as a migration role that owns the
 * database but is no superuser, as operations.md allows, so Row-Level Security binds it as it binds such a role in
 * production.
 */
class FeedSourcesMigrationIntegrationTests extends ApiTest {

    @Autowired
    private Environment environment;

    @Test
    void theVendorsLetzshopUrlsAndTheirOwnMarketplaceConfigurationsBecomeFeedSources_refusedOnesLeftOut()
            throws Exception {
        try (MigrationDatabase db = MigrationDatabase.create(environment, "feed")) {
            JdbcTemplate jdbc = db.jdbc();
            db.updateUpTo("tenancy-004-vendor-feed-sources");
            UUID both = vendor(jdbc, "both", """
                    {"en": "https://feeds.test/both-en.csv", "fr": "https://feeds.test/both-fr.csv?key=k"}""");
            UUID vendorOnly = vendor(jdbc, "vendoronly", """
                    {"en": " https://feeds.test/vo-en.csv ", "de": "  "}""");
            UUID emptyConfig = vendor(jdbc, "emptyconfig", """
                    {"en": "https://feeds.test/ec-en.csv"}""");
            UUID otherMarket = vendor(jdbc, "othermarket", """
                    {"fr": "https://feeds.test/om-fr.csv"}""");
            UUID nothing = vendor(jdbc, "nothing", "{}");
            // what the feed sources' checks refuse stays behind instead of failing the migration
            UUID refused = vendor(jdbc, "refused", """
                    {"en": "ftp://feeds.test/r-en.csv", "EN-us": "https://feeds.test/r-enus.csv",
                     "fr": "https://feeds.test/r-fr.csv", "de": "https://feeds.test/%s.csv"}"""
                    .formatted("x".repeat(2000)));

            db.updateUpTo("marketplace-009-import-configs-to-feed-sources");
            assertThat(jdbc.queryForObject("""
                    select count(*) from information_schema.columns
                    where table_name = 'tenancy_vendors' and column_name = 'letzshop_csv_urls'""", Long.class))
                    .as("the release before reads the column until marketplace-009 has moved everything").isOne();
            // the release before kept serving after tenancy-004 (marketplace-009 failed once): its change counts
            jdbc.update("update tenancy_vendors set letzshop_csv_urls = cast(? as jsonb) where id = ?",
                    "{\"en\": \"https://feeds.test/vo-en-later.csv\"}", vendorOnly);
            config(db, both, "letzshop", """
                    {"de": "https://feeds.test/both-de-own.csv"}""");
            config(db, emptyConfig, "letzshop", "{}");
            config(db, otherMarket, "other-market", """
                    {"en": "https://feeds.test/om-other-en.csv", "fr": ""}""");
            config(db, nothing, "other-market", "{}");
            config(db, refused, "other-market", """
                    {"en": "javascript:alert(1)", "xx-yy": "https://feeds.test/r-other.csv"}""");
            // a configuration whose vendor is gone (the table had no foreign key)
            config(db, UUID.randomUUID(), "letzshop", """
                    {"en": "https://feeds.test/orphan.csv"}""");

            db.updateAll();

            assertThat(sources(db)).containsExactly(
                    row(both, "letzshop", "de", "https://feeds.test/both-de-own.csv"),
                    row(otherMarket, "letzshop", "fr", "https://feeds.test/om-fr.csv"),
                    row(otherMarket, "other-market", "en", "https://feeds.test/om-other-en.csv"),
                    row(refused, "letzshop", "fr", "https://feeds.test/r-fr.csv"),
                    row(vendorOnly, "letzshop", "en", "https://feeds.test/vo-en-later.csv"))
                    .doesNotContain(row(emptyConfig, "letzshop", "en", "https://feeds.test/ec-en.csv"));
            assertThat(jdbc.queryForObject("""
                    select count(*) from information_schema.columns
                    where table_name = 'tenancy_vendors' and column_name = 'letzshop_csv_urls'""", Long.class)).isZero();
            assertThat(jdbc.queryForObject("select to_regclass('marketplace_import_configs') is null", Boolean.class))
                    .isTrue();
            assertThat(jdbc.queryForObject("""
                    select relrowsecurity and relforcerowsecurity from pg_class
                    where relname = 'tenancy_vendor_feed_sources'""", Boolean.class))
                    .as("the feed sources force Row-Level Security again").isTrue();
        }
    }

    /** A vendor row as the release before wrote it, its Letzshop feed URLs on the row. */
    private static UUID vendor(JdbcTemplate jdbc, String code, String letzshopUrls) {
        UUID id = UUID.randomUUID();
        jdbc.update("""
                insert into tenancy_vendors (id, code, name, subdomain, letzshop_csv_urls, created_at, updated_at)
                values (?, ?, ?, ?, cast(? as jsonb), now(), now())""", id, code, "Shop " + code, code, letzshopUrls);
        return id;
    }

    /**
     * A vendor's own feed configuration of a marketplace, as {@code PUT /marketplace/config} stored it: as the vendor,
     * since the table forces Row-Level Security on its owner too.
     */
    private static void config(MigrationDatabase db, UUID vendorId, String marketplace, String urls) {
        db.asVendor(vendorId, () -> {
            db.jdbc().update("""
                    insert into marketplace_import_configs (vendor_id, marketplace, feed_urls)
                    values (?, ?, cast(? as jsonb))""", vendorId, marketplace, urls);
            return null;
        });
    }

    /** Every vendor's feed sources, read on the explicit cross-vendor path (RLS binds this owner too). */
    private static List<Map<String, Object>> sources(MigrationDatabase db) {
        return db.acrossVendors(() -> {
            return db.jdbc().queryForList("""
                    select vendor_id, marketplace, language, url from tenancy_vendor_feed_sources
                    order by (select code from tenancy_vendors v where v.id = vendor_id), marketplace, language""");
        });
    }

    private static Map<String, Object> row(UUID vendorId, String marketplace, String language, String url) {
        return Map.of("vendor_id", vendorId, "marketplace", marketplace, "language", language, "url", url);
    }
}
