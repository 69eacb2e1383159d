package com.wizamart.marketplace.googlemerchant;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.univocity.parsers.common.TextParsingException;
import com.univocity.parsers.csv.CsvParser;
import com.univocity.parsers.csv.CsvParserSettings;
import com.wizamart.marketplace.spi.FeedException;
import com.wizamart.marketplace.spi.FeedException.Reason;
import com.wizamart.marketplace.spi.FeedReader;
import com.wizamart.marketplace.spi.FeedRecord;
import com.wizamart.marketplace.spi.KnownRecords;
import com.wizamart.marketplace.spi.FeedRowError;
import com.wizamart.marketplace.spi.text.CarriedFeedException;

/**
 * Reads Google's tab-separated text feeds row by row, in constant memory. The only class that knows the text parser
 * (univocity): a parser swap touches this class alone.
 *
 * <p>The format is Google's: a header line of attribute names ({@link TsvColumns}), one product per line, cells
 * separated by tabs. "Quoted fields" as Google describes them: a cell in double quotes may hold tabs and line
 * breaks, a quote inside it doubled ({@code "12"" pan"}). Repeated attributes hold several values separated by
 * commas, a value with a comma in quotes: {@code additional_image_link} (one link each) and {@code shipping}
 * (entries {@code country:region:service:price}). Blank lines are skipped; a row's position is the line it starts on,
 * the header being line 1.
 *
 * <p>A row with fewer cells than the header has columns (a line cut short, a quote never closed) or with more (an
 * unquoted tab in a value) is a row error. Fatal, with the line: a value longer than {@value #MAX_VALUE_CHARS}
 * characters or a row longer than {@value #MAX_ROW_CHARS} (a quote that is never closed swallows the rest of the
 * file), more than {@value #MAX_COLUMNS} cells, a byte that is not UTF-8.
 */
final class TsvFeedReader implements FeedReader {

    static final int MAX_VALUE_CHARS = 1024 * 1024;
    static final int MAX_ROW_CHARS = 2 * 1024 * 1024;
    static final int MAX_HEADER_CHARS = 64 * 1024;
    static final int MAX_COLUMNS = 1024;
    /** Characters the parser reads ahead; they count against a row's budget, so the budget leaves room for them. */
    private static final int INPUT_BUFFER_CHARS = 16 * 1024;

    private final DecodedText text;
    private final CsvParser parser;
    private final TsvColumns columns;
    private FeedException failure;
    private boolean finished;

    private TsvFeedReader(DecodedText text, CsvParser parser, TsvColumns columns) {
        this.text = text;
        this.parser = parser;
        this.columns = columns;
    }

    /**
     * Reads the header and prepares to stream the rows.
     *
     * @param text the feed's text; closed when reading ends or fails, also when this method throws.
     * @throws FeedException when the first line is no header of a tab-separated feed, or lacks a required column.
     */
    static TsvFeedReader open(DecodedText text) throws FeedException {
        CsvParser parser = new CsvParser(settings());
        try {
            text.budget(MAX_HEADER_CHARS + INPUT_BUFFER_CHARS, () -> new FeedException(Reason.NOT_A_FEED,
                    "The first line is longer than " + MAX_HEADER_CHARS + " characters: not the header of a "
                            + "product feed", 1));
            parser.beginParsing(text);
            String[] header;
            do {
                header = parser.parseNext();
            } while (header != null && isBlank(header));
            if (header == null) {
                throw new FeedException(Reason.NOT_A_FEED, "The file is empty: expected a header line with the "
                        + "attributes id, title, price, … and one line per product");
            }
            if (header.length == 1) {
                throw notTabSeparated(header[0] == null ? "" : header[0]);
            }
            return new TsvFeedReader(text, parser, TsvColumns.of(header));
        } catch (TextParsingException e) {
            FeedException carried = CarriedFeedException.in(e);
            close(parser, text);
            throw carried != null ? carried : new FeedException(Reason.NOT_A_FEED, "The header line cannot be read "
                    + "(" + firstLine(e) + "): not a product feed", 1, e);
        } catch (FeedException | RuntimeException e) {
            close(parser, text);
            throw e;
        }
    }

