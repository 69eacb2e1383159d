package com.wizamart.marketplace.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.wizamart.marketplace.spi.values.Gtins;

/** The builder makes a record without what identifies or prices a product a row error, whatever the format. */
class FeedProductTests {

    private static final Amount TEN = new Amount(BigDecimal.TEN, "EUR");

    @Test
    void aMissingRequiredFieldIsARowErrorNamingIt() {
        assertThat(FeedProduct.at(4).title("T").price(TEN).build()).isEqualTo(
                new FeedRowError(4, "id", null, "id is missing"));
        assertThat(FeedProduct.at(4).id("P-1").title(" ").price(TEN).build()).isEqualTo(
                new FeedRowError(4, "title", null, "title is missing (product P-1)"));
        assertThat(FeedProduct.at(4).id("P-1").title("T").build()).isEqualTo(
                new FeedRowError(4, "price", null, "price is missing (product P-1)"));
        assertThat(FeedProduct.at(4).id("P-1").title("T").price(TEN).build()).isInstanceOf(FeedProduct.class);
        assertThatThrownBy(() -> FeedProduct.at(4).title("T").product()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anInvalidOptionalValueIsDroppedWithAWarning() {
        FeedProduct.Builder b = FeedProduct.at(9).id("P-1").title("T").price(TEN);
        b.gtin(b.optional("g:gtin", "4006381333932", Gtins::parse));
        FeedProduct product = b.product();
        assertThat(product.gtin()).isNull();
        assertThat(product.warnings()).singleElement().satisfies(w -> {
            assertThat(w.position()).isEqualTo(9);
            assertThat(w.field()).isEqualTo("g:gtin");
            assertThat(w.severity()).isEqualTo(FeedRowError.Severity.WARNING);
            assertThat(w.message()).startsWith("g:gtin: wrong GTIN check digit");
        });
        assertThat(b.optional("g:gtin", " ", Gtins::parse)).isNull();
    }

    @Test
    void attributesAreTypedAndWrittenAsJsonInOrder() {
        Attribute<BigDecimal> weight = Attribute.number("shipping_weight");
        FeedProduct product = FeedProduct.at(1).id("P").title("T").price(TEN).attribute(Attribute.COLOR, "r\"ed\n")
                .attribute(Attribute.ADULT, false).attribute(weight, new BigDecimal("1.50"))
                .attribute(Attribute.count("stock_level"), 3L).product();
        assertThat(product.attribute(Attribute.COLOR)).isEqualTo("r\"ed\n");
        assertThat(product.attribute(weight)).isEqualByComparingTo("1.5");
        assertThat(product.attribute(Attribute.SIZE)).isNull();
        assertThat(product.attributes().toJson())
                .isEqualTo("{\"adult\":false,\"color\":\"r\\\"ed\\n\",\"shipping_weight\":1.50,\"stock_level\":3}");
        FeedProduct reordered = FeedProduct.at(1).id("P").title("T").price(TEN).attribute(Attribute.count("stock_level"), 3L)
                .attribute(weight, new BigDecimal("1.50")).attribute(Attribute.ADULT, false)
                .attribute(Attribute.COLOR, "r\"ed\n").product();
        assertThat(reordered.attributes().toJson()).as("the order put in does not matter")
                .isEqualTo(product.attributes().toJson());
        assertThat(reordered.attributes()).isEqualTo(product.attributes());
        assertThat(Attributes.builder().put(Attribute.text("note"), "a\u2028b").build().toJson())
                .isEqualTo("{\"note\":\"a\\u2028b\"}");
        assertThat(product.toBuilder().attribute(Attribute.COLOR, null).product().attributes().asMap())
                .containsOnlyKeys("adult", "shipping_weight", "stock_level");
        assertThatThrownBy(() -> Attribute.text("Shipping Weight")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Attribute<>("x", Integer.class)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aProductIsImmutableAndEqualToItsCopy() {
        FeedProduct product = FeedProduct.at(2).id("P").title("T").price(TEN).raw(Map.of("g:id", "P")).product();
        assertThat(product.toBuilder().product()).isEqualTo(product);
        assertThatThrownBy(() -> product.raw().put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> FeedProduct.at(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
