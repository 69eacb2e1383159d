package com.wizamart.marketplace.adapter.out.persistence;

import java.util.ArrayList;
import java.util.List;

/**
 * A record's raw values as staging keeps them ({@code marketplace_staged_texts.raw_values}): one text, the values in
 * the source's order separated by U+001F (the unit separator), a U+001F or U+001B (escape) inside a value preceded by
 * U+001B. One text, not an array: PostgreSQL stores and compares it without parsing it, and it is a fifth smaller than
 * the same values as {@code text[]}. {@link CopyText#joined} writes it; the staging migration wrote the rows it moved
 * the same way.
 */
final class RawValues {

    static final char SEPARATOR = '\u001f';
    static final char ESCAPE = '\u001b';

    private RawValues() {
    }

    /** The values of a joined text; as many as {@code expected} names when that is how many there are. */
    static List<String> split(String joined, int expected) {
        List<String> values = new ArrayList<>(Math.max(expected, 1));
        if (joined == null || (joined.isEmpty() && expected == 0)) {
            return values;
        }
        StringBuilder value = new StringBuilder();
        for (int i = 0; i < joined.length(); i++) {
            char c = joined.charAt(i);
            if (c == ESCAPE && i + 1 < joined.length()) {
                value.append(joined.charAt(++i));
            } else if (c == SEPARATOR) {
                values.add(value.toString());
                value.setLength(0);
            } else {
                value.append(c);
            }
        }
        values.add(value.toString());
        return values;
    }
}
