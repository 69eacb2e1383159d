package com.wizamart.catalog.domain;

import java.util.List;
import java.util.Locale;

import com.wizamart.sharedkernel.ValidationException;

/**
 * A product's VAT category: which of a member state's rates applies to it when an order is taxed at the
 * destination's rates (the EU one-stop shop; ordering decides, ADR 0023). The names are those of ordering's
 * categories, which ordering's {@code CatalogProduct} carries.
 */
public enum TaxCategory {

    /** The standard rate: what a product has unless its vendor says otherwise. */
    STANDARD,
    /** The state's first (lower) reduced rate, e.g. 5.5 % in France, 7 % in Germany (most food, books). */
    REDUCED,
    /** The state's second (higher) reduced rate where it has two, e.g. 10 % in France. */
    SECOND_REDUCED,
    /** A super-reduced rate (below 5 %), e.g. 2.1 % in France, 3 % in Luxembourg. */
    SUPER_REDUCED,
    /** A parking rate, e.g. 14 % in Luxembourg. */
    PARKING,
    /** Zero-rated supplies. */
    ZERO;

    /**
     * @return the category named (case-insensitive), {@code STANDARD} for {@literal null}.
     * @throws ValidationException for an unknown name.
     */
    public static TaxCategory of(String field, String name) {
        if (name == null) {
            return STANDARD;
        }
        for (TaxCategory c : values()) {
            if (c.name().equalsIgnoreCase(name.strip())) {
                return c;
            }
        }
        throw ValidationException.of(field, "must be one of " + List.of(values()));
    }

    /** @return the category of a stored name. */
    public static TaxCategory stored(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}
