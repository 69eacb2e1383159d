package com.wizamart.marketplace.application.port.out;

import java.io.IOException;
import java.io.InputStream;

/** Where feeds wait for their job: streamed to disk, never held in memory. */
public interface FeedStorage {

    /**
     * Copies the stream to storage.
     *
     * @param maxBytes refuse (and delete) beyond this many bytes.
     * @return the stored feed.
     * @throws TooLargeException beyond {@code maxBytes}.
     */
    StoredFeed store(InputStream content, long maxBytes) throws IOException, TooLargeException;

    InputStream open(String name) throws IOException;

    void delete(String name);

    /** A stored feed: its name in storage and size. */
    record StoredFeed(String name, long size) {
    }

    /** The feed is larger than allowed. */
    class TooLargeException extends Exception {
        public TooLargeException(long maxBytes) {
            super("The feed is larger than " + maxBytes + " bytes.");
        }
    }
}
