package com.wizamart.marketplace.spi;

import java.util.List;

/** Streams the records of one feed. Not thread-safe; closing it closes the underlying stream. */
public interface FeedReader extends AutoCloseable {

    /**
     * @return the next record (a product or a row error), or {@literal null} at the end of the feed.
     * @throws FeedException when the rest of the feed cannot be read at all (e.g. the stream broke).
     */
    FeedRecord next() throws FeedException;

    /** The columns of the feed's header, as found. */
    List<String> columns();

    /** Bytes consumed from the feed so far (for progress). */
    long bytesRead();

    @Override
    void close();
}
