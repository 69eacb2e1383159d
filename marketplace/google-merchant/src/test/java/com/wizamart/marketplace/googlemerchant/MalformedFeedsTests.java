package com.wizamart.marketplace.googlemerchant;

import static com.wizamart.marketplace.googlemerchant.Feeds.bareItem;
import static com.wizamart.marketplace.googlemerchant.Feeds.failure;
import static com.wizamart.marketplace.googlemerchant.Feeds.item;
import static com.wizamart.marketplace.googlemerchant.Feeds.rss;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import com.wizamart.marketplace.spi.FeedException;
import com.wizamart.marketplace.spi.FeedException.Reason;
import com.wizamart.marketplace.spi.FeedRowError;

/**
 * The corpus of broken feeds: what real files do to an importer, each generated here from a valid feed with the one
 * thing that is wrong, and each with its exact outcome: the records, the row errors with their positions, or the
 * {@link FeedException} with reason, message and line. Huge and hostile inputs are in {@link ConstantMemoryTests}.
 */
class MalformedFeedsTests {

    @Nested
    class NotAFeedAtAll {

        @Test
        void anEmptyFileIsNotAFeed() {
            FeedException e = failure(() -> Feeds.read(new byte[0]));

            assertThat(e.reason()).isEqualTo(Reason.NOT_A_FEED);
            assertThat(e.getMessage()).isEqualTo("The file is empty: expected a Google Merchant Center feed (RSS 2.0 "
                    + "or Atom 1.0 XML, or tab-separated text with a header line)");
        }

        @Test
        void aByteOrderMarkAndBlankLinesAreAnEmptyFile() {
            FeedException e = failure(() -> Feeds.read("\uFEFF\n  \r\n\t\n"));

            assertThat(e.reason()).isEqualTo(Reason.NOT_A_FEED);
            assertThat(e.getMessage()).startsWith("The file is empty");
        }

        @Test
        void anHtmlErrorPageServedAsTheFeedIsNamedForWhatItIs() {
            String page = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n"
                    + "<title>502 Bad\n Gateway</title></head><body><h1>Bad Gateway</h1>&nbsp;</body></html>";

            FeedException e = failure(() -> Feeds.read(page));

            assertThat(e.reason()).isEqualTo(Reason.NOT_A_FEED);
            assertThat(e.getMessage()).isEqualTo("The file is an HTML page titled \"502 Bad Gateway\", not a product "
                    + "feed: the feed's address probably answered with an error or login page; check the address and "
                    + "try again");
        }

        @Test
        void anHtmlPageWithoutDoctypeOrTitleIsRecognisedToo() {
            FeedException e = failure(() -> Feeds.read("\n  <HTML><body>Forbidden</body></HTML>"));

            assertThat(e.getMessage()).startsWith("The file is an HTML page, not a product feed");
        }

        @Test
        void aNewsFeedWhoseItemsHaveNoGoogleAttributesIsNoProductFeed() {
            String blog = "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>Blog</title>\n"
                    + "<item><title>Hello</title><link>https://blog.example/1</link><description>First post"
                    + "</description></item>\n</channel></rss>";

            FeedException e = failure(() -> Feeds.read(blog));

            assertThat(e.reason()).isEqualTo(Reason.NOT_A_FEED);
            assertThat(e.getMessage()).isEqualTo("The RSS feed's items have no Google product attributes (g:id, "
                    + "g:price, … in the namespace http://base.google.com/ns/1.0): a news or blog feed, not a product "
                    + "feed");
        }

        @Test
        void anRssWithoutItemsAndWithoutGooglesNamespaceIsNoProductFeed() {
            FeedException e = failure(() -> Feeds.read("<rss version=\"2.0\"><channel><title>Blog</title>"
                    + "</channel></rss>"));

            assertThat(e.getMessage()).isEqualTo("The RSS feed has no items and does not declare Google's namespace "
                    + "(xmlns:g=\"http://base.google.com/ns/1.0\"): not a product feed");
        }

        @Test
        void aFeedUsingTheGPrefixWithoutDeclaringItSaysHowToDeclareIt() {
            String feed = "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel>\n"
                    + "<item><g:id>A</g:id><title>Mug</title><g:price>5.00 EUR</g:price></item>\n</channel></rss>";

            FeedException e = failure(() -> Feeds.read(feed));

            assertThat(e.reason()).isEqualTo(Reason.NOT_A_FEED);
            assertThat(e.getMessage()).startsWith("The feed is not well-formed XML at line 3, column ")
                    .contains("Undeclared namespace prefix \"g\"")
                    .endsWith(". A Google feed declares the namespace on its root element: "
                            + "xmlns:g=\"http://base.google.com/ns/1.0\"");
            assertThat(e.line()).hasValue(3);
        }

