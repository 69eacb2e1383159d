package com.wizamart.marketplace.spi;

/** Streams the records of one feed. Not thread-safe; closing it closes the underlying stream. */
public interface FeedReader extends AutoCloseable {

    /**
     * @return the next record (a product or a row error), or {@literal null} at the end of the feed.
     * @throws FeedException when the rest of the feed cannot be read at all (e.g. the stream broke, the document is
     *                       not well-formed from here on): the import keeps every record read before and stops.
     */
    FeedRecord next() throws FeedException;

    /**
     * As {@link #next()}, asking {@code known} about each record before normalizing it: one the platform holds
     * exactly so is handed over as an {@link UnchangedRecord} (its row errors and warnings are not looked for; the
     * platform asks only about records it staged without any). A reader that does not ask is correct, only slower.
     */
    default FeedRecord next(KnownRecords known) throws FeedException {
        return next();
    }

    /** Bytes consumed from the feed so far (for progress). */
    long bytesRead();

    @Override
    void close();
}
