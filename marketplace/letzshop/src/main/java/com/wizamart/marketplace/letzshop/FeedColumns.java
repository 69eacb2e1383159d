package com.wizamart.marketplace.letzshop;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.wizamart.marketplace.spi.FeedException;
import com.wizamart.marketplace.spi.FeedException.Reason;

/**
 * The header of a feed: where each known column is, in any order, matched trimmed and case-insensitively; every
 * other column is kept under its own name.
 */
final class FeedColumns {

    /** The columns of a Letzshop (Google Shopping layout) feed. */
    enum Column {
        ID(true), TITLE(true), DESCRIPTION, LINK, IMAGE_LINK, ADDITIONAL_IMAGE_LINK, AVAILABILITY, PRICE(true),
        SALE_PRICE, BRAND, GTIN, MPN, CONDITION, GOOGLE_PRODUCT_CATEGORY, PRODUCT_TYPE, ITEM_GROUP_ID, COLOR, SIZE,
        GENDER, AGE_GROUP, IDENTIFIER_EXISTS, ADULT, QUANTITY, TAX_RATE, DELIVERY_METHOD;

        private final boolean required;
        private final String header;

        Column() {
            this(false);
        }

        Column(boolean required) {
            this.required = required;
            this.header = name().toLowerCase(Locale.ROOT);
        }

        /** The column's name in a feed header. */
        String header() {
            return header;
        }

        boolean required() {
            return required;
        }
    }

    private static final Column[] COLUMNS = Column.values();

    /** What a feed fills: every known column's name (fields and attributes alike are named as in the header). */
    static final Set<String> FIELDS = java.util.Arrays.stream(COLUMNS).map(Column::header)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    private final List<String> names;
    private final List<String> namesFound;
    private final String[] rawKeys;
    private final int[] indexes = new int[COLUMNS.length];
    private final int width;
    private String duplicate;

    private FeedColumns(List<String> names) {
        this.names = List.copyOf(names);
        this.namesFound = names.stream().filter(n -> !n.isEmpty()).toList();
        Arrays.fill(indexes, -1);
        rawKeys = new String[names.size()];
        Set<String> keys = new HashSet<>();
        int last = -1;
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            if (!name.isEmpty()) {
                last = i;
            }
            Column column = column(name);
            if (column != null) {
                if (indexes[column.ordinal()] < 0) {
                    indexes[column.ordinal()] = i;
                } else if (duplicate == null) {
                    duplicate = "The column '" + column.header() + "' appears twice in the header (columns "
                            + (indexes[column.ordinal()] + 1) + " and " + (i + 1) + "); keep one";
                }
            }
            String key = name.isEmpty() ? "column " + (i + 1) : name;
            rawKeys[i] = keys.add(key) ? key : key + " (column " + (i + 1) + ")";
            keys.add(rawKeys[i]);
        }
        // spreadsheets often end the header with empty cells; rows need not carry them
        width = last + 1;
    }

    /** @param header the cells of the header line, as parsed. */
    static FeedColumns of(String[] header) {
        List<String> names = new ArrayList<>(header.length);
        for (String cell : header) {
            names.add(cell == null ? "" : cell.replace("\uFEFF", "").strip());
        }
        return new FeedColumns(names);
    }

    /** @return the known column of that header name (trimmed, any case), or {@literal null}. */
    static Column column(String name) {
        String key = name.strip().toLowerCase(Locale.ROOT);
        for (Column column : COLUMNS) {
            if (column.header().equals(key)) {
                return column;
            }
        }
        return null;
    }

    /**
     * @throws FeedException when a known column appears twice: whichever of two "price" columns we picked, some
     *                       vendors would get the wrong one.
     */
    void requireNoDuplicates() throws FeedException {
        if (duplicate != null) {
            throw new FeedException(Reason.NOT_A_FEED, duplicate);
        }
    }

    /** The header cells as found (trimmed). */
    List<String> names() {
        return names;
    }

    /** The header cells that are not empty, for messages. */
    List<String> namesFound() {
        return namesFound;
    }

    /** @return the position of the column, or -1 if the feed does not have it. */
    int indexOf(Column column) {
        return indexes[column.ordinal()];
    }

    List<Column> missingRequired() {
        return Arrays.stream(COLUMNS).filter(c -> c.required() && indexOf(c) < 0).toList();
    }

    /** Number of columns a row must have: the header without trailing empty cells. */
    int width() {
        return width;
    }

    /** The key of position {@code i} in a product's raw map: the header cell, made unique. */
    String rawKey(int i) {
        return rawKeys[i];
    }

    /** The name to show for position {@code i}. */
    String name(int i) {
        return i < names.size() ? rawKeys[i] : "column " + (i + 1);
    }
}
