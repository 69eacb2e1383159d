package com.wizamart.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The fields of a product: their keys outside the domain, their locks, what may be emptied, their kinds. */
class ProductFieldTests {

    @Test
    void everyFieldIsFoundByItsKeyAndNoOtherKeyNamesOne() {
        for (ProductField field : ProductField.values()) {
            assertThat(ProductField.ofKey(field.key())).contains(field);
            assertThat(ProductField.stored(field.key())).isSameAs(field);
        }
        assertThat(Arrays.stream(ProductField.values()).map(ProductField::key)).doesNotHaveDuplicates();
        assertThat(ProductField.ofKey("name")).as("the API's alias is the product's business").isEmpty();
        assertThat(ProductField.ofKey("name.it")).isEmpty();
        assertThat(ProductField.ofKey("PRICE")).as("keys, not constant names").isEmpty();
        assertThat(ProductField.ofKey(null)).isEmpty();
        assertThatThrownBy(() -> ProductField.stored("title")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void keysAreTheOnesStoredInTheDatabaseAndSentInEvents() {
        assertThat(ProductField.SALE_PRICE.key()).isEqualTo("salePrice");
        assertThat(ProductField.TAX_CATEGORY.key()).isEqualTo("taxCategory");
        assertThat(ProductField.CATEGORY_PATH.key()).isEqualTo("categoryPath");
        assertThat(ProductField.NAME_FR.key()).isEqualTo("name.fr");
        assertThat(ProductField.DESCRIPTION_DE.key()).isEqualTo("description.de");
        assertThat(ProductField.keys(List.of(ProductField.NAME_EN, ProductField.PRICE)))
                .containsExactly("name.en", "price");
    }

    @Test
    void everyCatalogLanguageHasANameAndADescriptionAndNoOtherLanguageDoes() {
        for (String language : Languages.SUPPORTED) {
            assertThat(ProductField.nameIn(language)).satisfies(f -> {
                assertThat(f.isName()).isTrue();
                assertThat(f.language()).isEqualTo(language);
                assertThat(f.kind()).isEqualTo(ProductField.Kind.TITLE);
            });
            assertThat(ProductField.descriptionIn(language)).satisfies(f -> {
                assertThat(f.isDescription()).isTrue();
                assertThat(f.language()).isEqualTo(language);
                assertThat(f.kind()).isEqualTo(ProductField.Kind.DESCRIPTION);
            });
        }
        assertThat(Arrays.stream(ProductField.values()).filter(f -> f.language() != null))
                .hasSize(2 * Languages.SUPPORTED.size())
                .allSatisfy(f -> assertThat(Languages.SUPPORTED).contains(f.language()));
        assertThatThrownBy(() -> ProductField.nameIn("it")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void whatAnImportFillsIsLockableAndListedAsTheApiListsIt() {
        assertThat(ProductField.lockableKeys()).containsExactly("price", "salePrice", "taxRate", "brand", "gtin",
                "images", "categoryPath", "quantity", "availability", "name.en", "name.fr", "name.de",
                "description.en", "description.fr", "description.de");
        assertThat(ProductField.lockableFields()).allMatch(ProductField::lockable);
        assertThat(Arrays.stream(ProductField.values()).filter(ProductField::lockable))
                .containsExactlyInAnyOrderElementsOf(ProductField.lockableFields());
        assertThat(List.of(ProductField.SKU, ProductField.CURRENCY, ProductField.TAX_CATEGORY, ProductField.ACTIVE,
                ProductField.FEATURED)).noneMatch(ProductField::lockable);
    }

    @Test
    void theCurrencyFollowsThePriceLockAndTheVendorsOwnFieldsHaveNone() {
        assertThat(ProductField.CURRENCY.guardingLock()).contains(ProductField.PRICE);
        assertThat(ProductField.PRICE.guardingLock()).contains(ProductField.PRICE);
        assertThat(ProductField.NAME_DE.guardingLock()).contains(ProductField.NAME_DE);
        assertThat(ProductField.SKU.guardingLock()).isEmpty();
        assertThat(ProductField.ACTIVE.guardingLock()).isEmpty();
        assertThat(ProductField.PRICE.guarded()).containsExactly(ProductField.PRICE, ProductField.CURRENCY);
        assertThat(ProductField.SALE_PRICE.guarded()).containsExactly(ProductField.SALE_PRICE);
        assertThat(ProductField.TAX_CATEGORY.guarded()).isEmpty();
    }

    @Test
    void optionalFactsTextsInOtherLanguagesAndDescriptionsMayBeEmptied() {
        assertThat(List.of(ProductField.SALE_PRICE, ProductField.BRAND, ProductField.GTIN, ProductField.IMAGES,
                ProductField.CATEGORY_PATH, ProductField.NAME_FR, ProductField.DESCRIPTION_EN))
                .allMatch(f -> f.clearable("en"));
        assertThat(ProductField.NAME_EN.clearable("en")).as("the default language's name").isFalse();
        assertThat(ProductField.NAME_EN.clearable("fr")).isTrue();
        assertThat(List.of(ProductField.SKU, ProductField.PRICE, ProductField.CURRENCY, ProductField.TAX_RATE,
                ProductField.TAX_CATEGORY, ProductField.AVAILABILITY, ProductField.QUANTITY, ProductField.ACTIVE,
                ProductField.FEATURED)).noneMatch(f -> f.clearable("en"));
    }

    @Test
    void importSummariesCountPricesTitlesDescriptionsStockAndTheRest() {
        assertThat(List.of(ProductField.PRICE, ProductField.SALE_PRICE, ProductField.CURRENCY))
                .allMatch(f -> f.kind() == ProductField.Kind.PRICE);
        assertThat(ProductField.QUANTITY.kind()).isEqualTo(ProductField.Kind.STOCK);
        assertThat(List.of(ProductField.TAX_RATE, ProductField.BRAND, ProductField.GTIN, ProductField.IMAGES,
                ProductField.CATEGORY_PATH, ProductField.AVAILABILITY))
                .allMatch(f -> f.kind() == ProductField.Kind.OTHER);
    }
}
