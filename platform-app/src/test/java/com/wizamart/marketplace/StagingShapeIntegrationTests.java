package com.wizamart.marketplace;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.wizamart.marketplace.application.port.out.StagingStore;
import com.wizamart.marketplace.application.port.out.StagingStore.ChunkResult;
import com.wizamart.marketplace.spi.Amount;
import com.wizamart.marketplace.spi.Attribute;
import com.wizamart.marketplace.spi.FeedAvailability;
import com.wizamart.marketplace.spi.FeedProduct;
import com.wizamart.support.ApiTest;
import com.wizamart.support.Feeds;
import com.wizamart.support.Fixtures;
import com.wizamart.support.Http;
import com.wizamart.support.Imports;
import com.wizamart.tenancy.VendorScope;

import tools.jackson.databind.JsonNode;

/**
 * The lean staging shape (ADR 0030) end to end: raw values that arrays, COPY and JSON would each read otherwise come
 * back exactly, every attribute (an adapter's own ones too) is in the staged product's attributes, and the store's
 * general way (a product another language's import staged since this one began) counts and writes right.
 */
class StagingShapeIntegrationTests extends ApiTest {

    private static final String MARKETPLACE = "letzshop";

    @Autowired
    @Qualifier("postgresStagingStore")
    StagingStore store;