        @Test
        void anotherXmlDocumentIsNotAFeed() {
            FeedException e = failure(() -> Feeds.read("<?xml version=\"1.0\"?>\n<products><product id=\"1\"/>"
                    + "</products>"));

            assertThat(e.reason()).isEqualTo(Reason.NOT_A_FEED);
            assertThat(e.getMessage()).isEqualTo("The XML document's root element is <products>, so it is no Google "
                    + "Merchant Center feed: expected RSS 2.0 (<rss>) or Atom 1.0 (<feed>)");
        }

        @Test
        void jsonIsNotAFeed() {
            FeedException e = failure(() -> Feeds.read("  {\"products\": []}"));

            assertThat(e.getMessage()).isEqualTo("The file is JSON, not a product feed: expected RSS 2.0 or Atom 1.0 "
                    + "XML, or tab-separated text");
        }

        @Test
        void anArchiveIsRefusedWithAHint() throws IOException {
            ByteArrayOutputStream gzipped = new ByteArrayOutputStream();
            try (GZIPOutputStream gzip = new GZIPOutputStream(gzipped)) {
                gzip.write(rss(item("A")).getBytes(StandardCharsets.UTF_8));
            }

            assertThat(failure(() -> Feeds.read(gzipped.toByteArray())).getMessage())
                    .isEqualTo("The file is gzip-compressed: unpack it and import the feed inside");
            assertThat(failure(() -> Feeds.read(new byte[] {'P', 'K', 3, 4, 20, 0})).getMessage())
                    .startsWith("The file is a ZIP archive");
        }

        @Test
        void binaryJunkIsNotAFeed() {
            byte[] junk = new byte[10_000];
            new Random(42).nextBytes(junk);
            junk[0] = 'x';
            junk[100] = 0;

            FeedException e = failure(() -> Feeds.read(junk));

            assertThat(e.getMessage()).startsWith("The file is not text (it holds binary data such as NUL bytes)");
        }

        @Test
        void theSourceIsClosedWhenOpeningFails() {
            Streams.Counted source = new Streams.Counted(Streams.text("<html><title>Oops</title></html>"));

            failure(() -> Feeds.read(source));

            assertThat(source.closed).isTrue();
        }
    }

    @Nested
    class BrokenXml {

        @Test
        void anUnescapedAmpersandStopsReadingAtItsLineKeepingTheItemsBefore() throws FeedException {
            String feed = rss(item("A"), item("B"), item("C", "<g:brand>Kaffi & Co</g:brand>"), item("D"));

            Feeds.Read read = Feeds.readUntilFailure(feed);

            assertThat(read.outline()).isEqualTo(List.of("5:A", "6:B"));
            assertThat(read.failure().reason()).isEqualTo(Reason.IO);
            assertThat(read.failure().line()).hasValue(7);
            assertThat(read.failure().getMessage()).isEqualTo("The feed is not well-formed XML at line 7, column "
                    + "133: Unexpected character ' ' (code 32) (missing name?) (an '&' that is not escaped? write it "
                    + "as &amp;); reading stopped there");
        }

        @Test
        void aDownloadCutShortInTheMiddleOfAnItemStopsThereKeepingTheItemsBefore() throws FeedException {
            String whole = rss(item("A"), item("B"), item("C"));
            String cut = whole.substring(0, whole.indexOf("<g:id>C</g:id>") + 8);

            Feeds.Read read = Feeds.readUntilFailure(cut);

            assertThat(read.outline()).isEqualTo(List.of("5:A", "6:B"));
            assertThat(read.failure().reason()).isEqualTo(Reason.IO);
            assertThat(read.failure().line()).hasValue(7);
            assertThat(read.failure().getMessage()).startsWith("The feed ends in the middle of its XML at line 7 (")
                    .endsWith("): the download was probably cut short; reading stopped there");
        }

