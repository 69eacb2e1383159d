package com.wizamart.marketplace.letzshop;

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

import com.wizamart.marketplace.spi.FeedException;
import com.wizamart.marketplace.spi.FeedException.Reason;
import com.wizamart.marketplace.spi.text.CarriedFeedException;
import com.wizamart.marketplace.spi.text.CountingInputStream;
import com.wizamart.marketplace.spi.text.LineEnds;

/**
 * The bytes of a feed as text, in constant memory: finds the encoding, drops a byte-order mark, turns {@code \r\n}
 * and lone {@code \r} into {@code \n}, counts the bytes it consumes, and refuses rows that grow without bound. Knows
 * nothing of columns or quotes, so the CSV parser behind it can be swapped without touching this.
 *
 * <h2>Encoding</h2>
 * A byte-order mark decides (UTF-8, UTF-16). Without one, ASCII is read as is and the decision is taken at the first
 * byte above 127, from a window of up to {@value #WINDOW} bytes starting there: valid UTF-8 (checked strictly) means
 * UTF-8; no valid multi-byte UTF-8 sequence at all but plausible text means Windows-1252 (the superset of Latin-1
 * that old Windows tools write); anything else fails with a clear message. Deciding late rather than on the first
 * 64 KB means a file whose first accented letter comes after a megabyte of ASCII is still read right. Once decided,
 * decoding is strict: a byte that is invalid in the chosen encoding fails the feed instead of being replaced, so no
 * mojibake or replacement characters are ever stored.
 */
final class FeedText extends Reader {

    /** Bytes looked at to decide an encoding or recognise binary data; also the read buffer. */
    static final int WINDOW = 64 * 1024;

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private final CountingInputStream in;
    private final long maxCharsPerRow;
    private final ByteBuffer bytes = ByteBuffer.allocate(WINDOW).flip();
    private final CharBuffer chars = CharBuffer.allocate(8 * 1024).flip();
    /** Stream offset of {@code bytes}' first element, for messages. */
    private long bufferOffset;
    private boolean eof;
    private boolean finished;
    private Charset charset;
    private CharsetDecoder decoder;
    private final LineEnds lineEnds = new LineEnds();
    private long rowLine = 1;
    private long charsSinceRowStart;
    /** A failure met after some good characters; thrown once those have been delivered, so no row is lost. */
    private IOException pending;

    private FeedText(InputStream in, long maxCharsPerRow) {
        this.in = new CountingInputStream(in);
        this.maxCharsPerRow = maxCharsPerRow;
    }

    /**
     * Reads the first {@value #WINDOW} bytes and recognises what they are.
     *
     * @param maxCharsPerRow characters a row may take before the feed is refused (see {@link #startRow(long)}).
     * @throws FeedException when the bytes are binary, an archive, or text in an unknown encoding.
     */
    static FeedText open(InputStream in, long maxCharsPerRow) throws FeedException, IOException {
        FeedText text = new FeedText(in, maxCharsPerRow);
        text.start();
        return text;
    }

    /** Bytes consumed from the underlying stream so far (read-ahead included). */
    long bytesRead() {
        return in.count();
    }

    /** The encoding in use; {@literal null} while everything read was ASCII. */
    Charset charset() {
        return charset;
    }

    /**
     * Tells that a row starts at {@code line} with the next character; reading more than the row limit before the
     * next call fails the feed. This bounds memory by rows, whatever the parser buffers per row.
     */
    void startRow(long line) {
        rowLine = line;
        charsSinceRowStart = 0;
    }

