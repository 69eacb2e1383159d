package com.wizamart.marketplace.googlemerchant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import com.wizamart.marketplace.spi.FeedException;
import com.wizamart.marketplace.spi.FeedProduct;
import com.wizamart.marketplace.spi.FeedReader;
import com.wizamart.marketplace.spi.FeedRecord;
import com.wizamart.marketplace.spi.FeedRowError;

/** Builds small feeds for tests and reads them through the adapter, as the importer would. */
final class Feeds {

    static final String G = "http://base.google.com/ns/1.0";

    /** Lines before the first item of {@link #rss}: the items start on line 5. */
    static final int RSS_FIRST_ITEM_LINE = 5;

    private static final GoogleMerchantAdapter ADAPTER = new GoogleMerchantAdapter();

    private Feeds() {
    }

    /** An RSS 2.0 feed, one item per argument, each on its own line(s), starting at line 5. */
    static String rss(String... items) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<rss version=\"2.0\" xmlns:g=\"" + G + "\">\n"
                + "<channel>\n"
                + "<title>Lëtzebuerger Kaffi</title>\n"
                + String.join("\n", items) + (items.length > 0 ? "\n" : "")
                + "</channel>\n"
                + "</rss>\n";
    }

    /** An Atom 1.0 feed, one entry per argument, starting at line 5. */
    static String atom(String... entries) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<feed xmlns=\"http://www.w3.org/2005/Atom\" xmlns:g=\"" + G + "\">\n"
                + "<title>Lëtzebuerger Kaffi</title>\n"
                + "<updated>2026-12-06T10:00:00Z</updated>\n"
                + String.join("\n", entries) + (entries.length > 0 ? "\n" : "")
                + "</feed>\n";
    }

    /** An RSS item on one line: a valid product with the given id, then the extra elements. */
    static String item(String id, String... extra) {
        return "<item><g:id>" + id + "</g:id><title>Roasted coffee " + id + "</title>"
                + "<link>https://shop.example/p/" + id + "</link><g:price>19.99 EUR</g:price>"
                + String.join("", extra) + "</item>";
    }

    /** An RSS item on one line with exactly these elements. */
    static String bareItem(String... elements) {
        return "<item>" + String.join("", elements) + "</item>";
    }

    static Read read(String feed) throws FeedException {
        return read(feed.getBytes(StandardCharsets.UTF_8));
    }

    static Read read(byte[] feed) throws FeedException {
        return read(new ByteArrayInputStream(feed));
    }

    static Read read(InputStream feed) throws FeedException {
        List<FeedRecord> records = new ArrayList<>();
        try (FeedReader reader = ADAPTER.open(feed, "en")) {
            for (FeedRecord r = reader.next(); r != null; r = reader.next()) {
                records.add(r);
            }
            return new Read(records, reader.bytesRead(), null);
        }
    }

    /** Reads as far as the feed goes: the records before a failure, and the failure. */
    static Read readUntilFailure(InputStream feed) throws FeedException {
        List<FeedRecord> records = new ArrayList<>();
        try (FeedReader reader = ADAPTER.open(feed, "en")) {
            try {
                for (FeedRecord r = reader.next(); r != null; r = reader.next()) {
                    records.add(r);
                }
            } catch (FeedException e) {
                // the reader keeps failing the same way: the importer may ask again
                FeedException again = (FeedException) catchThrowable(reader::next);
                assertThat(again).isSameAs(e);
                return new Read(records, reader.bytesRead(), e);
            }
            List<String> read = new Read(records, reader.bytesRead(), null).outline();
            throw new AssertionError("expected the feed to fail, read " + records.size() + " records: "
                    + read.subList(0, Math.min(read.size(), 10)));
        }
    }

    static Read readUntilFailure(String feed) throws FeedException {
        return readUntilFailure(new ByteArrayInputStream(feed.getBytes(StandardCharsets.UTF_8)));
    }

    static FeedException failure(ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).isInstanceOf(FeedException.class);
        return (FeedException) thrown;
    }

    /** Everything a feed gave: its records, the bytes read, and the failure that ended it, if any. */
    record Read(List<FeedRecord> records, long bytesRead, FeedException failure) {

        List<FeedProduct> products() {
            return records.stream().filter(FeedProduct.class::isInstance).map(FeedProduct.class::cast).toList();
        }

        List<FeedRowError> errors() {
            return records.stream().filter(FeedRowError.class::isInstance).map(FeedRowError.class::cast).toList();
        }

        FeedProduct product(String id) {
            return products().stream().filter(p -> p.externalId().equals(id)).findFirst()
                    .orElseThrow(() -> new AssertionError("no product " + id + " in " + records));
        }

        FeedProduct onlyProduct() {
            if (records.size() != 1 || !(records.getFirst() instanceof FeedProduct p)) {
                throw new AssertionError("expected one product, got " + records);
            }
            return p;
        }

        FeedRowError onlyError() {
            if (records.size() != 1 || !(records.getFirst() instanceof FeedRowError e)) {
                throw new AssertionError("expected one row error, got " + records);
            }
            return e;
        }

        /** Each record as {@code position:id} for products, {@code position!field} for row errors. */
        List<String> outline() {
            return records.stream().map(r -> r instanceof FeedProduct p ? p.position() + ":" + p.externalId()
                    : r.position() + "!" + ((FeedRowError) r).field()).toList();
        }

        Map<String, Long> positionsById() {
            return products().stream().collect(Collectors.toMap(FeedProduct::externalId, FeedProduct::position));
        }
    }
}
