package com.wizamart.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.wizamart.sharedkernel.FieldViolation;

/** What makes a product valid, at the edges of each limit. */
class ProductRulesTests {

    private static final UUID VENDOR = UUID.randomUUID();

    /** A valid product, as stored; each test breaks one thing. */
    private static Product.Builder valid() {
        return Product.builder(UUID.randomUUID(), VENDOR).sku("SKU-1").texts("en", Map.of("en", "Lamp"), Map.of())
                .price(new BigDecimal("10.00")).currency("EUR").taxRate(new BigDecimal("17.00"));
    }

    private static List<String> fieldsViolated(Product.Builder product) {
        return ProductRules.violations(product.build()).stream().map(FieldViolation::field).toList();
    }

    @Test
    void aValidProductBreaksNoRule() {
        assertThat(ProductRules.violations(valid().build())).isEmpty();
    }

    @Test
    void theSkuIsRequiredShortAndPrintable() {
        assertThat(fieldsViolated(valid().sku(null))).containsExactly("sku");
        assertThat(fieldsViolated(valid().sku("  "))).containsExactly("sku");
        assertThat(fieldsViolated(valid().sku("x".repeat(ProductRules.MAX_SKU)))).isEmpty();
        assertThat(fieldsViolated(valid().sku("x".repeat(ProductRules.MAX_SKU + 1)))).containsExactly("sku");
        assertThat(fieldsViolated(valid().sku("A\tB"))).containsExactly("sku");
        assertThat(fieldsViolated(valid().sku("Lampe été / 2"))).isEmpty();
    }

    @Test
    void aProductHasANameInItsDefaultLanguageAndNoTextBeyondItsLimit() {
        assertThat(fieldsViolated(valid().texts("fr", Map.of("en", "Lamp"), Map.of()))).containsExactly("name");
        assertThat(fieldsViolated(valid().texts("en", Map.of(), Map.of()))).containsExactly("name");
        assertThat(fieldsViolated(valid().texts("en", Map.of("en", "x".repeat(ProductRules.MAX_NAME)), Map.of())))
                .isEmpty();
        assertThat(fieldsViolated(valid().texts("en", Map.of("en", "Lamp", "de", "x".repeat(ProductRules.MAX_NAME
                + 1)), Map.of()))).containsExactly("names.de");
        assertThat(fieldsViolated(valid().texts("en", Map.of("en", "Lamp"),
                Map.of("fr", "x".repeat(ProductRules.MAX_DESCRIPTION + 1))))).containsExactly("descriptions.fr");
    }

    @Test
    void aSalePriceMayEqualThePriceButNotExceedIt() {
        assertThat(fieldsViolated(valid().salePrice(new BigDecimal("10.00")))).isEmpty();
        assertThat(fieldsViolated(valid().salePrice(new BigDecimal("10.01")))).containsExactly("salePrice");
        assertThat(fieldsViolated(valid().price(null).salePrice(new BigDecimal("1.00")))).containsExactly("price");
    }

    @Test
    void aCurrencyAndATaxRateAreRequired() {
        assertThat(fieldsViolated(valid().currency(null))).containsExactly("currency");
        assertThat(fieldsViolated(valid().currency("Euro"))).containsExactly("currency");
        assertThat(fieldsViolated(valid().taxRate(null))).containsExactly("taxRate");
    }

    @Test
    void brandCategoryAndGtinStayWithinTheirLimits() {
        assertThat(fieldsViolated(valid().brand("b".repeat(ProductRules.MAX_BRAND)))).isEmpty();
        assertThat(fieldsViolated(valid().brand("b".repeat(ProductRules.MAX_BRAND + 1)))).containsExactly("brand");
        assertThat(fieldsViolated(valid().categoryPath("c".repeat(ProductRules.MAX_CATEGORY_PATH + 1))))
                .containsExactly("categoryPath");
        assertThat(fieldsViolated(valid().gtin("4006381333932"))).containsExactly("gtin");
        assertThat(fieldsViolated(valid().gtin("4006381333931"))).isEmpty();
    }

    @Test
    void imagesAreAtMostTwentyHttpUrlsEachNamedByItsPosition() {
        String url = "https://img.example/1.jpg";
        assertThat(fieldsViolated(valid().images(Collections.nCopies(ProductRules.MAX_IMAGES, url)))).isEmpty();
        assertThat(fieldsViolated(valid().images(Collections.nCopies(ProductRules.MAX_IMAGES + 1, url))))
                .containsExactly("images");
        assertThat(fieldsViolated(valid().images(List.of(url, "ftp://img.example/2.jpg", "http://img.example/3"))))
                .containsExactly("images[1]");
    }

    @Test
    void everyBrokenRuleIsNamedAtOnce() {
        assertThat(fieldsViolated(valid().sku("").price(null).currency(null).taxRate(null).gtin("1")))
                .containsExactly("sku", "price", "currency", "taxRate", "gtin");
    }

    @Test
    void gtinsOfEveryLengthNeedTheirCheckDigit() {
        assertThat(ProductRules.isGtin("96385074")).as("GTIN-8").isTrue();
        assertThat(ProductRules.isGtin("036000291452")).as("GTIN-12").isTrue();
        assertThat(ProductRules.isGtin("4006381333931")).as("GTIN-13").isTrue();
        assertThat(ProductRules.isGtin("10012345678902")).as("GTIN-14").isTrue();
        assertThat(ProductRules.isGtin("036000291453")).isFalse();
        assertThat(ProductRules.isGtin("12345678901")).as("11 digits").isFalse();
        assertThat(ProductRules.isGtin("4.00638E+12")).isFalse();
        assertThat(ProductRules.isGtin(null)).isFalse();
    }

    @Test
    void anImageIsOneHttpOrHttpsUrlOfBoundedLength() {
        assertThat(ProductRules.isImageUrl("http://img.example/a.png")).isTrue();
        assertThat(ProductRules.isImageUrl("https://img.example/" + "a".repeat(ProductRules.MAX_URL - 20)))
                .isTrue();
        assertThat(ProductRules.isImageUrl("https://img.example/" + "a".repeat(ProductRules.MAX_URL))).isFalse();
        assertThat(ProductRules.isImageUrl("https://img.example/a.png\nhttps://evil.example")).isFalse();
        assertThat(ProductRules.isImageUrl("javascript:alert(1)")).isFalse();
        assertThat(ProductRules.isImageUrl(null)).isFalse();
    }
}
