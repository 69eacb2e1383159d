package com.wizamart.marketplace.googlemerchant;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;

/** Huge inputs generated on the fly: a test of a 100 MB value must not hold 100 MB itself. */
final class Streams {

    static final int MB = 1024 * 1024;

    private Streams() {
    }

    static InputStream text(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    static InputStream concat(InputStream... parts) {
        return new SequenceInputStream(Collections.enumeration(Arrays.asList(parts)));
    }

    /** {@code count} times the ASCII character {@code c}. */
    static InputStream repeat(char c, long count) {
        return new InputStream() {
            private long left = count;

            @Override
            public int read() {
                if (left == 0) {
                    return -1;
                }
                left--;
                return c;
            }

            @Override
            public int read(byte[] buffer, int off, int len) {
                if (left == 0) {
                    return -1;
                }
                int n = (int) Math.min(len, left);
                Arrays.fill(buffer, off, off + n, (byte) c);
                left -= n;
                return n;
            }
        };
    }

    /** Counts what the reader pulled from the source, and whether it closed it. */
    static final class Counted extends FilterInputStream {

        long count;
        boolean closed;

        Counted(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            count += b >= 0 ? 1 : 0;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, len);
            count += Math.max(n, 0);
            return n;
        }

        @Override
        public void close() throws IOException {
            closed = true;
            super.close();
        }
    }
}
