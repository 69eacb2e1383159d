package com.wizamart.catalog.domain;

import java.util.Arrays;
import java.util.List;

import com.wizamart.sharedkernel.ValidationException;

/**
 * Whether and how a product can be ordered, as its feed's {@code availability} (or the vendor) says. It is the
 * vendor's statement about the product, independent of the units inventory counts.
 */
public enum Availability {

    /** Ordered as far as stock is available. */
    IN_STOCK,
    /** Not orderable, whatever inventory holds. */
    OUT_OF_STOCK,
    /** Not released yet: orderable beyond the stock available; the units missing are backordered. */
    PREORDER,
    /** Orderable beyond the stock available; the units missing are backordered. */
    BACKORDER;

    /** What a product has when nobody said otherwise. */
    public static final Availability DEFAULT = IN_STOCK;

    /**
     * @param value a name such as {@code PREORDER}, in any case; {@literal null} stays {@literal null}.
     * @throws ValidationException naming {@code field} for another value.
     */
    public static Availability of(String field, String value) {
        if (value == null) {
            return null;
        }
        String name = value.strip().toUpperCase(java.util.Locale.ROOT);
        return Arrays.stream(values()).filter(a -> a.name().equals(name)).findFirst()
                .orElseThrow(() -> ValidationException.of(field, "must be one of " + names()));
    }

    public static List<String> names() {
        return Arrays.stream(values()).map(Enum::name).toList();
    }
}
