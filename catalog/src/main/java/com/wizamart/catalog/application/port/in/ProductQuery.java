package com.wizamart.catalog.application.port.in;

import java.math.BigDecimal;

/**
 * Filters of product lists; {@literal null} means any.
 *
 * @param text       full-text search over names, descriptions, brand, SKU and GTIN in every catalog language;
 *                   without an explicit sort, exact name (or SKU, GTIN) matches come first, then by rank.
 * @param activeOnly only active products (the public shop).
 * @param inStock    {@literal true}: available quantity above zero; {@literal false}: none available.
 * @param minPrice   lowest current price (the sale price when there is one), inclusive.
 * @param maxPrice   highest current price, inclusive.
 * @param language   the language names are sorted in ({@literal null}: each product's default language).
 */
public record ProductQuery(String text, boolean activeOnly, Boolean active, Boolean featured, Boolean inStock,
                           String brand, BigDecimal minPrice, BigDecimal maxPrice, String language) {
}
