package com.wizamart.marketplace.googlemerchant;

import static com.wizamart.marketplace.googlemerchant.Feeds.atom;
import static com.wizamart.marketplace.googlemerchant.Feeds.bareItem;
import static com.wizamart.marketplace.googlemerchant.Feeds.item;
import static com.wizamart.marketplace.googlemerchant.Feeds.rss;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.wizamart.marketplace.spi.Amount;
import com.wizamart.marketplace.spi.Attribute;
import com.wizamart.marketplace.spi.FeedAvailability;
import com.wizamart.marketplace.spi.FeedProduct;
import com.wizamart.marketplace.spi.FeedRowError;

/** What the XML feeds' items become: every mapped attribute, the raw values' names, positions. */
class XmlFeedsTests {

    @Nested
    class Rss {

        @Test
        void everyMappedAttributeOfAnItem() throws Exception {
            String item = """
                    <item>
                      <g:id>GM-1</g:id>
                      <g:title>Roasted coffee beans, 1 kg</g:title>
                      <g:description><![CDATA[<p>Handpicked & roasted in Luxembourg.</p>]]></g:description>
                      <g:link>https://shop.example/p/gm-1</g:link>
                      <g:image_link>https://img.example/gm-1/main.jpg</g:image_link>
                      <g:additional_image_link>https://img.example/gm-1/2.jpg</g:additional_image_link>
                      <g:additional_image_link>https://img.example/gm-1/3.jpg</g:additional_image_link>
                      <g:availability>in_stock</g:availability>
                      <g:price>24.90 EUR</g:price>
                      <g:sale_price>19.90 EUR</g:sale_price>
                      <g:brand>Kaffi &amp; Co</g:brand>
                      <g:gtin>4006381333931</g:gtin>
                      <g:mpn>KC-1000</g:mpn>
                      <g:condition>new</g:condition>
                      <g:google_product_category>Food, Beverages &amp; Tobacco &gt; Beverages &gt; Coffee</g:google_product_category>
                      <g:product_type>Coffee &gt; Beans</g:product_type>
                      <g:item_group_id>GM</g:item_group_id>
                      <g:color>brown</g:color>
                      <g:size>1 kg</g:size>
                      <g:gender>unisex</g:gender>
                      <g:age_group>adult</g:age_group>
                      <g:identifier_exists>yes</g:identifier_exists>
                      <g:adult>no</g:adult>
                      <g:shipping>
                        <g:country>LU</g:country>
                        <g:service>Standard</g:service>
                        <g:price>4.95 EUR</g:price>
                      </g:shipping>
                      <g:shipping>
                        <g:country>DE</g:country>
                        <g:region>BE</g:region>
                        <g:service>Express</g:service>
                        <g:price>9.9 EUR</g:price>
                        <g:min_handling_time>1</g:min_handling_time>
                        <g:max_handling_time>2</g:max_handling_time>
                      </g:shipping>
                      <g:shipping_weight>1.2 kg</g:shipping_weight>
                      <g:sell_on_google_quantity>42</g:sell_on_google_quantity>
                      <g:custom_label_0>autumn</g:custom_label_0>
                    </item>""";

            FeedProduct p = Feeds.read(rss(item)).onlyProduct();

            assertThat(p.position()).isEqualTo(Feeds.RSS_FIRST_ITEM_LINE);
            assertThat(p.externalId()).isEqualTo("GM-1");
            assertThat(p.title()).isEqualTo("Roasted coffee beans, 1 kg");
            assertThat(p.description()).isEqualTo("<p>Handpicked & roasted in Luxembourg.</p>");
            assertThat(p.link()).isEqualTo("https://shop.example/p/gm-1");
            assertThat(p.imageLink()).isEqualTo("https://img.example/gm-1/main.jpg");
            assertThat(p.additionalImages()).containsExactly("https://img.example/gm-1/2.jpg",
                    "https://img.example/gm-1/3.jpg");
            assertThat(p.availability()).isEqualTo(FeedAvailability.IN_STOCK);
            assertThat(p.price()).isEqualTo(new Amount(new BigDecimal("24.90"), "EUR"));
            assertThat(p.salePrice()).isEqualTo(new Amount(new BigDecimal("19.90"), "EUR"));
            assertThat(p.brand()).isEqualTo("Kaffi & Co");
            assertThat(p.gtin()).isEqualTo("4006381333931");
            assertThat(p.mpn()).isEqualTo("KC-1000");
            assertThat(p.condition()).isEqualTo("new");
            assertThat(p.productType()).isEqualTo("Coffee > Beans");
            assertThat(p.itemGroupId()).isEqualTo("GM");
            assertThat(p.quantity()).isEqualTo(42);
            assertThat(p.attributes().asMap()).containsExactly(
                    Map.entry("google_product_category", "Food, Beverages & Tobacco > Beverages > Coffee"),
                    Map.entry("color", "brown"), Map.entry("size", "1 kg"), Map.entry("gender", "unisex"),
                    Map.entry("age_group", "adult"), Map.entry("identifier_exists", true),
                    Map.entry("adult", false),
                    Map.entry("shipping", "LU::Standard:4.95 EUR,DE:BE:Express:9.90 EUR:1:2::"),
                    Map.entry("shipping_weight", new BigDecimal("1.2")), Map.entry("shipping_weight_unit", "kg"));
            assertThat(p.warnings()).isEmpty();
        }

