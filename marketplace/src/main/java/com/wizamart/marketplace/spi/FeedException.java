package com.wizamart.marketplace.spi;

/** Nothing (more) can be read from a feed; the import job fails with this message. */
public class FeedException extends Exception {

    /** Why the feed is unreadable. */
    public enum Reason { NOT_A_FEED, MISSING_COLUMNS, ENCODING, IO }

    private final Reason reason;

    public FeedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public FeedException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
