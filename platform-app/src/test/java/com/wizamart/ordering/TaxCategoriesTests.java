package com.wizamart.ordering;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import com.wizamart.ordering.domain.VatCategory;

/**
 * Catalog keeps a product's tax category, ordering taxes by it; they pass it by name through ordering's
 * {@code CatalogProduct}, so both must know the same names (a category only catalog knew would be taxed as
 * {@code STANDARD}).
 */
class TaxCategoriesTests {

    @Test
    void catalogAndOrderingKnowTheSameTaxCategories() {
        assertThat(Arrays.stream(com.wizamart.catalog.domain.TaxCategory.values()).map(Enum::name))
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(VatCategory.values()).map(Enum::name).toList());
        assertThat(com.wizamart.catalog.domain.TaxCategory.of("taxCategory", null).name())
                .isEqualTo(VatCategory.DEFAULT.name());
    }
}
