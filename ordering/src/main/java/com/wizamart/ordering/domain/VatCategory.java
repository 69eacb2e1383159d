package com.wizamart.ordering.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The VAT category of a product, naming which of a member state's rates applies to it when VAT is charged at the
 * destination's rates (one-stop shop). The categories follow the columns of the European Commission's table of rates:
 * a state has a standard rate, at most two reduced rates, possibly a super-reduced and a parking rate, and may
 * zero-rate some supplies.
 *
 * <p>Catalog keeps it with each product as the product's tax category and passes it by name
 * ({@code CatalogProduct.taxCategory}); the names are the same on both sides and are what JSON and the rates table
 * store.
 *
 * <p>Declared from the lowest to the highest: when a state has no rate of a category (Germany has no super-reduced
 * rate, Denmark no reduced one), the next category up that it has applies ({@link #ladder()}), ending at the
 * standard rate, which every state has.
 */
public enum VatCategory {

    /** Zero-rated supplies. */
    ZERO,
    /** A super-reduced rate (below 5 %), e.g. France's 2.1 %, Luxembourg's 3 %. */
    SUPER_REDUCED,
    /** The state's first (lower) reduced rate, e.g. France's 5.5 %, Germany's 7 %. */
    REDUCED,
    /** The state's second (higher) reduced rate where it has two, e.g. France's 10 %. */
    SECOND_REDUCED,
    /** A parking rate (at least 12 %), e.g. Luxembourg's 14 %. */
    PARKING,
    /** The standard rate. */
    STANDARD;

    /** What a product has unless its vendor says otherwise. */
    public static final VatCategory DEFAULT = STANDARD;

    /** @return this category and every one above it, in the order they are tried. */
    public List<VatCategory> ladder() {
        return Arrays.asList(values()).subList(ordinal(), values().length);
    }

    /** @return the category of this name (case-insensitive), or {@literal null} for an unknown one. */
    public static VatCategory parse(String name) {
        if (name == null) {
            return null;
        }
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
