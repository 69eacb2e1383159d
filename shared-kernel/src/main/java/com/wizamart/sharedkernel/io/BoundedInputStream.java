package com.wizamart.sharedkernel.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import java.util.function.IntConsumer;

/**
 * Counts the bytes read from a source and holds them to a limit: it hands on at most {@code limit} bytes and fails
 * ({@link LengthViolation}, for good) as soon as the source turns out to have more. That check is made before the
 * bytes reaching the limit are handed on (by reading one byte further), so a reader never gets the whole limit of a
 * longer source and mistakes it for all of it. {@link #exactly} also fails when the source ends before the limit.
 * <p>
 * Each read's count can be handed to a listener (a transfer's rate check, say) as it happens; {@link #count()} and
 * {@link #ended()} may be asked from any thread. Closing it closes the source, unless made by {@link #exactly}, whose
 * source belongs to the caller (a store must not close what it was handed).
 */
public final class BoundedInputStream extends FilterInputStream {

    private static final IntConsumer NOBODY = bytes -> {
    };

    private final long limit;
    private final boolean exact;
    private final IntConsumer listener;
    private volatile long count;
    private volatile boolean ended;
    private volatile boolean violated;

    private BoundedInputStream(InputStream source, long limit, boolean exact, IntConsumer listener) {
        super(Objects.requireNonNull(source, "source"));
        if (limit < 0) {
            throw new IllegalArgumentException("A limit cannot be negative: " + limit);
        }
        this.limit = limit;
        this.exact = exact;
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /** At most {@code limit} bytes of {@code source}; more fails with {@link LengthViolation}. */
    public static BoundedInputStream atMost(InputStream source, long limit) {
        return new BoundedInputStream(source, limit, false, NOBODY);
    }

    /** As {@link #atMost(InputStream, long)}, telling {@code listener} the count of each read as it happens. */
    public static BoundedInputStream atMost(InputStream source, long limit, IntConsumer listener) {
        return new BoundedInputStream(source, limit, false, listener);
    }

    /**
     * Exactly {@code length} bytes of {@code source}: fewer or more fail with {@link LengthViolation}. Closing the
     * stream leaves the source open.
     */
    public static BoundedInputStream exactly(InputStream source, long length) {
        return new BoundedInputStream(source, length, true, NOBODY);
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        Objects.checkFromIndexSize(offset, length, buffer.length);
        if (violated) {
            throw violation();
        }
        if (length == 0) {
            return 0;
        }
        long remaining = limit - count;
        if (remaining == 0) {
            checkEnd();
            return -1;
        }
        int n = in.read(buffer, offset, (int) Math.min(length, remaining));
        if (n < 0) {
            ended = true;
            if (exact) {
                violated = true;
                throw violation();
            }
            return -1;
        }
        count += n;
        if (count == limit) {
            checkEnd();
        }
        listener.accept(n);
        return n;
    }

    /** Reads and counts what is skipped: a skip must not pass the limit unseen. */
    @Override
    public long skip(long n) throws IOException {
        byte[] buffer = new byte[(int) Math.min(Math.max(n, 0), 8192)];
        long skipped = 0;
        while (skipped < n) {
            int read = read(buffer, 0, (int) Math.min(buffer.length, n - skipped));
            if (read < 0) {
                break;
            }
            skipped += read;
        }
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    @Override
    public void mark(int readLimit) {
    }

    @Override
    public void reset() throws IOException {
        throw new IOException("mark/reset not supported");
    }

    private void checkEnd() throws IOException {
        if (ended) {
            return;
        }
        if (in.read() != -1) {
            violated = true;
            throw violation();
        }
        ended = true;
    }

    private LengthViolation violation() {
        return new LengthViolation(limit, exact);
    }

    @Override
    public void close() throws IOException {
        if (!exact) {
            super.close();
        }
    }

    /** The bytes handed on so far. */
    public long count() {
        return count;
    }

    /** Whether the source's end was reached (and it was within the bounds). */
    public boolean ended() {
        return ended && !violated;
    }

    /** Whether the source turned out longer than the limit (or, for {@link #exactly}, shorter than the length). */
    public boolean violated() {
        return violated;
    }

    /** The limit (or exact length) this stream holds the source to. */
    public long limit() {
        return limit;
    }

    /** The source is longer than the limit, or (for {@link #exactly}) not the length declared. */
    public static final class LengthViolation extends IOException {

        private final long limit;

        LengthViolation(long limit, boolean exact) {
            super(exact ? "The content is not " + limit + " bytes long as declared"
                    : "The content is longer than " + limit + " bytes");
            this.limit = limit;
        }

        /** The limit, or the length declared. */
        public long limit() {
            return limit;
        }
    }
}
