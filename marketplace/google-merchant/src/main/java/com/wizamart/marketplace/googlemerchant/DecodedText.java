package com.wizamart.marketplace.googlemerchant;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Supplier;

import com.wizamart.marketplace.spi.FeedException;
import com.wizamart.marketplace.spi.FeedException.Reason;
import com.wizamart.marketplace.spi.text.CarriedFeedException;
import com.wizamart.marketplace.spi.text.CountingInputStream;
import com.wizamart.marketplace.spi.text.LineEnds;

/**
 * A feed's bytes as text, for the parsers, in constant memory: decodes strictly in the charset chosen by
 * {@link FeedBytes} (a byte that is not valid in it fails the feed with the line it is on: never a replacement
 * character, never mojibake), drops a byte-order mark, turns {@code \r\n} and a lone {@code \r} into {@code \n}, counts
 * the bytes it consumes, and stops a parser that reads too much for one record or event ({@link #budget}).
 *
 * <p>Failures travel to the parsers' callers inside a {@link CarriedFeedException}, an {@link IOException} (the only kind a parser
 * lets through). Characters decoded before a bad byte are delivered first, so every record before it is read.
 */
final class DecodedText extends Reader {

    private static final int BYTES = 16 * 1024;

    private final CountingInputStream in;
    private final CharsetDecoder decoder;
    private final String charsetName;
    /** Why this charset, for the message of an encoding failure, e.g. "as its XML declaration says". */
    private final String charsetReason;
    private final ByteBuffer bytes = ByteBuffer.allocate(BYTES).flip();
    private final CharBuffer chars = CharBuffer.allocate(BYTES).flip();
    private final LineEnds lineEnds = new LineEnds();
    /** Stream offset of {@code bytes}' first byte. */
    private long bufferOffset;
    private boolean eof;
    private boolean finished;
    private boolean started;
    /** Line breaks among the characters decoded so far (delivered or not). */
    private long decodedBreaks;
    private boolean decodedAfterCr;
    private IOException pending;
    private long budget = Long.MAX_VALUE;
    private long spent;
    private Supplier<FeedException> overrun;

    DecodedText(InputStream in, Charset charset, String charsetReason) {
        this.in = new CountingInputStream(in);
        this.decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        this.charsetName = charset.name();
        this.charsetReason = charsetReason;
    }

    /** Bytes consumed from the feed so far (read-ahead included). */
    long bytesRead() {
        return in.count();
    }

    /**
     * Allows the parser {@code maxChars} more characters; reading beyond them fails with the exception the supplier
     * makes. Called at the start of each record (or each parser event): the bound on what a parser can hold at once.
     */
    void budget(long maxChars, Supplier<FeedException> onOverrun) {
        budget = maxChars;
        spent = 0;
        overrun = onOverrun;
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        int n = 0;
        while (n < len) {
            if (!chars.hasRemaining() && (n > 0 || !decodeMore())) {
                break;
            }
            n += lineEnds.copy(chars, cbuf, off + n, len - n);
        }
        if (n == 0) {
            return -1;
        }
        spent += n;
        if (spent > budget) {
            throw new CarriedFeedException(overrun.get());
        }
        return n;
    }

    @Override
    public void close() throws IOException {
        finished = true;
        in.close();
    }

    /** Decodes the next characters into {@code chars}; false at the end of the text. */
    private boolean decodeMore() throws IOException {
        if (pending != null) {
            IOException failure = pending;
            pending = null;
            finished = true;
            throw failure;
        }
        chars.clear();
        try {
            while (chars.position() == 0 && !finished) {
                decode();
            }
        } catch (IOException e) {
            if (chars.position() == 0) {
                finished = true;
                throw e;
            }
            // deliver what came before the failure first: the records in it are good
            pending = e;
        } finally {
            chars.flip();
            countBreaks();
        }
        if (!started && chars.hasRemaining()) {
            started = true;
            if (chars.get(chars.position()) == '\uFEFF') {
                chars.get();
            }
        }
        return chars.hasRemaining();
    }

    private void decode() throws IOException {
        if (!bytes.hasRemaining() && !eof) {
            refill();
        }
        CoderResult result = decoder.decode(bytes, chars, eof);
        if (result.isError()) {
            if (eof && cutCharacter()) {
                // the stream ends inside a character: a download cut short, which the parser reports as such
                bytes.position(bytes.limit());
            } else {
                throw new CarriedFeedException(encodingFailure());
            }
        } else if (result.isUnderflow()) {
            if (eof) {
                decoder.flush(chars);
                finished = true;
            } else {
                refill();
            }
        }
    }

    /** The bad byte's line: the breaks counted so far, and those among this batch's characters (not counted yet). */
    private FeedException encodingFailure() {
        long breaks = decodedBreaks;
        boolean afterCr = decodedAfterCr;
        for (int i = 0; i < chars.position(); i++) {
            char c = chars.get(i);
            if (c == '\n' && !afterCr || c == '\r') {
                breaks++;
            }
            afterCr = c == '\r';
        }
        long line = breaks + 1;
        int bad = bytes.get(bytes.position()) & 0xFF;
        return new FeedException(Reason.ENCODING, "Line " + line + " is not valid " + charsetName + " (byte 0x"
                + Integer.toHexString(bad).toUpperCase(Locale.ROOT) + " at offset " + (bufferOffset + bytes.position())
                + "): the feed is read as " + charsetName + " " + charsetReason + ", but holds bytes of another "
                + "encoding, such as Latin-1; save it as UTF-8. Nothing of that line was imported", line);
    }

    /** The bytes left at the end of the stream are the beginning of a UTF-8 character, not a wrong one. */
    private boolean cutCharacter() {
        int remaining = bytes.remaining();
        if (decoder.charset() != StandardCharsets.UTF_8 || remaining == 0 || remaining > 3) {
            return false;
        }
        int lead = bytes.get(bytes.position()) & 0xFF;
        int length = lead >= 0xF0 && lead <= 0xF4 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC2 ? 2 : 0;
        if (length <= remaining) {
            return false;
        }
        for (int i = 1; i < remaining; i++) {
            if ((bytes.get(bytes.position() + i) & 0xC0) != 0x80) {
                return false;
            }
        }
        return true;
    }

    /** Counts the line breaks of the characters just decoded, before any is delivered. */
    private void countBreaks() {
        for (int i = chars.position(); i < chars.limit(); i++) {
            char c = chars.get(i);
            if (c == '\n' && !decodedAfterCr || c == '\r') {
                decodedBreaks++;
            }
            decodedAfterCr = c == '\r';
        }
    }

    /** Moves unread bytes to the front and reads more: at least one byte, or the end of the stream. */
    private void refill() throws IOException {
        bufferOffset += bytes.position();
        bytes.compact();
        int n = 0;
        while (n == 0 && bytes.hasRemaining()) {
            n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        }
        if (n < 0) {
            eof = true;
        } else {
            bytes.position(bytes.position() + n);
        }
        bytes.flip();
    }
}
