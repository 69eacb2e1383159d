package com.wizamart.marketplace.googlemerchant;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.wizamart.marketplace.spi.FeedException;
import com.wizamart.marketplace.spi.FeedException.Reason;
import com.wizamart.marketplace.spi.FeedReader;

/**
 * Tells what a feed is from its first {@value #WINDOW} bytes, and opens the reader for it: XML (RSS 2.0 or Atom 1.0)
 * when the text starts with {@code <}, tab-separated text otherwise. Refuses up front, with a message saying what was
 * found, what is no feed: an empty file, an archive, binary data, JSON, an HTML page (a web server's error page served
 * as the feed), an XML document type declaration (which could only serve entity tricks: Google's feeds have none).
 *
 * <h2>Encoding</h2>
 * A byte-order mark decides (UTF-8, UTF-16). Otherwise XML is read as its declaration says ({@code encoding="…"};
 * UTF-8 without one, as XML prescribes) and text as UTF-8. Decoding is strict ({@link DecodedText}): a byte that is
 * not valid in that encoding fails the feed with its line, so nothing is ever stored garbled.
 */
final class FeedBytes {

    /** Bytes looked at to tell the format. */
    static final int WINDOW = 64 * 1024;

    private static final Pattern DECLARED_ENCODING = Pattern.compile(
            "\\A<\\?xml[^>]*?\\sencoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");
    /** Prolog: XML declaration, comments, processing instructions, whitespace; then the first markup. */
    private static final String PROLOG = "\\A\\s*(?:<\\?.*?\\?>\\s*|<!--.*?-->\\s*)*";
    private static final Pattern DOCTYPE = Pattern.compile(PROLOG + "<!DOCTYPE\\s+([^\\s\\[>]+)",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern HTML = Pattern.compile(PROLOG + "(?:<!DOCTYPE\\s+html|<html[\\s>])",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern TITLE = Pattern.compile("<title[^>]*>(.*?)</title>",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

    private FeedBytes() {
    }

    /**
     * @param feed the raw bytes; closed when reading ends or fails, also when this method throws.
     * @throws FeedException when the bytes are no feed this adapter reads.
     */
    static FeedReader open(InputStream feed) throws FeedException {
        try {
            byte[] head = new byte[WINDOW];
            int n = 0;
            InputStream rest = feed;
            try {
                for (int read = feed.read(head, 0, WINDOW); read >= 0 && (n += read) < WINDOW; ) {
                    read = feed.read(head, n, WINDOW - n);
                }
            } catch (IOException e) {
                if (n == 0) {
                    throw e;
                }
                // the bytes before the break are a feed's start: read them, and fail where they end
                rest = failing(e);
            }
            head = n == WINDOW ? head : Arrays.copyOf(head, n);
            InputStream all = new SequenceInputStream(new ByteArrayInputStream(head), rest) {
                @Override
                public void close() throws IOException {
                    super.close();
                    feed.close();
                }
            };
            return open(head, all);
        } catch (FeedException | RuntimeException e) {
            closeQuietly(feed);
            throw e;
        } catch (IOException e) {
            closeQuietly(feed);
            throw new FeedException(Reason.IO, "The feed could not be read: " + e.getMessage(), e);
        }
    }

    private static InputStream failing(IOException failure) {
        return new InputStream() {
            @Override
            public int read() throws IOException {
                throw failure;
            }
        };
    }

    private static FeedReader open(byte[] head, InputStream all) throws FeedException {
        int n = head.length;
        rejectArchives(head);
        Charset charset;
        String reason;
        int bom = 0;
        if (startsWith(head, 0xEF, 0xBB, 0xBF)) {
            charset = StandardCharsets.UTF_8;
            reason = "as its byte-order mark says";
            bom = 3;
        } else if (startsWith(head, 0xFF, 0xFE) || startsWith(head, '<', 0)) {
            charset = StandardCharsets.UTF_16LE;
            reason = "as its first bytes say";
        } else if (startsWith(head, 0xFE, 0xFF) || startsWith(head, 0, '<')) {
            charset = StandardCharsets.UTF_16BE;
            reason = "as its first bytes say";
        } else {
            if (hasNul(head, n)) {
                throw new FeedException(Reason.NOT_A_FEED, "The file is not text (it holds binary data such as NUL "
                        + "bytes); expected a Google Merchant Center feed: RSS 2.0 or Atom 1.0 XML, or tab-separated "
                        + "text");
            }
            charset = StandardCharsets.UTF_8;
            reason = null;
        }
        // a look at the start, decoded leniently: only to tell the format, never stored
        String start = new String(head, bom, n - bom, charset).replace("\uFEFF", "");
        String text = start.stripLeading();
        if (text.isEmpty()) {
            throw new FeedException(Reason.NOT_A_FEED, "The file is empty: expected a Google Merchant Center feed "
                    + "(RSS 2.0 or Atom 1.0 XML, or tab-separated text with a header line)");
        }
        char first = text.charAt(0);
        if (first == '{' || first == '[') {
            throw new FeedException(Reason.NOT_A_FEED, "The file is JSON, not a product feed: expected RSS 2.0 or "
                    + "Atom 1.0 XML, or tab-separated text");
        }
        if (first != '<') {
            return TsvFeedReader.open(new DecodedText(all, charset, reason == null
                    ? "(text feeds without a byte-order mark are read as UTF-8)" : reason));
        }
        rejectHtml(text);
        Matcher doctype = DOCTYPE.matcher(text);
        if (doctype.find()) {
            throw XmlFeedReader.documentType(doctype.group(1));
        }
        if (reason == null) {
            Matcher declared = DECLARED_ENCODING.matcher(text);
            if (declared.find()) {
                charset = declaredCharset(declared.group(1));
                reason = "as its XML declaration says (encoding=\"" + declared.group(1) + "\")";
            } else {
                reason = "(XML without an encoding declaration is UTF-8)";
            }
        }
        return XmlFeedReader.open(new DecodedText(all, charset, reason));
    }

    private static Charset declaredCharset(String name) throws FeedException {
        Charset charset;
        try {
            charset = Charset.forName(name);
        } catch (IllegalArgumentException e) {
            throw new FeedException(Reason.ENCODING, "The feed declares the encoding \"" + name + "\", which is "
                    + "unknown; save it as UTF-8");
        }
        if (charset.name().startsWith("UTF-16") || charset.name().startsWith("UTF-32")) {
            throw new FeedException(Reason.ENCODING, "The feed declares the encoding \"" + name + "\" but its bytes "
                    + "are not " + charset.name() + " (no byte-order mark, one byte per character); save it as UTF-8");
        }
        return charset;
    }

    private static void rejectHtml(String text) throws FeedException {
        if (!HTML.matcher(text).find()) {
            return;
        }
        Matcher title = TITLE.matcher(text);
        String shown = "";
        if (title.find()) {
            String t = title.group(1).replaceAll("<[^>]*>", " ").replaceAll("\\s+", " ").strip();
            if (!t.isEmpty()) {
                shown = " titled \"" + (t.length() > 100 ? t.substring(0, 99) + "…" : t) + "\"";
            }
        }
        throw new FeedException(Reason.NOT_A_FEED, "The file is an HTML page" + shown + ", not a product feed: the "
                + "feed's address probably answered with an error or login page; check the address and try again");
    }

    private static void rejectArchives(byte[] head) throws FeedException {
        if (startsWith(head, 'P', 'K', 3, 4)) {
            throw new FeedException(Reason.NOT_A_FEED, "The file is a ZIP archive (an Excel workbook?), not a feed: "
                    + "unpack it, or export the sheet as tab-separated text (UTF-8)");
        }
        if (startsWith(head, 0x1F, 0x8B)) {
            throw new FeedException(Reason.NOT_A_FEED, "The file is gzip-compressed: unpack it and import the feed "
                    + "inside");
        }
    }

    private static boolean hasNul(byte[] b, int n) {
        for (int i = 0; i < n; i++) {
            if (b[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    static String abbreviate(String s) {
        String oneLine = s.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= 80 ? oneLine : oneLine.substring(0, 79) + "…";
    }

    private static void closeQuietly(InputStream feed) {
        try {
            feed.close();
        } catch (IOException ignored) {
            // nothing more to read from it either way
        }
    }
}