        @Test
        void rawValuesFollowTheSpisNamingPrefixedNestedNumberedWithAttributes() throws Exception {
            String item = bareItem("<g:id>GM-2</g:id>", "<title>Mug</title>",
                    "<g:price unit=\"piece\">9.00 EUR</g:price>",
                    "<g:additional_image_link>https://img.example/a.jpg</g:additional_image_link>",
                    "<g:additional_image_link>https://img.example/b.jpg</g:additional_image_link>",
                    "<g:shipping><g:country>LU</g:country><g:price>0 EUR</g:price></g:shipping>",
                    "<g:shipping><g:country>FR</g:country><g:price>5 EUR</g:price></g:shipping>",
                    "<c:label xmlns:c=\"urn:shop\">  spaced  \n </c:label>", "<g:sale_price/>");

            FeedProduct p = Feeds.read(rss(item)).onlyProduct();

            assertThat(p.raw()).containsExactly(
                    Map.entry("g:id", "GM-2"), Map.entry("title", "Mug"), Map.entry("g:price", "9.00 EUR"),
                    Map.entry("g:price@unit", "piece"),
                    Map.entry("g:additional_image_link", "https://img.example/a.jpg"),
                    Map.entry("g:additional_image_link[2]", "https://img.example/b.jpg"),
                    Map.entry("g:shipping/g:country", "LU"), Map.entry("g:shipping/g:price", "0 EUR"),
                    Map.entry("g:shipping[2]/g:country", "FR"), Map.entry("g:shipping[2]/g:price", "5 EUR"),
                    Map.entry("c:label", "spaced"), Map.entry("g:sale_price", ""));
            assertThat(p.attribute(ItemMapping.SHIPPING)).isEqualTo("LU:::0.00 EUR,FR:::5.00 EUR");
        }

        @Test
        void rssOwnTitleLinkAndDescriptionAreReadAndGooglesOwnWin() throws Exception {
            String plain = bareItem("<g:id>A</g:id>", "<title>Plain title</title>",
                    "<link>https://shop.example/a</link>", "<description>Plain text</description>",
                    "<g:price>1.00 EUR</g:price>");
            String both = bareItem("<title>RSS title</title>", "<g:title>Google title</g:title>", "<g:id>B</g:id>",
                    "<description>RSS text</description>", "<g:description>Google text</g:description>",
                    "<link>https://shop.example/rss</link>", "<g:link>https://shop.example/google</g:link>",
                    "<g:price>1.00 EUR</g:price>");

            Feeds.Read read = Feeds.read(rss(plain, both));

            assertThat(read.product("A")).extracting(FeedProduct::title, FeedProduct::link, FeedProduct::description)
                    .containsExactly("Plain title", "https://shop.example/a", "Plain text");
            assertThat(read.product("B")).extracting(FeedProduct::title, FeedProduct::link, FeedProduct::description)
                    .containsExactly("Google title", "https://shop.example/google", "Google text");
        }

        @Test
        void positionsAreTheLinesOfTheItemsStartTags() throws Exception {
            String feed = rss(item("A"), "\n\n<item>\n  <g:id>B</g:id>\n  <title>B</title>\n"
                    + "  <g:price>2.00 EUR</g:price>\n"
                    + "</item>", "<!-- a comment\nover two lines --><item><g:id>C</g:id><title>C</title>"
                    + "<g:price>3.00 EUR</g:price></item>");

            assertThat(Feeds.read(feed).positionsById()).containsExactlyInAnyOrderEntriesOf(
                    Map.of("A", 5L, "B", 8L, "C", 14L));
        }

        @Test
        void variantsShareTheirItemGroupId() throws Exception {
            Feeds.Read read = Feeds.read(rss(
                    item("SHIRT-S", "<g:item_group_id>SHIRT</g:item_group_id><g:size>S</g:size>"),
                    item("SHIRT-M", "<g:item_group_id>SHIRT</g:item_group_id><g:size>M</g:size>")));

            assertThat(read.products()).extracting(FeedProduct::itemGroupId).containsExactly("SHIRT", "SHIRT");
            assertThat(read.products()).extracting(p -> p.attribute(Attribute.SIZE)).containsExactly("S", "M");
        }

