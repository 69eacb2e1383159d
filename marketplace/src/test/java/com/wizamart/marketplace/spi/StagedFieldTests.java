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

        assertThat(error.row()).isEqualTo(7);
        assertThat(error.severity()).isEqualTo(FeedRowError.Severity.ERROR);
        assertThat(error.column()).isEqualTo(field.fieldName());
        assertThat(error.value()).as("its first characters").isEqualTo("y".repeat(99) + "…");
        assertThat(error.message()).isEqualTo(field.fieldName() + " is longer than " + field.maxLength()
                + " characters (" + (field.maxLength() + 1) + "): "
                + (field == StagedField.ID ? "the product" : "product P-1") + " is not imported");
    }

    @ParameterizedTest
    @EnumSource(value = StagedField.class, names = {"ID", "TITLE", "RAW_COLUMN_NAME", "RAW_VALUE", "AVAILABILITY",
            "PRICE_CURRENCY", "SALE_PRICE_CURRENCY"}, mode = EnumSource.Mode.EXCLUDE)
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
            assertThat(w.row()).isEqualTo(7);
            assertThat(w.column()).isEqualTo(field.fieldName());
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
        assertThat(error(product(values)).column()).isEqualTo("id");
    }

    @Test
    void everyOptionalValueBeyondItsLimitGetsItsWarningAndTheAdaptersWarningsStay() {
        Map<StagedField, String> values = new EnumMap<>(StagedField.class);
        values.put(StagedField.BRAND, "b".repeat(201));
        values.put(StagedField.COLOR, "c".repeat(101));
        FeedProduct original = product(values, List.of(), Map.of());
        FeedProduct warned = new FeedProduct(original.row(), original.externalId(), original.title(), null, null, null,
                List.of(), null, original.price(), null, original.brand(), null, null, null, null, null, null,
                original.color(), null, null, null, null, null, null, null, null, Map.of(),
                List.of(new FeedRowError(7, "gtin", "4.1E+12", "gtin: mangled; ignored")));
        FeedProduct product = fitted(warned);
        assertThat(product.brand()).isNull();
        assertThat(product.color()).isNull();
        assertThat(product.warnings()).extracting(FeedRowError::column).containsExactly("gtin", "brand", "color");
        assertThat(product.warnings()).extracting(FeedRowError::severity).containsOnly(FeedRowError.Severity.WARNING);
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
        assertThat(overlong.warnings()).singleElement().extracting(FeedRowError::column)
                .isEqualTo("additional_image_link");
    }

    @Test
    void rawCellsAndColumnNamesHaveLimitsToo() {
        FeedProduct value = fitted(product(Map.of(), List.of(),
                Map.of("my_column", "v".repeat(StagedField.RAW_VALUE.maxLength() + 1), "other", "kept")));
        assertThat(value.raw()).containsOnlyKeys("other");
        assertThat(value.warnings()).singleElement().satisfies(w -> {
            assertThat(w.column()).isEqualTo("my_column");
            assertThat(w.message()).startsWith("my_column is longer than 100000 characters");
        });

        String name = "n".repeat(StagedField.RAW_COLUMN_NAME.maxLength() + 1);
        FeedProduct column = fitted(product(Map.of(), List.of(), Map.of(name, "v")));
        assertThat(column.raw()).isEmpty();
        assertThat(column.warnings()).singleElement().satisfies(w -> {
            assertThat(w.column()).hasSize(FeedRowError.MAX_COLUMN).endsWith("…");
            assertThat(w.message()).startsWith("the column name is longer than 500 characters");
        });
    }

    @Test
    void numbersStayWithinWhatTheirColumnsHold() {
        assertThat(fitted(priced(StagedField.MAX_AMOUNT, null, null)).warnings()).isEmpty();
        assertThat(error(priced(StagedField.MAX_AMOUNT.add(new BigDecimal("0.01")), null, null)).message())
                .startsWith("price is more than 9999999999.99");
        FeedProduct taxed = fitted(priced(BigDecimal.ONE, new BigDecimal("100.01"), null));
        assertThat(taxed.taxRate()).isNull();
        assertThat(taxed.warnings()).singleElement().extracting(FeedRowError::column).isEqualTo("tax_rate");
        assertThat(fitted(priced(BigDecimal.ONE, new BigDecimal("-1"), null)).taxRate()).isNull();
        FeedProduct negative = fitted(priced(BigDecimal.ONE, null, -1));
        assertThat(negative.quantity()).isNull();
        assertThat(negative.warnings()).singleElement().extracting(FeedRowError::column).isEqualTo("quantity");
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
