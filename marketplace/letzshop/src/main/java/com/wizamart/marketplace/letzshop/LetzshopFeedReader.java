package com.wizamart.marketplace.letzshop;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import com.univocity.parsers.common.TextParsingException;
import com.univocity.parsers.csv.CsvParser;
import com.univocity.parsers.csv.CsvParserSettings;
import com.wizamart.marketplace.letzshop.FeedColumns.Column;
import com.wizamart.marketplace.spi.FeedException;
import com.wizamart.marketplace.spi.FeedException.Reason;
import com.wizamart.marketplace.spi.FeedReader;
import com.wizamart.marketplace.spi.FeedRecord;
import com.wizamart.marketplace.spi.KnownRecords;
import com.wizamart.marketplace.spi.text.CarriedFeedException;

/**
 * Reads a Letzshop feed row by row, in constant memory. The only class that knows the CSV parser (univocity): a
 * parser swap touches this class alone. Text decoding is {@link FeedText}'s, the meaning of cells
 * {@link ProductRows}'.
 *
 * <p>The parser sees text whose line ends are already {@code \n}. Quoting is CSV's ({@code "…"} with {@code ""}
 * inside, line breaks allowed) whatever the delimiter: that is what tools write when they export "TSV".
 *
 * <p>Limits that keep a hostile or broken file from exhausting memory, each failing the feed with a message that
 * names the line: a value of more than {@value #MAX_FIELD_CHARS} characters, a row of more than
 * {@value #MAX_ROW_CHARS} characters, a row of more than {@value #MAX_COLUMNS} values, a header line of more than
 * {@value #MAX_HEADER_CHARS} characters. Such a file is almost always one with a quote that is never closed.
 */
final class LetzshopFeedReader implements FeedReader {

    static final int MAX_FIELD_CHARS = 1024 * 1024;
    static final int MAX_ROW_CHARS = 8 * 1024 * 1024;
    static final int MAX_COLUMNS = 4096;
    static final int MAX_HEADER_CHARS = 64 * 1024;
    /** Characters the parser reads ahead; small, because read-ahead is memory and adds to the row limit. */
    private static final int INPUT_BUFFER_CHARS = 64 * 1024;

    private static final char[] DELIMITERS = {'\t', ',', ';'};
    private static final int REQUIRED = (int) Arrays.stream(Column.values()).filter(Column::required).count();

    private final FeedText text;
    private final CsvParser parser;
    private final FeedColumns columns;
    private final ProductRows rows;
    /** Line of the first row: the parser counts lines from there. */
    private final long firstRowLine;
    private FeedException failure;
    private boolean finished;

    private LetzshopFeedReader(FeedText text, CsvParser parser, FeedColumns columns, char delimiter,
                               long firstRowLine) {
        this.text = text;
        this.parser = parser;
        this.columns = columns;
        this.rows = new ProductRows(columns, delimiterName(delimiter));
        this.firstRowLine = firstRowLine;
    }

