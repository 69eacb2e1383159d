package com.wizamart.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Array;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

import com.wizamart.support.ApiTest;

/**
 * The move of staged products into the lean staging shape (changeset {@code marketplace-010-lean-staging}, ADR 0030)
 * over rows in the old shape: the deployable's changelog runs up to the changeset on a database of its own, staged
 * products are written as the release before wrote them (texts, raw values and content hashes as JSON maps by
 * language, the well-known attributes in columns of their own), then the rest runs. It runs as a migration role that
 * owns the database but is no superuser, so the staging tables' forced Row-Level Security binds it as in production.
 */
class StagingMigrationIntegrationTests extends ApiTest {

    @Autowired
    private Environment environment;

    @Test
    void stagedProductsMoveToOneTextsRowPerLanguageWithTheirRawValuesInOrderAndAnAttributesObject() throws Exception {
        try (MigrationDatabase db = MigrationDatabase.create(environment, "staging")) {
            JdbcTemplate jdbc = db.jdbc();
            db.updateUpTo("marketplace-010-lean-staging");

            UUID vendorA = UUID.randomUUID();
            UUID vendorB = UUID.randomUUID();
            // two languages, a description in English only, raw values with characters arrays and JSON escape
            UUID wine = staged(db, vendorA, "LS-1", """
                    {"en": "Red wine", "fr": "Vin rouge"}""", """
                    {"en": "<p>A \\"dry\\" red.</p>"}""", """
                    {"en": {"id": "LS-1", "title": "Red wine", "note": "say \\"hi\\"", "path": "C:\\\\wine\\\\red",
                            "list": "a,b", "set": "{x,y}", "empty": "", "city": "Lëtzebuerg – € 😀",
                            "sep": "a\\u001fb\\u001f", "esc": "\\u001bc\\u001b\\u001fd",
                            "k\\"ey,{}\\\\": "NULL"},
                     "fr": {"id": "LS-1", "title": "Vin rouge"}}""", """
                    {"en": 1234567890123, "fr": -42}""",
                    "'red', 'M', null, 'adult', '421', true, false, 'package_delivery'");
            // no raw values and no content hash in its one language, no attribute at all
            UUID bare = staged(db, vendorA, "LS-2", """
                    {"de": "Nackt"}""", "{}", "{}", "{}", "null, null, null, null, null, null, null, null");
            // another vendor's product, a title that is JSON null in one language (no texts row for it)
            UUID other = staged(db, vendorB, "LS-1", """
                    {"en": "Other", "fr": null}""", """
                    {"en": "Desc"}""", """
                    {"en": {"id": "LS-1", "a\\tb": "tab\\there\\nand line"}}""", """
                    {"en": 7}""", "null, null, 'female', null, null, null, true, null");

            db.updateAll();

            List<Text> texts = db.acrossVendors(() -> jdbc.query("""
                    select t.product_id, t.language, t.vendor_id, t.title, t.description, t.raw_values, t.content_hash,
                      l.names, l.id = md5(array_to_json(l.names)::text)::uuid as layout_id_matches
                    from marketplace_staged_texts t
                    left join marketplace_raw_layouts l on l.vendor_id = t.vendor_id and l.id = t.raw_layout
                    order by t.vendor_id = ?, t.product_id, t.language""",
                    (rs, n) -> new Text(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, UUID.class),
                            rs.getString(4), rs.getString(5), rs.getString(6),
                            (Long) rs.getObject(7), strings(rs.getArray(8)), rs.getBoolean(9)), vendorB));
            // jsonb keeps an object's keys shorter first, then bytewise: the order its keys come back in
            assertThat(texts).containsExactlyInAnyOrder(
                    new Text(wine, "en", vendorA, "Red wine", "<p>A \"dry\" red.</p>",
                            joined("LS-1", "\u001bc\u001b\u001fd", "a\u001fb\u001f", "{x,y}", "Lëtzebuerg – € 😀",
                                    "a,b", "say \"hi\"", "C:\\wine\\red", "", "Red wine", "NULL"),
                            1234567890123L,
                            List.of("id", "esc", "sep", "set", "city", "list", "note", "path", "empty", "title",
                                    "k\"ey,{}\\"), true),
                    new Text(wine, "fr", vendorA, "Vin rouge", null, "LS-1\u001fVin rouge", -42L,
                            List.of("id", "title"), true),
                    new Text(bare, "de", vendorA, "Nackt", null, "", null, List.of(), true),
                    new Text(other, "en", vendorB, "Other", "Desc", "LS-1\u001ftab\there\nand line", 7L,
                            List.of("id", "a\tb"), true));
            // the values with separators inside, as written: U+001B before each U+001B and U+001F of a value
            assertThat(texts).filteredOn(t -> t.productId().equals(wine) && t.language().equals("en"))
                    .singleElement().extracting(Text::rawValues).asString().startsWith(
                    "LS-1\u001f\u001b\u001bc\u001b\u001b\u001b\u001fd\u001fa\u001b\u001fb\u001b\u001f\u001f{x,y}\u001f");
            assertThat(db.acrossVendors(() -> jdbc.queryForList(
                    "select array_to_json(names)::text from marketplace_raw_layouts order by 1", String.class)))
                    .as("one layout per vendor and list of names")
                    .hasSize(4);

            assertThat(attributes(db, wine)).isTrue();
            assertThat(db.acrossVendors(() -> jdbc.queryForObject("""
                    select attributes = '{"color": "red", "size": "M", "age_group": "adult",
                      "google_product_category": "421", "identifier_exists": true, "adult": false,
                      "delivery_method": "package_delivery"}'::jsonb
                    from marketplace_staged_products where id = ?""", Boolean.class, wine))).isTrue();
            assertThat(db.acrossVendors(() -> jdbc.queryForObject(
                    "select attributes::text from marketplace_staged_products where id = ?", String.class, bare)))
                    .isEqualTo("{}");
            assertThat(db.acrossVendors(() -> jdbc.queryForObject(
                    "select attributes::text from marketplace_staged_products where id = ?", String.class, other)))
                    .isEqualTo("{\"adult\": true, \"gender\": \"female\"}");

            assertThat(jdbc.queryForList("""
                    select column_name from information_schema.columns
                    where table_name = 'marketplace_staged_products' and column_name in ('titles', 'descriptions',
                      'raw', 'content_hashes', 'facts_hash', 'google_product_category', 'color', 'size', 'gender',
                      'age_group', 'identifier_exists', 'adult', 'delivery_method')""", String.class))
                    .as("the former columns are gone").isEmpty();
            assertThat(jdbc.queryForList("""
                    select relname from pg_class where relname in ('marketplace_staged_products',
                      'marketplace_staged_texts', 'marketplace_raw_layouts') and relrowsecurity and relforcerowsecurity
                    order by relname""", String.class))
                    .as("the staging tables force Row-Level Security again")
                    .containsExactly("marketplace_raw_layouts", "marketplace_staged_products",
                            "marketplace_staged_texts");
            assertThat(jdbc.queryForObject("select count(*) from marketplace_staged_texts", Long.class))
                    .as("bound to no vendor, the owner sees no texts").isZero();
        }
    }

    /** One row of {@code marketplace_staged_texts} with the names of its raw layout. */
    private record Text(UUID productId, String language, UUID vendorId, String title, String description,
                        String rawValues, Long contentHash, List<String> rawNames, boolean layoutIdIsMd5) {
    }

    private static boolean attributes(MigrationDatabase db, UUID id) {
        return db.acrossVendors(() -> db.jdbc().queryForObject("""
                select jsonb_typeof(attributes -> 'identifier_exists') = 'boolean'
                  and jsonb_typeof(attributes -> 'adult') = 'boolean' and attributes -> 'gender' is null
                from marketplace_staged_products where id = ?""", Boolean.class, id));
    }

    /**
     * Raw values as staging keeps them in one text: separated by U+001F, a U+001F or U+001B inside a value preceded
     * by U+001B.
     */
    private static String joined(String... values) {
        return Arrays.stream(values).map(v -> v.replace("\u001b", "\u001b\u001b").replace("\u001f", "\u001b\u001f"))
                .collect(Collectors.joining("\u001f"));
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? null : Arrays.asList((String[]) array.getArray());
    }

    /**
     * A staged product as the release before wrote it: as its vendor, since the table forces Row-Level Security on
     * its owner too.
     *
     * @param attributes color, size, gender, age_group, google_product_category, identifier_exists, adult,
     *                   delivery_method as SQL literals
     */
    private static UUID staged(MigrationDatabase db, UUID vendorId, String externalId, String titles,
                               String descriptions, String raw, String contentHashes, String attributes) {
        UUID id = UUID.randomUUID();
        UUID job = UUID.randomUUID();
        db.asVendor(vendorId, () -> {
            db.jdbc().update("""
                    insert into marketplace_staged_products (id, vendor_id, marketplace, external_id, titles,
                      descriptions, raw, content_hashes, link, additional_images, availability, price_amount,
                      price_currency, brand, color, size, gender, age_group, google_product_category,
                      identifier_exists, adult, delivery_method, facts_hash, first_job_id, last_job_id, created_at,
                      updated_at)
                    values (?, ?, 'letzshop', ?, cast(? as jsonb), cast(? as jsonb), cast(? as jsonb), cast(? as jsonb),
                      'https://shop.test/p', '[]', 'IN_STOCK', 9.90, 'EUR', 'Brand', %s,
                      md5('facts'), ?, ?, now(), now())""".formatted(attributes),
                    id, vendorId, externalId, titles, descriptions, raw, contentHashes, job, job);
            return null;
        });
        return id;
    }
}
