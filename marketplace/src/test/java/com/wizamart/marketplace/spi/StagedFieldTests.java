package com.wizamart.marketplace.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every value staging stores has a limit; a product whose id, title or price is beyond it is a row error, one with an
 * optional value beyond it is staged without that value and with a warning, whatever the adapter.
 */
class StagedFieldTests {

    private static final java.util.Set<StagedField> REQUIRED = java.util.EnumSet.of(StagedField.ID,
            StagedField.TITLE);

    /** The row error {@code fit} answers, failing when it answers a product. */
    private static FeedRowError error(FeedProduct product) {
        FeedRecord fitted = StagedField.fit(product);
        assertThat(fitted).as("a row error").isInstanceOf(FeedRowError.class);
        return (FeedRowError) fitted;
    }

    /** The product {@code fit} answers, failing when it answers a row error. */
    private static FeedProduct fitted(FeedProduct product) {
        FeedRecord fitted = StagedField.fit(product);
        assertThat(fitted).as("a product").isInstanceOf(FeedProduct.class);
        return (FeedProduct) fitted;
    }

    @ParameterizedTest
    @EnumSource(value = StagedField.class, names = {"ID", "TITLE"})
    void aRequiredValueAtItsLimitIsStagedAndOneCharacterMoreIsARowError(StagedField field) {
        FeedProduct fits = product(field, "x".repeat(field.maxLength()));
        assertThat(StagedField.fit(fits)).isSameAs(fits);

        String tooLong = "y".repeat(field.maxLength() + 1);
        FeedRowError error = error(product(field, tooLong));

        assertThat(error.position()).isEqualTo(7);
        assertThat(error.severity()).isEqualTo(FeedRowError.Severity.ERROR);
        assertThat(error.field()).isEqualTo(field.fieldName());
        assertThat(error.value()).as("its first characters").isEqualTo("y".repeat(99) + "…");
        assertThat(error.message()).isEqualTo(field.fieldName() + " is longer than " + field.maxLength()
                + " characters (" + (field.maxLength() + 1) + "): "
                + (field == StagedField.ID ? "the product" : "product P-1") + " is not imported");
    }

    @ParameterizedTest
    @EnumSource(value = StagedField.class, names = {"ID", "TITLE", "RAW_NAME", "RAW_VALUE", "AVAILABILITY",
            "PRICE_CURRENCY", "SALE_PRICE_CURRENCY", "ATTRIBUTE_VALUE"}, mode = EnumSource.Mode.EXCLUDE)
    void anOptionalValueBeyondItsLimitIsDroppedWithAWarningAndTheProductStaged(StagedField field) {
        FeedProduct fits = product(field, "x".repeat(field.maxLength()));
        assertThat(StagedField.fit(fits)).isSameAs(fits);

        String tooLong = "y".repeat(field.maxLength() + 1);
        FeedProduct product = fitted(product(field, tooLong));

        assertThat(product.externalId()).isEqualTo("P-1");
        assertThat(product.brand()).isNull();
        assertThat(product.gtin()).isNull();
        assertThat(product.description()).isNull();
        assertThat(product.link()).isNull();
        assertThat(product.additionalImages()).isEmpty();
        assertThat(product.warnings()).singleElement().satisfies(w -> {
            assertThat(w.severity()).isEqualTo(FeedRowError.Severity.WARNING);
            assertThat(w.position()).isEqualTo(7);
            assertThat(w.field()).isEqualTo(field.fieldName());
            if (tooLong.length() > StagedField.SHOWN_CHARACTERS) {
                assertThat(w.value()).isEqualTo("y".repeat(99) + "…");
            } else {
                assertThat(w.value()).isEqualTo(tooLong);
            }
            assertThat(w.message()).isEqualTo(field.fieldName() + " is longer than " + field.maxLength()
                    + " characters (" + (field.maxLength() + 1) + "): product P-1 is imported without it");
        });
    }

    @Test
    void lengthsCountCharactersAsPostgresqlDoesNotJavaChars() {
        String emoji = "\uD83D\uDE00";
        assertThat(StagedField.fit(product(StagedField.ID, emoji.repeat(200)))).isInstanceOf(FeedProduct.class);
        assertThat(StagedField.fit(product(StagedField.ID, emoji.repeat(201)))).isInstanceOf(FeedRowError.class);
    }

