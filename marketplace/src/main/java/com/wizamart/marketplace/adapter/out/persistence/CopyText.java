package com.wizamart.marketplace.adapter.out.persistence;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Rows in the text format of PostgreSQL's {@code COPY}, encoded to UTF-8 straight into a small buffer that is handed
 * to the COPY stream whenever it fills: a chunk of any size is streamed without ever being one big string. Values
 * can be written as text, as values joined into one text or as JSON (a string, a list of strings, a map of strings, written as the application's
 * JSON mapper writes them), escaped for COPY in the same pass.
 */
final class CopyText {

    /** Where full buffers go: the COPY stream, or anything else in tests. */
    @FunctionalInterface
    interface Sink {
        void write(byte[] bytes, int offset, int length) throws SQLException;
    }

    /** Most bytes one character can take: {@code \\u001f} (JSON escape, then COPY escape of its backslash). */
    private static final int MAX_BYTES_PER_CHAR = 8;
    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);

    private final Sink sink;
    private final byte[] buffer;
    private int length;
    private boolean rowStarted;

    CopyText(Sink sink, int bufferSize) {
        this.sink = sink;
        this.buffer = new byte[bufferSize];
    }

    /** A text field ({@literal null} is COPY's NULL). NUL characters are dropped: PostgreSQL text cannot hold them. */
    CopyText text(String value) throws SQLException {
        separator();
        if (value == null) {
            ascii('\\');
            ascii('N');
            return this;
        }
        escaped(value, false);
        return this;
    }

    /**
     * A text escaped for COPY, NUL characters dropped; in a {@link #joined} value, a U+001B or U+001F preceded by
     * U+001B.
     */
    private void escaped(String value, boolean joined) throws SQLException {
        if (plain(value) && (!joined
                || value.indexOf(RawValues.ESCAPE) < 0 && value.indexOf(RawValues.SEPARATOR) < 0)) {
            bytes(value.getBytes(StandardCharsets.UTF_8));
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            room();
            switch (c) {
                case '\\' -> {
                    buffer[length++] = '\\';
                    buffer[length++] = '\\';
                }
                case '\t' -> copyEscape('t');
                case '\n' -> copyEscape('n');
                case '\r' -> copyEscape('r');
                case '\0' -> { }
                case RawValues.ESCAPE, RawValues.SEPARATOR -> {
                    if (joined) {
                        buffer[length++] = RawValues.ESCAPE;
                    }
                    buffer[length++] = (byte) c;
                }
                default -> i = utf8(value, i, c);
            }
        }
    }

    /** A JSON array of strings. */
    CopyText json(List<String> values) throws SQLException {
        separator();
        ascii('[');
        boolean first = true;
        for (String value : values) {
            if (!first) {
                ascii(',');
            }
            first = false;
            jsonString(value);
        }
        ascii(']');
        return this;
    }

    /** A JSON object of strings, in the map's order. */
    CopyText json(Map<String, String> values) throws SQLException {
        separator();
        ascii('{');
        boolean first = true;
        for (Map.Entry<String, String> entry : values.entrySet()) {
            if (!first) {
                ascii(',');
            }
            first = false;
            jsonString(entry.getKey());
            ascii(':');
            jsonString(entry.getValue());
        }
        ascii('}');
        return this;
    }

    /**
     * Values as one text ({@link RawValues}): separated by U+001F, a U+001F or U+001B inside a value preceded by
     * U+001B; {@literal null} is written as an empty value.
     */
    CopyText joined(Collection<String> values) throws SQLException {
        separator();
        boolean first = true;
        for (String value : values) {
            if (!first) {
                ascii(RawValues.SEPARATOR);
            }
            first = false;
            if (value != null) {
                escaped(value, true);
            }
        }
        return this;
    }

    /**
     * Whether the text needs no escape for COPY (checked with {@link String#indexOf(int)}, which the JDK runs over
     * many characters at once): then its UTF-8 bytes are written as they are.
     */
    private static boolean plain(String value) {
        return value.indexOf('\\') < 0 && value.indexOf('\t') < 0 && value.indexOf('\n') < 0
                && value.indexOf('\r') < 0 && value.indexOf('\0') < 0;
    }

    /** Bytes that need no escaping, in as many pieces as the buffer takes. */
    private void bytes(byte[] bytes) throws SQLException {
        int offset = 0;
        while (offset < bytes.length) {
            if (length == buffer.length) {
                flush();
            }
            int n = Math.min(bytes.length - offset, buffer.length - length);
            System.arraycopy(bytes, offset, buffer, length, n);
            length += n;
            offset += n;
        }
    }

    /** A field of bytes that need no escaping (hex digits, ASCII words). */
    CopyText ascii(byte[] bytes) throws SQLException {
        separator();
        if (length + bytes.length > buffer.length) {
            flush();
        }
        System.arraycopy(bytes, 0, buffer, length, bytes.length);
        length += bytes.length;
        return this;
    }

    /** Ends the row. */
    void endRow() throws SQLException {
        ascii('\n');
        rowStarted = false;
    }

    /** Hands what is buffered to the sink. */
    void flush() throws SQLException {
        if (length > 0) {
            sink.write(buffer, 0, length);
            length = 0;
        }
    }

    private void separator() throws SQLException {
        if (rowStarted) {
            ascii('\t');
        }
        rowStarted = true;
    }

    /** A JSON string; JSON's escapes are escaped again for COPY (every backslash doubled). */
    private void jsonString(String value) throws SQLException {
        if (value == null) {
            ascii('n');
            ascii('u');
            ascii('l');
            ascii('l');
            return;
        }
        ascii('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            room();
            if (c == '"') {
                escaped('"');
            } else if (c == '\\') {
                // JSON's \\, each backslash doubled for COPY
                for (int k = 0; k < 4; k++) {
                    buffer[length++] = '\\';
                }
            } else if (c == '\0') {
                continue; // jsonb cannot hold it, as text cannot
            } else if (c < 0x20) {
                switch (c) {
                    case '\b' -> escaped('b');
                    case '\t' -> escaped('t');
                    case '\n' -> escaped('n');
                    case '\f' -> escaped('f');
                    case '\r' -> escaped('r');
                    default -> {
                        escaped('u');
                        buffer[length++] = '0';
                        buffer[length++] = '0';
                        buffer[length++] = HEX[c >> 4];
                        buffer[length++] = HEX[c & 0xF];
                    }
                }
            } else {
                i = utf8(value, i, c);
            }
        }
        ascii('"');
    }

    /** A backslash escape, its backslash doubled for COPY: {@code \\x}. */
    private void escaped(char c) {
        buffer[length++] = '\\';
        buffer[length++] = '\\';
        buffer[length++] = (byte) c;
    }

    /** One of COPY's own backslash escapes: {@code \x}. */
    private void copyEscape(char c) {
        buffer[length++] = '\\';
        buffer[length++] = (byte) c;
    }

    /** Encodes the character at {@code i} (two for a surrogate pair); answers the index of its last char. */
    private int utf8(String s, int i, char c) {
        if (c < 0x80) {
            buffer[length++] = (byte) c;
        } else if (c < 0x800) {
            buffer[length++] = (byte) (0xC0 | c >> 6);
            buffer[length++] = (byte) (0x80 | c & 0x3F);
        } else if (Character.isSurrogate(c)) {
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, s.charAt(i + 1));
                buffer[length++] = (byte) (0xF0 | cp >> 18);
                buffer[length++] = (byte) (0x80 | cp >> 12 & 0x3F);
                buffer[length++] = (byte) (0x80 | cp >> 6 & 0x3F);
                buffer[length++] = (byte) (0x80 | cp & 0x3F);
                return i + 1;
            }
            // a lone surrogate is no character: replaced, as String#getBytes does
            buffer[length++] = '?';
        } else {
            buffer[length++] = (byte) (0xE0 | c >> 12);
            buffer[length++] = (byte) (0x80 | c >> 6 & 0x3F);
            buffer[length++] = (byte) (0x80 | c & 0x3F);
        }
        return i;
    }

    private void ascii(char c) throws SQLException {
        if (length == buffer.length) {
            flush();
        }
        buffer[length++] = (byte) c;
    }

    private void room() throws SQLException {
        if (length + MAX_BYTES_PER_CHAR > buffer.length) {
            flush();
        }
    }
}
