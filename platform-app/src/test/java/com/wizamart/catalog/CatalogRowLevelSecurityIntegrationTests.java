package com.wizamart.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.wizamart.support.ApiTest;
import com.wizamart.support.Fixtures;
import com.wizamart.support.Imports;
import com.wizamart.tenancy.VendorScope;

/** Row-Level Security under every catalog table: a query that forgets its vendor filter still sees one vendor. */
class CatalogRowLevelSecurityIntegrationTests extends ApiTest {

    private static final List<String> TABLES = List.of("catalog_products", "catalog_vendor_settings",
            "catalog_import_refreshes", "catalog_refresh_changes", "catalog_counted_orders", "catalog_rejected_values",
            "catalog_refresh_carryover");

    /** Two vendors with rows in every catalog table; made once (imports are slow). */
    private static Fixtures.VendorAccount a;
    private static Fixtures.VendorAccount b;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private VendorScope vendorScope;

    @Autowired
    private PlatformTransactionManager transactionManager;

    @Test
    void everyCatalogTableForcesRowLevelSecurityAndIsNotOwnedByTheApplication() {
        for (String table : TABLES) {
            Map<String, Object> t = jdbc.queryForMap("""
                    select tableowner, c.relrowsecurity, c.relforcerowsecurity from pg_tables t
                      join pg_class c on c.relname = t.tablename and c.relnamespace = 'public'::regnamespace
                    where t.schemaname = 'public' and t.tablename = ?""", table);
            assertThat(t.get("tableowner")).as(table + " owner").isNotEqualTo("wizamart_app");
            assertThat(t.get("relrowsecurity")).as(table + " has RLS").isEqualTo(true);
            assertThat(t.get("relforcerowsecurity")).as(table + " forces RLS").isEqualTo(true);
        }
        List<String> catalogTables = jdbc.queryForList(
                "select tablename from pg_tables where schemaname = 'public' and tablename like 'catalog\\_%'",
                String.class);
        assertThat(TABLES).containsExactlyInAnyOrderElementsOf(catalogTables);
    }

    @ParameterizedTest
    @ValueSource(strings = {"catalog_products", "catalog_vendor_settings", "catalog_import_refreshes",
            "catalog_refresh_changes"})
    void aQueryWithoutVendorFilterSeesOnlyTheBoundVendorsRows(String table) {
        if (a == null) {
            a = vendorWithCatalogData();
            b = vendorWithCatalogData();
        }
        String sql = "select vendor_id from " + table;
        List<UUID> asA = vendorScope.callAs(a.id(), () -> jdbc.queryForList(sql, UUID.class));
        assertThat(asA).isNotEmpty().containsOnly(a.id());
        Set<UUID> all = new HashSet<>(vendorScope.acrossVendors("catalog isolation test",
                () -> jdbc.queryForList(sql, UUID.class)));
        assertThat(all).contains(a.id(), b.id());
        TransactionTemplate tx = new TransactionTemplate(transactionManager);
        Long unbound = tx.execute(status -> jdbc.queryForObject("select count(*) from " + table, Long.class));
        assertThat(unbound).isZero();
    }

    @Test
    void rowsCannotBeWrittenForAnotherVendor() {
        Fixtures.VendorAccount a = fixtures.vendor();
        Fixtures.VendorAccount b = fixtures.vendor();
        assertThatThrownBy(() -> vendorScope.runAs(a.id(), () -> jdbc.update("""
                insert into catalog_products (id, vendor_id, sku, default_language, names, price_amount, currency,
                  tax_rate, created_at, updated_at)
                values (?, ?, 'X-1', 'en', '{"en": "Smuggled"}', 1, 'EUR', 17, now(), now())""",
                UUID.randomUUID(), b.id())))
                .isInstanceOf(DataAccessException.class)
                .rootCause().hasMessageContaining("violates row-level security policy");
        assertThatThrownBy(() -> vendorScope.runAs(a.id(), () -> jdbc.update("""
                insert into catalog_vendor_settings (vendor_id, default_language, default_tax_rate, updated_at)
                values (?, 'fr', 3, now())""", b.id())))
                .isInstanceOf(DataAccessException.class)
                .rootCause().hasMessageContaining("violates row-level security policy");
        for (String table : List.of("catalog_rejected_values", "catalog_refresh_carryover")) {
            String columns = table.equals("catalog_rejected_values")
                    ? "(vendor_id, product_id, field, value, refresh_id, rejected_at) values (?, ?, 'price', '1.00', ?, now())"
                    : "(vendor_id, product_id, marketplace, refresh_id) values (?, ?, 'letzshop', ?)";
            assertThatThrownBy(() -> vendorScope.runAs(a.id(), () -> jdbc.update("insert into " + table + " "
                    + columns, b.id(), UUID.randomUUID(), UUID.randomUUID())))
                    .as(table).isInstanceOf(DataAccessException.class)
                    .rootCause().hasMessageContaining("violates row-level security policy");
        }
    }

    /** A vendor with a product, settings, and an import's refresh with changes. */
    private Fixtures.VendorAccount vendorWithCatalogData() {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        String token = vendor.owner().accessToken();
        Imports imports = new Imports(http, token);
        imports.uploadAndWait("en", CatalogFeeds.feed("RLS", 2, CatalogFeeds::row));
        CatalogFeeds.publish(http, token, List.copyOf(CatalogFeeds.stagedIds(http, token).values()));
        http.put("/api/v1/vendor/catalog/settings").bearer(token)
                .json(Map.of("defaultLanguage", "en", "defaultTaxRate", "17")).send();
        var job = imports.uploadAndWait("en", CatalogFeeds.feed("RLS", 2, i -> new CatalogFeeds.Row("Renamed " + i,
                "Text", "99.00", i, "Maker")));
        CatalogFeeds.refreshOf(http, token, job);
        return vendor;
    }
}
