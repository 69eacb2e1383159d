package com.wizamart.marketplace.letzshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.wizamart.marketplace.spi.Attribute;
import com.wizamart.marketplace.spi.FeedException;
import com.wizamart.marketplace.spi.FeedProduct;
import com.wizamart.marketplace.spi.FeedAvailability;
import com.wizamart.marketplace.spi.Amount;
import com.wizamart.marketplace.spi.FeedRowError;

/**
 * The three sample Letzshop feeds (kept byte for byte in the test resources): English plain UTF-8 with LF, French
 * with CRLF, German with a BOM. Each has 38 rows, one of which (LS-0301) carries a spreadsheet-mangled GTIN: imported
 * without it, with a warning, since a wrong number is never stored and the GTIN is optional.
 */
class SampleFeedsTests {

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr", "de"})
    void readsEverySampleRowAsAProductTheOneWithAMangledGtinWithoutIt(String language) throws Exception {
        Feeds.Read read = sample(language);

        assertThat(read.columns()).containsExactlyElementsOf(Feeds.COLUMNS);
        assertThat(read.records()).hasSize(38);
        assertThat(read.errors()).isEmpty();
        assertThat(read.products()).hasSize(38).filteredOn(p -> !p.externalId().equals("LS-0301"))
                .allSatisfy(p -> assertThat(p.warnings()).isEmpty());
        FeedProduct mangled = read.product("LS-0301");
        assertThat(mangled.gtin()).isNull();
        assertThat(mangled.brand()).isEqualTo("Bernard-Massard");
        assertThat(mangled.warnings()).containsExactly(FeedRowError.warning(13, "gtin", "4.82815E+12",
                "gtin: GTIN looks spreadsheet-mangled (scientific notation); format the column as text and export "
                        + "again; ignored"));
    }

    @Test
    void joinsTheLanguagesOnTheSameIdsAndRows() throws Exception {
        Feeds.Read en = sample("en");
        Feeds.Read fr = sample("fr");
        Feeds.Read de = sample("de");

        assertThat(fr.rowsById()).isEqualTo(en.rowsById());
        assertThat(de.rowsById()).isEqualTo(en.rowsById());
        assertThat(en.product("LS-0102").title()).isEqualTo("Roasted coffee beans (2)");
        assertThat(fr.product("LS-0102").title()).isEqualTo("Café en grains torréfié (2)");
        assertThat(de.product("LS-0102").title()).isEqualTo("Geröstete Kaffeebohnen (2)");
        for (FeedProduct p : en.products()) {
            FeedProduct f = fr.product(p.externalId());
            FeedProduct d = de.product(p.externalId());
            assertThat(f.price()).isEqualTo(p.price()).isEqualTo(d.price());
            assertThat(f.gtin()).isEqualTo(p.gtin()).isEqualTo(d.gtin());
            assertThat(f.attribute(Attribute.ADULT)).isEqualTo(p.attribute(Attribute.ADULT)).isEqualTo(d.attribute(Attribute.ADULT));
            assertThat(f.availability()).isEqualTo(p.availability()).isEqualTo(d.availability());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr", "de"})
    void keepsQuotedQuotesAndLineBreaksAndNumbersRowsByTheirFirstLine(String language) throws Exception {
        Feeds.Read read = sample(language);

        assertThat(read.product("LS-0103").title()).endsWith("(3) \"Édition spéciale\"");
        FeedProduct multiLine = read.product("LS-0105");
        assertThat(multiLine.position()).isEqualTo(6);
        assertThat(multiLine.description()).endsWith("</p>\nSecond paragraph on a new line.");
        assertThat(read.product("LS-0201").position()).isEqualTo(8);
        assertThat(read.products()).allSatisfy(p -> assertThat(p.raw().values()).noneMatch(v -> v.contains("\r")));
    }

    @Test
    void normalizesTheFactsOfASampleRow() throws Exception {
        FeedProduct p = sample("de").product("LS-0202");

        assertThat(p.position()).isEqualTo(9);
        assertThat(p.price()).isEqualTo(new Amount(new BigDecimal("192.77"), "EUR"));
        assertThat(p.salePrice()).isEqualTo(new Amount(new BigDecimal("173.49"), "EUR"));
        assertThat(p.availability()).isEqualTo(FeedAvailability.OUT_OF_STOCK);
        assertThat(p.gtin()).isEqualTo("0305641395370");
        assertThat(p.additionalImages()).containsExactly("https://images.example.lu/ls-0202/1.jpg");
        assertThat(p.attribute(Attribute.IDENTIFIER_EXISTS)).isTrue();
        assertThat(p.attribute(Attribute.ADULT)).isTrue();
        assertThat(p.quantity()).isEqualTo(50);
        assertThat(p.taxRate()).isEqualByComparingTo("17");
        assertThat(p.attribute(Attribute.DELIVERY_METHOD)).isEqualTo("package_delivery");
        assertThat(p.raw()).containsEntry("adult", "ja").containsEntry("price", "192.77 EUR").hasSize(25);
        assertThat(sample("en").product("LS-0101").price()).isEqualTo(new Amount(new BigDecimal("160.94"), "EUR"));
        assertThat(sample("en").product("LS-0102").price()).isEqualTo(new Amount(new BigDecimal("57.00"), "EUR"));
    }

    private static Feeds.Read sample(String language) throws IOException, FeedException {
        try (InputStream in = SampleFeedsTests.class.getResourceAsStream(
                "/samples/letzshop-products-" + language + ".tsv")) {
            return Feeds.read(in.readAllBytes());
        }
    }
}
