package com.wizamart.marketplace.letzshop;

import static com.wizamart.marketplace.letzshop.Feeds.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import com.wizamart.marketplace.spi.Attribute;
import com.wizamart.marketplace.spi.FeedException;
import com.wizamart.marketplace.spi.FeedException.Reason;
import com.wizamart.marketplace.spi.FeedProduct;
import com.wizamart.marketplace.spi.FeedAvailability;
import com.wizamart.marketplace.spi.Amount;
import com.wizamart.marketplace.spi.FeedReader;
import com.wizamart.marketplace.spi.FeedRecord;
import com.wizamart.marketplace.spi.FeedRowError;

/**
 * The corpus of broken feeds: what real files do to an importer (a byte-order mark, CRLF, commas or semicolons for
 * tabs, quotes and line breaks in fields, a truncated last line, Latin-1, formula cells) and then some, each generated
 * here and each with its exact outcome: the records, the row errors with row and column, or the {@link FeedException}
 * with reason and message.
 */
class MalformedFeedsTests {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int MB = 1024 * 1024;

    @Nested
    class NotAFeedAtAll {

        @Test
        void anEmptyFileIsNotAFeed() {
            FeedException e = failure(() -> Feeds.read(new byte[0]));

            assertThat(e.reason()).isEqualTo(Reason.NOT_A_FEED);
            assertThat(e.getMessage()).isEqualTo("The file is empty: expected a header line with the columns id, "
                    + "title, price, … and one line per product");
        }

        @Test
        void aByteOrderMarkFollowedByBlankLinesIsAnEmptyFile() {
            FeedException e = failure(() -> Feeds.read("\uFEFF\n  \r\n\t\n"));

            assertThat(e.reason()).isEqualTo(Reason.NOT_A_FEED);
            assertThat(e.getMessage()).startsWith("The file is empty");
        }

        @Test
        void binaryJunkIsNotAFeed() {
            byte[] junk = new byte[10_000];
            new Random(42).nextBytes(junk);

            FeedException e = failure(() -> Feeds.read(junk));

            assertThat(e.reason()).isEqualTo(Reason.NOT_A_FEED);
            assertThat(e.getMessage()).isEqualTo("The file is not text (it holds binary data such as NUL bytes); "
                    + "expected a tab- or comma-separated product feed");
        }

        @Test
        void anExcelWorkbookIsRefusedWithAHint() {
            byte[] xlsx = {'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0, 0, 0, 33, 0};

            FeedException e = failure(() -> Feeds.read(xlsx));

            assertThat(e.reason()).isEqualTo(Reason.NOT_A_FEED);
            assertThat(e.getMessage()).isEqualTo("The file is a ZIP archive (an Excel .xlsx workbook?), not a text "
                    + "feed: export the sheet as tab-separated text (UTF-8)");
        }

        @Test
        void aGzippedFeedIsRefusedWithAHint() throws Exception {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
                gzip.write(Feeds.tsv(row("LS-1")).getBytes(StandardCharsets.UTF_8));
            }

            FeedException e = failure(() -> Feeds.read(bytes.toByteArray()));

            assertThat(e.reason()).isEqualTo(Reason.NOT_A_FEED);
            assertThat(e.getMessage()).startsWith("The file is gzip-compressed");
        }

        @Test
        void aHeaderWithoutTabCommaOrSemicolonIsNotAFeed() {
            FeedException e = failure(() -> Feeds.read("id|title|price\nLS-1|Mug|12.00\n"));

            assertThat(e.reason()).isEqualTo(Reason.NOT_A_FEED);
            assertThat(e.getMessage()).isEqualTo("The first line has no tab, comma or semicolon, so it is not the "
                    + "header of a product feed; it reads: id|title|price");
        }

        @Test
        void aHundredMegabyteFirstLineIsRefusedAfterSixtyFourKilobytes() {
            Streams.Counted source = new Streams.Counted(Streams.repeat('a', 100L * MB));

            FeedException e = failure(() -> Feeds.read(source));

            assertThat(e.reason()).isEqualTo(Reason.NOT_A_FEED);
            assertThat(e.getMessage()).isEqualTo("Line 1 is longer than 65536 characters without a line break: not "
                    + "a product feed header");
            assertThat(source.count).isLessThan(MB);
            assertThat(source.closed).isTrue();
        }
    }

    @Nested
    class HeaderProblems {

