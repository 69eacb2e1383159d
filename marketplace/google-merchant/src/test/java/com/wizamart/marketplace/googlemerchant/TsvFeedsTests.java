package com.wizamart.marketplace.googlemerchant;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.wizamart.marketplace.spi.Amount;
import com.wizamart.marketplace.spi.Attribute;
import com.wizamart.marketplace.spi.FeedProduct;
import com.wizamart.marketplace.spi.FeedRowError;

/** What the tab-separated text feeds' rows become: Google's column spellings, repeated values, positions. */
class TsvFeedsTests {

    private static final String HEADER = "id\ttitle\tprice\tlink\timage_link\tadditional_image_link\tshipping\t"
            + "shipping_weight\tgtin\tcolor";

    @Test
    void everyColumnOfARowIsMapped() throws Exception {
        String feed = HEADER + "\n" + "GM-1\tRoasted coffee\t24.90 EUR\thttps://shop.example/gm-1\t"
                + "https://img.example/1.jpg\thttps://img.example/2.jpg, https://img.example/3.jpg\t"
                + "LU::Standard:4.95 EUR,DE:BE:Express:9.90 EUR:1:2:1:3\t1,5 kg\t4006381333931\tbrown\n";

        FeedProduct p = Feeds.read(feed).onlyProduct();

        assertThat(p.position()).isEqualTo(2);
        assertThat(p.externalId()).isEqualTo("GM-1");
        assertThat(p.price()).isEqualTo(new Amount(new BigDecimal("24.90"), "EUR"));
        assertThat(p.additionalImages()).containsExactly("https://img.example/2.jpg", "https://img.example/3.jpg");
        assertThat(p.gtin()).isEqualTo("4006381333931");
        assertThat(p.attributes().asMap()).containsExactly(Map.entry("color", "brown"),
                Map.entry("shipping", "LU::Standard:4.95 EUR,DE:BE:Express:9.90 EUR:1:2:1:3"),
                Map.entry("shipping_weight", new BigDecimal("1.5")), Map.entry("shipping_weight_unit", "kg"));
        assertThat(p.raw()).containsEntry("additional_image_link",
                "https://img.example/2.jpg, https://img.example/3.jpg").hasSize(10);
        assertThat(p.warnings()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"id\ttitle\tprice\timage_link", "ID\tTitle\tPrice\tImage link",
            "ID [id]\tTitle [title]\tPrice [price]\tImage link [image_link]", " id \t title\tprice\tImage-Link"})
    void columnsAreNamedAsGoogleAllows(String header) throws Exception {
        FeedProduct p = Feeds.read(header + "\nA\tMug\t5.00 EUR\thttps://img.example/a.jpg\n").onlyProduct();

        assertThat(p.imageLink()).isEqualTo("https://img.example/a.jpg");
        assertThat(p.raw().keySet()).containsExactly(header.split("\t")[0].strip(), header.split("\t")[1].strip(),
                header.split("\t")[2].strip(), header.split("\t")[3].strip());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "shipping(country:price)|LU:4.95 EUR|LU:::4.95 EUR",
            "shipping(country:postal_code:price)|DE:80*:5 EUR,AT::7 EUR|DE:80*::5.00 EUR,AT:::7.00 EUR",
            "Shipping [shipping]|LU::Standard:0 EUR|LU::Standard:0.00 EUR"})
    void aShippingColumnMayNameItsSubAttributes(String column, String cell, String expected) throws Exception {
        FeedProduct p = Feeds.read("id\ttitle\tprice\t" + column + "\nA\tMug\t5.00 EUR\t" + cell + "\n")
                .onlyProduct();

        assertThat(p.attribute(ItemMapping.SHIPPING)).isEqualTo(expected);
    }

    @Test
    void repeatedAttributesMayHaveSeveralColumnsAndQuotedValuesHoldCommas() throws Exception {
        String feed = "id\ttitle\tprice\tadditional_image_link\tadditional_image_link\tshipping\tshipping\n"
                + "A\tMug\t5.00 EUR\t\"https://img.example/a,1.jpg\",https://img.example/b.jpg\t"
                + "https://img.example/c.jpg\tLU::Standard:4.95 EUR\tFR::Colissimo:6.50 EUR\n";

        FeedProduct p = Feeds.read(feed).onlyProduct();

        assertThat(p.additionalImages()).containsExactly("https://img.example/a,1.jpg", "https://img.example/b.jpg",
                "https://img.example/c.jpg");
        assertThat(p.attribute(ItemMapping.SHIPPING)).isEqualTo("LU::Standard:4.95 EUR,FR::Colissimo:6.50 EUR");
        assertThat(p.raw()).containsKeys("additional_image_link", "additional_image_link (column 5)", "shipping",
                "shipping (column 7)");
    }

    @Test
    void positionsAreTheLinesRowsStartOnWithQuotedLineBreaksBlankLinesAndCrLf() throws Exception {
        String feed = "id\ttitle\tprice\tdescription\r\n"
                + "A\tMug\t5.00 EUR\t\"Two\r\nlines\"\r\n"
                + "\r\n"
                + "\t\t\t\r\n"
                + "B\t\"Cup \"\"XL\"\"\"\t6.00 EUR\t\"tab\there\"\r\n"
                + "C\tPlate\t7.00 EUR\t\n";

        Feeds.Read read = Feeds.read(feed);

        assertThat(read.positionsById()).containsExactlyInAnyOrderEntriesOf(Map.of("A", 2L, "B", 6L, "C", 7L));
        assertThat(read.product("A").description()).isEqualTo("Two\nlines");
        assertThat(read.product("B").title()).isEqualTo("Cup \"XL\"");
        assertThat(read.product("B").description()).isEqualTo("tab\there");
    }

    @Test
    void aByteOrderMarkIsInvisible() throws Exception {
        FeedProduct p = Feeds.read("\uFEFFid\ttitle\tprice\nA\tMug\t5.00 EUR\n").onlyProduct();

        assertThat(p.raw().keySet()).containsExactly("id", "title", "price");
        assertThat(p.position()).isEqualTo(2);
    }

    @Test
    void unknownColumnsAreKeptRawAndValuesAreKeptAsWritten() throws Exception {
        FeedProduct p = Feeds.read("id\ttitle\tprice\tcustom_label_0\t\n"
                + "A\t=HYPERLINK(\"x\")\t5.00 EUR\t autumn \t\n").onlyProduct();

        assertThat(p.title()).isEqualTo("=HYPERLINK(\"x\")");
        assertThat(p.raw()).containsExactly(Map.entry("id", "A"), Map.entry("title", "=HYPERLINK(\"x\")"),
                Map.entry("price", "5.00 EUR"), Map.entry("custom_label_0", " autumn "));
    }

    @Test
    void rowsOfTheWrongShapeAreRowErrorsAndReadingGoesOn() throws Exception {
        String feed = "id\ttitle\tprice\tbrand\n"
                + "A\tMug\n"
                + "B\tCup\t6.00 EUR\tAcme\textra\n"
                + "C\tPlate\t7.00 EUR\tAcme\t\t\n";

        Feeds.Read read = Feeds.read(feed);

        assertThat(read.records()).containsExactly(
                new FeedRowError(2, null, "A", "the row has 2 of 4 columns: the line is cut short or a quote is not "
                        + "closed"),
                new FeedRowError(3, null, "B", "the row has 5 cells but the header 4 columns: a value probably holds "
                        + "an unquoted tab"),
                read.product("C"));
    }

    @Test
    void aQuoteLeftOpenInTheLastRowSwallowsTheRestAndMakesItARowError() throws Exception {
        Feeds.Read read = Feeds.read("id\ttitle\tprice\nA\tMug\t5.00 EUR\nB\t\"Cup\t6.00 EUR\nC\tPlate\t7.00 EUR\n");

        assertThat(read.outline()).isEqualTo(List.of("2:A", "3!null"));
    }

    @Test
    void wellKnownAttributesComeFromTheirColumns() throws Exception {
        FeedProduct p = Feeds.read("id\ttitle\tprice\tidentifier exists\tadult\tgender\tage group\tsize\t"
                + "google product category\tsell on google quantity\n"
                + "A\tShirt\t5.00 EUR\tno\tno\tfemale\tadult\tM\t212\t7\n").onlyProduct();

        assertThat(p.attribute(Attribute.IDENTIFIER_EXISTS)).isFalse();
        assertThat(p.attribute(Attribute.ADULT)).isFalse();
        assertThat(p.attribute(Attribute.GENDER)).isEqualTo("female");
        assertThat(p.attribute(Attribute.AGE_GROUP)).isEqualTo("adult");
        assertThat(p.attribute(Attribute.SIZE)).isEqualTo("M");
        assertThat(p.attribute(Attribute.GOOGLE_PRODUCT_CATEGORY)).isEqualTo("212");
        assertThat(p.quantity()).isEqualTo(7);
    }
}
