package com.wizamart.media.adapter.out.store;

import java.io.IOException;
import java.io.InputStream;

/**
 * Hands on exactly the declared number of bytes of the content to store, and fails (for good) when the content ends
 * before them or goes on after them: the check for "after" is made before the last bytes are handed on, so a store
 * never gets the whole declared length of a content that is longer, and nothing is stored. Without it an S3 upload
 * would silently cut a longer content at the declared length.
 */
final class ExactLengthInputStream extends InputStream {

    private final InputStream in;
    private final long length;
    private long handedOn;
    private boolean failed;

    ExactLengthInputStream(InputStream in, long length) {
        if (length < 0) {
            throw new IllegalArgumentException("A content length cannot be negative: " + length);
        }
        this.in = in;
        this.length = length;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int count) throws IOException {
        if (failed) {
            throw new LengthMismatch();
        }
        if (count == 0) {
            return 0;
        }
        long remaining = length - handedOn;
        if (remaining == 0) {
            checkEnd();
            return -1;
        }
        int n = in.read(buffer, offset, (int) Math.min(count, remaining));
        if (n < 0) {
            failed = true;
            throw new LengthMismatch();
        }
        handedOn += n;
        if (handedOn == length) {
            checkEnd();
        }
        return n;
    }

    private void checkEnd() throws IOException {
        if (in.read() != -1) {
            failed = true;
            throw new LengthMismatch();
        }
    }

    /** Does not close the content: its owner does. */
    @Override
    public void close() {
    }

    /** @return whether the content turned out shorter or longer than declared. */
    boolean mismatched() {
        return failed;
    }

    /** The content is shorter or longer than declared. */
    static final class LengthMismatch extends IOException {
        LengthMismatch() {
            super("The content is not as long as declared");
        }
    }
}
