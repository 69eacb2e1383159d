package com.wizamart.marketplace.googlemerchant;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A shipping entry in Google's text form: sub-attributes separated by colons, in the order of the column's header
 * ({@code country:region:service:price} for a plain {@code shipping} column, or what {@code shipping(country:price)}
 * names). Empty parts stay empty ({@code LU::Standard:4.95 EUR} has no region).
 */
final class ShippingText {

    /** The key of what an entry holds beyond the parts its order names: such an entry is invalid. */
    static final String UNEXPECTED = "unexpected";

    private ShippingText() {
    }

    /**
     * @param entry one entry, e.g. {@code DE:BE:Express:9.90 EUR}.
     * @param order the sub-attributes' names, in the order the entry gives them.
     * @return sub-attribute name to value, in {@code order}; the surplus under {@link #UNEXPECTED}.
     */
    static Map<String, String> parts(String entry, List<String> order) {
        String[] parts = entry.split(":", -1);
        Map<String, String> named = new LinkedHashMap<>();
        for (int i = 0; i < parts.length; i++) {
            if (i < order.size()) {
                named.put(order.get(i), parts[i].strip());
            } else {
                named.merge(UNEXPECTED, parts[i], (a, b) -> a + ":" + b);
            }
        }
        return named;
    }
}
