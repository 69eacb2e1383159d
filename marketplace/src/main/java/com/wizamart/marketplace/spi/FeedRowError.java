package com.wizamart.marketplace.spi;

/**
 * A row that could not be imported, and why; or, as a {@link Severity#WARNING} among a {@link FeedProduct}'s
 * {@link FeedProduct#warnings() warnings}, an optional value of a row that was dropped while the row was imported.
 * One bad record never fails a job. Each part is cut to a bounded length,
 * an ellipsis marking the cut: the field to {@value #MAX_FIELD} characters (what
 * {@code marketplace_import_errors.column_name} holds), the value to {@value #MAX_VALUE} (its first characters are
 * what a vendor needs to find the row) and the message to {@value #MAX_MESSAGE}; so no error is too long to store.
 * NUL characters, which PostgreSQL text cannot hold, are dropped (a feed's binary garbage may reach a row error's
 * value, e.g. the first cell of a row cut short, which names the row).
 *
 * @param position where the record starts in the source ({@link FeedRecord#position()}).
 * @param field    the offending field (as the source names it), if one is to blame.
 * @param value   the offending value (its first characters), if any.
 * @param message  what is wrong, for the vendor.
 * @param severity {@code ERROR}: the row was not imported (what an adapter hands over as a record of its own always
 *                 is); {@code WARNING}: the row was imported without the value named.
 */
public record FeedRowError(long position, String field, String value, String message, Severity severity)
        implements FeedRecord {

    /** Whether the row was left out ({@code ERROR}) or imported without one of its values ({@code WARNING}). */
    public enum Severity { ERROR, WARNING }

    /** Most characters of a field name, the ellipsis included. */
    public static final int MAX_FIELD = 200;
    /** Most characters of a value, the ellipsis included. */
    public static final int MAX_VALUE = 200;
    /** Most characters of a message, the ellipsis included. */
    public static final int MAX_MESSAGE = 2_000;

    public FeedRowError {
        field = cut(field, MAX_FIELD);
        value = cut(value, MAX_VALUE);
        message = cut(message, MAX_MESSAGE);
        severity = severity == null ? Severity.ERROR : severity;
    }

    /** A row that could not be imported. */
    public FeedRowError(long position, String field, String value, String message) {
        this(position, field, value, message, Severity.ERROR);
    }

    /** An optional value of the row that was dropped; the row is imported without it. */
    public static FeedRowError warning(long position, String field, String value, String message) {
        return new FeedRowError(position, field, value, message, Severity.WARNING);
    }

    /** This problem as a warning. */
    public FeedRowError asWarning() {
        return severity == Severity.WARNING ? this : new FeedRowError(position, field, value, message, Severity.WARNING);
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