    /**
     * Reads one line, without its line end.
     *
     * @return {@literal null} at the end of the text.
     * @throws CarriedFeedException when the line is longer than {@code maxChars}.
     */
    String readLine(int maxChars) throws IOException {
        StringBuilder sb = new StringBuilder();
        char[] one = new char[1];
        while (true) {
            int n = read(one, 0, 1);
            if (n < 0) {
                return sb.isEmpty() ? null : sb.toString();
            }
            if (one[0] == '\n') {
                return sb.toString();
            }
            if (sb.length() >= maxChars) {
                throw new CarriedFeedException(new FeedException(Reason.NOT_A_FEED, "Line " + line() + " is longer than "
                        + maxChars + " characters without a line break: not a product feed header"));
            }
            sb.append(one[0]);
        }
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        int n = 0;
        while (n < len) {
            if (!chars.hasRemaining()) {
                if (n > 0 || !decodeMore()) {
                    break;
                }
            }
            n += lineEnds.copy(chars, cbuf, off + n, len - n);
        }
        if (n == 0) {
            return -1;
        }
        charsSinceRowStart += n;
        if (charsSinceRowStart > maxCharsPerRow) {
            throw new CarriedFeedException(new FeedException(Reason.NOT_A_FEED, "The row at line " + rowLine + " is longer than "
                    + maxCharsPerRow + " characters: a quote is probably not closed; reading stopped there", rowLine));
        }
        return n;
    }

    @Override
    public void close() throws IOException {
        finished = true;
        in.close();
    }

    private void start() throws FeedException, IOException {
        fill();
        byte[] b = bytes.array();
        int n = bytes.limit();
        if (startsWith(b, n, 0xEF, 0xBB, 0xBF)) {
            useCharset(StandardCharsets.UTF_8, 3);
        } else if (startsWith(b, n, 0xFF, 0xFE)) {
            // Excel's "Unicode text" export: UTF-16LE with a BOM, tab-separated
            useCharset(StandardCharsets.UTF_16LE, 2);
            return;
        } else if (startsWith(b, n, 0xFE, 0xFF)) {
            useCharset(StandardCharsets.UTF_16BE, 2);
            return;
        }
        rejectKnownBinary(b, n);
        if (EncodingSniffer.looksBinary(b, bytes.position(), n)) {
            throw new FeedException(Reason.NOT_A_FEED, "The file is not text (it holds binary data such as NUL "
                    + "bytes); expected a tab- or comma-separated product feed");
        }
        if (charset == null && EncodingSniffer.firstNonAscii(b, 0, n) >= 0) {
            try {
                decide();
            } catch (CarriedFeedException f) {
                throw f.feedException();
            }
        }
    }

    private static void rejectKnownBinary(byte[] b, int n) throws FeedException {
        if (startsWith(b, n, 'P', 'K', 3, 4)) {
            throw new FeedException(Reason.NOT_A_FEED, "The file is a ZIP archive (an Excel .xlsx workbook?), not a "
                    + "text feed: export the sheet as tab-separated text (UTF-8)");
        }
        if (startsWith(b, n, 0x1F, 0x8B)) {
            throw new FeedException(Reason.NOT_A_FEED, "The file is gzip-compressed: unpack it and import the "
                    + "tab-separated text inside");
        }
    }

