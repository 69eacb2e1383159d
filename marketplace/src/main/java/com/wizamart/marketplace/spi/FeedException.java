package com.wizamart.marketplace.spi;

import java.util.OptionalLong;

/**
 * Nothing (more) can be read from a feed; the import job fails with this message. Thrown by
 * {@link FeedReader#next()}, the rows read before are kept, and the job's message adds how many there were and, when
 * the exception has one, the {@link #line()} where reading stopped.
 */
public class FeedException extends Exception {

    /** Why the feed is unreadable. */
    public enum Reason {
        /** The bytes are not a feed this adapter reads (another format, an HTML error page, an empty file). */
        NOT_A_FEED,
        /** Fields every record needs are absent from the feed's structure (e.g. a header without {@code id}). */
        MISSING_FIELDS,
        /** The text cannot be decoded without guessing. */
        ENCODING,
        /** The stream broke, or the document is cut short or not well-formed from some point on. */
        IO,
        /** The feed exceeds a limit the adapter enforces to stay in constant memory (nesting, a record's size). */
        TOO_LARGE
    }

    private final Reason reason;
    private final long line;

    public FeedException(Reason reason, String message) {
        this(reason, message, 0, null);
    }

    public FeedException(Reason reason, String message, Throwable cause) {
        this(reason, message, 0, cause);
    }

    /**
     * @param line 1-based line of the source where reading stopped; 0 when unknown.
     */
    public FeedException(Reason reason, String message, long line) {
        this(reason, message, line, null);
    }

    /**
     * @param line 1-based line of the source where reading stopped; 0 when unknown.
     */
    public FeedException(Reason reason, String message, long line, Throwable cause) {
        super(message, cause);
        if (line < 0) {
            throw new IllegalArgumentException("line must be >= 0");
        }
        this.reason = reason;
        this.line = line;
    }

    public Reason reason() {
        return reason;
    }

    /** The line where reading stopped, if the reader knows it. */
    public OptionalLong line() {
        return line > 0 ? OptionalLong.of(line) : OptionalLong.empty();
    }
}