        @Test
        void aShippingEntryMayBeWrittenInTheTextFeedsForm() throws Exception {
            FeedProduct p = Feeds.read(rss(item("A", "<g:shipping>LU::Standard:4.95 EUR</g:shipping>")))
                    .onlyProduct();

            assertThat(p.attribute(ItemMapping.SHIPPING)).isEqualTo("LU::Standard:4.95 EUR");
        }

        @Test
        void aDocumentDeclaredLatin1IsReadAsLatin1() throws Exception {
            String feed = rss(item("A", "<g:brand>Café Lëtzebuerg</g:brand>"))
                    .replace("encoding=\"UTF-8\"", "encoding=\"ISO-8859-1\"");

            FeedProduct p = Feeds.read(feed.getBytes(StandardCharsets.ISO_8859_1)).onlyProduct();

            assertThat(p.brand()).isEqualTo("Café Lëtzebuerg");
        }

        @Test
        void aUtf16DocumentWithItsByteOrderMarkIsRead() throws Exception {
            String feed = rss(item("A", "<g:brand>Café</g:brand>")).replace("UTF-8", "UTF-16");

            FeedProduct p = Feeds.read(feed.getBytes(StandardCharsets.UTF_16)).onlyProduct();

            assertThat(p.brand()).isEqualTo("Café");
            assertThat(p.position()).isEqualTo(5);
        }

        @Test
        void theGoogleNamespaceIsKnownByItsUriWhateverItsPrefix() throws Exception {
            String feed = rss(bareItem("<google:id>A</google:id>", "<title>Mug</title>",
                    "<google:price>5.00 EUR</google:price>"))
                    .replace("<rss version=\"2.0\" xmlns:g=", "<rss version=\"2.0\" xmlns:google=");

            FeedProduct p = Feeds.read(feed).onlyProduct();

            assertThat(p.externalId()).isEqualTo("A");
            assertThat(p.raw()).containsKeys("google:id", "google:price");
        }
    }

    @Nested
    class Atom {

        @Test
        void atomsTitleSummaryLinkAndIdAreReadAndGooglesOwnWin() throws Exception {
            String plain = """
                    <entry>
                      <title>Red wool sweater</title>
                      <id>1a</id>
                      <link rel="self" href="https://shop.example/feed/1a"/>
                      <link href="https://shop.example/1a"/>
                      <summary>Comfortable and soft.</summary>
                      <updated>2026-12-06T10:00:00Z</updated>
                      <g:price>25.00 EUR</g:price>
                    </entry>""";
            String google = """
                    <entry>
                      <g:id>2b</g:id>
                      <id>tag:shop.example,2026:2b</id>
                      <title>Blue wool sweater</title>
                      <content type="html">&lt;p&gt;Warm.&lt;/p&gt;</content>
                      <link rel="alternate" type="text/html" href="https://shop.example/2b"/>
                      <g:price>27.00 EUR</g:price>
                    </entry>""";

            Feeds.Read read = Feeds.read(atom(plain, google));

            FeedProduct first = read.product("1a");
            assertThat(first.position()).isEqualTo(5);
            assertThat(first).extracting(FeedProduct::title, FeedProduct::link, FeedProduct::description)
                    .containsExactly("Red wool sweater", "https://shop.example/1a", "Comfortable and soft.");
            assertThat(first.raw()).containsEntry("link@rel", "self").containsEntry("link[2]@href",
                    "https://shop.example/1a");
            FeedProduct second = read.product("2b");
            assertThat(second.position()).isEqualTo(14);
            assertThat(second).extracting(FeedProduct::title, FeedProduct::link, FeedProduct::description)
                    .containsExactly("Blue wool sweater", "https://shop.example/2b", "<p>Warm.</p>");
            assertThat(second.raw()).containsEntry("id", "tag:shop.example,2026:2b");
        }
    }

    @Nested
    class Values {

        @ParameterizedTest
        @CsvSource({"in_stock, IN_STOCK", "in stock, IN_STOCK", "out_of_stock, OUT_OF_STOCK",
                "out of stock, OUT_OF_STOCK", "preorder, PREORDER", "backorder, BACKORDER", "Pre-Order, PREORDER"})
        void availabilityInGooglesCurrentAndOlderSpellings(String written, FeedAvailability expected)
                throws Exception {
            FeedProduct p = Feeds.read(rss(item("A", "<g:availability>" + written + "</g:availability>")))
                    .onlyProduct();

            assertThat(p.availability()).isEqualTo(expected);
        }

        @Test
        void aPriceWithoutCurrencyRejectsTheItem() throws Exception {
            String feed = rss(bareItem("<g:id>A</g:id>", "<title>Mug</title>", "<g:price>15.00</g:price>"));

            FeedRowError error = Feeds.read(feed).onlyError();

            assertThat(error).isEqualTo(new FeedRowError(5, "g:price", "15.00", "price: the price names no "
                    + "currency; expected e.g. 19.99 EUR (product A)"));
        }