        @Test
        void aRowOfMoreThanFourThousandValuesStopsTheFeed() {
            String feed = Feeds.tsv(row("LS-1")) + "LS-2" + "\tx".repeat(5000) + "\n";
            List<FeedRecord> records = new ArrayList<>();

            FeedException e = failure(() -> {
                try (FeedReader reader = new LetzshopAdapter().open(Streams.text(feed), "de")) {
                    for (FeedRecord r = reader.next(); r != null; r = reader.next()) {
                        records.add(r);
                    }
                }
            });

            assertThat(records).extracting(FeedRecord::position).containsExactly(2L);
            assertThat(e.reason()).isEqualTo(Reason.NOT_A_FEED);
            assertThat(e.getMessage()).isEqualTo("The row at line 3 has more than 4096 values: this is not a product "
                    + "feed; reading stopped there");
        }

        @Test
        void missingRequiredColumnsAreListedWithTheColumnsFound() {
            FeedException e = failure(() -> Feeds.read("id\tdescription\tbrand\nLS-1\tA mug\tAcme\n"));

            assertThat(e.reason()).isEqualTo(Reason.MISSING_FIELDS);
            assertThat(e.getMessage()).isEqualTo("Required columns missing: title, price. Columns found "
                    + "(tab-separated): id, description, brand");
        }

        @Test
        void oneMissingColumnIsNamedInTheSingular() {
            FeedException e = failure(() -> Feeds.read("ID,Title,gtin\nLS-1,Mug,4006381333931\n"));

            assertThat(e.reason()).isEqualTo(Reason.MISSING_FIELDS);
            assertThat(e.getMessage()).isEqualTo("Required column missing: price. Columns found (comma-separated): "
                    + "ID, Title, gtin");
        }

        @Test
        void aKnownColumnTwiceIsRefused() {
            FeedException e = failure(() -> Feeds.read(Feeds.header() + "\tprice\n"));

            assertThat(e.reason()).isEqualTo(Reason.NOT_A_FEED);
            assertThat(e.getMessage()).isEqualTo("The column 'price' appears twice in the header (columns 8 and 26); "
                    + "keep one");
        }

        @Test
        void aHeaderWithoutRowsYieldsNoRecords() throws Exception {
            Feeds.Read withLineEnd = Feeds.read(Feeds.header() + "\n\n\n");
            Feeds.Read withoutLineEnd = Feeds.read(Feeds.header());

            assertThat(withLineEnd.records()).isEmpty();
            assertThat(withLineEnd.columns()).isEqualTo(Feeds.COLUMNS);
            assertThat(withoutLineEnd.records()).isEmpty();
            assertThat(withoutLineEnd.columns()).isEqualTo(Feeds.COLUMNS);
        }

        @Test
        void columnsMayComeInAnyOrderAnyCaseAndUnknownOnesAreKept() throws Exception {
            Feeds.Read read = Feeds.read(" PRICE \tTitle\tID\tshipping_weight\tcustom label 0\t\n"
                    + "12,50 €\tMug\tLS-7\t2 kg\tx\t\n"
                    + "9.00\tCup\tLS-8\t1 kg\t\n");

            assertThat(read.columns()).containsExactly("PRICE", "Title", "ID", "shipping_weight", "custom label 0");
            FeedProduct mug = read.product("LS-7");
            assertThat(mug.title()).isEqualTo("Mug");
            assertThat(mug.price()).isEqualTo(new Amount(new BigDecimal("12.50"), "EUR"));
            assertThat(mug.raw()).containsExactly(Map.entry("PRICE", "12,50 €"), Map.entry("Title", "Mug"),
                    Map.entry("ID", "LS-7"), Map.entry("shipping_weight", "2 kg"), Map.entry("custom label 0", "x"));
            assertThat(read.product("LS-8").raw()).containsEntry("custom label 0", "");
            assertThat(read.errors()).isEmpty();
        }

        @Test
        void blankLinesBeforeTheHeaderAreSkippedAndCounted() throws Exception {
            Feeds.Read read = Feeds.read("\n\n" + Feeds.tsv(row("LS-1")));

            assertThat(read.onlyProduct().position()).isEqualTo(4);
        }
    }

    @Nested
    class Delimiters {

        @Test
        void aSemicolonSeparatedFileIsRead() throws Exception {
            Feeds.Read read = Feeds.read(Feeds.feed(";", "\n", row("LS-1", "price", "19,99 EUR"), row("LS-2")));

            assertThat(read.errors()).isEmpty();
            assertThat(read.product("LS-1").price()).isEqualTo(new Amount(new BigDecimal("19.99"), "EUR"));
            assertThat(read.product("LS-2").productType()).isEqualTo("Food, Beverages & Tobacco > Beverages > Coffee");
            assertThat(read.product("LS-2").position()).isEqualTo(3);
        }

