package com.wizamart.marketplace.spi;

/**
 * A row that could not be imported, and why. One bad row never fails a job. Each part is cut to a bounded length,
 * an ellipsis marking the cut: the column to {@value #MAX_COLUMN} characters (what
 * {@code marketplace_import_errors.column_name} holds), the value to {@value #MAX_VALUE} (its first characters are
 * what a vendor needs to find the row) and the message to {@value #MAX_MESSAGE}; so no error is too long to store.
 * NUL characters, which PostgreSQL text cannot hold, are dropped (a feed's binary garbage may reach a row error's
 * value, e.g. the first cell of a row cut short, which names the row).
 *
 * @param row     line number of the row in the file.
 * @param column  the offending column, if one is to blame.
 * @param value   the offending value (its first characters), if any.
 * @param message what is wrong, for the vendor.
 */
public record FeedRowError(long row, String column, String value, String message) implements FeedRecord {

    /** Most characters of a column name, the ellipsis included. */
    public static final int MAX_COLUMN = 200;
    /** Most characters of a value, the ellipsis included. */
    public static final int MAX_VALUE = 200;
    /** Most characters of a message, the ellipsis included. */
    public static final int MAX_MESSAGE = 2_000;

    public FeedRowError {
        column = cut(column, MAX_COLUMN);
        value = cut(value, MAX_VALUE);
        message = cut(message, MAX_MESSAGE);
    }

    private static String cut(String text, int max) {
        if (text != null && text.indexOf('\0') >= 0) {
            text = text.replace("\0", "");
        }
        if (text == null || text.length() <= max) {
            return text;
        }
        // room for the ellipsis, and never between the two halves of a surrogate pair
        int end = Character.isHighSurrogate(text.charAt(max - 2)) ? max - 2 : max - 1;
        return text.substring(0, end) + "…";
    }
}