    @Test
    void aRequiredValueBeyondItsLimitIsTheRowsErrorWhateverElseIsWrong() {
        Map<StagedField, String> values = new EnumMap<>(StagedField.class);
        values.put(StagedField.BRAND, "b".repeat(201));
        values.put(StagedField.ID, "i".repeat(201));
        assertThat(error(product(values)).field()).isEqualTo("id");
    }

    @Test
    void everyOptionalValueBeyondItsLimitGetsItsWarningAndTheAdaptersWarningsStay() {
        Map<StagedField, String> values = new EnumMap<>(StagedField.class);
        values.put(StagedField.BRAND, "b".repeat(201));
        FeedProduct warned = product(values).toBuilder().attribute(Attribute.COLOR, "c".repeat(1_001))
                .warning("gtin", "4.1E+12", "gtin: mangled; ignored").product();
        FeedProduct product = fitted(warned);
        assertThat(product.brand()).isNull();
        assertThat(product.attribute(Attribute.COLOR)).isNull();
        assertThat(product.warnings()).extracting(FeedRowError::field).containsExactly("gtin", "brand", "color");
        assertThat(product.warnings()).extracting(FeedRowError::severity).containsOnly(FeedRowError.Severity.WARNING);
    }

    @Test
    void anAttributeBeyondItsLimitOrBeyondTheMostAttributesIsDroppedWithAWarning() {
        FeedProduct.Builder b = product(Map.of()).toBuilder().attribute(Attribute.text("note"), "s".repeat(1_000))
                .attribute(Attribute.SIZE, "s".repeat(1_000)).attribute(Attribute.COLOR, "c".repeat(1_001))
                .attribute(Attribute.text("shipping"), "x".repeat(1_001)).attribute(Attribute.ADULT, true)
                .attribute(Attribute.number("weight"), new BigDecimal("1e20"))
                .attribute(Attribute.number("tiny"), new BigDecimal("1E-999999999"));
        FeedProduct fitted = fitted(b.product());
        assertThat(fitted.attributes().asMap()).containsOnlyKeys("note", "size", "adult");
        assertThat(fitted.warnings()).extracting(FeedRowError::field)
                .containsExactly("color", "shipping", "weight", "tiny");
        assertThat(fitted.warnings().getFirst().message()).startsWith("color is longer than 1000 characters (1001)");
        assertThat(fitted.warnings().get(3).value()).isEqualTo("1E-999999999");
        assertThat(fitted.warnings().get(1).message())
                .startsWith("shipping is longer than 1000 characters (1001)");

        FeedProduct.Builder many = product(Map.of()).toBuilder();
        for (int i = 1; i <= StagedField.MAX_ATTRIBUTES + 2; i++) {
            many.attribute(Attribute.text("a" + i), "v");
        }
        FeedProduct kept = fitted(many.product());
        assertThat(kept.attributes().size()).isEqualTo(StagedField.MAX_ATTRIBUTES);
        assertThat(kept.warnings()).extracting(FeedRowError::field).containsExactly("a51", "a52");
    }

    @Test
    void tooManyAdditionalImagesKeepTheFirstTenAndAnOverlongOneIsLeftOut() {
        List<String> images = new ArrayList<>(Collections.nCopies(StagedField.MAX_ADDITIONAL_IMAGES, "https://i/x"));
        assertThat(fitted(product(Map.of(), images, Map.of())).warnings()).isEmpty();
        images.add("https://i/11");
        FeedProduct eleven = fitted(product(Map.of(), images, Map.of()));
        assertThat(eleven.additionalImages()).hasSize(10);
        assertThat(eleven.warnings()).singleElement().extracting(FeedRowError::message).asString()
                .startsWith("more than 10 additional images (11); kept the first 10");
        FeedProduct overlong = fitted(product(Map.of(), List.of("https://i/ok", "https://i/" + "x".repeat(2000)),
                Map.of()));
        assertThat(overlong.additionalImages()).containsExactly("https://i/ok");
        assertThat(overlong.warnings()).singleElement().extracting(FeedRowError::field)
                .isEqualTo("additional_image_link");
    }