        @Test
        void aDownloadCutInsideAMultiByteCharacterIsACutDownloadNotAnEncodingError() throws FeedException {
            byte[] whole = rss(item("A"), item("B", "<g:brand>Lëtzebuerg</g:brand>")).getBytes(StandardCharsets.UTF_8);
            String text = new String(whole, StandardCharsets.UTF_8);
            int cutAt = text.substring(0, text.indexOf("Lëtzebuerg</g:brand>") + 1).getBytes(StandardCharsets.UTF_8)
                    .length + 1;
            byte[] cut = java.util.Arrays.copyOf(whole, cutAt);

            Feeds.Read read = Feeds.readUntilFailure(new java.io.ByteArrayInputStream(cut));

            assertThat(read.outline()).isEqualTo(List.of("5:A"));
            assertThat(read.failure().reason()).isEqualTo(Reason.IO);
            assertThat(read.failure().getMessage()).startsWith("The feed ends in the middle of its XML at line 6");
        }

        @Test
        void aStreamThatBreaksMidFileStopsWithIoKeepingTheItemsBefore() throws FeedException {
            String start = rss(item("A"), item("B")).replace("</channel>\n</rss>\n", "");
            InputStream breaking = Streams.concat(Streams.text(start), new InputStream() {
                @Override
                public int read() throws IOException {
                    throw new IOException("Connection reset");
                }
            });

            Feeds.Read read = Feeds.readUntilFailure(breaking);

            assertThat(read.outline()).isEqualTo(List.of("5:A", "6:B"));
            assertThat(read.failure().reason()).isEqualTo(Reason.IO);
            assertThat(read.failure().getMessage()).contains("Connection reset");
        }

        @Test
        void anHtmlEntityMakesItsItemARowErrorAndReadingGoesOn() throws FeedException {
            Feeds.Read read = Feeds.read(rss(item("A"), item("B", "<g:brand>Kaffi&nbsp;Co</g:brand>"), item("C")));

            assertThat(read.outline()).isEqualTo(List.of("5:A", "6!g:brand", "7:C"));
            assertThat(read.errors()).singleElement().isEqualTo(new FeedRowError(6, "g:brand", "B", "the item uses the "
                    + "entity &nbsp; which XML does not define (an HTML entity): write the character itself, or a "
                    + "numeric reference such as &#160;; skipped"));
        }

        @Test
        void aByteOrderMarkIsInvisible() throws FeedException {
            Feeds.Read read = Feeds.read("\uFEFF" + rss(item("A")));

            assertThat(read.outline()).isEqualTo(List.of("5:A"));
        }
    }

    @Nested
    class Entities {

        @Test
        void billionLaughsIsRefusedBeforeAnythingIsExpanded() {
            String bomb = """
                    <?xml version="1.0"?>
                    <!DOCTYPE lolz [
                      <!ENTITY lol "lol">
                      <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
                      <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
                      <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
                      <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
                      <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
                      <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
                      <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
                      <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
                    ]>
                    <rss version="2.0" xmlns:g="http://base.google.com/ns/1.0"><channel>
                    <item><g:id>A</g:id><title>&lol9;</title><g:price>1.00 EUR</g:price></item>
                    </channel></rss>""";

            FeedException e = failure(() -> Feeds.read(bomb));

            assertThat(e.reason()).isEqualTo(Reason.NOT_A_FEED);
            assertThat(e.getMessage()).isEqualTo("The XML document declares a document type (<!DOCTYPE lolz …>): "
                    + "Google Merchant Center feeds have none, and document types and entities are not read here "
                    + "(they serve only entity expansion tricks); remove the declaration");
        }

        @Test
        void aDocumentTypeAfterALongPrologIsRefusedByTheParsersOwnGuard() {
            String feed = "<?xml version=\"1.0\"?>\n<!--" + "x".repeat(FeedBytes.WINDOW) + "-->\n"
                    + "<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
                    + rss(item("A", "<g:brand>&xxe;</g:brand>")).replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n",
                    "");

            FeedException e = failure(() -> Feeds.read(feed));

