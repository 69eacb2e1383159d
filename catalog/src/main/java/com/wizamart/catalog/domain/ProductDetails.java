package com.wizamart.catalog.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A product made by hand.
 *
 * @param name         the name in the vendor's default language (or give {@code names}).
 * @param description  the description in the vendor's default language.
 * @param names        name per language; with {@code name}, at least one.
 * @param descriptions description per language; may be empty.
 * @param taxRate      VAT percent; the vendor's default when {@literal null}.
 * @param taxCategory  a {@link TaxCategory} name; {@code STANDARD} when {@literal null}.
 * @param active       {@literal null} means active.
 * @param featured     {@literal null} means not featured.
 * @param availability a name of {@link Availability}; {@literal null} means {@link Availability#DEFAULT}.
 */
public record ProductDetails(String sku, String name, String description, Map<String, String> names, Map<String, String> descriptions,
                             BigDecimal price, BigDecimal salePrice, String currency, BigDecimal taxRate,
                             String brand, String gtin, List<String> images, String categoryPath, Boolean active,
                             Boolean featured, String taxCategory, String availability) {
}