        @Test
        void aSalePriceInAnotherCurrencyOrAboveThePriceIsDroppedWithAWarning() throws Exception {
            Feeds.Read read = Feeds.read(rss(item("A", "<g:sale_price>15.00 USD</g:sale_price>"),
                    item("B", "<g:sale_price>25.00 EUR</g:sale_price>"),
                    item("C", "<g:sale_price>15 EUR</g:sale_price>")));

            assertThat(read.product("A").salePrice()).isNull();
            assertThat(read.product("A").warnings()).singleElement().satisfies(w -> assertThat(w.message())
                    .isEqualTo("g:sale_price is in USD but the price in EUR; ignored"));
            assertThat(read.product("B").salePrice()).isNull();
            assertThat(read.product("B").warnings()).singleElement().satisfies(w -> assertThat(w.message())
                    .isEqualTo("g:sale_price is higher than the price (19.99 EUR); ignored"));
            assertThat(read.product("C").salePrice()).isEqualTo(new Amount(new BigDecimal("15.00"), "EUR"));
        }

        @Test
        void malformedOptionalValuesAreDroppedWithAWarningEach() throws Exception {
            FeedProduct p = Feeds.read(rss(item("A", "<g:gtin>4006381333932</g:gtin>",
                    "<g:availability>soon</g:availability>", "<g:image_link>www.shop.example/a.jpg</g:image_link>",
                    "<g:condition>like new</g:condition>", "<g:identifier_exists>perhaps</g:identifier_exists>",
                    "<g:shipping_weight>heavy</g:shipping_weight>",
                    "<g:sell_on_google_quantity>-3</g:sell_on_google_quantity>",
                    "<g:shipping><g:country>LU</g:country><g:service>Standard</g:service></g:shipping>")))
                    .onlyProduct();

            assertThat(p.gtin()).isNull();
            assertThat(p.availability()).isNull();
            assertThat(p.imageLink()).isNull();
            assertThat(p.condition()).isNull();
            assertThat(p.quantity()).isNull();
            assertThat(p.attributes().asMap()).isEmpty();
            assertThat(p.warnings()).extracting(FeedRowError::field, FeedRowError::message).containsExactlyInAnyOrder(
                    org.assertj.core.groups.Tuple.tuple("g:gtin", "g:gtin: wrong GTIN check digit (typo, or a wrong "
                            + "number); ignored"),
                    org.assertj.core.groups.Tuple.tuple("g:availability", "g:availability: unknown availability; "
                            + "expected in stock, out of stock, preorder or backorder; ignored"),
                    org.assertj.core.groups.Tuple.tuple("g:image_link", "g:image_link: not an http(s) URL; ignored"),
                    org.assertj.core.groups.Tuple.tuple("g:condition", "g:condition: expected new, refurbished or "
                            + "used; ignored"),
                    org.assertj.core.groups.Tuple.tuple("g:identifier_exists", "g:identifier_exists: not a yes/no "
                            + "value; expected e.g. yes, no, oui, non, ja, nein, true, false; ignored"),
                    org.assertj.core.groups.Tuple.tuple("g:shipping_weight", "g:shipping_weight: expected a number "
                            + "and a unit (kg, g, lb or oz), e.g. 2 kg; ignored"),
                    org.assertj.core.groups.Tuple.tuple("g:sell_on_google_quantity", "g:sell_on_google_quantity: a "
                            + "quantity cannot be negative; ignored"),
                    org.assertj.core.groups.Tuple.tuple("g:shipping", "g:shipping: the price is missing; this "
                            + "shipping entry is ignored"));
            assertThat(p.warnings()).allMatch(w -> w.severity() == FeedRowError.Severity.WARNING && w.position() == 5);
        }

        @Test
        void moreThanTenAdditionalImagesKeepTheFirstTenWithAWarning() throws Exception {
            StringBuilder images = new StringBuilder();
            for (int i = 1; i <= 12; i++) {
                images.append("<g:additional_image_link>https://img.example/").append(i)
                        .append(".jpg</g:additional_image_link>");
            }

            FeedProduct p = Feeds.read(rss(item("A", images.toString()))).onlyProduct();

            assertThat(p.additionalImages()).hasSize(10).startsWith("https://img.example/1.jpg")
                    .endsWith("https://img.example/10.jpg");
            assertThat(p.warnings()).singleElement().satisfies(w -> {
                assertThat(w.field()).isEqualTo("g:additional_image_link");
                assertThat(w.value()).isEqualTo("https://img.example/11.jpg,https://img.example/12.jpg");
                assertThat(w.message()).isEqualTo("more than 10 additional images (12); kept the first 10");
            });
            assertThat(p.raw()).containsKey("g:additional_image_link[12]");
        }
    }
}
