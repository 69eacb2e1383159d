package com.wizamart.marketplace.letzshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import com.wizamart.marketplace.spi.FeedException;

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