        @Test
        void aCommaSeparatedFileIsReadWithQuotedCommas() throws Exception {
            Map<String, String> row = row("LS-1");
            row.put("title", "\"Mug \"\"Lux\"\", large\"");
            row.put("product_type", "\"Food, Beverages & Tobacco > Beverages > Coffee\"");
            row.put("additional_image_link", "\"https://i.example/1.jpg,https://i.example/2.jpg\"");

            FeedProduct p = Feeds.read(Feeds.feed(",", "\n", row)).onlyProduct();

            assertThat(p.title()).isEqualTo("Mug \"Lux\", large");
            assertThat(p.productType()).isEqualTo("Food, Beverages & Tobacco > Beverages > Coffee");
            assertThat(p.additionalImages()).containsExactly("https://i.example/1.jpg", "https://i.example/2.jpg");
        }

        @Test
        void aValueWithAnUnquotedDelimiterRejectsTheRow() throws Exception {
            Map<String, String> row = row("LS-1", "title", "Mug, large");
            row.put("product_type", "Coffee");

            FeedRowError e = Feeds.read(Feeds.feed(",", "\n", row)).onlyError();

            assertThat(e).isEqualTo(new FeedRowError(2, null, "LS-1", "the row has 26 cells but the header 25 "
                    + "columns: a value probably holds an unquoted comma"));
        }
    }

    @Nested
    class LinesAndQuotes {

        @Test
        void aByteOrderMarkAndCrlfLineEndsAreInvisible() throws Exception {
            Map<String, String> first = row("LS-1", "description", "\"<p>One</p>\r\n<p>Two</p>\"");

            Feeds.Read read = Feeds.read("\uFEFF" + Feeds.feed("\t", "\r\n", first, row("LS-2")));

            assertThat(read.columns().getFirst()).isEqualTo("id");
            assertThat(read.product("LS-1").description()).isEqualTo("<p>One</p>\n<p>Two</p>");
            assertThat(read.product("LS-1").position()).isEqualTo(2);
            assertThat(read.product("LS-2").position()).isEqualTo(4);
            assertThat(read.product("LS-2").attribute(Attribute.DELIVERY_METHOD)).isEqualTo("package_delivery");
        }

        @Test
        void oldMacLineEndsAreReadToo() throws Exception {
            Feeds.Read read = Feeds.read(Feeds.feed("\t", "\r", row("LS-1"), row("LS-2")));

            assertThat(read.rowsById()).isEqualTo(Map.of("LS-1", 2L, "LS-2", 3L));
        }

        @Test
        void quotedFieldsMayHoldQuotesTabsAndLineBreaks() throws Exception {
            Map<String, String> first = row("LS-1", "title", "\"Mug \"\"Lux\"\"\tlarge\"");
            first.put("description", "\"line1\nline2\n\nline4\"");

            Feeds.Read read = Feeds.read(Feeds.tsv(first, row("LS-2")));

            FeedProduct mug = read.product("LS-1");
            assertThat(mug.title()).isEqualTo("Mug \"Lux\"\tlarge");
            assertThat(mug.description()).isEqualTo("line1\nline2\n\nline4");
            assertThat(mug.position()).isEqualTo(2);
            assertThat(read.product("LS-2").position()).isEqualTo(6);
        }

        @Test
        void emptyLinesAndRowsOfEmptyCellsAreSkippedButCounted() throws Exception {
            String emptyCells = "\t".repeat(24);

            Feeds.Read read = Feeds.read(Feeds.header() + "\n" + Feeds.line(row("LS-1")) + "\n\n" + emptyCells
                    + "\n" + Feeds.line(row("LS-2")) + "\n\n\n\n");

            assertThat(read.records()).hasSize(2);
            assertThat(read.rowsById()).isEqualTo(Map.of("LS-1", 2L, "LS-2", 5L));
        }

        @Test
        void aQuoteLeftOpenInTheLastRowRejectsOnlyThatRow() throws Exception {
            Feeds.Read read = Feeds.read(Feeds.tsv(row("LS-1"), row("LS-2"), row("LS-3", "title",
                    "\"Unclosed title")));

            assertThat(read.rowsById()).isEqualTo(Map.of("LS-1", 2L, "LS-2", 3L));
            assertThat(read.errors()).containsExactly(new FeedRowError(4, null, "LS-3", "the row has 2 of 25 "
                    + "columns: the line is cut short or a quote is not closed"));
        }

        @Test
        void aTruncatedLastLineRejectsOnlyThatRow() throws Exception {
            String full = Feeds.tsv(row("LS-1"), row("LS-2"), row("LS-3"));
            String cut = full.substring(0, full.lastIndexOf("LS-3") + "LS-3\tRoasted coffee beans\t<p>Hand".length());

            Feeds.Read read = Feeds.read(cut);

            assertThat(read.rowsById()).isEqualTo(Map.of("LS-1", 2L, "LS-2", 3L));
            assertThat(read.errors()).containsExactly(new FeedRowError(4, null, "LS-3", "the row has 3 of 25 "
                    + "columns: the line is cut short or a quote is not closed"));
        }

