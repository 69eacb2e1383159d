package com.wizamart.marketplace.spi;

/**
 * A row that could not be imported, and why. One bad row never fails a job.
 *
 * @param row     line number of the row in the file.
 * @param column  the offending column, if one is to blame.
 * @param value   the offending value (cut to a sane length), if any.
 * @param message what is wrong, for the vendor.
 */
public record FeedRowError(long row, String column, String value, String message) implements FeedRecord {

    private static final int MAX_VALUE = 200;

    public FeedRowError {
        if (value != null && value.length() > MAX_VALUE) {
            value = value.substring(0, MAX_VALUE) + "…";
        }
    }
}
