package com.wizamart.marketplace.googlemerchant;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.wizamart.marketplace.spi.Amount;
import com.wizamart.marketplace.spi.Attribute;
import com.wizamart.marketplace.spi.FeedAvailability;
import com.wizamart.marketplace.spi.FeedException;
import com.wizamart.marketplace.spi.FeedProduct;

/**
 * The sample feeds under {@code src/test/resources/samples}, one shop's six products (a coffee with a sale price and
 * two shipping entries, a T-shirt in three sizes, a mug, a used book) in each of Google's formats: English as RSS 2.0,
 * French as Atom 1.0, German as a spreadsheet's tab-separated export (byte-order mark, CRLF, Google's template
 * headers, decimal commas). Read end to end, joined by id across the languages.
 */
class SampleFeedsTests {

    private static final Map<String, Long> RSS_LINES = Map.of("GM-COFFEE-1KG", 7L, "TS-100-S", 42L, "TS-100-M", 66L,
            "TS-100-L", 91L, "GM-MUG", 110L, "GM-BOOK", 134L);

    @Test
    void theThreeFormatsGiveTheSameProductsWithoutAnyProblem() throws Exception {
        Feeds.Read en = sample("google-products-en.rss.xml");
        Feeds.Read fr = sample("google-products-fr.atom.xml");
        Feeds.Read de = sample("google-products-de.tsv");

        assertThat(en.positionsById()).isEqualTo(RSS_LINES);
        assertThat(fr.positionsById()).isEqualTo(Map.of("GM-COFFEE-1KG", 7L, "TS-100-S", 44L, "TS-100-M", 70L,
                "TS-100-L", 97L, "GM-MUG", 118L, "GM-BOOK", 144L));
        assertThat(de.positionsById()).isEqualTo(Map.of("GM-COFFEE-1KG", 2L, "TS-100-S", 3L, "TS-100-M", 4L,
                "TS-100-L", 5L, "GM-MUG", 6L, "GM-BOOK", 7L));
        for (Feeds.Read read : new Feeds.Read[] {en, fr, de}) {
            assertThat(read.errors()).isEmpty();
            assertThat(read.products()).allSatisfy(p -> assertThat(p.warnings()).isEmpty());
        }
        assertThat(en.bytesRead()).isEqualTo(resourceSize("google-products-en.rss.xml"));
    }

    @Test
    void theCoffeeFieldByFieldInEachLanguage() throws Exception {
        FeedProduct en = sample("google-products-en.rss.xml").product("GM-COFFEE-1KG");
        FeedProduct fr = sample("google-products-fr.atom.xml").product("GM-COFFEE-1KG");
        FeedProduct de = sample("google-products-de.tsv").product("GM-COFFEE-1KG");

        assertThat(en.title()).isEqualTo("Roasted coffee beans, 1 kg");
        assertThat(fr.title()).isEqualTo("Café en grains torréfié, 1 kg");
        assertThat(de.title()).isEqualTo("Geröstete Kaffeebohnen, 1 kg");
        assertThat(en.description()).isEqualTo("<p>Arabica beans, <strong>roasted</strong> in Luxembourg.</p>");
        assertThat(fr.description()).isEqualTo("<p>Grains d’arabica, <strong>torréfiés</strong> au Luxembourg.</p>");
        assertThat(de.description()).isEqualTo("<p>Arabica-Bohnen, in Luxemburg <strong>geröstet</strong>.</p>");
        assertThat(fr.link()).isEqualTo("https://kaffi.example/fr/coffee-1kg");
        for (FeedProduct p : new FeedProduct[] {en, fr, de}) {
            assertThat(p.price()).isEqualTo(new Amount(new BigDecimal("24.90"), "EUR"));
            assertThat(p.gtin()).isEqualTo("4006381333931");
            assertThat(p.availability()).isEqualTo(FeedAvailability.IN_STOCK);
            assertThat(p.additionalImages()).containsExactly("https://img.kaffi.example/coffee-1kg/bag.jpg",
                    "https://img.kaffi.example/coffee-1kg/beans.jpg");
            assertThat(p.attribute(ItemMapping.SHIPPING))
                    .isEqualTo("LU::Standard:4.95 EUR,DE::Express:9.90 EUR:1:2:1:3");
            assertThat(p.attribute(ItemMapping.SHIPPING_WEIGHT_VALUE)).isEqualByComparingTo("1.1");
            assertThat(p.attribute(Attribute.IDENTIFIER_EXISTS)).isTrue();
            assertThat(p.quantity()).isEqualTo(120);
        }
        assertThat(en.salePrice()).isEqualTo(new Amount(new BigDecimal("19.90"), "EUR"));
        assertThat(fr.salePrice()).isEqualTo(new Amount(new BigDecimal("21.90"), "EUR"));
        assertThat(de.raw()).containsEntry("Price [price]", "24,90 EUR");
        assertThat(en.raw()).containsEntry("g:shipping[2]/g:max_transit_time", "3");
    }

    @Test
    void theTShirtsAreVariantsOfOneProduct() throws Exception {
        Feeds.Read de = sample("google-products-de.tsv");

        assertThat(de.products()).filteredOn(p -> "TS-100".equals(p.itemGroupId()))
                .extracting(p -> p.attribute(Attribute.SIZE)).containsExactly("S", "M", "L");
        FeedProduct large = de.product("TS-100-L");
        assertThat(large.availability()).isEqualTo(FeedAvailability.OUT_OF_STOCK);
        assertThat(large.attribute(Attribute.COLOR)).isEqualTo("rot");
        assertThat(large.attribute(ItemMapping.SHIPPING_WEIGHT_UNIT)).isEqualTo("g");
        assertThat(sample("google-products-en.rss.xml").product("GM-BOOK").condition()).isEqualTo("used");
    }

    private static Feeds.Read sample(String name) throws IOException, FeedException {
        try (InputStream in = SampleFeedsTests.class.getResourceAsStream("/samples/" + name)) {
            return Feeds.read(in.readAllBytes());
        }
    }

    private static long resourceSize(String name) throws IOException {
        try (InputStream in = SampleFeedsTests.class.getResourceAsStream("/samples/" + name)) {
            return in.readAllBytes().length;
        }
    }
}
