package com.wizamart.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.wizamart.sharedkernel.FieldViolation;
import com.wizamart.sharedkernel.ValidationException;

/** Editing a product by hand, locking and unlocking its fields. */
class ProductEditingTests {

    private static final CatalogSettings SETTINGS = CatalogSettings.DEFAULTS;
    private static final Instant LONG_AGO = Instant.parse("2020-01-01T00:00:00Z");

    private static Product handMade() {
        return Product.create(UUID.randomUUID(), new ProductDetails("H-1", null, null,
                Map.of("en", "Lamp", "fr", "Lampe"), Map.of("en", "A lamp", "de", "Eine Lampe"),
                new BigDecimal("20.00"), new BigDecimal("15.00"), "EUR", null, "Maker", "4006381333931",
                List.of("https://img.example/1.jpg"), "Home > Lamps", null, null, null, null), SETTINGS);
    }

    /** Published from a feed, stored long ago. */
    private static Product published() {
        Product fresh = Product.publish(UUID.randomUUID(), new ProductSource(UUID.randomUUID(), "letzshop", "LS-9"),
                new SourceFacts(Map.of("en", "Lamp"), Map.of("en", "A lamp"), new BigDecimal("20.00"), null, "EUR",
                        null, "Maker", null, List.of(), null, 5, null), PublishOverrides.NONE, SETTINGS);
        return Product.builder(fresh.id(), fresh.vendorId()).sku(fresh.sku())
                .texts(fresh.defaultLanguage(), fresh.names(), fresh.descriptions()).price(fresh.price())
                .currency(fresh.currency()).taxRate(fresh.taxRate()).brand(fresh.brand()).active(true)
                .source(fresh.source(), fresh.sourceQuantity()).stamps(LONG_AGO, LONG_AGO, 3L).build();
    }

    private static ProductEdit clearing(ProductField... fields) {
        return new ProductEdit(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, Set.of(fields), null, null);
    }

    private static ProductEdit pricing(String price, String currency) {
        return new ProductEdit(null, null, null, null, null, price == null ? null : new BigDecimal(price), null,
                currency, null, null, null, null, null, null, null, null, null, null);
    }

    private static List<String> violated(Runnable edit) {
        try {
            edit.run();
        } catch (ValidationException e) {
            return e.violations().stream().map(v -> v.field() + ": " + v.message()).toList();
        }
        throw new AssertionError("no violation");
    }

    @Test
    void anEditThatChangesNothingChangesNothing() {
        Product product = published();
        assertThat(product.edit(pricing("20.00", "EUR"))).isEmpty();
        assertThat(product.updatedAt()).isEqualTo(LONG_AGO);
        assertThat(product.lockedFields()).isEmpty();
    }

    @Test
    void anEditNamesTheFieldsThatChangedInFieldOrderAndTouchesTheProduct() {
        Product product = published();
        Set<ProductField> changed = product.edit(new ProductEdit("LS-9b", "Bright lamp", null,
                Map.of("de", "Helle Lampe"), null, new BigDecimal("21"), null, null, null, null, null, null, null,
                false, true, null, null, null));
        assertThat(changed).containsExactly(ProductField.SKU, ProductField.PRICE, ProductField.ACTIVE,
                ProductField.FEATURED, ProductField.NAME_EN, ProductField.NAME_DE);
        assertThat(product.updatedAt()).isAfter(LONG_AGO);
        assertThat(product.version()).as("the store counts versions").isEqualTo(3L);
        assertThat(product.lockedFields()).as("only what an import fills is locked")
                .containsExactly(ProductField.PRICE, ProductField.NAME_EN, ProductField.NAME_DE);
    }

    @Test
    void changingTheCurrencyByHandLocksThePrice() {
        Product product = published();
        assertThatThrownBy(() -> product.lockableField("currency")).isInstanceOfSatisfying(CatalogException.class,
                e -> assertThat(e.errorCode()).isEqualTo("FIELD_NOT_LOCKABLE"));
        assertThat(product.edit(pricing(null, "USD"))).containsExactly(ProductField.CURRENCY);
        assertThat(product.lockedFields()).containsExactly(ProductField.PRICE);
        assertThat(product.isLocked(ProductField.CURRENCY)).isTrue();
        assertThat(product.isLocked(ProductField.SALE_PRICE)).isFalse();
    }

