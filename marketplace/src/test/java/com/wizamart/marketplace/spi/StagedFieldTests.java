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

/** Every value staging stores has a limit; a product with a value beyond it is a row error, whatever the adapter. */
class StagedFieldTests {

    @ParameterizedTest
    @EnumSource(value = StagedField.class, names = {"RAW_COLUMN_NAME", "RAW_VALUE", "AVAILABILITY", "PRICE_CURRENCY",
            "SALE_PRICE_CURRENCY"}, mode = EnumSource.Mode.EXCLUDE)
    void aValueAtItsLimitIsStagedAndOneCharacterMoreIsARowError(StagedField field) {
        assertThat(StagedField.check(product(field, "x".repeat(field.maxLength())))).isEmpty();

        String tooLong = "y".repeat(field.maxLength() + 1);
        FeedRowError error = StagedField.check(product(field, tooLong)).orElseThrow();

        assertThat(error.row()).isEqualTo(7);
        assertThat(error.column()).isEqualTo(field.fieldName());
        if (tooLong.length() > StagedField.SHOWN_CHARACTERS) {
            assertThat(error.value()).as("its first characters").isEqualTo("y".repeat(99) + "…");
        } else {
            assertThat(error.value()).isEqualTo(tooLong);
        }
        assertThat(error.message()).isEqualTo(field.fieldName() + " is longer than " + field.maxLength()
                + " characters (" + (field.maxLength() + 1) + "): "
                + (field == StagedField.ID ? "the product" : "product P-1") + " is not imported");
    }

    @Test
    void lengthsCountCharactersAsPostgresqlDoesNotJavaChars() {
        String emoji = "\uD83D\uDE00";
        assertThat(StagedField.check(product(StagedField.ID, emoji.repeat(200)))).isEmpty();
        assertThat(StagedField.check(product(StagedField.ID, emoji.repeat(201)))).isPresent();
    }

    @Test
    void theFirstValueBeyondItsLimitIsTheOneReported() {
        Map<StagedField, String> values = new EnumMap<>(StagedField.class);
        values.put(StagedField.ID, "i".repeat(201));
        values.put(StagedField.BRAND, "b".repeat(201));
        assertThat(StagedField.check(product(values)).orElseThrow().column()).isEqualTo("id");
    }

    @Test
    void tooManyAdditionalImagesOrAnOverlongOneAreRowErrors() {
        List<String> images = new ArrayList<>(Collections.nCopies(StagedField.MAX_ADDITIONAL_IMAGES, "https://i/x"));
        assertThat(StagedField.check(product(Map.of(), images, Map.of()))).isEmpty();
        images.add("https://i/11");
        assertThat(StagedField.check(product(Map.of(), images, Map.of())).orElseThrow().message())
                .startsWith("more than 10 additional images (11)");
        assertThat(StagedField.check(product(Map.of(), List.of("https://i/" + "x".repeat(2000)), Map.of()))
                .orElseThrow().column()).isEqualTo("additional_image_link");
    }

    @Test
    void rawCellsAndColumnNamesHaveLimitsToo() {
        FeedRowError value = StagedField.check(product(Map.of(), List.of(),
                Map.of("my_column", "v".repeat(StagedField.RAW_VALUE.maxLength() + 1)))).orElseThrow();
        assertThat(value.column()).isEqualTo("my_column");
        assertThat(value.message()).startsWith("my_column is longer than 100000 characters");

        String name = "n".repeat(StagedField.RAW_COLUMN_NAME.maxLength() + 1);
        FeedRowError column = StagedField.check(product(Map.of(), List.of(), Map.of(name, "v"))).orElseThrow();
        assertThat(column.column()).hasSize(FeedRowError.MAX_COLUMN).endsWith("…");
        assertThat(column.message()).startsWith("the column name is longer than 500 characters");
    }

    @Test
    void numbersStayWithinWhatTheirColumnsHold() {
        assertThat(StagedField.check(priced(StagedField.MAX_AMOUNT, null, null))).isEmpty();
        assertThat(StagedField.check(priced(StagedField.MAX_AMOUNT.add(new BigDecimal("0.01")), null, null))
                .orElseThrow().message()).startsWith("price is more than 9999999999.99");
        assertThat(StagedField.check(priced(BigDecimal.ONE, new BigDecimal("100.01"), null)).orElseThrow().column())
                .isEqualTo("tax_rate");
        assertThat(StagedField.check(priced(BigDecimal.ONE, new BigDecimal("-1"), null))).isPresent();
        assertThat(StagedField.check(priced(BigDecimal.ONE, null, -1)).orElseThrow().column()).isEqualTo("quantity");
    }

    @Test
    void everyAvailabilityFitsItsColumn() {
        for (FeedProduct.Availability availability : FeedProduct.Availability.values()) {
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
        return new FeedProduct(7, v.get(StagedField.ID), v.get(StagedField.TITLE), v.get(StagedField.DESCRIPTION),
                v.get(StagedField.LINK), v.get(StagedField.IMAGE_LINK), additional, null,
                new FeedProduct.Money(BigDecimal.TEN, "EUR"), null, v.get(StagedField.BRAND), v.get(StagedField.GTIN),
                v.get(StagedField.MPN), v.get(StagedField.CONDITION), v.get(StagedField.GOOGLE_PRODUCT_CATEGORY),
                v.get(StagedField.PRODUCT_TYPE), v.get(StagedField.ITEM_GROUP_ID), v.get(StagedField.COLOR),
                v.get(StagedField.SIZE), v.get(StagedField.GENDER), v.get(StagedField.AGE_GROUP), null, null, null, null,
                v.get(StagedField.DELIVERY_METHOD), rawCells, List.of());
    }

    private static FeedProduct priced(BigDecimal amount, BigDecimal taxRate, Integer quantity) {
        return new FeedProduct(7, "P-1", "A product", null, null, null, List.of(), null,
                new FeedProduct.Money(amount, "EUR"), null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, quantity, taxRate, null, Map.of(), List.of());
    }
}
