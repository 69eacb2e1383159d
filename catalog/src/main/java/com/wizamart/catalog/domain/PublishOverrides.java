package com.wizamart.catalog.domain;

import java.math.BigDecimal;

/**
 * What the vendor sets differently from the feed when publishing; every value given locks its field.
 *
 * @param price           the price instead of the feed's.
 * @param name            the name in the product's default language.
 * @param description     the description in the product's default language.
 * @param initialQuantity the starting stock instead of the feed's quantity.
 */
public record PublishOverrides(BigDecimal price, String name, String description, Integer initialQuantity) {

    public static final PublishOverrides NONE = new PublishOverrides(null, null, null, null);
}