        @Test
        void aDownloadCutInsideACharacterIsATruncatedRowNotAnEncodingError() throws Exception {
            byte[] full = Feeds.tsv(row("LS-1"), row("LS-2")).getBytes(StandardCharsets.UTF_8);
            int lastE = lastIndexOf(full, (byte) 0xC3);
            byte[] cut = java.util.Arrays.copyOf(full, lastE + 1);

            Feeds.Read read = Feeds.read(cut);

            assertThat(read.rowsById()).isEqualTo(Map.of("LS-1", 2L));
            assertThat(read.errors()).containsExactly(new FeedRowError(3, null, "LS-2", "the row has 10 of 25 "
                    + "columns: the line is cut short or a quote is not closed"));
        }

        @Test
        void aHundredMegabyteFieldStopsTheFeedAfterOneMegabyte() throws Exception {
            Streams.Counted source = new Streams.Counted(Streams.concat(
                    Streams.text(Feeds.header() + "\n" + Feeds.line(row("LS-1")) + "\nLS-2\tMug\t\""),
                    Streams.repeat('x', 100L * MB),
                    Streams.text("\"\t" + "\t".repeat(22) + "\n")));
            List<FeedRecord> records = new ArrayList<>();

            FeedReader reader = new LetzshopAdapter().open(source, "en");
            FeedException e = failure(() -> {
                for (FeedRecord r = reader.next(); r != null; r = reader.next()) {
                    records.add(r);
                }
            });

            assertThat(records).singleElement().extracting(FeedRecord::position).isEqualTo(2L);
            assertThat(e.reason()).isEqualTo(Reason.NOT_A_FEED);
            assertThat(e.getMessage()).isEqualTo("The row at line 3 has a value in column 'description' longer than "
                    + "1048576 characters (1 MB): a quote is probably not closed, or this is not a product feed; "
                    + "reading stopped there");
            // bounded by design: reading stopped a little after the 1 MB limit, the other 99 MB were never pulled
            assertThat(source.count).isLessThan(2L * MB);
            assertThat(reader.bytesRead()).isEqualTo(source.count);
            assertThat(source.closed).isTrue();
            assertThat(catchThrowable(reader::next)).isSameAs(e);
        }

        @Test
        void aRowOfManyLargeValuesStopsTheFeedAtTheRowLimit() {
            List<InputStream> parts = new ArrayList<>();
            parts.add(Streams.text(Feeds.header() + "\nLS-1"));
            for (int i = 1; i < 25; i++) {
                parts.add(Streams.text("\t"));
                parts.add(Streams.repeat('y', 400_000));
            }
            Streams.Counted source = new Streams.Counted(Streams.concat(parts.toArray(InputStream[]::new)));

            FeedException e = failure(() -> Feeds.read(source));

            assertThat(e.reason()).isEqualTo(Reason.NOT_A_FEED);
            assertThat(e.getMessage()).isEqualTo("The row at line 2 is longer than 8388608 characters: a quote is "
                    + "probably not closed; reading stopped there");
            assertThat(source.count).isLessThan(9L * MB);
        }
    }

    @Nested
    class Encodings {

        @Test
        void aLatin1AccentAsTheVeryLastByteIsNotMistakenForACutCharacter() throws Exception {
            Map<String, String> row = row("LS-1", "brand", "Kaffi");
            row.put("delivery_method", "livré");
            String feed = Feeds.tsv(row);

            FeedProduct p = Feeds.read(feed.substring(0, feed.length() - 1), WINDOWS_1252).onlyProduct();

            assertThat(p.attribute(Attribute.DELIVERY_METHOD)).isEqualTo("livré");
        }

        @Test
        void aLatin1FileIsDecodedAsWindows1252() throws Exception {
            Map<String, String> row = row("LS-1", "title", "Café torréfié – Édition spéciale");
            row.put("description", "<p>Müller’s Kaffi, 5 € le paquet</p>");

            FeedProduct p = Feeds.read(Feeds.tsv(row), WINDOWS_1252).onlyProduct();

            assertThat(p.title()).isEqualTo("Café torréfié – Édition spéciale");
            assertThat(p.description()).isEqualTo("<p>Müller’s Kaffi, 5 € le paquet</p>");
            assertThat(p.brand()).isEqualTo("Lëtzebuerger Kaffi");
        }

        @Test
        void latin1AfterMoreThanAWindowOfAsciiIsStillRecognised() throws Exception {
            StringBuilder feed = new StringBuilder(Feeds.header()).append('\n');
            for (int i = 1; i <= 600; i++) {
                feed.append(Feeds.line(row("LS-" + i, "brand", "Kaffi"))).append('\n');
            }
            feed.append(Feeds.line(row("LS-601", "title", "Grüner Tee"))).append('\n');
            assertThat(feed.length()).isGreaterThan(2 * FeedText.WINDOW);

            Feeds.Read read = Feeds.read(feed.toString(), WINDOWS_1252);

            assertThat(read.products()).hasSize(601);
            assertThat(read.product("LS-601").title()).isEqualTo("Grüner Tee");
            assertThat(read.product("LS-601").brand()).isEqualTo("Lëtzebuerger Kaffi");
        }

