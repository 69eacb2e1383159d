package com.wizamart.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import com.wizamart.support.ApiTest;

import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.changelog.ChangeSet;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;

/**
 * The move of vendors' feed URLs into feed sources (changesets {@code tenancy-004}, {@code marketplace-009}, ADR 0029)
 * over data in the old shape: the deployable's changelog runs up to each new changeset on a database of its own, rows
 * are written as the release before wrote them, then the rest runs. It runs as a migration role that owns the
 * database but is no superuser, as operations.md allows, so Row-Level Security binds it as it binds such a role in
 * production.
 */
class FeedSourcesMigrationIntegrationTests extends ApiTest {

    private static final String CHANGELOG = "db/changelog/db.changelog-master.yaml";

    @Autowired
    private Environment environment;

    @Test
    void theVendorsLetzshopUrlsAndTheirOwnMarketplaceConfigurationsBecomeFeedSources_refusedOnesLeftOut()
            throws Exception {
        String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 10).toLowerCase(Locale.ROOT);
        String database = "feed_migration_" + suffix;
        String role = "feed_migrator_" + suffix;
        String password = "m-" + suffix;
        asServerOwner("create role " + role + " login createrole password '" + password + "'");
        asServerOwner("create database " + database + " owner " + role);
        String url = environment.getRequiredProperty("spring.liquibase.url").replaceFirst("/[^/?]+(\\?|$)",
                "/" + database + "$1");
        try (Connection connection = DriverManager.getConnection(url, role, password)) {
            JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
            Liquibase liquibase = liquibase(connection);

            updateUpTo(liquibase, connection, "tenancy-004-vendor-feed-sources");
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

            updateUpTo(liquibase, connection, "marketplace-009-import-configs-to-feed-sources");
            assertThat(jdbc.queryForObject("""
                    select count(*) from information_schema.columns
                    where table_name = 'tenancy_vendors' and column_name = 'letzshop_csv_urls'""", Long.class))
                    .as("the release before reads the column until marketplace-009 has moved everything").isOne();
            // the release before kept serving after tenancy-004 (marketplace-009 failed once): its change counts
            jdbc.update("update tenancy_vendors set letzshop_csv_urls = cast(? as jsonb) where id = ?",
                    "{\"en\": \"https://feeds.test/vo-en-later.csv\"}", vendorOnly);
            config(jdbc, both, "letzshop", """
                    {"de": "https://feeds.test/both-de-own.csv"}""");
            config(jdbc, emptyConfig, "letzshop", "{}");
            config(jdbc, otherMarket, "other-market", """
                    {"en": "https://feeds.test/om-other-en.csv", "fr": ""}""");
            config(jdbc, nothing, "other-market", "{}");
            config(jdbc, refused, "other-market", """
                    {"en": "javascript:alert(1)", "xx-yy": "https://feeds.test/r-other.csv"}""");
            // a configuration whose vendor is gone (the table had no foreign key)
            config(jdbc, UUID.randomUUID(), "letzshop", """
                    {"en": "https://feeds.test/orphan.csv"}""");

            liquibase.update(new Contexts(), new LabelExpression());
            connection.setAutoCommit(true);

            assertThat(sources(jdbc)).containsExactly(
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
        } finally {
            asServerOwner("drop database if exists " + database + " with (force)");
            asServerOwner("drop role if exists " + role);
        }
    }

    /**
     * Runs every changeset of the deployable's changelog that comes before the one named, and leaves the connection
     * committing each statement (Liquibase leaves it in a transaction of its own, which would roll the rows back).
     */
    private static void updateUpTo(Liquibase liquibase, Connection connection, String changeSetId) throws Exception {
        List<ChangeSet> unrun = liquibase.listUnrunChangeSets(new Contexts(), new LabelExpression());
        int before = unrun.stream().map(ChangeSet::getId).toList().indexOf(changeSetId);
        assertThat(before).as("changeset " + changeSetId + " is still to run").isPositive();
        liquibase.update(before, new Contexts(), new LabelExpression());
        connection.setAutoCommit(true);
        assertThat(liquibase.listUnrunChangeSets(new Contexts(), new LabelExpression()))
                .filteredOn(c -> !c.isAlwaysRun()).first().extracting(ChangeSet::getId).isEqualTo(changeSetId);
    }

    private Liquibase liquibase(Connection connection) throws Exception {
        Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
        Liquibase liquibase = new Liquibase(CHANGELOG, new ClassLoaderResourceAccessor(), database);
        // the deployable's parameters: the application role (shared by the server's databases) keeps its password
        liquibase.setChangeLogParameter("app_role", environment.getRequiredProperty("wizamart.database.app-role"));
        liquibase.setChangeLogParameter("app_role_password",
                environment.getRequiredProperty("wizamart.database.app-password"));
        return liquibase;
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
    private static void config(JdbcTemplate jdbc, UUID vendorId, String marketplace, String urls) {
        inTransaction(jdbc, () -> {
            jdbc.queryForList("select set_config('app.vendor_id', ?, true)", vendorId.toString());
            jdbc.update("""
                    insert into marketplace_import_configs (vendor_id, marketplace, feed_urls)
                    values (?, ?, cast(? as jsonb))""", vendorId, marketplace, urls);
            return null;
        });
    }

    /** Every vendor's feed sources, read on the explicit cross-vendor path (RLS binds this owner too). */
    private static List<Map<String, Object>> sources(JdbcTemplate jdbc) {
        return inTransaction(jdbc, () -> {
            jdbc.queryForList("select set_config('app.cross_vendor_read', 'on', true)");
            return jdbc.queryForList("""
                    select vendor_id, marketplace, language, url from tenancy_vendor_feed_sources
                    order by (select code from tenancy_vendors v where v.id = vendor_id), marketplace, language""");
        });
    }

    private static <T> T inTransaction(JdbcTemplate jdbc, java.util.function.Supplier<T> work) {
        jdbc.execute("begin");
        T result = work.get();
        jdbc.execute("commit");
        return result;
    }

    private static Map<String, Object> row(UUID vendorId, String marketplace, String language, String url) {
        return Map.of("vendor_id", vendorId, "marketplace", marketplace, "language", language, "url", url);
    }

    private void asServerOwner(String sql) throws SQLException {
        try (Connection owner = DriverManager.getConnection(environment.getRequiredProperty("spring.liquibase.url"),
                environment.getRequiredProperty("spring.liquibase.user"),
                environment.getProperty("spring.liquibase.password", ""));
             Statement statement = owner.createStatement()) {
            statement.execute(sql);
        }
    }
}
