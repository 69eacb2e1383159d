package com.wizamart.marketplace.letzshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import com.wizamart.marketplace.spi.FeedException;
import com.wizamart.marketplace.spi.text.CarriedFeedException;

class FeedTextTests {

    @Test
    void decidesUtf8FromAByteOrderMarkAndDropsTheMark() throws Exception {
        FeedText text = open(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'i', 'd', '\n'});

        assertThat(text.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(readAll(text)).isEqualTo("id\n");
        assertThat(text.bytesRead()).isEqualTo(6);
    }

    @Test
    void decidesNothingWhileTheTextIsAscii() throws Exception {
        FeedText text = open("id\ttitle\nLS-1\tMug\n".getBytes(StandardCharsets.US_ASCII));

        assertThat(readAll(text)).isEqualTo("id\ttitle\nLS-1\tMug\n");
        assertThat(text.charset()).isNull();
    }

    @Test
    void decidesWindows1252ForLatin1Text() throws Exception {
        FeedText text = open("id\ttitle\nLS-1\tCafé – 5 €\n".getBytes(Charset.forName("windows-1252")));

        assertThat(text.charset()).isEqualTo(Charset.forName("windows-1252"));
        assertThat(readAll(text)).isEqualTo("id\ttitle\nLS-1\tCafé – 5 €\n");
    }

    @Test
    void turnsEveryLineEndIntoALineFeed() throws Exception {
        FeedText text = open("a\r\nb\rc\nd\r\r\ne".getBytes(StandardCharsets.US_ASCII));

        assertThat(readAll(text)).isEqualTo("a\nb\nc\nd\n\ne");
    }

    @Test
    void turnsLineEndsIntoLineFeedsAcrossBuffersWhateverTheReadSize() throws Exception {
        // line ends of every kind, split between reads of every size, past the decoder's 8 KB of characters many times
        StringBuilder feed = new StringBuilder();
        String[] ends = {"\r\n", "\r", "\n", "\r\r\n"};
        for (int i = 0; feed.length() < 100_000; i++) {
            feed.append("LS-").append(i).append("\tCafé ").append("é€".repeat(i % 13)).append(ends[i % ends.length]);
        }
        String expected = feed.toString().replace("\r\n", "\n").replace('\r', '\n');
        for (int size : new int[] {1, 7, 4096, 8191, 8192, 8193, 65_536}) {
            FeedText text = open(feed.toString().getBytes(StandardCharsets.UTF_8));
            StringBuilder read = new StringBuilder();
            char[] buffer = new char[size + 3];
            int n;
            while ((n = text.read(buffer, 3, size)) >= 0) {
                assertThat(n).isBetween(1, size);
                read.append(buffer, 3, n);
            }
            assertThat(read.toString()).as("reads of %d characters", size).isEqualTo(expected);
        }
    }

    @Test
    void aLineEndSplitBetweenTwoDecodedBuffersCountsAsOneLine() throws Exception {
        // the decoder hands over 8,192 characters at a time: the \r of the first line end is the last of them
        StringBuilder feed = new StringBuilder("x".repeat(8191)).append("\r\n");
        for (int i = 0; i < 2000; i++) {
            feed.append("LS-").append(i).append("\tMug\r\n");
        }
        byte[] ascii = feed.toString().getBytes(StandardCharsets.US_ASCII);
        byte[] utf8 = new byte[3 + ascii.length + 2];
        utf8[0] = (byte) 0xEF;
        utf8[1] = (byte) 0xBB;
        utf8[2] = (byte) 0xBF;
        System.arraycopy(ascii, 0, utf8, 3, ascii.length);
        utf8[utf8.length - 2] = 'x';
        utf8[utf8.length - 1] = (byte) 0xFF; // not UTF-8, on line 2002

        FeedText text = open(utf8);
        StringBuilder read = new StringBuilder();
        char[] buffer = new char[4096];
        assertThatThrownBy(() -> {
            int n;
            while ((n = text.read(buffer, 0, buffer.length)) >= 0) {
                read.append(buffer, 0, n);
            }
        }).isInstanceOfSatisfying(CarriedFeedException.class, e -> assertThat(e.feedException().getMessage())
                .startsWith("Line 2002 is not valid UTF-8"));
        assertThat(read.toString()).isEqualTo(feed.toString().replace("\r\n", "\n") + "x");
    }

    @Test
    void readsTheHeaderLineAndLeavesTheRestForTheParser() throws Exception {
        FeedText text = open("id\ttitle\r\nLS-1\tMug".getBytes(StandardCharsets.US_ASCII));

        assertThat(text.readLine(100)).isEqualTo("id\ttitle");
        assertThat(readAll(text)).isEqualTo("LS-1\tMug");
        assertThat(text.readLine(100)).isNull();
    }

    private static FeedText open(byte[] bytes) throws FeedException, IOException {
        return FeedText.open(new ByteArrayInputStream(bytes), Long.MAX_VALUE);
    }

    private static String readAll(FeedText text) throws IOException {
        StringWriter out = new StringWriter();
        text.transferTo(out);
        return out.toString();
    }
}