        @Test
        void aFileMixingUtf8AndLatin1NearTheStartIsRefused() {
            byte[] utf8 = (Feeds.header() + "\n" + Feeds.line(row("LS-1", "title", "Café")) + "\n")
                    .getBytes(StandardCharsets.UTF_8);
            byte[] latin1 = (Feeds.line(row("LS-2", "title", "Crème")) + "\n").getBytes(WINDOWS_1252);
            int badByte = utf8.length + "LS-2\tCr".length();

            FeedException e = failure(() -> Feeds.read(concat(utf8, latin1)));

            assertThat(e.reason()).isEqualTo(Reason.ENCODING);
            assertThat(e.getMessage()).isEqualTo("The file mixes encodings: line 3 is not UTF-8 (byte " + badByte
                    + ") while lines near it are; save the file again as UTF-8");
        }

        @Test
        void aLatin1RowFarIntoAUtf8FileStopsTheFeedThereAndKeepsTheRowsBefore() throws Exception {
            StringBuilder ascii = new StringBuilder();
            for (int i = 2; i <= 1001; i++) {
                ascii.append(Feeds.line(row("LS-" + i, "brand", "Kaffi"))).append('\n');
            }
            byte[] start = (Feeds.header() + "\n" + Feeds.line(row("LS-1", "title", "Café")) + "\n" + ascii)
                    .getBytes(StandardCharsets.UTF_8);
            byte[] latin1 = (Feeds.line(row("LS-1002", "title", "Crème")) + "\n").getBytes(WINDOWS_1252);
            List<FeedRecord> records = new ArrayList<>();

            FeedReader reader = new LetzshopAdapter().open(Streams.concat(
                    new java.io.ByteArrayInputStream(start), new java.io.ByteArrayInputStream(latin1)), "fr");
            FeedException e = failure(() -> {
                for (FeedRecord r = reader.next(); r != null; r = reader.next()) {
                    records.add(r);
                }
            });

            assertThat(records).hasSize(1001).allMatch(FeedProduct.class::isInstance);
            assertThat(((FeedProduct) records.getFirst()).title()).isEqualTo("Café");
            assertThat(e.reason()).isEqualTo(Reason.ENCODING);
            assertThat(e.getMessage()).isEqualTo("Line 1003 is not valid UTF-8 (byte " + (start.length + 10)
                    + " is 0xE8) although the file started as UTF-8; the file mixes encodings: save it again as "
                    + "UTF-8");
        }

        @Test
        void aUtf16FileWithAByteOrderMarkIsRead() throws Exception {
            byte[] text = Feeds.tsv(row("LS-1", "title", "Café")).getBytes(StandardCharsets.UTF_16LE);

            FeedProduct p = Feeds.read(concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text)).onlyProduct();

            assertThat(p.title()).isEqualTo("Café");
            assertThat(p.brand()).isEqualTo("Lëtzebuerger Kaffi");
        }