    private static boolean startsWith(byte[] b, int n, int... prefix) {
        if (n < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private void useCharset(Charset cs, int skip) {
        charset = cs;
        decoder = cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        bytes.position(bytes.position() + skip);
    }

    /** Decides the encoding from the window starting at the current (first non-ASCII) byte. */
    private void decide() throws IOException {
        fill();
        byte[] b = bytes.array();
        int from = bytes.position();
        int to = bytes.limit();
        EncodingSniffer.Utf8 utf8 = EncodingSniffer.scanUtf8(b, from, to);
        boolean plausible1252 = EncodingSniffer.plausibleWindows1252(b, from, to);
        if (utf8.invalid() == 0 && (utf8.validMultiByte() > 0 || !plausible1252)) {
            useCharset(StandardCharsets.UTF_8, 0);
        } else if (utf8.invalid() > 0 && utf8.validMultiByte() > 0) {
            // decoding as Windows-1252 would turn the valid UTF-8 into mojibake, as UTF-8 would fail: refuse
            long at = lineAt(utf8.firstInvalid());
            throw new CarriedFeedException(new FeedException(Reason.ENCODING, "The file mixes encodings: line "
                    + at + " is not UTF-8 (byte " + offsetOf(utf8.firstInvalid())
                    + ") while lines near it are; save the file again as UTF-8", at));
        } else if (plausible1252) {
            // no UTF-8 sequence at all (or just one cut by the end of the file), and plausible text
            useCharset(WINDOWS_1252, 0);
        } else {
            long at = lineAt(utf8.firstInvalid());
            throw new CarriedFeedException(new FeedException(Reason.ENCODING, "Line " + at + " is "
                    + "neither UTF-8 nor Latin-1 / Windows-1252 text (byte " + offsetOf(utf8.firstInvalid())
                    + "); save the file as UTF-8", at));
        }
    }

    /** Line of the byte at {@code index} of the buffer, not yet decoded. */
    private long lineAt(int index) {
        long at = line() + newlinesIn(chars);
        byte[] b = bytes.array();
        for (int i = bytes.position(); i < index; i++) {
            if (b[i] == '\n') {
                at++;
            }
        }
        return at;
    }

    /** Line of the next character delivered. */
    private long line() {
        return 1 + lineEnds.count();
    }

    private long offsetOf(int index) {
        return bufferOffset + index;
    }

    /** Decodes the next characters into {@code chars}; false at the end of the text. */
    private boolean decodeMore() throws IOException {
        if (pending != null) {
            IOException f = pending;
            pending = null;
            finished = true;
            throw f;
        }
        if (finished) {
            return false;
        }
        chars.clear();
        try {
            while (chars.position() == 0 && !finished) {
                if (charset == null) {
                    decodeAscii();
                } else {
                    decodeWithDecoder();
                }
            }
        } catch (IOException f) {
            if (chars.position() == 0) {
                finished = true;
                throw f;
            }
            pending = f;
        } finally {
            chars.flip();
        }
        return chars.hasRemaining();
    }

    private void decodeAscii() throws IOException {
        if (!bytes.hasRemaining()) {
            if (eof) {
                finished = true;
            } else {
                refill();
            }
            return;
        }
        byte[] b = bytes.array();
        int p = bytes.position();
        int limit = bytes.limit();
        while (p < limit && chars.hasRemaining()) {
            byte x = b[p];
            if (x < 0) {
                bytes.position(p);
                decide();
                return;
            }
            chars.put((char) x);
            p++;
        }
        bytes.position(p);
    }

    private void decodeWithDecoder() throws IOException {
        CoderResult result = decoder.decode(bytes, chars, eof);
        if (result.isError()) {
            if (eof && isCutCharacter()) {
                // the file ends inside a character: a download cut short. Drop the partial character; the cut
                // row is then short of columns and becomes a row error.
                bytes.position(bytes.limit());
                return;
            }
            long at = line() + newlinesIn(chars);
            throw new CarriedFeedException(new FeedException(Reason.ENCODING, "Line " + at
                    + " is not valid " + charset.name() + " (byte " + offsetOf(bytes.position()) + " is 0x"
                    + Integer.toHexString(bytes.get(bytes.position()) & 0xFF).toUpperCase(java.util.Locale.ROOT)
                    + ") although the file started as " + charset.name()
                    + "; the file mixes encodings: save it again as UTF-8", at));
        }
        if (result.isOverflow()) {
            return;
        }
        if (eof) {
            decoder.flush(chars);
            finished = true;
        } else {
            refill();
        }
    }

    /** The bytes left at the end of the stream are the start of a character, not a wrong one. */
    private boolean isCutCharacter() {
        int remaining = bytes.remaining();
        if (charset == StandardCharsets.UTF_8) {
            return remaining < 4 && EncodingSniffer.scanUtf8(bytes.array(), bytes.position(), bytes.limit()).cutAtEnd();
        }
        return charset != WINDOWS_1252 && remaining == 1;
    }

    private static int newlinesIn(CharBuffer decoded) {
        int count = 0;
        for (int i = 0; i < decoded.position(); i++) {
            if (decoded.get(i) == '\n') {
                count++;
            }
        }
        return count;
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

    /** Reads until the buffer holds a full window from the current position, or the stream ended. */
    private void fill() throws IOException {
        bufferOffset += bytes.position();
        bytes.compact();
        while (bytes.hasRemaining() && !eof) {
            int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
            if (n < 0) {
                eof = true;
            } else {
                bytes.position(bytes.position() + n);
            }
        }
        bytes.flip();
    }
}
