package com.wizamart.marketplace.letzshop;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import com.wizamart.marketplace.spi.FeedProduct.Availability;

/**
 * Reads {@code availability}: {@code in stock} / {@code in_stock}, {@code out of stock} / {@code out_of_stock},
 * {@code preorder}, {@code backorder}, in any case, with spaces, underscores or hyphens.
 */
final class Availabilities {

    private static final Map<String, Availability> WORDS = Map.of(
            "instock", Availability.IN_STOCK,
            "outofstock", Availability.OUT_OF_STOCK,
            "preorder", Availability.PREORDER,
            "backorder", Availability.BACKORDER);

    private static final Pattern SEPARATORS = Pattern.compile("[\\s_-]+");

    private Availabilities() {
    }

    /**
     * @param text a non-blank cell.
     * @throws InvalidValue when the cell is none of the known values.
     */
    static Availability parse(String text) throws InvalidValue {
        // "in stock", "in_stock", "In-Stock", "pre-order" all mean the same; compare without separators
        String key = SEPARATORS.matcher(text.strip().toLowerCase(Locale.ROOT)).replaceAll("");
        Availability availability = WORDS.get(key);
        if (availability == null) {
            throw new InvalidValue("unknown availability; expected in stock, out of stock, preorder or backorder");
        }
        return availability;
    }
}
