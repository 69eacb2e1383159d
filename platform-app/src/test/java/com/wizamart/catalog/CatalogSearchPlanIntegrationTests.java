package com.wizamart.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

import com.wizamart.support.ApiTest;
import com.wizamart.support.Fixtures;
import com.wizamart.tenancy.VendorScope;

/**
 * The search's plan, as the application role sees it (Row-Level Security on): a search is answered from the GIN index
 * on (vendor_id, search_vector), not by reading all of the vendor's products. That needs {@code tsvector @@ tsquery}
 * to be LEAKPROOF (changeset catalog-005), so this guards the setting as much as the index.
 */
class CatalogSearchPlanIntegrationTests extends ApiTest {

    /** The statement shape of the shop's search (JdbcProductStore), with the vendor and text as parameters. */
    private static final String SEARCH = """
            explain with q as materialized (select websearch_to_tsquery('wizamart_simple', ?)
              || websearch_to_tsquery('wizamart_english', ?) || websearch_to_tsquery('wizamart_french', ?)
              || websearch_to_tsquery('wizamart_german', ?) as query)
            select p.id, ts_rank(p.search_vector, q.query) as rank from catalog_products p, q
            where p.vendor_id = ? and p.search_vector @@ q.query and p.active
            order by rank desc, p.id limit 20""";

    /** The same with an excluded word ({@code honey -mug}): excluded in every language, ANDed out of the query. */
    private static final String SEARCH_EXCLUDING = """
            explain with q as materialized (select (websearch_to_tsquery('wizamart_simple', ?)
              || websearch_to_tsquery('wizamart_english', ?) || websearch_to_tsquery('wizamart_french', ?)
              || websearch_to_tsquery('wizamart_german', ?)) && !!(websearch_to_tsquery('wizamart_simple', ?)
              || websearch_to_tsquery('wizamart_english', ?) || websearch_to_tsquery('wizamart_french', ?)
              || websearch_to_tsquery('wizamart_german', ?)) as query)
            select p.id, ts_rank(p.search_vector, q.query) as rank from catalog_products p, q
            where p.vendor_id = ? and p.search_vector @@ q.query and p.active
            order by rank desc, p.id limit 20""";

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private VendorScope vendorScope;

    @Autowired
    private Environment environment;

    @Test
    void aSearchOfAFewThousandProductsUsesTheVendorScopedFullTextIndex() {
        Fixtures.VendorAccount a = fixtures.vendor();
        insertProducts(a.id(), 3000);
        // the vendor is one of many, as in production (with two equal vendors, reading half the table is cheaper)
        for (int i = 0; i < 30; i++) {
            insertProducts(UUID.randomUUID(), 1000);
        }
        analyze();
        assertThat(jdbc.queryForObject("""
                select proleakproof from pg_proc where oid = 'pg_catalog.ts_match_vq(tsvector, tsquery)'::regprocedure""",
                Boolean.class)).isTrue();

        String q = "forest honey 1201";
        List<String> plan = vendorScope.callAs(a.id(), () -> jdbc.queryForList(SEARCH, String.class, q, q, q, q,
                a.id()));
        String text = String.join("\n", plan);
        assertThat(text).as(text).contains("catalog_products_search_idx");
        assertThat(text).as(text).containsPattern("Index Cond: \\(\\(vendor_id = .*search_vector @@");

        String in = "forest honey 1201";
        String out = "mug";
        String excluding = String.join("\n", vendorScope.callAs(a.id(), () -> jdbc.queryForList(SEARCH_EXCLUDING,
                String.class, in, in, in, in, out, out, out, out, a.id())));
        assertThat(excluding).as(excluding).contains("catalog_products_search_idx");
        assertThat(excluding).as(excluding).containsPattern("Index Cond: \\(\\(vendor_id = .*search_vector @@");
    }

    @Test
    void aPageOfTheShopListIsReadOffTheIndexOfItsOrderAmongAThousandVendors() {
        Fixtures.VendorAccount b = fixtures.vendor();
        insertProducts(b.id(), 1000);
        // a thousand other vendors (as the owner, one vendor bound at a time: the policies hold for it too)
        ownerStatement("""
                do $$ begin
                  for v in 1..1000 loop
                    perform set_config('app.vendor_id', gen_random_uuid()::text, true);
                    insert into catalog_products (id, vendor_id, sku, default_language, names, price_amount, currency,
                      tax_rate, created_at, updated_at)
                    select gen_random_uuid(), wizamart_current_vendor(), 'OTHER-' || g, 'en',
                      jsonb_build_object('en', 'Other ' || g), 10, 'EUR', 17, now(), now()
                    from generate_series(1, 20) g;
                  end loop;
                end $$""");
        analyze();

        // with the policies' old text equality (before platform-004), PostgreSQL expected ~6 of the vendor's 1,000
        // products and sorted them all for every page
        for (String order : new String[] {"p.created_at desc, p.id", "p.current_price, p.id", "p.sort_name, p.id"}) {
            String plan = String.join("\n", vendorScope.callAs(b.id(), () -> jdbc.queryForList("""
                    explain select p.id, p.names from catalog_products p where p.vendor_id = ? and p.active
                    order by %s limit 20 offset 0""".formatted(order), String.class, b.id())));
            assertThat(plan).as(plan).containsPattern("Index Scan using catalog_products_\\w+_idx")
                    .doesNotContain("Sort");
        }
    }

    /** What autovacuum does in time: fresh statistics (as the owner; the application role may not analyze). */
    private void analyze() {
        ownerStatement("analyze catalog_products");
    }

    private void ownerStatement(String sql) {
        try (Connection owner = DriverManager.getConnection(environment.getProperty("spring.liquibase.url"),
                environment.getProperty("spring.liquibase.user"), environment.getProperty("spring.liquibase.password"));
             Statement statement = owner.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void insertProducts(UUID vendorId, int count) {
        vendorScope.runAs(vendorId, () -> jdbc.update("""
                insert into catalog_products (id, vendor_id, sku, default_language, names, descriptions, price_amount,
                  currency, tax_rate, brand, created_at, updated_at)
                select gen_random_uuid(), ?, 'PLAN-' || g, 'en',
                  jsonb_build_object('en', (array['Forest honey', 'Stoneware mug', 'Roasted coffee', 'City guide'])[1 + g % 4]
                    || ' ' || g, 'fr', 'Produit ' || g),
                  jsonb_build_object('en', 'A fine product from Luxembourg, number ' || g), 10 + g % 90, 'EUR', 17,
                  'Brand ' || g % 7, now(), now()
                from generate_series(1, ?) g""", vendorId, count));
    }
}
