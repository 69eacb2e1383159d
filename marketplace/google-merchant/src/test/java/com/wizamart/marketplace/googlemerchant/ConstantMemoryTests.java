package com.wizamart.marketplace.googlemerchant;

import static com.wizamart.marketplace.googlemerchant.Feeds.failure;
import static com.wizamart.marketplace.googlemerchant.Feeds.item;
import static com.wizamart.marketplace.googlemerchant.Feeds.rss;
import static com.wizamart.marketplace.googlemerchant.Streams.MB;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.wizamart.marketplace.spi.FeedException;
import com.wizamart.marketplace.spi.FeedException.Reason;
import com.wizamart.marketplace.spi.FeedRowError;

/**
 * Hostile sizes, generated as streams (never files, never whole in memory). This module's tests run on a heap of
 * 64 MB (the surefire configuration in its pom): a reader that held a 100 MB value, in a string or in the parser's
 * buffer, would run out of memory here. What is refused early is asserted by the bytes pulled from the source, never
 * by timing.
 */
class ConstantMemoryTests {

    private static final long HUNDRED_MB = 100L * MB;

    /** The premise of the tests below. */
    @Test
    void theseTestsRunOnASmallHeap() {
        assertThat(Runtime.getRuntime().maxMemory()).isLessThanOrEqualTo(64L * MB);
    }

    @Test
    void aHundredMegabyteValueMakesItsItemARowErrorAndTheNextItemIsRead() throws FeedException {
        String feed = rss(item("A"), "<item><g:id>B</g:id><g:description>@@@</g:description></item>", item("C"));
        String[] parts = feed.split("@@@");
        Streams.Counted source = new Streams.Counted(Streams.concat(Streams.text(parts[0]),
                Streams.repeat('x', HUNDRED_MB), Streams.text(parts[1])));

        Feeds.Read read = Feeds.read(source);

        assertThat(read.outline()).isEqualTo(List.of("5:A", "6!g:description", "7:C"));
        assertThat(read.errors()).singleElement().isEqualTo(new FeedRowError(6, "g:description", "B", "the item holds "
                + "more than 1048576 characters of text (1 MB; g:description was still growing): skipped. Google "
                + "allows descriptions of up to 5,000 characters"));
        assertThat(source.count).as("read to the end").isGreaterThan(HUNDRED_MB);
        assertThat(source.closed).isTrue();
    }

    @Test
    void aHundredMegabyteValueInCdataIsSkippedAlike() throws FeedException {
        String feed = rss("<item><g:id>B</g:id><g:description><![CDATA[@@@]]></g:description></item>", item("C"));
        String[] parts = feed.split("@@@");

        Feeds.Read read = Feeds.read(Streams.concat(Streams.text(parts[0]), Streams.repeat('x', HUNDRED_MB),
                Streams.text(parts[1])));

        assertThat(read.outline()).isEqualTo(List.of("5!g:description", "6:C"));
    }

    @Test
    void aCommentThatNeverEndsStopsTheFeedAfterTwoMegabytes() throws FeedException {
        String start = rss(item("A")).replace("</channel>\n</rss>\n", "") + "<!--";
        Streams.Counted source = new Streams.Counted(Streams.concat(Streams.text(start),
                Streams.repeat('x', HUNDRED_MB)));

        Feeds.Read read = Feeds.readUntilFailure(source);

        assertThat(read.outline()).isEqualTo(List.of("5:A"));
        assertThat(read.failure().reason()).isEqualTo(Reason.TOO_LARGE);
        assertThat(read.failure().getMessage()).isEqualTo("Line 6 starts something (a tag, a name, a comment) that "
                + "goes on for more than 2097152 characters: this is not a product feed; reading stopped there");
        assertThat(source.count).isLessThan(3L * MB);
    }

    @Test
    void anElementNameThatNeverEndsStopsTheFeedAfterTwoMegabytes() throws FeedException {
        String start = rss(item("A")).replace("</channel>\n</rss>\n", "") + "<item><g:";
        Streams.Counted source = new Streams.Counted(Streams.concat(Streams.text(start),
                Streams.repeat('x', HUNDRED_MB)));

        Feeds.Read read = Feeds.readUntilFailure(source);

        assertThat(read.outline()).isEqualTo(List.of("5:A"));
        assertThat(read.failure().reason()).isEqualTo(Reason.TOO_LARGE);
        assertThat(source.count).isLessThan(3L * MB);
    }

    @Test
    void aHundredMegabyteAttributeStopsTheFeedAtItsLine() throws FeedException {
        String start = rss(item("A")).replace("</channel>\n</rss>\n", "") + "<item><link href=\"";
        Streams.Counted source = new Streams.Counted(Streams.concat(Streams.text(start),
                Streams.repeat('x', HUNDRED_MB)));

        Feeds.Read read = Feeds.readUntilFailure(source);

        assertThat(read.outline()).isEqualTo(List.of("5:A"));
        assertThat(read.failure().reason()).isEqualTo(Reason.TOO_LARGE);
        assertThat(read.failure().line()).hasValue(6);
        assertThat(read.failure().getMessage()).startsWith("The feed exceeds a limit at line 6 (Maximum attribute "
                + "size limit (65536) exceeded");
        assertThat(source.count).isLessThan(MB);
    }

    @Test
    void nestingDeeperThanTheLimitStopsTheFeedAtItsLine() throws FeedException {
        String deep = "<item><g:id>B</g:id>" + "<x>".repeat(20) + "</x>".repeat(20) + "</item>";

        Feeds.Read read = Feeds.readUntilFailure(rss(item("A"), deep, item("C")));

        assertThat(read.outline()).isEqualTo(List.of("5:A"));
        assertThat(read.failure().reason()).isEqualTo(Reason.TOO_LARGE);
        assertThat(read.failure().line()).hasValue(6);
        assertThat(read.failure().getMessage()).startsWith("The feed exceeds a limit at line 6 (Maximum Element Depth "
                + "limit (16) Exceeded");
    }