    @Autowired
    VendorScope vendorScope;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void rawValuesThatArraysCopyAndJsonEscapeComeBackExactly_withEveryAttribute() {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        String token = vendor.owner().accessToken();
        Map<String, String> extra = new LinkedHashMap<>();
        extra.put("quoted", "say \"hi\" \"\"");
        extra.put("backslash", "C:\\wine\\red\\");
        extra.put("null_word", "NULL");
        extra.put("copy_null", "\\N");
        extra.put("braces", "{}");
        extra.put("array", "{\"a\",NULL}");
        extra.put("commas", "a, b,c");
        extra.put("unicode", "Lëtzebuerg – € 😀 日本");
        // (the CSV reader makes a quoted cell's CR LF a LF: carriage returns are the store test's)
        extra.put("multiline", "line one\nline\ttwo");
        extra.put("key \"with\" \\ chars, {}", "value");
        extra.put("empty", "");
        StringBuilder feed = new StringBuilder(Feeds.HEADER);
        extra.keySet().forEach(name -> feed.append('\t').append(quoted(name)));
        feed.append('\n').append(Feeds.line(Map.ofEntries(Map.entry("id", "TRICKY-1"),
                Map.entry("title", "Crémant \"brut\""), Map.entry("description", "<p>\\N and NULL</p>"),
                Map.entry("link", "https://shop.example/p/1"), Map.entry("availability", "in_stock"),
                Map.entry("price", "19.90 EUR"), Map.entry("brand", "Bernard-Massard"),
                Map.entry("google_product_category", "421"), Map.entry("color", "weiß"), Map.entry("size", "M"),
                Map.entry("gender", "unisex"), Map.entry("age_group", "adult"), Map.entry("identifier_exists", "no"),
                Map.entry("adult", "yes"), Map.entry("delivery_method", "package_delivery"))));
        extra.values().forEach(value -> feed.append('\t').append(quoted(value)));
        feed.append('\n');

        JsonNode job = new Imports(http, token).uploadAndWait("en", feed.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(job.get("status").asString()).as(job.toString()).isEqualTo("COMPLETED");
        assertThat(job.get("created").asLong()).isEqualTo(1);

        JsonNode detail = detail(token, "TRICKY-1", "letzshop");
        JsonNode raw = detail.get("raw").get("en");
        extra.forEach((name, value) -> {
            assertThat(raw.get(name)).as(name + " in " + raw).isNotNull();
            assertThat(raw.get(name).asString()).as(name).isEqualTo(value);
        });
        assertThat(raw.get("id").asString()).isEqualTo("TRICKY-1");
        assertThat(raw.get("title").asString()).isEqualTo("Crémant \"brut\"");
        assertThat(raw.get("description").asString()).isEqualTo("<p>\\N and NULL</p>");
        assertThat(detail.get("titles").get("en").asString()).isEqualTo("Crémant \"brut\"");
        JsonNode attributes = detail.get("attributes");
        assertThat(attributes.get("google_product_category").asString()).isEqualTo("421");
        assertThat(attributes.get("color").asString()).isEqualTo("weiß");
        assertThat(attributes.get("size").asString()).isEqualTo("M");
        assertThat(attributes.get("gender").asString()).isEqualTo("unisex");
        assertThat(attributes.get("age_group").asString()).isEqualTo("adult");
        assertThat(attributes.get("identifier_exists").isBoolean()).as(attributes.toString()).isTrue();
        assertThat(attributes.get("identifier_exists").asBoolean()).isFalse();
        assertThat(attributes.get("adult").isBoolean()).isTrue();
        assertThat(attributes.get("adult").asBoolean()).isTrue();
        assertThat(attributes.get("delivery_method").asString()).isEqualTo("package_delivery");

        // an adapter's own attributes are staged with the others
        String rss = """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:g="http://base.google.com/ns/1.0">
                <channel>
                  <item>
                    <g:id>GM-1</g:id>
                    <title>Café en grains, 1 kg</title>
                    <g:price>24.90 EUR</g:price>
                    <g:shipping><g:country>LU</g:country><g:price>4.95 EUR</g:price></g:shipping>
                    <g:shipping_weight>1.1 kg</g:shipping_weight>
                    <g:color>brun</g:color>
                  </item>
                </channel>
                </rss>
                """;
        Http.Response upload = http.post("/api/v1/vendor/marketplace/import/upload?marketplace=google-merchant"
                        + "&language=fr").bearer(token)
                .multipartFile("file", "google-fr.xml", "application/rss+xml", rss.getBytes(StandardCharsets.UTF_8))
                .send();
        assertThat(upload.status()).as(upload.toString()).isEqualTo(202);
        JsonNode googleJob = new Imports(http, token).await(upload.json().get("id").asString());
        assertThat(googleJob.get("status").asString()).as(googleJob.toString()).isEqualTo("COMPLETED");
        JsonNode coffee = detail(token, "GM-1", "google-merchant").get("attributes");
        assertThat(coffee.get("shipping_weight")).as(coffee.toString()).isNotNull();
        assertThat(coffee.get("shipping_weight").decimalValue()).isEqualByComparingTo("1.1");
        assertThat(coffee.get("shipping_weight_unit").asString()).isEqualTo("kg");
        assertThat(coffee.get("shipping").asString()).contains("LU", "4.95 EUR");
        assertThat(coffee.get("color").asString()).isEqualTo("brun");
    }

    @Test
    void aProductAnotherLanguageStagedMeanwhileTakesTheGeneralWay_andEachLanguageKeepsItsTexts() {
        UUID vendorId = fixtures.vendor().id();
        FeedProduct wine = product("W-1", "Red wine", "19.90");
        FeedProduct beer = product("B-1", "Beer", "3.50");

        // the English import staged both (fast path)
        UUID en1 = UUID.randomUUID();
        assertThat(write(vendorId, "en", en1, List.of(wine, beer), new long[] {11, 12}, true, true))
                .isEqualTo(new ChunkResult(2, 0, 0));

        // the French import began before: it takes the wine for unstaged, as well as a product nobody staged
        UUID fr1 = UUID.randomUUID();
        FeedProduct vin = wine.toBuilder().title("Vin rouge").description("Un rouge")
                .raw(raw("W-1", "Vin rouge")).product();
        Map<String, String> ciderRaw = new LinkedHashMap<>();
        ciderRaw.put("id", "C-1");
        ciderRaw.put("tricky \"name\"\r\n", "a\r\nb\t\\\"{},NULL\\N");
        ciderRaw.put("absent", null);
        ciderRaw.put("", "");
        // the characters that separate and escape raw values in staging
        ciderRaw.put("unit_separator", "a\u001fb\u001f");
        ciderRaw.put("escape", "\u001bc\u001b\u001fd\u001b");
        ciderRaw.put("key\u001fsep", "\u001b");
        FeedProduct cider = product("C-1", "Cidre", "4.00").toBuilder().raw(ciderRaw).product();
        assertThat(write(vendorId, "fr", fr1, List.of(vin, cider), new long[] {21, 23}, true, true))
                .as("the wine exists already: updated (a new language), the cider created")
                .isEqualTo(new ChunkResult(1, 1, 0));
        assertThat(asVendor(vendorId, () -> jdbc.queryForList("""
                select external_id from marketplace_staged_products where vendor_id = ? order by external_id""",
                String.class, vendorId))).containsExactly("B-1", "C-1", "W-1");
        assertThat(texts(vendorId, "W-1")).containsExactly(
                List.of("en", "Red wine", "11"), List.of("fr", "Vin rouge", "21"));
        assertThat(lastJob(vendorId, "W-1")).as("its texts alone changed: this import's too").isEqualTo(fr1);
        assertThat(texts(vendorId, "C-1")).containsExactly(List.of("fr", "Cidre", "23"));
        assertThat(asVendor(vendorId, () -> jdbc.queryForObject("""
                select array_to_json(l.names)::text || t.raw_values
                from marketplace_staged_texts t join marketplace_staged_products s on s.id = t.product_id
                join marketplace_raw_layouts l on l.vendor_id = t.vendor_id and l.id = t.raw_layout
                where s.external_id = 'C-1' and t.language = 'fr'""", String.class)))
                .isEqualTo("[\"id\",\"tricky \\\"name\\\"\\r\\n\",\"absent\",\"\",\"unit_separator\",\"escape\","
                        + "\"key\\u001fsep\"]"
                        + "C-1\u001fa\r\nb\t\\\"{},NULL\\N\u001f\u001f\u001fa\u001b\u001fb\u001b\u001f\u001f"
                        + "\u001b\u001bc\u001b\u001b\u001b\u001fd\u001b\u001b\u001f\u001b\u001b");
        assertThat(asVendor(vendorId, () -> jdbc.queryForObject("""
                select raw_values from marketplace_staged_texts t
                join marketplace_staged_products s on s.id = t.product_id
                where s.external_id = 'W-1' and t.language = 'fr'""", String.class)))
                .isEqualTo("W-1\u001fVin rouge");
        // read back as the detail shows them: every value as written, an absent one empty
        UUID ciderId = asVendor(vendorId, () -> jdbc.queryForObject(
                "select id from marketplace_staged_products where vendor_id = ? and external_id = 'C-1'", UUID.class,
                vendorId));
        Map<String, String> ciderRead = new LinkedHashMap<>(ciderRaw);
        ciderRead.put("absent", "");
        assertThat(asVendor(vendorId, () -> store.find(ciderId)).orElseThrow().raw().get("fr"))
                .containsExactlyEntriesOf(ciderRead);

        // a French import after the English one, the general way: the English texts stay as they are
        UUID fr2 = UUID.randomUUID();
        FeedProduct bier = beer.toBuilder().title("Bière").product();
        assertThat(write(vendorId, "fr", fr2, List.of(bier), new long[] {22}, false))
                .isEqualTo(new ChunkResult(0, 1, 0));
        assertThat(texts(vendorId, "B-1")).containsExactly(List.of("en", "Beer", "12"), List.of("fr", "Bière", "22"));
        assertThat(lastJob(vendorId, "B-1")).isEqualTo(fr2);

        // new facts in German: the other languages must send their rows again
        UUID de1 = UUID.randomUUID();
        FeedProduct bierDe = product("B-1", "Bier", "3.90");
        assertThat(write(vendorId, "de", de1, List.of(bierDe), new long[] {31}, false))
                .isEqualTo(new ChunkResult(0, 1, 0));
        assertThat(texts(vendorId, "B-1")).containsExactly(List.of("de", "Bier", "31"), List.of("en", "Beer", "null"),
                List.of("fr", "Bière", "null"));
        assertThat(lastJob(vendorId, "B-1")).isEqualTo(de1);
        assertThat(texts(vendorId, "W-1")).as("another product keeps its hashes")
                .containsExactly(List.of("en", "Red wine", "11"), List.of("fr", "Vin rouge", "21"));

        // English texts alone change: counted updated, the product is this import's, the others keep their hashes
        UUID en2 = UUID.randomUUID();
        FeedProduct redder = wine.toBuilder().title("Deep red wine").product();
        assertThat(write(vendorId, "en", en2, List.of(redder), new long[] {13}, false))
                .isEqualTo(new ChunkResult(0, 1, 0));
        assertThat(texts(vendorId, "W-1")).containsExactly(
                List.of("en", "Deep red wine", "13"), List.of("fr", "Vin rouge", "21"));
        assertThat(lastJob(vendorId, "W-1")).isEqualTo(en2);

        // the same values under a new content hash: unchanged, the hash kept for the next import
        UUID en3 = UUID.randomUUID();
        assertThat(write(vendorId, "en", en3, List.of(redder), new long[] {14}, false))
                .isEqualTo(new ChunkResult(0, 0, 1));
        assertThat(texts(vendorId, "W-1")).containsExactly(
                List.of("en", "Deep red wine", "14"), List.of("fr", "Vin rouge", "21"));
        assertThat(lastJob(vendorId, "W-1")).isEqualTo(en2);

        // the same raw values in another order (a source that reordered its columns, or a row the staging migration
        // moved): unchanged, stored in the new order; another value in the new order: updated
        UUID en4 = UUID.randomUUID();
        Map<String, String> reordered = new LinkedHashMap<>();
        // (the raw title is what the source said, "Red wine", whatever the product's title became)
        reordered.put("title", "Red wine");
        reordered.put("id", "W-1");
        assertThat(write(vendorId, "en", en4, List.of(redder.toBuilder().raw(reordered).product()), new long[] {15},
                false)).isEqualTo(new ChunkResult(0, 0, 1));
        assertThat(lastJob(vendorId, "W-1")).isEqualTo(en2);
        UUID wineId = idOf(vendorId, "W-1");
        assertThat(asVendor(vendorId, () -> store.find(wineId)).orElseThrow().raw().get("en"))
                .containsExactly(Map.entry("title", "Red wine"), Map.entry("id", "W-1"));
        UUID en5 = UUID.randomUUID();
        reordered.put("note", "new column");
        assertThat(write(vendorId, "en", en5, List.of(redder.toBuilder().raw(reordered).product()), new long[] {16},
                false)).isEqualTo(new ChunkResult(0, 1, 0));
        assertThat(lastJob(vendorId, "W-1")).isEqualTo(en5);
    }

    private UUID idOf(UUID vendorId, String externalId) {
        return asVendor(vendorId, () -> jdbc.queryForObject(
                "select id from marketplace_staged_products where vendor_id = ? and external_id = ?",
                UUID.class, vendorId, externalId));
    }

    private ChunkResult write(UUID vendorId, String language, UUID jobId, List<FeedProduct> products, long[] hashes,
                              boolean... unstaged) {
        StagingStore.ChunkBuilder builder = store.chunkBuilder();
        for (int i = 0; i < products.size(); i++) {
            builder.add(products.get(i), hashes[i], unstaged.length == 1 ? unstaged[0] : unstaged[i]);
        }
        assertThat(builder.size()).isEqualTo(products.size());
        StagingStore.PreparedChunk chunk = builder.build();
        return asVendor(vendorId, () -> store.write(vendorId, MARKETPLACE, language, jobId, chunk));
    }

    /** Language, title and content hash of each of the product's texts rows, by language. */
    private List<List<String>> texts(UUID vendorId, String externalId) {
        return asVendor(vendorId, () -> jdbc.query("""
                select t.language, t.title, t.content_hash from marketplace_staged_texts t
                join marketplace_staged_products s on s.id = t.product_id
                where s.vendor_id = ? and s.external_id = ? order by t.language""",
                (rs, n) -> List.of(rs.getString(1), rs.getString(2), String.valueOf(rs.getObject(3))),
                vendorId, externalId));
    }

    private UUID lastJob(UUID vendorId, String externalId) {
        return asVendor(vendorId, () -> jdbc.queryForObject("""
                select last_job_id from marketplace_staged_products where vendor_id = ? and external_id = ?""",
                UUID.class, vendorId, externalId));
    }

    private <T> T asVendor(UUID vendorId, Supplier<T> work) {
        return new TransactionTemplate(transactionManager).execute(s -> vendorScope.callAs(vendorId, work));
    }

    private static FeedProduct product(String id, String title, String price) {
        return FeedProduct.at(2).id(id).title(title).link("https://shop.example/" + id)
                .availability(FeedAvailability.IN_STOCK).price(new Amount(new BigDecimal(price), "EUR"))
                .attribute(Attribute.COLOR, "red").raw(raw(id, title)).product();
    }

    private static Map<String, String> raw(String id, String title) {
        Map<String, String> raw = new LinkedHashMap<>();
        raw.put("id", id);
        raw.put("title", title);
        return raw;
    }

    private JsonNode detail(String token, String externalId, String marketplace) {
        JsonNode list = http.get("/api/v1/vendor/marketplace/products?marketplace=" + marketplace + "&size=10")
                .bearer(token).send().json();
        for (JsonNode p : list.get("content")) {
            if (p.get("externalId").asString().equals(externalId)) {
                return http.get("/api/v1/vendor/marketplace/products/" + p.get("id").asString()).bearer(token).send()
                        .json();
            }
        }
        throw new AssertionError(externalId + " is not staged: " + list);
    }

    /** A CSV cell quoted, its quotes doubled. */
    private static String quoted(String value) {
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