    private static FeedException notTabSeparated(String line) {
        String shown = FeedBytes.abbreviate(line);
        if (line.contains(",") || line.contains(";")) {
            return new FeedException(Reason.NOT_A_FEED, "The first line has no tab but "
                    + (line.contains(",") ? "commas" : "semicolons") + ": Google Merchant Center text feeds are "
                    + "tab-separated (export the sheet as \"Tab-delimited text\"); it reads: " + shown);
        }
        return new FeedException(Reason.NOT_A_FEED, "The first line has no tab, so it is not the header of a "
                + "tab-separated product feed; it reads: " + shown);
    }

    @Override
    public FeedRecord next() throws FeedException {
        return next(KnownRecords.NONE);
    }

    /** Asks {@code known} about each item before it is mapped. */
    @Override
    public FeedRecord next(KnownRecords known) throws FeedException {
        if (failure != null) {
            throw failure;
        }
        while (!finished) {
            // lines the parser has consumed so far; the next row starts on the line after them
            long line = parser.getContext().currentLine() + 1;
            text.budget(MAX_ROW_CHARS + INPUT_BUFFER_CHARS, () -> new FeedException(Reason.TOO_LARGE, "The row at "
                    + "line " + line + " is longer than " + MAX_ROW_CHARS + " characters: a quote is probably not "
                    + "closed; reading stopped there", line));
            String[] cells;
            try {
                cells = parser.parseNext();
            } catch (TextParsingException e) {
                failure = translate(e, line);
                close();
                throw failure;
            }
            if (cells == null) {
                close();
                return null;
            }
            if (!isBlank(cells)) {
                return row(line, cells, known);
            }
        }
        return null;
    }

    @Override
    public long bytesRead() {
        return text.bytesRead();
    }

    @Override
    public void close() {
        if (!finished) {
            finished = true;
            close(parser, text);
        }
    }

    private FeedRecord row(long line, String[] cells, KnownRecords known) {
        int width = columns.width();
        // a shape error's value is the row's first cell: usually the id, which is what the vendor searches for
        String first = cells.length > 0 ? cells[0] : null;
        if (cells.length < width) {
            return new FeedRowError(line, null, first, "the row has " + cells.length + " of " + width
                    + " columns: the line is cut short or a quote is not closed");
        }
        for (int i = width; i < cells.length; i++) {
            if (cells[i] != null && !cells[i].isBlank()) {
                return new FeedRowError(line, null, first, "the row has " + cells.length + " cells but the header "
                        + width + " columns: a value probably holds an unquoted tab");
            }
        }
        ItemValues values = new ItemValues();
        Map<String, String> raw = LinkedHashMap.newLinkedHashMap(width);
        List<TsvColumns.Column> all = columns.all();
        for (int i = 0; i < all.size() && i < cells.length; i++) {
            TsvColumns.Column column = all.get(i);
            String cell = cells[i] == null ? "" : cells[i];
            if (!column.header().isEmpty() || !cell.isEmpty()) {
                raw.put(column.rawKey(), cell);
            }
            if (column.attribute() == null || cell.isBlank()) {
                continue;
            }
            switch (column.attribute()) {
                case ADDITIONAL_IMAGE_LINK -> commaList(cell).forEach(link -> values.add(column.attribute(),
                        column.rawKey(), link, true));
                case SHIPPING -> commaList(cell).forEach(entry -> values.addShipping(column.rawKey(), entry,
                        ShippingText.parts(entry, column.shippingOrder())));
                default -> values.add(column.attribute(), column.rawKey(), cell, true);
            }
        }
        return ItemMapping.map(line, values, raw, known);
    }

