package com.wizamart.marketplace.googlemerchant;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The values of one item (an XML {@code <item>}/{@code <entry>} or a text feed's row) by the Google attribute they
 * belong to, each with the name its source gave it: what {@link ItemMapping} turns into a product, whatever the
 * format. A shipping entry is a {@link ShippingEntry} of its sub-attributes.
 */
final class ItemValues {

    /**
     * @param source  the value's name in the source, for messages: the raw key ({@code g:price}, {@code link@href},
     *                a column's header).
     * @param text    the value, trimmed; never blank.
     * @param primary whether it is in Google's own vocabulary ({@code g:title}) rather than the host format's
     *                ({@code title} of RSS or Atom): a primary value wins over another.
     */
    record Value(String source, String text, boolean primary) {
    }

    /**
     * One shipping entry: sub-attribute name ({@code country}, {@code region}, {@code service}, {@code price}, ...) to
     * value, and how its source names it ({@code g:shipping[2]}, the column {@code shipping}).
     */
    record ShippingEntry(String source, String asWritten, Map<String, String> parts) {
    }

    private final Map<GoogleAttribute, List<Value>> values = new EnumMap<>(GoogleAttribute.class);
    private final List<ShippingEntry> shipping = new ArrayList<>(0);
    private boolean google;

    /** Adds a value; a blank one is no value. */
    void add(GoogleAttribute attribute, String source, String text, boolean primary) {
        if (text == null || text.isBlank()) {
            return;
        }
        values.computeIfAbsent(attribute, a -> new ArrayList<>(1)).add(new Value(source, text.strip(), primary));
    }

    void addShipping(String source, String asWritten, Map<String, String> parts) {
        shipping.add(new ShippingEntry(source, asWritten, new LinkedHashMap<>(parts)));
    }

    /** Notes that the item holds something of Google's vocabulary (an element of the {@code g:} namespace). */
    void sawGoogleAttribute() {
        google = true;
    }

    boolean hasGoogleAttribute() {
        return google;
    }

    /** The value to use: the first primary one, else the first; {@literal null} when there is none. */
    Value first(GoogleAttribute attribute) {
        List<Value> found = values.get(attribute);
        if (found == null) {
            return null;
        }
        for (Value value : found) {
            if (value.primary()) {
                return value;
            }
        }
        return found.getFirst();
    }

    /** The text of {@link #first}, or {@literal null}. */
    String text(GoogleAttribute attribute) {
        Value value = first(attribute);
        return value == null ? null : value.text();
    }

    /** Every value, in source order. */
    List<Value> all(GoogleAttribute attribute) {
        return values.getOrDefault(attribute, List.of());
    }

    List<ShippingEntry> shipping() {
        return shipping;
    }
}