            assertThat(e.reason()).isEqualTo(Reason.NOT_A_FEED);
            assertThat(e.getMessage()).startsWith("The XML document declares a document type (<!DOCTYPE rss …>)");
        }
    }

    @Nested
    class Items {

        @Test
        void missingRequiredValuesRejectTheItemNamingTheFirstMissing() throws FeedException {
            Feeds.Read read = Feeds.read(rss(
                    bareItem("<title>No id</title>", "<g:price>1.00 EUR</g:price>"),
                    bareItem("<g:id>B</g:id>", "<g:price>1.00 EUR</g:price>"),
                    bareItem("<g:id>C</g:id>", "<title>No price</title>"),
                    bareItem("<g:id>D</g:id>", "<title>   </title>", "<g:price>1.00 EUR</g:price>"),
                    item("E")));

            assertThat(read.records()).containsExactly(
                    new FeedRowError(5, "id", null, "id is missing"),
                    new FeedRowError(6, "title", null, "title is missing (product B)"),
                    new FeedRowError(7, "price", null, "price is missing (product C)"),
                    new FeedRowError(8, "title", null, "title is missing (product D)"),
                    read.product("E"));
        }

        @Test
        void aDuplicateIdIsLeftToTheImporter() throws FeedException {
            Feeds.Read read = Feeds.read(rss(item("A"), item("A", "<g:brand>Second</g:brand>")));

            assertThat(read.outline()).isEqualTo(List.of("5:A", "6:A"));
        }

        @Test
        void anEmptyFeedHasNoRecords() throws FeedException {
            assertThat(Feeds.read(rss()).records()).isEmpty();
            assertThat(Feeds.read(Feeds.atom()).records()).isEmpty();
        }

        @Test
        void anItemOfMoreThanTwoThousandElementsIsARowErrorAndReadingGoesOn() throws FeedException {
            String huge = item("B", "<g:custom_label_0>x</g:custom_label_0>".repeat(XmlFeedReader.MAX_ITEM_ELEMENTS));

            Feeds.Read read = Feeds.read(rss(item("A"), huge, item("C")));

            assertThat(read.outline()).isEqualTo(List.of("5:A", "6!null", "7:C"));
            assertThat(read.errors().getFirst()).isEqualTo(new FeedRowError(6, null, "B", "the item has more than "
                    + "2000 elements; skipped"));
        }

        @Test
        void itemsOutsideAChannelOrDeeperAreNotItems() throws FeedException {
            String feed = rss(item("A"), "<g:extra>" + item("NOT") + "</g:extra>");

            assertThat(Feeds.read(feed).outline()).isEqualTo(List.of("5:A"));
        }
    }

    @Nested
    class Encodings {

        @Test
        void latin1BytesInADocumentDeclaredUtf8StopReadingAtTheirLineNeverStoredGarbled() throws FeedException {
            byte[] feed = bytes(rss(item("A"), item("B")).replace("</channel>\n</rss>\n", "")
                    + "<item><g:id>C</g:id><title>Mug</title><g:brand>Caf", (byte) 0xE9,
                    "</g:brand><g:price>1.00 EUR</g:price></item>\n" + item("D") + "\n</channel>\n</rss>\n");

            Feeds.Read read = Feeds.readUntilFailure(new java.io.ByteArrayInputStream(feed));

            assertThat(read.outline()).isEqualTo(List.of("5:A", "6:B"));
            assertThat(read.failure().reason()).isEqualTo(Reason.ENCODING);
            assertThat(read.failure().line()).hasValue(7);
            assertThat(read.failure().getMessage()).startsWith("Line 7 is not valid UTF-8 (byte 0xE9 at offset ")
                    .endsWith("): the feed is read as UTF-8 as its XML declaration says (encoding=\"UTF-8\"), "
                            + "but holds bytes of another encoding, such as Latin-1; save it as UTF-8. Nothing of "
                            + "that line was imported");
        }

        @Test
        void latin1BytesBeforeTheFirstItemFailTheFeedUpFront() {
            // the channel's title, line 4, is "Lëtzebuerger Kaffi"
            byte[] feed = rss(item("A")).getBytes(StandardCharsets.ISO_8859_1);

            FeedException e = failure(() -> Feeds.read(feed));

            assertThat(e.reason()).isEqualTo(Reason.ENCODING);
            assertThat(e.line()).hasValue(4);
            assertThat(e.getMessage()).startsWith("Line 4 is not valid UTF-8 (byte 0xEB at offset 117)");
        }

        @Test
        void anUnknownDeclaredEncodingIsRefused() {
            FeedException e = failure(() -> Feeds.read(rss(item("A")).replace("UTF-8", "klingon-1")));

            assertThat(e.reason()).isEqualTo(Reason.ENCODING);
            assertThat(e.getMessage()).isEqualTo("The feed declares the encoding \"klingon-1\", which is unknown; "
                    + "save it as UTF-8");
        }

        @Test
        void latin1BytesInATextFeedStopReadingAtTheirLine() throws FeedException {
            byte[] feed = bytes("id\ttitle\tprice\nA\tMug\t5.00 EUR\nB\tCaf", (byte) 0xE9,
                    "\t6.00 EUR\nC\tPlate\t7.00 EUR\n");

            Feeds.Read read = Feeds.readUntilFailure(new java.io.ByteArrayInputStream(feed));

            assertThat(read.outline()).isEqualTo(List.of("2:A"));
            assertThat(read.failure().reason()).isEqualTo(Reason.ENCODING);
            assertThat(read.failure().line()).hasValue(3);
            assertThat(read.failure().getMessage()).startsWith("Line 3 is not valid UTF-8 (byte 0xE9 at offset 35): "
                    + "the feed is read as UTF-8 (text feeds without a byte-order mark are read as UTF-8)");
        }

        /** Text as UTF-8 with one bad byte between. */
        private static byte[] bytes(String before, byte bad, String after) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes(before.getBytes(StandardCharsets.UTF_8));
            out.write(bad);
            out.writeBytes(after.getBytes(StandardCharsets.UTF_8));
            return out.toByteArray();
        }
    }

    @Nested
    class TextFeeds {

        @Test
        void aHeaderWithoutRowsYieldsNoRecords() throws FeedException {
            assertThat(Feeds.read("id\ttitle\tprice\n\n\n").records()).isEmpty();
            assertThat(Feeds.read("id\ttitle\tprice").records()).isEmpty();
        }

        @Test
        void missingRequiredColumnsAreListedWithTheColumnsFound() {
            FeedException e = failure(() -> Feeds.read("id\tdescription\tbrand\nA\tA mug\tAcme\n"));

            assertThat(e.reason()).isEqualTo(Reason.MISSING_FIELDS);
            assertThat(e.getMessage()).isEqualTo("Required columns missing: title, price. Columns found "
                    + "(tab-separated): id, description, brand");
        }

        @Test
        void aKnownColumnTwiceIsRefusedUnlessItIsARepeatedAttribute() {
            FeedException e = failure(() -> Feeds.read("id\ttitle\tprice\tPrice [price]\nA\tMug\t1 EUR\t2 EUR\n"));

            assertThat(e.reason()).isEqualTo(Reason.NOT_A_FEED);
            assertThat(e.getMessage()).isEqualTo("The column 'price' appears twice in the header (columns 3 and 4); "
                    + "keep one");
        }

        @Test
        void aCommaSeparatedFileIsRefusedWithAHint() {
            FeedException e = failure(() -> Feeds.read("id,title,price\nA,Mug,5.00 EUR\n"));

            assertThat(e.reason()).isEqualTo(Reason.NOT_A_FEED);
            assertThat(e.getMessage()).isEqualTo("The first line has no tab but commas: Google Merchant Center text "
                    + "feeds are tab-separated (export the sheet as \"Tab-delimited text\"); it reads: id,title,price");
        }

        @Test
        void aFirstLineWithoutTabIsNoHeader() {
            FeedException e = failure(() -> Feeds.read("Service unavailable\n"));

            assertThat(e.getMessage()).isEqualTo("The first line has no tab, so it is not the header of a "
                    + "tab-separated product feed; it reads: Service unavailable");
        }

        @Test
        void aRowOfMoreThanTheMostCellsStopsTheFeedAtItsLine() throws FeedException {
            String feed = "id\ttitle\tprice\nA\tMug\t5.00 EUR\nB" + "\tx".repeat(TsvFeedReader.MAX_COLUMNS + 10)
                    + "\n";

            Feeds.Read read = Feeds.readUntilFailure(feed);

            assertThat(read.outline()).isEqualTo(List.of("2:A"));
            assertThat(read.failure().reason()).isEqualTo(Reason.TOO_LARGE);
            assertThat(read.failure().getMessage()).isEqualTo("The row at line 3 has more than 1024 cells: this is "
                    + "not a product feed; reading stopped there");
        }

        @Test
        void malformedValuesOfARowAreWarningsAndABadPriceARowError() throws FeedException {
            Feeds.Read read = Feeds.read("id\ttitle\tprice\tgtin\tsale_price\n"
                    + "A\tMug\t5.00 EUR\t4.00638E+12\t6.00 EUR\n"
                    + "B\tCup\tcheap\t\t\n");

            assertThat(read.product("A").warnings()).extracting(FeedRowError::field).containsExactly("gtin",
                    "sale_price");
            assertThat(read.errors()).containsExactly(new FeedRowError(3, "price", "cheap", "price: not a price; "
                    + "expected e.g. 19.99 EUR, EUR 19.99 or 19,99 EUR (product B)"));
        }
    }
}