    @Test
    void anInvalidEditChangesNothingAndNamesEveryInvalidField() {
        Product product = handMade();
        assertThat(violated(() -> product.edit(new ProductEdit(" ", null, null, Map.of("it", "Lampada"), null,
                null, new BigDecimal("25.00"), null, null, null, "123", null, null, null, null, null, null, null))))
                .containsExactly("names.it: language must be one of en, fr, de");
        assertThat(violated(() -> product.edit(new ProductEdit(" ", null, null, null, null, null,
                new BigDecimal("25.00"), null, null, null, "123", null, null, null, null, null, null, null))))
                .containsExactly("sku: must not be blank", "salePrice: must not be above the price",
                        "gtin: must be a GTIN of 8, 12, 13 or 14 digits with a valid check digit");
        assertThat(product.sku()).isEqualTo("H-1");
        assertThat(product.salePrice()).isEqualByComparingTo("15.00");
        assertThat(product.gtin()).isEqualTo("4006381333931");
    }

    @Test
    void optionalFieldsAndTextsInOtherLanguagesCanBeEmptied() {
        Product product = handMade();
        Set<ProductField> changed = product.edit(clearing(ProductField.SALE_PRICE, ProductField.BRAND,
                ProductField.GTIN, ProductField.IMAGES, ProductField.CATEGORY_PATH, ProductField.NAME_FR,
                ProductField.DESCRIPTION_EN, ProductField.DESCRIPTION_DE));
        assertThat(changed).hasSize(8);
        assertThat(product.salePrice()).isNull();
        assertThat(product.unitPrice()).isEqualByComparingTo("20.00");
        assertThat(product.brand()).isNull();
        assertThat(product.gtin()).isNull();
        assertThat(product.images()).isEmpty();
        assertThat(product.categoryPath()).isNull();
        assertThat(product.names()).containsOnlyKeys("en");
        assertThat(product.descriptions()).isEmpty();
        assertThat(product.description("en")).isNull();
    }

    @Test
    void theDefaultLanguagesNameAndRequiredFieldsCannotBeEmptied() {
        Product product = handMade();
        assertThat(violated(() -> product.edit(clearing(ProductField.NAME_EN))))
                .containsExactly("clear: cannot clear 'name.en'");
        assertThat(violated(() -> product.edit(clearing(ProductField.PRICE, ProductField.SKU))))
                .containsExactlyInAnyOrder("clear: cannot clear 'price'", "clear: cannot clear 'sku'");
        assertThat(product.names()).containsKey("en");
        assertThat(product.price()).isEqualByComparingTo("20.00");
        assertThat(ProductEdit.cannotClear("title")).isEqualTo(new FieldViolation("clear", "cannot clear 'title'"));
    }

    @Test
    void namesFallBackToTheDefaultLanguage() {
        Product product = handMade();
        assertThat(product.name("fr")).isEqualTo("Lampe");
        assertThat(product.name("de")).isEqualTo("Lamp");
        assertThat(product.nameLanguage("de")).isEqualTo("en");
        assertThat(product.nameLanguage(null)).isEqualTo("en");
        assertThat(product.description("de")).isEqualTo("Eine Lampe");
        assertThat(product.description("fr")).isEqualTo("A lamp");
    }

    @Test
    void aNewProductIsNamedInTheShopsLanguageIfItCanBeElseInItsFirstCatalogLanguage() {
        CatalogSettings french = new CatalogSettings("fr", new BigDecimal("17"));
        Product product = Product.create(UUID.randomUUID(), new ProductDetails("H-2", null, null,
                Map.of("de", "Lampe", "en", "Lamp"), null, new BigDecimal("1"), null, "EUR", null, null, null, null,
                null, null, null, null, null), french);
        assertThat(product.defaultLanguage()).isEqualTo("en");
        Product named = Product.create(UUID.randomUUID(), new ProductDetails("H-3", "Lampe", "Une lampe", null, null,
                new BigDecimal("1"), null, "EUR", null, null, null, null, null, null, null, null, null), french);
        assertThat(named.defaultLanguage()).isEqualTo("fr");
        assertThat(named.descriptions()).containsEntry("fr", "Une lampe");
        assertThat(named.taxRate()).as("the shop's default rate").isEqualByComparingTo("17.00");
        assertThat(named.active()).isTrue();
        assertThat(named.featured()).isFalse();
        assertThat(named.availability()).isEqualTo(Availability.IN_STOCK);
    }

