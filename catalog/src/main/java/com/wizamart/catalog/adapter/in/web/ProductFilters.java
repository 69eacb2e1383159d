package com.wizamart.catalog.adapter.in.web;

import java.math.BigDecimal;

import com.wizamart.catalog.application.port.out.ProductQuery;

/**
 * The query parameters every product list takes (bound from the query string).
 *
 * @param inStock  {@literal true}: available quantity above zero; {@literal false}: none available.
 * @param minPrice lowest current price (the sale price when there is one).
 * @param lang     the language of names and descriptions (else {@code Accept-Language}).
 */
record ProductFilters(Boolean featured, Boolean inStock, String brand, BigDecimal minPrice, BigDecimal maxPrice,
                      String lang) {

    ProductQuery query(String text, boolean activeOnly, Boolean active, String language) {
        return new ProductQuery(text, activeOnly, active, featured, inStock, brand, minPrice, maxPrice, language);
    }
}