    @Test
    void rawCellsAndColumnNamesHaveLimitsToo() {
        FeedProduct value = fitted(product(Map.of(), List.of(),
                Map.of("my_column", "v".repeat(StagedField.RAW_VALUE.maxLength() + 1), "other", "kept")));
        assertThat(value.raw()).containsOnlyKeys("other");
        assertThat(value.warnings()).singleElement().satisfies(w -> {
            assertThat(w.field()).isEqualTo("my_column");
            assertThat(w.message()).startsWith("my_column is longer than 100000 characters");
        });

        String name = "n".repeat(StagedField.RAW_NAME.maxLength() + 1);
        FeedProduct column = fitted(product(Map.of(), List.of(), Map.of(name, "v")));
        assertThat(column.raw()).isEmpty();
        assertThat(column.warnings()).singleElement().satisfies(w -> {
            assertThat(w.field()).hasSize(FeedRowError.MAX_FIELD).endsWith("…");
            assertThat(w.message()).startsWith("the raw name is longer than 500 characters");
        });
    }

    @Test
    void numbersStayWithinWhatTheirColumnsHold() {
        assertThat(fitted(priced(StagedField.MAX_AMOUNT, null, null)).warnings()).isEmpty();
        assertThat(error(priced(StagedField.MAX_AMOUNT.add(new BigDecimal("0.01")), null, null)).message())
                .startsWith("price is more than 9999999999.99");
        FeedProduct taxed = fitted(priced(BigDecimal.ONE, new BigDecimal("100.01"), null));
        assertThat(taxed.taxRate()).isNull();
        assertThat(taxed.warnings()).singleElement().extracting(FeedRowError::field).isEqualTo("tax_rate");
        assertThat(fitted(priced(BigDecimal.ONE, new BigDecimal("-1"), null)).taxRate()).isNull();
        FeedProduct negative = fitted(priced(BigDecimal.ONE, null, -1));
        assertThat(negative.quantity()).isNull();
        assertThat(negative.warnings()).singleElement().extracting(FeedRowError::field).isEqualTo("quantity");
    }

    @Test
    void aRowErrorHandedOverAsARecordIsAnErrorAndAWarningIsMarkedSo() {
        assertThat(new FeedRowError(3, "price", "x", "bad").severity()).isEqualTo(FeedRowError.Severity.ERROR);
        assertThat(FeedRowError.warning(3, "gtin", "x", "dropped").severity())
                .isEqualTo(FeedRowError.Severity.WARNING);
        assertThat(new FeedRowError(3, "price", "x", "bad").asWarning())
                .isEqualTo(FeedRowError.warning(3, "price", "x", "bad"));
    }

    @Test
    void everyAvailabilityFitsItsColumn() {
        for (FeedAvailability availability : FeedAvailability.values()) {
            assertThat(availability.name().length()).isLessThanOrEqualTo(StagedField.AVAILABILITY.maxLength());
        }
    }

    private static FeedProduct product(StagedField field, String value) {
        Map<StagedField, String> values = new EnumMap<>(StagedField.class);
        values.put(field, value);
        return product(values);
    }

    private static FeedProduct product(Map<StagedField, String> values) {
        return product(values, List.of(), Map.of());
    }

    private static FeedProduct product(Map<StagedField, String> values, List<String> images, Map<String, String> raw) {
        Map<StagedField, String> v = new EnumMap<>(StagedField.class);
        v.put(StagedField.ID, "P-1");
        v.put(StagedField.TITLE, "A product");
        v.putAll(values);
        Map<String, String> rawCells = new LinkedHashMap<>(raw);
        List<String> additional = v.containsKey(StagedField.ADDITIONAL_IMAGE_LINK)
                ? List.of(v.get(StagedField.ADDITIONAL_IMAGE_LINK)) : images;
        return FeedProduct.at(7).id(v.get(StagedField.ID)).title(v.get(StagedField.TITLE))
                .description(v.get(StagedField.DESCRIPTION)).link(v.get(StagedField.LINK))
                .imageLink(v.get(StagedField.IMAGE_LINK)).additionalImages(additional)
                .price(new Amount(BigDecimal.TEN, "EUR")).brand(v.get(StagedField.BRAND)).gtin(v.get(StagedField.GTIN))
                .mpn(v.get(StagedField.MPN)).condition(v.get(StagedField.CONDITION))
                .productType(v.get(StagedField.PRODUCT_TYPE)).itemGroupId(v.get(StagedField.ITEM_GROUP_ID))
                .raw(rawCells).product();
    }

    private static FeedProduct priced(BigDecimal amount, BigDecimal taxRate, Integer quantity) {
        return FeedProduct.at(7).id("P-1").title("A product").price(new Amount(amount, "EUR")).quantity(quantity)
                .taxRate(taxRate).product();
    }
}