    @Test
    void lockingTwiceOrUnlockingWhatIsNotLockedIsNoChange() {
        Product product = published();
        product.lock(ProductField.BRAND);
        assertThat(product.lockedFields()).containsExactly(ProductField.BRAND);
        Instant locked = product.updatedAt();
        assertThat(locked).isAfter(LONG_AGO);

        Product again = published();
        again.unlock(ProductField.GTIN);
        assertThat(again.updatedAt()).isEqualTo(LONG_AGO);
        again.lock(ProductField.GTIN);
        again.unlock(ProductField.GTIN);
        assertThat(again.lockedFields()).isEmpty();
        assertThatThrownBy(() -> again.lock(ProductField.SKU)).isInstanceOfSatisfying(CatalogException.class,
                e -> assertThat(e.errorCode()).isEqualTo("FIELD_NOT_LOCKABLE"));
    }

    @Test
    void aLockRequestNamesAFieldByItsKeyOrTheDefaultLanguagesTextsByTheirShortName() {
        Product product = published();
        assertThat(product.lockableField("name")).isEqualTo(ProductField.NAME_EN);
        assertThat(product.lockableField("description")).isEqualTo(ProductField.DESCRIPTION_EN);
        assertThat(product.lockableField("name.de")).isEqualTo(ProductField.NAME_DE);
        assertThat(product.lockableField("quantity")).isEqualTo(ProductField.QUANTITY);
        assertThatThrownBy(() -> product.lockableField("name.it")).isInstanceOfSatisfying(CatalogException.class,
                e -> {
                    assertThat(e.errorCode()).isEqualTo("FIELD_NOT_LOCKABLE");
                    assertThat(e.details()).containsEntry("lockableFields", ProductField.lockableKeys());
                });
        assertThatThrownBy(() -> product.lockableField("QUANTITY")).isInstanceOf(CatalogException.class);
    }

    @Test
    void nothingOfAProductMadeByHandLocksWhateverTheRequest() {
        Product product = handMade();
        assertThatThrownBy(() -> product.lockableField("no-such-field"))
                .isInstanceOfSatisfying(CatalogException.class,
                        e -> assertThat(e.errorCode()).isEqualTo("PRODUCT_HAS_NO_SOURCE"));
        assertThatThrownBy(() -> product.lock(ProductField.PRICE)).isInstanceOfSatisfying(CatalogException.class,
                e -> assertThat(e.errorCode()).isEqualTo("PRODUCT_HAS_NO_SOURCE"));
    }

    @Test
    void togglesFlipAndTouch() {
        Product product = published();
        product.toggleActive();
        product.toggleFeatured();
        assertThat(product.active()).isFalse();
        assertThat(product.featured()).isTrue();
        assertThat(product.updatedAt()).isAfter(LONG_AGO);
    }

    @Test
    void aStoredProductIsRebuiltAsItWas() {
        UUID id = UUID.randomUUID();
        ProductSource source = new ProductSource(UUID.randomUUID(), "letzshop", "LS-1");
        Product product = Product.builder(id, UUID.randomUUID()).sku("LS-1").texts("de", Map.of("de", "Lampe"),
                        Map.of()).price(new BigDecimal("3.00")).currency("EUR").taxRate(new BigDecimal("3.00"))
                .taxCategory(TaxCategory.SUPER_REDUCED).source(source, 7)
                .lockedFields(Set.of(ProductField.PRICE, ProductField.NAME_DE)).stamps(LONG_AGO, LONG_AGO, 9L)
                .availability(Availability.PREORDER).build();
        assertThat(product.id()).isEqualTo(id);
        assertThat(product.taxCategory()).isEqualTo(TaxCategory.SUPER_REDUCED);
        assertThat(product.source()).isEqualTo(source);
        assertThat(product.sourceQuantity()).isEqualTo(7);
        assertThat(product.lockedFields()).containsExactly(ProductField.PRICE, ProductField.NAME_DE);
        assertThat(product.createdAt()).isEqualTo(LONG_AGO);
        assertThat(product.version()).isEqualTo(9L);
        assertThat(product.availability()).isEqualTo(Availability.PREORDER);
        assertThat(Product.builder(id, UUID.randomUUID()).build()).satisfies(bare -> {
            assertThat(bare.taxCategory()).isEqualTo(TaxCategory.STANDARD);
            assertThat(bare.availability()).isEqualTo(Availability.DEFAULT);
            assertThat(bare.lockedFields()).isEmpty();
            assertThat(bare.images()).isEmpty();
            assertThat(bare.updatedAt()).isEqualTo(bare.createdAt());
        });
        assertThatThrownBy(() -> Product.builder(null, UUID.randomUUID()).build())
                .isInstanceOf(NullPointerException.class);
    }
}
