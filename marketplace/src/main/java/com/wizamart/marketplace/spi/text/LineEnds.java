package com.wizamart.marketplace.spi.text;

import java.nio.CharBuffer;

/**
 * Turns {@code \r\n} and a lone {@code \r} into {@code \n} while decoded text is copied to a reader's caller, and
 * counts the line ends delivered. Keeps what it needs between copies (a {@code \r} at the end of one decoded buffer and
 * the {@code \n} at the start of the next are one line end). Not thread-safe, like the reader that owns it.
 */
public final class LineEnds {

    private boolean afterCr;
    private long lineEnds;

    /**
     * Copies up to {@code max} characters from {@code decoded} (a heap buffer, read from its position) into
     * {@code target} at {@code offset}, line ends normalized, and moves the buffer's position past what it consumed.
     *
     * @return the characters written; fewer than {@code max} when the buffer ran out.
     */
    public int copy(CharBuffer decoded, char[] target, int offset, int max) {
        char[] source = decoded.array();
        int base = decoded.arrayOffset();
        int p = base + decoded.position();
        int end = p + Math.min(decoded.remaining(), max);
        int n = 0;
        while (p < end) {
            char c = source[p++];
            if (afterCr) {
                afterCr = false;
                if (c == '\n') {
                    continue; // the second half of a \r\n: delivered as the \r
                }
            }
            if (c == '\r') {
                c = '\n';
                afterCr = true;
            }
            if (c == '\n') {
                lineEnds++;
            }
            target[offset + n++] = c;
        }
        decoded.position(p - base);
        return n;
    }

    /** Line ends delivered so far. */
    public long count() {
        return lineEnds;
    }
}
