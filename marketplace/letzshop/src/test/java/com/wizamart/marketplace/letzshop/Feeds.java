package com.wizamart.marketplace.letzshop;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.wizamart.marketplace.spi.Attribute;
import com.wizamart.marketplace.spi.FeedException;
import com.wizamart.marketplace.spi.FeedProduct;
import com.wizamart.marketplace.spi.FeedReader;
import com.wizamart.marketplace.spi.FeedRecord;
import com.wizamart.marketplace.spi.FeedRowError;

/** Builds small feeds for tests and reads them through the adapter, as the importer would. */
final class Feeds {

    static final List<String> COLUMNS = List.of("id", "title", "description", "link", "image_link",
            "additional_image_link", "availability", "price", "sale_price", "brand", "gtin", "mpn", "condition",
            "google_product_category", "product_type", "item_group_id", "color", "size", "gender", "age_group",
            "identifier_exists", "adult", "quantity", "tax_rate", "delivery_method");

    private static final LetzshopAdapter ADAPTER = new LetzshopAdapter();

    private Feeds() {
    }

    /** A valid row, as in the sample feeds; change cells with {@link Map#put}. */
    static Map<String, String> row(String id) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("id", id);
        row.put("title", "Roasted coffee beans");
        row.put("description", "<p>Handpicked in Luxembourg.</p>");
        row.put("link", "https://letzshop.lu/en/product/" + id.toLowerCase());
        row.put("image_link", "https://images.example.lu/" + id.toLowerCase() + "/main.jpg");
        row.put("additional_image_link", "");
        row.put("availability", "in stock");
        row.put("price", "19.99 EUR");
        row.put("sale_price", "");
        row.put("brand", "Lëtzebuerger Kaffi");
        row.put("gtin", "4006381333931");
        row.put("mpn", "MPN-00");
        row.put("condition", "new");
        row.put("google_product_category", "1868");
        row.put("product_type", "Food, Beverages & Tobacco > Beverages > Coffee");
        row.put("item_group_id", "");
        row.put("color", "");
        row.put("size", "");
        row.put("gender", "");
        row.put("age_group", "");
        row.put("identifier_exists", "yes");
        row.put("adult", "no");
        row.put("quantity", "11");
        row.put("tax_rate", "3");
        row.put("delivery_method", "package_delivery");
        return row;
    }

    /** A row with one cell changed. */
    static Map<String, String> row(String id, String column, String value) {
        Map<String, String> row = row(id);
        row.put(column, value);
        return row;
    }

    /** Header and rows joined by tabs and {@code \n}; cells are written as given (quote them yourself). */
    @SafeVarargs
    static String tsv(Map<String, String>... rows) {
        return feed("\t", "\n", rows);
    }

    @SafeVarargs
    static String feed(String delimiter, String lineEnd, Map<String, String>... rows) {
        StringBuilder sb = new StringBuilder(String.join(delimiter, rows.length > 0 ? rows[0].keySet() : COLUMNS));
        sb.append(lineEnd);
        for (Map<String, String> row : rows) {
            sb.append(String.join(delimiter, row.values())).append(lineEnd);
        }
        return sb.toString();
    }

    static String line(Map<String, String> row) {
        return String.join("\t", row.values());
    }

    static String header() {
        return String.join("\t", COLUMNS);
    }

    static Read read(String feed) throws FeedException {
        return read(feed.getBytes(StandardCharsets.UTF_8));
    }

    static Read read(String feed, Charset charset) throws FeedException {
        return read(feed.getBytes(charset));
    }

    static Read read(byte[] feed) throws FeedException {
        return read(new ByteArrayInputStream(feed));
    }

    static Read read(InputStream feed) throws FeedException {
        try (FeedReader reader = ADAPTER.open(feed, "en")) {
            List<FeedRecord> records = new ArrayList<>();
            for (FeedRecord r = reader.next(); r != null; r = reader.next()) {
                records.add(r);
            }
            return new Read(((LetzshopFeedReader) reader).columns(), records, reader.bytesRead());
        }
    }

    /** Everything a feed gave. */
    record Read(List<String> columns, List<FeedRecord> records, long bytesRead) {

        List<FeedProduct> products() {
            return records.stream().filter(FeedProduct.class::isInstance).map(FeedProduct.class::cast).toList();
        }

        List<FeedRowError> errors() {
            return records.stream().filter(FeedRowError.class::isInstance).map(FeedRowError.class::cast).toList();
        }

        FeedProduct product(String id) {
            return products().stream().filter(p -> p.externalId().equals(id)).findFirst().orElseThrow();
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

        Map<String, Long> rowsById() {
            return products().stream().collect(Collectors.toMap(FeedProduct::externalId, FeedProduct::position));
        }
    }
}
