package com.wizamart.marketplace.spi;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The marketplace-specific values of a product: a typed map from {@link Attribute} to value, in the order they were
 * put. Language-independent, like the product's other facts (the latest import wins). Immutable.
 */
public final class Attributes {

    private static final Attributes NONE = new Attributes(Map.of());

    private final Map<String, Object> values;

    private Attributes(Map<String, Object> values) {
        this.values = values;
    }

    public static Attributes none() {
        return NONE;
    }

    /** The value of an attribute, or {@literal null} when the product has none (or one of another type). */
    public <T> T get(Attribute<T> attribute) {
        Object value = values.get(attribute.name());
        return attribute.type().isInstance(value) ? attribute.type().cast(value) : null;
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    public int size() {
        return values.size();
    }

    /** Name to value ({@link String}, {@link Boolean}, {@link BigDecimal} or {@link Long}), in order; unmodifiable. */
    public Map<String, Object> asMap() {
        return values;
    }

    public void forEach(BiConsumer<String, Object> action) {
        values.forEach(action);
    }

    /**
     * The attributes as a JSON object, names in alphabetical order: strings as JSON strings, flags as booleans,
     * numbers as numbers. Equal attributes give equal text whatever the order they were put in (what staging compares
     * to tell a changed product: a feed whose elements come in another order is not a changed feed).
     */
    public String toJson() {
        if (values.isEmpty()) {
            return "{}";
        }
        StringBuilder json = new StringBuilder(32 * values.size());
        json.append('{');
        new java.util.TreeMap<>(values).forEach((name, value) -> {
            if (json.length() > 1) {
                json.append(',');
            }
            quote(json, name).append(':');
            switch (value) {
                case String s -> quote(json, s);
                case BigDecimal d -> json.append(d.toString());
                default -> json.append(value);
            }
        });
        return json.append('}').toString();
    }

    private static StringBuilder quote(StringBuilder json, String text) {
        json.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"');
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Attributes other && values.equals(other.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return values.toString();
    }

    /** Collects attributes; a later value of the same attribute replaces the earlier one. */
    public static final class Builder {

        private final Map<String, Object> values = new LinkedHashMap<>();

        /** Puts a value; {@literal null} removes the attribute. */
        public <T> Builder put(Attribute<T> attribute, T value) {
            if (value == null) {
                values.remove(attribute.name());
            } else {
                values.put(attribute.name(), attribute.type().cast(value));
            }
            return this;
        }

        Builder putAll(Attributes attributes) {
            values.putAll(attributes.values);
            return this;
        }

        Builder remove(String name) {
            values.remove(name);
            return this;
        }

        public Attributes build() {
            return values.isEmpty() ? NONE : new Attributes(Collections.unmodifiableMap(new LinkedHashMap<>(values)));
        }
    }

    public static Builder builder() {
        return new Builder();
    }
}