    /**
     * Reads the header and prepares to stream the rows.
     *
     * @param feed the raw bytes; closed when reading ends or fails.
     * @throws FeedException when the bytes are not a feed or lack a required column.
     */
    static LetzshopFeedReader open(InputStream feed) throws FeedException {
        FeedText text = null;
        try {
            text = FeedText.open(feed, MAX_ROW_CHARS);
            long line = 0;
            String header;
            do {
                // blank lines before the header are tolerated: they cost nothing and old exports have them
                header = text.readLine(MAX_HEADER_CHARS);
                line++;
            } while (header != null && header.isBlank());
            if (header == null) {
                throw new FeedException(Reason.NOT_A_FEED, "The file is empty: expected a header line with the "
                        + "columns id, title, price, … and one line per product");
            }
            Header found = detect(header);
            text.startRow(line + 1);
            CsvParser parser = new CsvParser(settings(found.delimiter()));
            parser.beginParsing(text);
            return new LetzshopFeedReader(text, parser, found.columns(), found.delimiter(), line + 1);
        } catch (CarriedFeedException f) {
            closeQuietly(text, feed);
            throw f.feedException();
        } catch (FeedException e) {
            closeQuietly(text, feed);
            throw e;
        } catch (IOException e) {
            closeQuietly(text, feed);
            throw new FeedException(Reason.IO, "The feed could not be read: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(text, feed);
            throw e;
        }
    }

    @Override
    public FeedRecord next() throws FeedException {
        return next(KnownRecords.NONE);
    }

    @Override
    public FeedRecord next(KnownRecords known) throws FeedException {
        if (failure != null) {
            throw failure;
        }
        while (!finished) {
            // the parser counts the line ends it consumed; the next row starts on the line after them
            long line = firstRowLine + parser.getContext().currentLine();
            text.startRow(line);
            String[] values;
            try {
                values = parser.parseNext();
            } catch (RuntimeException e) {
                failure = translate(e, line);
                close();
                throw failure;
            }
            if (values == null) {
                close();
                return null;
            }
            if (!ProductRows.isBlank(values)) {
                return rows.map(line, values, known);
            }
        }
        return null;
    }

    /** The columns of the feed's header, as found. */
    List<String> columns() {
        return columns.namesFound();
    }

    @Override
    public long bytesRead() {
        return text.bytesRead();
    }

    @Override
    public void close() {
        if (!finished) {
            finished = true;
            parser.stopParsing();
            closeQuietly(text, null);
        }
    }

    /** Tells the delimiter from the header line: the one whose cells hold the required columns. */
    private static Header detect(String headerLine) throws FeedException {
        Header best = null;
        int bestScore = -1;
        for (char delimiter : DELIMITERS) {
            String[] cells = new CsvParser(settings(delimiter)).parseLine(headerLine);
            if (cells == null || cells.length < 2) {
                continue;
            }
            FeedColumns candidate = FeedColumns.of(cells);
            // all required columns first, then as many columns as possible: "id,title;price" is comma-separated
            int score = (REQUIRED - candidate.missingRequired().size()) * (MAX_COLUMNS + 1) + cells.length;
            if (score > bestScore) {
                best = new Header(delimiter, candidate);
                bestScore = score;
            }
        }
        if (best == null) {
            throw new FeedException(Reason.NOT_A_FEED, "The first line has no tab, comma or semicolon, so it is not "
                    + "the header of a product feed; it reads: " + abbreviate(headerLine));
        }
        List<Column> missing = best.columns().missingRequired();
        if (!missing.isEmpty()) {
            throw new FeedException(Reason.MISSING_FIELDS, "Required column" + (missing.size() > 1 ? "s" : "")
                    + " missing: " + missing.stream().map(Column::header).collect(Collectors.joining(", "))
                    + ". Columns found (" + delimiterName(best.delimiter()) + "-separated): "
                    + listOf(best.columns().namesFound()));
        }
        best.columns().requireNoDuplicates();
        return best;
    }

    private static CsvParserSettings settings(char delimiter) {
        CsvParserSettings settings = new CsvParserSettings();
        settings.getFormat().setDelimiter(delimiter);
        settings.getFormat().setQuote('"');
        settings.getFormat().setQuoteEscape('"');
        // FeedText already turned every line end into \n
        settings.getFormat().setLineSeparator("\n");
        settings.getFormat().setNormalizedNewline('\n');
        settings.setLineSeparatorDetectionEnabled(false);
        // "#123" is an id, not a comment
        settings.setCommentProcessingEnabled(false);
        // empty lines come back as records so that the parser's line count gives every row its line number
        settings.setSkipEmptyLines(false);
        // cells as found: trimming is the normalizers' business, raw keeps what the vendor wrote
        settings.setIgnoreLeadingWhitespaces(false);
        settings.setIgnoreTrailingWhitespaces(false);
        settings.setSkipBitsAsWhitespace(false);
        settings.setNullValue(null);
        settings.setEmptyValue("");
        settings.setHeaderExtractionEnabled(false);
        settings.setAutoConfigurationEnabled(false);
        settings.setMaxCharsPerColumn(MAX_FIELD_CHARS);
        settings.setMaxColumns(MAX_COLUMNS);
        settings.setInputBufferSize(INPUT_BUFFER_CHARS);
        // a reading thread would read ahead without bound and move our exceptions to another thread
        settings.setReadInputOnSeparateThread(false);
        // never copy feed content into exception messages (which end up in logs)
        settings.setErrorContentLength(0);
        return settings;
    }

    private FeedException translate(RuntimeException e, long line) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CarriedFeedException f) {
                FeedException found = f.feedException();
                return found.line().isPresent() ? found
                        : new FeedException(found.reason(), found.getMessage(), line, found.getCause());
            }
            if (t instanceof IOException || t instanceof UncheckedIOException) {
                return new FeedException(Reason.IO, "Reading the feed failed at line " + line + ": "
                        + t.getMessage(), line, t);
            }
        }
        // univocity reports both of its limits as an ArrayIndexOutOfBoundsException; only the message tells them apart
        String message = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
        if (e instanceof TextParsingException tpe && message.contains("exceeds the maximum number of characters")) {
            int column = tpe.getColumnIndex();
            String name = column >= 0 ? " in column '" + columns.name(column) + "'" : "";
            return new FeedException(Reason.NOT_A_FEED, "The row at line " + line + " has a value" + name
                    + " longer than " + MAX_FIELD_CHARS + " characters (1 MB): a quote is probably not closed, or "
                    + "this is not a product feed; reading stopped there", line, e);
        }
        if (e.getCause() instanceof ArrayIndexOutOfBoundsException) {
            return new FeedException(Reason.NOT_A_FEED, "The row at line " + line + " has more than " + MAX_COLUMNS
                    + " values: this is not a product feed; reading stopped there", line, e);
        }
        return new FeedException(Reason.NOT_A_FEED, "The row at line " + line + " cannot be read (" + message
                + "); reading stopped there", line, e);
    }

    private static String delimiterName(char delimiter) {
        return switch (delimiter) {
            case '\t' -> "tab";
            case ',' -> "comma";
            default -> "semicolon";
        };
    }

    private static String listOf(List<String> names) {
        int shown = Math.min(names.size(), 40);
        String list = String.join(", ", names.subList(0, shown).stream().map(LetzshopFeedReader::abbreviate)
                .toList());
        return names.size() > shown ? list + " and " + (names.size() - shown) + " more" : list;
    }

    private static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 80) + "…";
    }

    private static void closeQuietly(FeedText text, InputStream feed) {
        try {
            if (text != null) {
                text.close();
            } else if (feed != null) {
                feed.close();
            }
        } catch (IOException ignored) {
            // nothing more to read from it either way
        }
    }

    private record Header(char delimiter, FeedColumns columns) {
    }
}