        @Test
        void aNulByteInsideAValueRejectsTheRow() throws Exception {
            StringBuilder feed = new StringBuilder(Feeds.header()).append('\n');
            for (int i = 1; i <= 400; i++) {
                feed.append(Feeds.line(row("LS-" + i))).append('\n');
            }
            feed.append(Feeds.line(row("LS-401", "title", "Mug\0Lux"))).append('\n');

            Feeds.Read read = Feeds.read(feed.toString());

            assertThat(read.products()).hasSize(400);
            assertThat(read.errors()).containsExactly(new FeedRowError(402, "title", "Mug Lux",
                    "the value holds a NUL character (binary data), which cannot be stored"));
        }
    }

    @Nested
    class BrokenStreams {

        @Test
        void aStreamThatBreaksStopsTheFeedWithAnIoError() throws Exception {
            // more than the window FeedText reads when the feed is opened: the break comes while rows are read
            StringBuilder rows = new StringBuilder(Feeds.header()).append('\n');
            for (int i = 1; i <= 400; i++) {
                rows.append(Feeds.line(row("LS-" + i))).append('\n');
            }
            InputStream breaking = Streams.concat(Streams.text(rows + "LS-401\tMug"),
                    new InputStream() {
                        @Override
                        public int read() throws java.io.IOException {
                            throw new java.io.IOException("Connection reset");
                        }
                    });
            List<FeedRecord> records = new ArrayList<>();
            FeedReader reader = new LetzshopAdapter().open(breaking, "en");

            FeedException e = failure(() -> {
                for (FeedRecord r = reader.next(); r != null; r = reader.next()) {
                    records.add(r);
                }
            });

            assertThat(records).hasSize(400).allMatch(FeedProduct.class::isInstance);
            assertThat(e.reason()).isEqualTo(Reason.IO);
            assertThat(e.getMessage()).isEqualTo("Reading the feed failed at line 402: Connection reset");
        }
    }

    @Nested
    class Cells {

        @Test
        void formulaLikeCellsAreKeptAsData() throws Exception {
            Map<String, String> formula = row("LS-1", "title", "=HYPERLINK(\"http://x.example\",\"click\")");
            formula.put("mpn", "=cmd|' /C calc'!A0");
            Map<String, String> plus = row("LS-2", "title", "+33 621 000 000");
            Map<String, String> minus = row("LS-3", "title", "-20% today");
            minus.put("brand", "@Acme");
            Map<String, String> at = row("LS-4", "title", "@SUM(A1:A2)");

            Feeds.Read read = Feeds.read(Feeds.tsv(formula, plus, minus, at));

            assertThat(read.errors()).isEmpty();
            assertThat(read.product("LS-1").title()).isEqualTo("=HYPERLINK(\"http://x.example\",\"click\")");
            assertThat(read.product("LS-1").mpn()).isEqualTo("=cmd|' /C calc'!A0");
            assertThat(read.product("LS-2").title()).isEqualTo("+33 621 000 000");
            assertThat(read.product("LS-3").title()).isEqualTo("-20% today");
            assertThat(read.product("LS-3").brand()).isEqualTo("@Acme");
            assertThat(read.product("LS-4").title()).isEqualTo("@SUM(A1:A2)");
        }

        @Test
        void htmlAndScriptsInTitlesAreKeptAsText() throws Exception {
            Map<String, String> row = row("LS-1", "title", "<script>alert('x')</script> Mug & <b>Co</b>");
            row.put("description", "<iframe src=\"https://evil.example\"></iframe><p>Fine</p>");

            FeedProduct p = Feeds.read(Feeds.tsv(row)).onlyProduct();

            assertThat(p.title()).isEqualTo("<script>alert('x')</script> Mug & <b>Co</b>");
            assertThat(p.description()).isEqualTo("<iframe src=\"https://evil.example\"></iframe><p>Fine</p>");
        }

        @Test
        void aBlankIdOrTitleRejectsTheRow() throws Exception {
            Feeds.Read read = Feeds.read(Feeds.tsv(row("  "), row("LS-2", "title", " "), row("LS-3")));

            assertThat(read.errors()).containsExactly(
                    new FeedRowError(2, "id", null, "id is missing"),
                    new FeedRowError(3, "title", null, "title is missing (product LS-2)"));
            assertThat(read.rowsById()).isEqualTo(Map.of("LS-3", 4L));
        }

        @Test
        void aSpreadsheetMangledGtinIsDroppedWithAWarningAndTheRowImported() throws Exception {
            FeedProduct p = Feeds.read(Feeds.tsv(row("LS-1", "gtin", "4.00638E+12"))).onlyProduct();

            assertThat(p.gtin()).isNull();
            assertThat(p.title()).isEqualTo("Roasted coffee beans");
            assertThat(p.warnings()).containsExactly(FeedRowError.warning(2, "gtin", "4.00638E+12", "gtin: GTIN looks "
                    + "spreadsheet-mangled (scientific notation); format the column as text and export again; "
                    + "ignored"));
        }

        @Test
        void aGtinWithAWrongCheckDigitLengthOrCharactersIsDroppedNeverRepaired() throws Exception {
            Feeds.Read read = Feeds.read(Feeds.tsv(row("LS-1", "gtin", "4006381333932"),
                    row("LS-2", "gtin", "40063813339"), row("LS-3", "gtin", ""),
                    row("LS-4", "gtin", "'4006381333931"), row("LS-5", "gtin", "4006 3813 33931"),
                    row("LS-6", "gtin", "40063813339A1"), row("LS-7", "gtin", "4006381333931")));

            assertThat(read.errors()).isEmpty();
            assertThat(read.products()).extracting(FeedProduct::gtin)
                    .containsExactly(null, null, null, null, null, null, "4006381333931");
            assertThat(read.product("LS-1").warnings()).containsExactly(FeedRowError.warning(2, "gtin",
                    "4006381333932", "gtin: wrong GTIN check digit (typo, or a wrong number); ignored"));
            assertThat(read.product("LS-2").warnings()).containsExactly(FeedRowError.warning(3, "gtin",
                    "40063813339", "gtin: a GTIN has 8, 12, 13 or 14 digits, not 11; ignored"));
            assertThat(read.product("LS-3").warnings()).isEmpty();
            assertThat(read.product("LS-4").warnings()).singleElement().extracting(FeedRowError::message).asString()
                    .contains("apostrophe");
            assertThat(read.product("LS-5").warnings()).singleElement().extracting(FeedRowError::message).asString()
                    .contains("digits only");
            assertThat(read.product("LS-6").warnings()).singleElement().extracting(FeedRowError::value)
                    .isEqualTo("40063813339A1");
            assertThat(read.product("LS-7").warnings()).isEmpty();
        }

        @Test
        void aLinkThatIsNoHttpUrlIsDroppedWithAWarning() throws Exception {
            Map<String, String> bad = row("LS-1", "link", "www.letzshop.lu/p/1");
            bad.put("image_link", "N/A");
            bad.put("additional_image_link", "https://i.example/1.jpg,javascript:alert(1),/img/2.jpg");
            Feeds.Read read = Feeds.read(Feeds.tsv(bad, row("LS-2", "link", "HTTPS://letzshop.lu/p/2?x=1#top")));

            FeedProduct p = read.product("LS-1");
            assertThat(p.link()).isNull();
            assertThat(p.imageLink()).isNull();
            assertThat(p.additionalImages()).containsExactly("https://i.example/1.jpg");
            assertThat(p.warnings()).extracting(FeedRowError::field)
                    .containsExactly("link", "image_link", "additional_image_link");
            assertThat(p.warnings().get(0).message()).isEqualTo("link: not an http(s) URL; ignored");
            assertThat(p.warnings().get(2).message())
                    .isEqualTo("additional_image_link: 2 links are not an http(s) URL; left out");
            assertThat(p.warnings().get(2).value()).isEqualTo("javascript:alert(1),/img/2.jpg");
            assertThat(read.product("LS-2").link()).isEqualTo("HTTPS://letzshop.lu/p/2?x=1#top");
            assertThat(read.product("LS-2").warnings()).isEmpty();
        }

        @Test
        void everyPriceFormGivesTheSameAmount() throws Exception {
            Feeds.Read read = Feeds.read(Feeds.tsv(row("LS-1", "price", "19.99 EUR"),
                    row("LS-2", "price", "EUR 19.99"), row("LS-3", "price", "19.99"),
                    row("LS-4", "price", "19,99 EUR"), row("LS-5", "price", "19,99 €"),
                    row("LS-6", "price", "1,299.00 EUR"), row("LS-7", "price", "1.299,00 EUR")));

            assertThat(read.errors()).isEmpty();
            Amount price = new Amount(new BigDecimal("19.99"), "EUR");
            Amount thousand = new Amount(new BigDecimal("1299.00"), "EUR");
            assertThat(read.products()).extracting(FeedProduct::price)
                    .containsExactly(price, price, price, price, price, thousand, thousand);
        }

        @Test
        void aBadPriceRejectsTheRowAndABadSalePriceOnlyWarns() throws Exception {
            Feeds.Read read = Feeds.read(Feeds.tsv(
                    row("LS-1", "price", "19.99.99"),
                    row("LS-2", "sale_price", "cheap"),
                    row("LS-3", "sale_price", "29.99 EUR"),
                    row("LS-4", "price", ""),
                    row("LS-5", "sale_price", "15.00 USD"),
                    row("LS-6", "sale_price", "15,00 €"),
                    row("LS-7", "price", "1.299 EUR")));

            assertThat(read.errors()).containsExactly(
                    new FeedRowError(2, "price", "19.99.99", "price: misplaced thousands separator"),
                    new FeedRowError(5, "price", null, "price is missing (product LS-4)"),
                    new FeedRowError(8, "price", "1.299 EUR", "price: ambiguous amount 1.299: write 1299.00 for a "
                            + "thousand two hundred ninety-nine, or 1.30 for one thirty"));
            assertThat(read.product("LS-2").salePrice()).isNull();
            assertThat(read.product("LS-2").warnings()).containsExactly(FeedRowError.warning(3, "sale_price", "cheap",
                    "sale_price: not a price; expected e.g. 19.99 EUR, EUR 19.99 or 19,99 EUR; ignored"));
            assertThat(read.product("LS-3").warnings()).containsExactly(FeedRowError.warning(4, "sale_price",
                    "29.99 EUR", "sale_price is higher than price; ignored"));
            assertThat(read.product("LS-5").warnings()).containsExactly(FeedRowError.warning(6, "sale_price",
                    "15.00 USD", "sale_price is in USD but price in EUR; ignored"));
            assertThat(read.product("LS-6").salePrice()).isEqualTo(new Amount(new BigDecimal("15.00"), "EUR"));
            assertThat(read.product("LS-6").warnings()).isEmpty();
        }

        @Test
        void everyYesNoWordIsUnderstoodAndAnyOtherOnlyWarns() throws Exception {
            List<String> words = List.of("yes", "no", "true", "false", "oui", "non", "vrai", "faux", "ja", "nein",
                    "wahr", "falsch", "1", "0", "maybe");
            List<Map<String, String>> rows = new ArrayList<>();
            for (int i = 0; i < words.size(); i++) {
                Map<String, String> row = row("LS-" + i, "adult", words.get(i));
                row.put("identifier_exists", words.get(i).toUpperCase());
                rows.add(row);
            }

            Feeds.Read read = Feeds.read(Feeds.tsv(rows.toArray(Map[]::new)));

            assertThat(read.products()).extracting(p -> p.attribute(Attribute.ADULT)).containsExactly(true, false, true, false,
                    true, false, true, false, true, false, true, false, true, false, null);
            assertThat(read.products()).extracting(p -> p.attribute(Attribute.IDENTIFIER_EXISTS)).containsExactly(true, false, true,
                    false, true, false, true, false, true, false, true, false, true, false, null);
            assertThat(read.product("LS-14").warnings()).containsExactly(
                    FeedRowError.warning(16, "identifier_exists", "MAYBE", "identifier_exists: not a yes/no value; "
                            + "expected e.g. yes, no, oui, non, ja, nein, true, false; ignored"),
                    FeedRowError.warning(16, "adult", "maybe", "adult: not a yes/no value; expected e.g. yes, no, oui, "
                            + "non, ja, nein, true, false; ignored"));
        }

        @Test
        void badAvailabilityQuantityAndTaxRateOnlyWarn() throws Exception {
            Map<String, String> row = row("LS-1", "availability", "sold out");
            row.put("quantity", "-3");
            row.put("tax_rate", "17 VAT");

            FeedProduct p = Feeds.read(Feeds.tsv(row)).onlyProduct();

            assertThat(p.availability()).isNull();
            assertThat(p.quantity()).isNull();
            assertThat(p.taxRate()).isNull();
            assertThat(p.warnings()).containsExactly(
                    FeedRowError.warning(2, "availability", "sold out", "availability: unknown availability; expected "
                            + "in stock, out of stock, preorder or backorder; ignored"),
                    FeedRowError.warning(2, "quantity", "-3", "quantity: a quantity cannot be negative; ignored"),
                    FeedRowError.warning(2, "tax_rate", "17 VAT", "tax_rate: a tax rate is a percentage such as 17, 3 or "
                            + "8.5; ignored"));
        }

        @Test
        void everyAvailabilitySpellingIsUnderstood() throws Exception {
            Feeds.Read read = Feeds.read(Feeds.tsv(row("LS-1", "availability", "in stock"),
                    row("LS-2", "availability", "in_stock"), row("LS-3", "availability", "Out Of Stock"),
                    row("LS-4", "availability", "out_of_stock"), row("LS-5", "availability", "preorder"),
                    row("LS-6", "availability", "BACKORDER"), row("LS-7", "availability", "")));

            assertThat(read.products()).extracting(FeedProduct::availability).containsExactly(FeedAvailability.IN_STOCK,
                    FeedAvailability.IN_STOCK, FeedAvailability.OUT_OF_STOCK, FeedAvailability.OUT_OF_STOCK,
                    FeedAvailability.PREORDER, FeedAvailability.BACKORDER, null);
            assertThat(read.products()).allSatisfy(p -> assertThat(p.warnings()).isEmpty());
        }

        @Test
        void additionalImagesAreSplitOnCommasAndCutToTen() throws Exception {
            StringBuilder links = new StringBuilder(" , ");
            for (int i = 1; i <= 12; i++) {
                links.append("https://i.example/").append(i).append(".jpg , ,");
            }

            FeedProduct p = Feeds.read(Feeds.tsv(row("LS-1", "additional_image_link", links.toString())))
                    .onlyProduct();

            assertThat(p.additionalImages()).hasSize(10).first().isEqualTo("https://i.example/1.jpg");
            assertThat(p.additionalImages()).last().isEqualTo("https://i.example/10.jpg");
            assertThat(p.warnings()).singleElement().satisfies(w -> {
                assertThat(w.field()).isEqualTo("additional_image_link");
                assertThat(w.message()).isEqualTo("more than 10 additional images (12); kept the first 10");
            });
        }

        @Test
        void duplicateIdsAreLeftToTheImporter() throws Exception {
            Feeds.Read read = Feeds.read(Feeds.tsv(row("LS-1"), row("LS-1", "price", "21.00")));

            assertThat(read.products()).extracting(FeedProduct::position).containsExactly(2L, 3L);
        }
    }

    private static FeedException failure(ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).isInstanceOf(FeedException.class);
        return (FeedException) thrown;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    private static int lastIndexOf(byte[] bytes, byte b) {
        for (int i = bytes.length - 1; i >= 0; i--) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }
}
