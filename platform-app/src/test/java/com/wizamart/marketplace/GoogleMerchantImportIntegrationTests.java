package com.wizamart.marketplace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.wizamart.support.ApiTest;
import com.wizamart.support.Fixtures;
import com.wizamart.support.Http;
import com.wizamart.support.Imports;

import tools.jackson.databind.JsonNode;

/**
 * The Google Merchant Center adapter through the whole stack: a French RSS feed uploaded for
 * {@code marketplace=google-merchant&language=fr}, read by the job, staged with its attributes and raw values, its
 * row error and warning listed at the lines of their items. The adapter's own tests (marketplace/google-merchant)
 * cover the formats and broken feeds in detail; this checks that the adapter is wired in and its records arrive.
 */
class GoogleMerchantImportIntegrationTests extends ApiTest {

    /** Items start on lines 6 (GM-1), 30 (TS-S), 38 (TS-M), 46 (TS-L, without a price) and 51 (GM-MUG). */
    private static final String FEED = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:g="http://base.google.com/ns/1.0">
            <channel>
              <title>Kaffi &amp; Co</title>
              <link>https://kaffi.example</link>
              <item>
                <g:id>GM-1</g:id>
                <title>Café en grains torréfié, 1 kg</title>
                <link>https://kaffi.example/fr/cafe</link>
                <description><![CDATA[<p>Torréfié au <b>Luxembourg</b>.</p>]]></description>
                <g:image_link>https://img.kaffi.example/cafe.jpg</g:image_link>
                <g:additional_image_link>https://img.kaffi.example/cafe-2.jpg</g:additional_image_link>
                <g:additional_image_link>https://img.kaffi.example/cafe-3.jpg</g:additional_image_link>
                <g:availability>in stock</g:availability>
                <g:price>24.90 EUR</g:price>
                <g:sale_price>19.90 EUR</g:sale_price>
                <g:brand>Kaffi &amp; Co</g:brand>
                <g:gtin>4006381333931</g:gtin>
                <g:shipping>
                  <g:country>LU</g:country>
                  <g:service>Standard</g:service>
                  <g:price>4.95 EUR</g:price>
                </g:shipping>
                <g:shipping>
                  <g:country>FR</g:country>
                  <g:price>6.50 EUR</g:price>
                </g:shipping>
                <g:shipping_weight>1.1 kg</g:shipping_weight>
              </item>
              <item>
                <g:id>TS-S</g:id>
                <title>T-shirt rouge, S</title>
                <g:price>29.00 EUR</g:price>
                <g:item_group_id>TS</g:item_group_id>
                <g:color>rouge</g:color>
                <g:size>S</g:size>
              </item>
              <item>
                <g:id>TS-M</g:id>
                <title>T-shirt rouge, M</title>
                <g:price>29.00 EUR</g:price>
                <g:sale_price>25.00 USD</g:sale_price>
                <g:item_group_id>TS</g:item_group_id>
                <g:size>M</g:size>
              </item>
              <item>
                <g:id>TS-L</g:id>
                <title>T-shirt rouge, L</title>
                <g:item_group_id>TS</g:item_group_id>
              </item>
              <item>
                <g:id>GM-MUG</g:id>
                <title>Tasse « Moien »</title>
                <g:price>16.50 EUR</g:price>
                <g:availability>preorder</g:availability>
              </item>
            </channel>
            </rss>
            """;

    @Test
    void aFrenchRssFeedIsStagedWithItsAttributesRawValuesAndTheLinesOfItsProblems() {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        String token = vendor.owner().accessToken();
        Http.Response upload = http.post("/api/v1/vendor/marketplace/import/upload?marketplace=google-merchant"
                        + "&language=fr").bearer(token)
                .multipartFile("file", "google-fr.xml", "application/rss+xml", FEED.getBytes(StandardCharsets.UTF_8))
                .send();
        assertThat(upload.status()).as(upload.toString()).isEqualTo(202);

        JsonNode job = new Imports(http, token).await(upload.json().get("id").asString());
        assertThat(job.get("status").asString()).as(job.toString()).isEqualTo("COMPLETED_WITH_ERRORS");
        assertThat(job.get("marketplace").asString()).isEqualTo("google-merchant");
        assertThat(job.get("language").asString()).isEqualTo("fr");
        assertThat(job.get("rowsProcessed").asLong()).isEqualTo(5);
        assertThat(job.get("created").asLong()).isEqualTo(4);
        assertThat(job.get("failed").asLong()).isEqualTo(1);
        assertThat(job.get("errorCount").asLong()).isEqualTo(1);
        assertThat(job.get("warningCount").asLong()).isEqualTo(1);

        JsonNode issues = http.get("/api/v1/vendor/marketplace/jobs/" + job.get("id").asString() + "/errors")
                .bearer(token).send().json().get("content");
        assertThat(issues).hasSize(2);
        Map<Long, JsonNode> byPosition = new HashMap<>();
        issues.forEach(i -> byPosition.put(i.get("position").asLong(), i));
        assertThat(byPosition).containsOnlyKeys(38L, 46L);
        assertThat(byPosition.get(38L).get("field").asString()).isEqualTo("g:sale_price");
        assertThat(byPosition.get(38L).get("severity").asString()).isEqualTo("WARNING");
        assertThat(byPosition.get(46L).get("field").asString()).isEqualTo("price");
        assertThat(byPosition.get(46L).get("message").asString()).isEqualTo("price is missing (product TS-L)");
        assertThat(byPosition.get(46L).get("severity").asString()).isEqualTo("ERROR");

        JsonNode list = http.get("/api/v1/vendor/marketplace/products?marketplace=google-merchant&language=fr&size=10")
                .bearer(token).send().json();
        Map<String, JsonNode> staged = new HashMap<>();
        list.get("content").forEach(p -> staged.put(p.get("externalId").asString(), p));
        assertThat(staged).containsOnlyKeys("GM-1", "TS-S", "TS-M", "GM-MUG");
        assertThat(staged.get("GM-MUG").get("availability").asString()).isEqualTo("PREORDER");

        JsonNode coffee = http.get("/api/v1/vendor/marketplace/products/" + staged.get("GM-1").get("id").asString())
                .bearer(token).send().json();
        assertThat(coffee.get("marketplace").asString()).isEqualTo("google-merchant");
        assertThat(coffee.get("titles").get("fr").asString()).isEqualTo("Café en grains torréfié, 1 kg");
        assertThat(coffee.get("descriptions").get("fr").asString()).isEqualTo("<p>Torréfié au <b>Luxembourg</b>.</p>");
        assertThat(coffee.get("price").decimalValue()).isEqualByComparingTo("24.90");
        assertThat(coffee.get("salePrice").decimalValue()).isEqualByComparingTo("19.90");
        assertThat(coffee.get("gtin").asString()).isEqualTo("4006381333931");
        assertThat(coffee.get("additionalImages").toString()).isEqualTo("[\"https://img.kaffi.example/cafe-2.jpg\","
                + "\"https://img.kaffi.example/cafe-3.jpg\"]");
        // the shipping entries as the feed wrote them (staging keeps the well-known attributes in columns of their
        // own, and every value of the item raw)
        JsonNode raw = coffee.get("raw").get("fr");
        assertThat(raw.get("g:shipping/g:price").asString()).isEqualTo("4.95 EUR");
        assertThat(raw.get("g:shipping_weight").asString()).isEqualTo("1.1 kg");
        assertThat(raw.get("g:id").asString()).isEqualTo("GM-1");
        assertThat(raw.get("g:shipping[2]/g:country").asString()).isEqualTo("FR");
        assertThat(raw.get("g:additional_image_link[2]").asString()).isEqualTo("https://img.kaffi.example/cafe-3.jpg");

        JsonNode small = http.get("/api/v1/vendor/marketplace/products/" + staged.get("TS-S").get("id").asString())
                .bearer(token).send().json();
        assertThat(small.get("itemGroupId").asString()).isEqualTo("TS");
        assertThat(small.get("attributes").get("color").asString()).isEqualTo("rouge");
        assertThat(small.get("attributes").get("size").asString()).isEqualTo("S");
    }

    @Test
    void anHtmlErrorPageUploadedAsTheFeedFailsTheJobSayingWhatItIs() {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        String token = vendor.owner().accessToken();
        byte[] page = "<!DOCTYPE html><html><head><title>503 Service Unavailable</title></head><body></body></html>"
                .getBytes(StandardCharsets.UTF_8);

        Http.Response upload = http.post("/api/v1/vendor/marketplace/import/upload?marketplace=google-merchant"
                + "&language=de").bearer(token).multipartFile("file", "feed.xml", "text/html", page).send();
        assertThat(upload.status()).as(upload.toString()).isEqualTo(202);

        JsonNode job = new Imports(http, token).await(upload.json().get("id").asString());
        assertThat(job.get("status").asString()).isEqualTo("FAILED");
        assertThat(job.get("message").asString()).startsWith("The file is an HTML page titled \"503 Service "
                + "Unavailable\", not a product feed");
    }
}