    @Test
    void aNameOfMoreThanTwoHundredFiftySixCharactersStopsTheFeedAtItsLine() throws FeedException {
        String name = "g:" + "n".repeat(XmlFeedReader.MAX_NAME_CHARS + 1);

        Feeds.Read read = Feeds.readUntilFailure(rss(item("A"), item("B", "<" + name + ">x</" + name + ">")));

        assertThat(read.outline()).isEqualTo(List.of("5:A"));
        assertThat(read.failure().reason()).isEqualTo(Reason.TOO_LARGE);
        assertThat(read.failure().getMessage()).isEqualTo("Line 6 has a name or namespace of more than 256 "
                + "characters: this is not a product feed; reading stopped there");
    }

    @Test
    void moreThanTenThousandDifferentNamesStopTheFeed() throws FeedException {
        String[] items = new String[1_001];
        for (int i = 0; i < items.length; i++) {
            StringBuilder labels = new StringBuilder();
            for (int j = 0; j < 10; j++) {
                labels.append("<g:label_").append(i).append('_').append(j).append("/>");
            }
            items[i] = item("P-" + i, labels.toString());
        }

        Feeds.Read read = Feeds.readUntilFailure(rss(items));

        assertThat(read.records()).hasSizeGreaterThan(990).hasSizeLessThan(1_001);
        assertThat(read.failure().reason()).isEqualTo(Reason.TOO_LARGE);
        assertThat(read.failure().getMessage()).startsWith("The feed uses more than 10000 different element and "
                + "attribute names (line ");
    }

    @Test
    void aHundredMegabyteTextValueStopsTheTextFeedAfterAboutAMegabyte() throws FeedException {
        Streams.Counted source = new Streams.Counted(Streams.concat(
                Streams.text("id\ttitle\tprice\nA\tMug\t5.00 EUR\nB\t\""), Streams.repeat('x', HUNDRED_MB)));

        Feeds.Read read = Feeds.readUntilFailure(source);

        assertThat(read.outline()).isEqualTo(List.of("2:A"));
        assertThat(read.failure().reason()).isEqualTo(Reason.TOO_LARGE);
        assertThat(read.failure().line()).hasValue(3);
        assertThat(read.failure().getMessage()).isEqualTo("The row at line 3 has a value in column 'title' longer "
                + "than 1048576 characters (1 MB): a quote is probably not closed; reading stopped there");
        assertThat(source.count).isLessThan(2L * MB);
    }

    @Test
    void aHundredMegabyteFirstLineIsNoHeaderAndIsRefusedAfterSixtyFourKilobytes() {
        Streams.Counted source = new Streams.Counted(Streams.concat(Streams.text("id\t"),
                Streams.repeat('a', HUNDRED_MB)));

        FeedException e = failure(() -> Feeds.read(source));

        assertThat(e.reason()).isEqualTo(Reason.NOT_A_FEED);
        assertThat(e.getMessage()).isEqualTo("The first line is longer than 65536 characters: not the header of a "
                + "product feed");
        assertThat(source.count).isLessThan(MB);
        assertThat(source.closed).isTrue();
    }

    @Test
    void billionLaughsAfterALongPrologIsRefusedWithoutExpansion() {
        String bomb = "<?xml version=\"1.0\"?>\n<!--" + "x".repeat(FeedBytes.WINDOW) + "-->\n<!DOCTYPE lolz [\n"
                + "<!ENTITY lol \"lol\">\n"
                + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n"
                + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">\n"
                + "<!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">\n"
                + "<!ENTITY lol5 \"&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;\">\n"
                + "<!ENTITY lol6 \"&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;\">\n"
                + "<!ENTITY lol7 \"&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;\">\n"
                + "<!ENTITY lol8 \"&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;\">\n"
                + "<!ENTITY lol9 \"&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;\">\n]>\n"
                + "<rss version=\"2.0\" xmlns:g=\"http://base.google.com/ns/1.0\"><channel>\n"
                + "<item><g:id>A</g:id><title>&lol9;</title><g:price>1.00 EUR</g:price></item>\n</channel></rss>";
        Streams.Counted source = new Streams.Counted(Streams.text(bomb));

        FeedException e = failure(() -> Feeds.read(source));

        assertThat(e.reason()).isEqualTo(Reason.NOT_A_FEED);
        assertThat(e.getMessage()).startsWith("The XML document declares a document type (<!DOCTYPE lolz …>)");
        assertThat(source.closed).isTrue();
    }

    @Test
    void manyItemsStreamThroughWithoutPilingUp() throws FeedException {
        int items = 20_000;
        InputStream feed = new InputStream() {
            private final byte[] head = rss().replace("</channel>\n</rss>\n", "").getBytes();
            private final byte[] tail = "</channel>\n</rss>\n".getBytes();
            private byte[] current = head;
            private int at;
            private int made;

            @Override
            public int read() {
                while (at == current.length) {
                    if (current == tail) {
                        return -1;
                    }
                    current = made < items ? (item("P-" + made++, "<g:description>" + "d".repeat(2_000)
                            + "</g:description>") + "\n").getBytes() : tail;
                    at = 0;
                }
                return current[at++];
            }
        };

        long count = 0;
        try (var reader = new GoogleMerchantAdapter().open(feed, "fr")) {
            for (var r = reader.next(); r != null; r = reader.next()) {
                count++;
            }
        }

        assertThat(count).isEqualTo(items);
    }
}
