package com.wizamart.marketplace.letzshop;

/**
 * Looks at a window of raw bytes to tell text from binary data and UTF-8 from Windows-1252 (Latin-1). Pure
 * functions, so the rules are tested on their own.
 */
final class EncodingSniffer {

    private EncodingSniffer() {
    }

    /**
     * What a window holds, read as UTF-8.
     *
     * @param validMultiByte number of well-formed sequences of two to four bytes.
     * @param invalid        number of bytes that start no well-formed sequence.
     * @param firstInvalid   index of the first of them, or -1.
     * @param cutAtEnd       the window ends inside a sequence that was well-formed so far.
     */
    record Utf8(int validMultiByte, int invalid, int firstInvalid, boolean cutAtEnd) {
    }

    /** @return index of the first byte above 127 in {@code [from, to)}, or -1. */
    static int firstNonAscii(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] < 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Binary data: a NUL byte (never in a text feed, and PostgreSQL cannot store it in text), or more than one in a
     * thousand control characters other than tab, line feed, carriage return and form feed.
     */
    static boolean looksBinary(byte[] b, int from, int to) {
        int controls = 0;
        for (int i = from; i < to; i++) {
            int x = b[i] & 0xFF;
            if (x == 0) {
                return true;
            }
            if (isControl(x)) {
                controls++;
            }
        }
        return controls * 1000L > Math.max(to - from, 1);
    }

    /**
     * Strict UTF-8 scan with the same rules as the JDK decoder: no overlong forms, no surrogates, nothing above
     * U+10FFFF. A sequence cut by the end of the window is reported apart: the stream may go on, or a download may
     * have been cut short.
     */
    static Utf8 scanUtf8(byte[] b, int from, int to) {
        int valid = 0;
        int invalid = 0;
        int firstInvalid = -1;
        int i = from;
        while (i < to) {
            int x = b[i] & 0xFF;
            if (x < 0x80) {
                i++;
                continue;
            }
            int length = sequenceLength(b, i, to);
            if (length > 0) {
                valid++;
                i += length;
            } else if (length == 0) {
                return new Utf8(valid, invalid, firstInvalid, true);
            } else {
                invalid++;
                if (firstInvalid < 0) {
                    firstInvalid = i;
                }
                i++;
            }
        }
        return new Utf8(valid, invalid, firstInvalid, false);
    }

    /**
     * Plausible Windows-1252 / Latin-1 text: no NUL, almost no control characters, none of the five bytes
     * Windows-1252 leaves undefined, and a minority of bytes above 127 (accented letters in a European text; random
     * binary data has about half).
     */
    static boolean plausibleWindows1252(byte[] b, int from, int to) {
        int suspicious = 0;
        int high = 0;
        for (int i = from; i < to; i++) {
            int x = b[i] & 0xFF;
            if (x == 0 || x == 0x81 || x == 0x8D || x == 0x8F || x == 0x90 || x == 0x9D) {
                return false;
            }
            if (isControl(x)) {
                suspicious++;
            }
            if (x >= 0x80) {
                high++;
            }
        }
        int length = Math.max(to - from, 1);
        return suspicious * 1000L <= length && high * 10L <= length * 3L;
    }

    private static boolean isControl(int x) {
        return (x < 0x20 && x != '\t' && x != '\n' && x != '\r' && x != '\f') || x == 0x7F;
    }

    /** @return the length of the well-formed sequence at {@code i}, 0 if cut by {@code to}, -1 if malformed. */
    private static int sequenceLength(byte[] b, int i, int to) {
        int x = b[i] & 0xFF;
        int length;
        int min2 = 0x80;
        int max2 = 0xBF;
        if (x >= 0xC2 && x <= 0xDF) {
            length = 2;
        } else if (x >= 0xE0 && x <= 0xEF) {
            length = 3;
            if (x == 0xE0) {
                min2 = 0xA0;
            } else if (x == 0xED) {
                max2 = 0x9F;
            }
        } else if (x >= 0xF0 && x <= 0xF4) {
            length = 4;
            if (x == 0xF0) {
                min2 = 0x90;
            } else if (x == 0xF4) {
                max2 = 0x8F;
            }
        } else {
            return -1;
        }
        for (int k = 1; k < length; k++) {
            if (i + k >= to) {
                return 0;
            }
            int c = b[i + k] & 0xFF;
            int min = k == 1 ? min2 : 0x80;
            int max = k == 1 ? max2 : 0xBF;
            if (c < min || c > max) {
                return -1;
            }
        }
        return length;
    }
}
