package com.wizamart.marketplace.spi.values;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import com.wizamart.marketplace.spi.FeedAvailability;

/**
 * Reads {@code availability}: {@code in stock} / {@code in_stock}, {@code out of stock} / {@code out_of_stock},
 * {@code preorder}, {@code backorder}, in any case, with spaces, underscores or hyphens.
 */
public final class Availabilities {

    private static final Map<String, FeedAvailability> WORDS = Map.of(
            "instock", FeedAvailability.IN_STOCK,
            "outofstock", FeedAvailability.OUT_OF_STOCK,
            "preorder", FeedAvailability.PREORDER,
            "backorder", FeedAvailability.BACKORDER);

    private static final Pattern SEPARATORS = Pattern.compile("[\\s_-]+");

    private Availabilities() {
    }

    /**
     * @param text a non-blank cell.
     * @throws InvalidValue when the cell is none of the known values.
     */
    public static FeedAvailability parse(String text) throws InvalidValue {
        // "in stock", "in_stock", "In-Stock", "pre-order" all mean the same; compare without separators
        String key = SEPARATORS.matcher(text.strip().toLowerCase(Locale.ROOT)).replaceAll("");
        FeedAvailability availability = WORDS.get(key);
        if (availability == null) {
            throw new InvalidValue("unknown availability; expected in stock, out of stock, preorder or backorder");
        }
        return availability;
    }
}