    /**
     * Google's repeated values in one cell: separated by commas, a value holding a comma in double quotes (a quote
     * in it doubled). Blank values are left out.
     */
    static List<String> commaList(String cell) {
        List<String> values = new ArrayList<>();
        StringBuilder value = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c == '"') {
                if (quoted && i + 1 < cell.length() && cell.charAt(i + 1) == '"') {
                    value.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == ',' && !quoted) {
                add(values, value);
            } else {
                value.append(c);
            }
        }
        add(values, value);
        return values;
    }

    private static void add(List<String> values, StringBuilder value) {
        String v = value.toString().strip();
        if (!v.isEmpty()) {
            values.add(v);
        }
        value.setLength(0);
    }

    private static boolean isBlank(String[] cells) {
        for (String cell : cells) {
            if (cell != null && !cell.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static CsvParserSettings settings() {
        CsvParserSettings settings = new CsvParserSettings();
        settings.getFormat().setDelimiter('\t');
        settings.getFormat().setQuote('"');
        settings.getFormat().setQuoteEscape('"');
        // DecodedText has turned every line end into \n
        settings.getFormat().setLineSeparator("\n");
        settings.getFormat().setNormalizedNewline('\n');
        settings.setLineSeparatorDetectionEnabled(false);
        // "#123" is an id, not a comment
        settings.setCommentProcessingEnabled(false);
        // blank lines come back as rows, so that the parser's line count gives every row its line
        settings.setSkipEmptyLines(false);
        // cells as found: trimming is the mapping's business, raw keeps what the vendor wrote
        settings.setIgnoreLeadingWhitespaces(false);
        settings.setIgnoreTrailingWhitespaces(false);
        settings.setNullValue(null);
        settings.setEmptyValue("");
        settings.setHeaderExtractionEnabled(false);
        settings.setAutoConfigurationEnabled(false);
        settings.setMaxCharsPerColumn(MAX_VALUE_CHARS);
        settings.setMaxColumns(MAX_COLUMNS);
        settings.setInputBufferSize(INPUT_BUFFER_CHARS);
        // a reading thread would read ahead without bound and move the exceptions to another thread
        settings.setReadInputOnSeparateThread(false);
        // feed content never goes into exception messages (which end up in logs)
        settings.setErrorContentLength(0);
        return settings;
    }

    private FeedException translate(TextParsingException e, long line) {
        FeedException carried = CarriedFeedException.in(e);
        if (carried != null) {
            return carried;
        }
        String message = firstLine(e);
        if (message.contains("exceeds the maximum number of characters")) {
            int column = e.getColumnIndex();
            String name = column >= 0 ? " in column '" + columns.name(column) + "'" : "";
            return new FeedException(Reason.TOO_LARGE, "The row at line " + line + " has a value" + name
                    + " longer than " + MAX_VALUE_CHARS + " characters (1 MB): a quote is probably not closed; "
                    + "reading stopped there", line, e);
        }
        if (e.getCause() instanceof ArrayIndexOutOfBoundsException) {
            return new FeedException(Reason.TOO_LARGE, "The row at line " + line + " has more than " + MAX_COLUMNS
                    + " cells: this is not a product feed; reading stopped there", line, e);
        }
        if (e.getCause() instanceof IOException io) {
            return new FeedException(Reason.IO, "Reading the feed failed at line " + line + ": " + io.getMessage(),
                    line, e);
        }
        return new FeedException(Reason.IO, "The row at line " + line + " cannot be read (" + message
                + "); reading stopped there", line, e);
    }

    private static String firstLine(Exception e) {
        return String.valueOf(e.getMessage()).lines().findFirst().orElse("");
    }

    private static void close(CsvParser parser, DecodedText text) {
        parser.stopParsing();
        try {
            text.close();
        } catch (IOException ignored) {
            // nothing more to read from it either way
        }
    }
}
