package com.wizamart.catalog.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.wizamart.sharedkernel.FieldViolation;

/**
 * Changes to a product; {@literal null} leaves a field as it is.
 *
 * @param name         the name in the product's default language.
 * @param description  the description in the product's default language.
 * @param names        names to set, per language (other languages stay).
 * @param descriptions descriptions to set, per language (other languages stay).
 * @param taxCategory  a {@link TaxCategory} name.
 * @param clear        fields to empty: {@code SALE_PRICE}, {@code BRAND}, {@code GTIN}, {@code IMAGES},
 *                     {@code CATEGORY_PATH}, descriptions, names (not the default language's); see
 *                     {@link ProductField#clearable(String)}.
 * @param availability a name of {@link Availability}.
 */
public record ProductEdit(String sku, String name, String description, Map<String, String> names, Map<String, String> descriptions, BigDecimal price,
                          BigDecimal salePrice, String currency, BigDecimal taxRate, String brand, String gtin,
                          List<String> images, String categoryPath, Boolean active, Boolean featured,
                          Set<ProductField> clear, String taxCategory, String availability) {

    public ProductEdit {
        clear = clear == null ? Set.of() : Set.copyOf(clear);
    }

    /** @return the violation of a request to empty a field that cannot be emptied (or is no field). */
    public static FieldViolation cannotClear(String key) {
        return new FieldViolation("clear", "cannot clear '" + key + "'");
    }
}
