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

    /**
     * Makes room for a feed of at most {@code bytes} that is about to arrive, before any of it is read: the feeds
     * waiting in storage and the room already made for others count against {@code budget}.
     *
     * @return the room, held until closed (by then the stored feed counts for itself).
     * @throws FullException when the feed could go beyond the budget; nothing is reserved then.
     */
    Reservation reserve(long bytes, long budget) throws FullException;

    InputStream open(String name) throws IOException;

    void delete(String name);

    /** A stored feed: its name in storage and size. */
    record StoredFeed(String name, long size) {
    }

    /** Room made for an arriving feed; closing it twice is harmless. */
    interface Reservation extends AutoCloseable {
        @Override
        void close();
    }

    /** Storing the feed could go beyond the disk budget. */
    class FullException extends Exception {
        public FullException(long budget) {
            super("The feeds waiting for their import take the disk budget of " + budget + " bytes.");
        }
    }

    /** The feed is larger than allowed. */
    class TooLargeException extends Exception {
        public TooLargeException(long maxBytes) {
            super("The feed is larger than " + maxBytes + " bytes.");
        }
    }
}
