package com.wizamart.notifications.domain;

/**
 * Text that ends up in a mail header (a subject, a display name): one line, no control characters. A CR or LF in a
 * customer's name or a vendor's name could otherwise start a header of its own ({@code Bcc:}) or end the headers.
 */
public final class HeaderText {

    /** The longest header text kept (a subject longer than that is cut). */
    public static final int MAX_LENGTH = 200;

    private HeaderText() {
    }

    /**
     * @return {@code text} with every control character (CR, LF, TAB, NUL, the C1 range, line and paragraph
     *         separators) replaced by a space, runs of spaces collapsed, trimmed and cut to {@value #MAX_LENGTH}
     *         characters; {@literal null} for {@literal null} or blank text.
     */
    public static String of(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean blank = Character.isISOControl(c) || Character.isWhitespace(c) || c == '\u2028' || c == '\u2029'
                    || c == '\u0085';
            if (blank) {
                space = true;
                continue;
            }
            if (space && !out.isEmpty()) {
                out.append(' ');
            }
            space = false;
            out.append(c);
        }
        if (out.isEmpty()) {
            return null;
        }
        if (out.length() > MAX_LENGTH) {
            int end = MAX_LENGTH;
            if (Character.isHighSurrogate(out.charAt(end - 1))) {
                end--;
            }
            return out.substring(0, end);
        }
        return out.toString();
    }
}
