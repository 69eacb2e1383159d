package com.wizamart.catalog.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Changes to a product; {@literal null} leaves a field as it is.
 *
 * @param name         the name in the product's default language.
 * @param description  the description in the product's default language.
 * @param names        names to set, per language (other languages stay).
 * @param descriptions descriptions to set, per language (other languages stay).
 * @param taxCategory  a {@link TaxCategory} name.
 * @param clear        field keys to empty: {@code salePrice}, {@code brand}, {@code gtin}, {@code images},
 *                     {@code categoryPath}, {@code description.xx}, {@code name.xx} (not the default language's).
 * @param availability a name of {@link Availability}.
 */
public record ProductEdit(String sku, String name, String description, Map<String, String> names, Map<String, String> descriptions, BigDecimal price,
                          BigDecimal salePrice, String currency, BigDecimal taxRate, String brand, String gtin,
                          List<String> images, String categoryPath, Boolean active, Boolean featured,
                          Set<String> clear, String taxCategory, String availability) {

    public ProductEdit {
        clear = clear == null ? Set.of() : Set.copyOf(clear);
    }
}
