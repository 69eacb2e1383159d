package com.wizamart.marketplace.letzshop;

import static com.wizamart.marketplace.letzshop.FeedColumns.Column.ADDITIONAL_IMAGE_LINK;
import static com.wizamart.marketplace.letzshop.FeedColumns.Column.ADULT;
import static com.wizamart.marketplace.letzshop.FeedColumns.Column.AGE_GROUP;
import static com.wizamart.marketplace.letzshop.FeedColumns.Column.AVAILABILITY;
import static com.wizamart.marketplace.letzshop.FeedColumns.Column.BRAND;
import static com.wizamart.marketplace.letzshop.FeedColumns.Column.COLOR;
import static com.wizamart.marketplace.letzshop.FeedColumns.Column.CONDITION;
import static com.wizamart.marketplace.letzshop.FeedColumns.Column.DELIVERY_METHOD;
import static com.wizamart.marketplace.letzshop.FeedColumns.Column.DESCRIPTION;
import static com.wizamart.marketplace.letzshop.FeedColumns.Column.GENDER;
import static com.wizamart.marketplace.letzshop.FeedColumns.Column.GOOGLE_PRODUCT_CATEGORY;
import static com.wizamart.marketplace.letzshop.FeedColumns.Column.GTIN;
import static com.wizamart.marketplace.letzshop.FeedColumns.Column.ID;
import static com.wizamart.marketplace.letzshop.FeedColumns.Column.IDENTIFIER_EXISTS;
import static com.wizamart.marketplace.letzshop.FeedColumns.Column.IMAGE_LINK;
import static com.wizamart.marketplace.letzshop.FeedColumns.Column.ITEM_GROUP_ID;
import static com.wizamart.marketplace.letzshop.FeedColumns.Column.LINK;
import static com.wizamart.marketplace.letzshop.FeedColumns.Column.MPN;
import static com.wizamart.marketplace.letzshop.FeedColumns.Column.PRICE;
import static com.wizamart.marketplace.letzshop.FeedColumns.Column.PRODUCT_TYPE;
import static com.wizamart.marketplace.letzshop.FeedColumns.Column.QUANTITY;
import static com.wizamart.marketplace.letzshop.FeedColumns.Column.SALE_PRICE;
import static com.wizamart.marketplace.letzshop.FeedColumns.Column.SIZE;
import static com.wizamart.marketplace.letzshop.FeedColumns.Column.TAX_RATE;
import static com.wizamart.marketplace.letzshop.FeedColumns.Column.TITLE;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.wizamart.marketplace.letzshop.FeedColumns.Column;
import com.wizamart.marketplace.spi.FeedProduct;
import com.wizamart.marketplace.spi.FeedProduct.Availability;
import com.wizamart.marketplace.spi.FeedProduct.Money;
import com.wizamart.marketplace.spi.FeedRecord;
import com.wizamart.marketplace.spi.FeedRowError;
import com.wizamart.marketplace.spi.StagedField;

/**
 * Turns the cells of one row into a product or a row error. A problem with what identifies or prices a product
 * (id, title, price, the row's shape) rejects the row; a malformed optional value (GTIN, sale price, availability,
 * links, yes/no flags, quantity, tax rate) is dropped with a warning and the row is imported without it: the feed
 * document makes those optional, and a product without its GTIN is better than no product. A value is dropped, never
 * repaired: a wrong GTIN would attach the offer to somebody else's product. Values are kept as text otherwise: HTML,
 * scripts and formula-like cells ({@code =}, {@code +}, {@code -}, {@code @}) are data here; escaping them is the job
 * of whatever outputs them.
 */
final class ProductRows {

    /** Google Shopping's limit for {@code additional_image_link}, which is also what staging keeps. */
    static final int MAX_ADDITIONAL_IMAGES = StagedField.MAX_ADDITIONAL_IMAGES;

    private final FeedColumns columns;
    private final String delimiterName;

    /**
     * @param delimiterName how to call the feed's delimiter in messages, e.g. {@code tab}.
     */
    ProductRows(FeedColumns columns, String delimiterName) {
        this.columns = columns;
        this.delimiterName = delimiterName;
    }

    /** @return {@literal true} when a row has no content at all (blank lines, rows of empty cells): skipped. */
    static boolean isBlank(String[] values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return false;
            }
        }
        return true;
    }

    /**
     * @param row    line number of the row's first line.
     * @param values the row's cells as parsed ({@literal null} for an empty cell).
     */
    FeedRecord map(long row, String[] values) {
        FeedRowError shapeError = checkShape(row, values);
        if (shapeError != null) {
            return shapeError;
        }
        String id = text(values, ID);
        if (id == null) {
            return new FeedRowError(row, ID.header(), null, "id is missing");
        }
        String title = text(values, TITLE);
        if (title == null) {
            return new FeedRowError(row, TITLE.header(), null, "title is missing (product " + id + ")");
        }
        String priceCell = text(values, PRICE);
        if (priceCell == null) {
            return new FeedRowError(row, PRICE.header(), null, "price is missing (product " + id + ")");
        }
        Money price;
        try {
            price = FeedPrices.parse(priceCell);
        } catch (InvalidValue e) {
            return new FeedRowError(row, PRICE.header(), priceCell, "price: " + e.getMessage());
        }

        List<FeedRowError> warnings = new ArrayList<>(0);
        String link = optional(row, values, LINK, Links::parse, warnings);
        String imageLink = optional(row, values, IMAGE_LINK, Links::parse, warnings);
        List<String> images = additionalImages(row, values, warnings);
        Money salePrice = salePrice(row, values, price, warnings);
        Availability availability = optional(row, values, AVAILABILITY, Availabilities::parse, warnings);
        Boolean identifierExists = optional(row, values, IDENTIFIER_EXISTS, FeedBooleans::parse, warnings);
        Boolean adult = optional(row, values, ADULT, FeedBooleans::parse, warnings);
        Integer quantity = optional(row, values, QUANTITY, Numbers::quantity, warnings);
        BigDecimal taxRate = optional(row, values, TAX_RATE, Numbers::taxRate, warnings);
        String gtin = optional(row, values, GTIN, Gtins::parse, warnings);

        return new FeedProduct(row, id, title, text(values, DESCRIPTION), link, imageLink, images, availability,
                price, salePrice, text(values, BRAND), gtin,
                text(values, MPN), text(values, CONDITION), text(values, GOOGLE_PRODUCT_CATEGORY),
                text(values, PRODUCT_TYPE), text(values, ITEM_GROUP_ID), text(values, COLOR), text(values, SIZE),
                text(values, GENDER), text(values, AGE_GROUP), identifierExists, adult, quantity, taxRate,
                text(values, DELIVERY_METHOD), raw(values), warnings);
    }

    private FeedRowError checkShape(long row, String[] values) {
        int width = columns.width();
        // the value of a shape error is the row's first cell: usually the id, which is what the vendor searches for
        String first = values.length > 0 ? values[0] : null;
        if (values.length < width) {
            // a download cut short, or a quote opened and never closed (it swallows the rest of the line)
            return new FeedRowError(row, null, first, "the row has " + values.length + " of " + width
                    + " columns: the line is cut short or a quote is not closed");
        }
        for (int i = width; i < values.length; i++) {
            if (values[i] != null && !values[i].isBlank()) {
                // more cells than columns: a value holds the delimiter unquoted and everything after it shifted
                return new FeedRowError(row, null, first, "the row has " + values.length + " cells but the header "
                        + width + " columns: a value probably holds an unquoted " + delimiterName);
            }
        }
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null && values[i].indexOf('\0') >= 0) {
                return new FeedRowError(row, columns.name(i), values[i].replace('\0', ' '),
                        "the value holds a NUL character (binary data), which cannot be stored");
            }
        }
        return null;
    }

    private Money salePrice(long row, String[] values, Money price, List<FeedRowError> warnings) {
        Money sale = optional(row, values, SALE_PRICE, FeedPrices::parse, warnings);
        if (sale == null) {
            return null;
        }
        if (!sale.currency().equals(price.currency())) {
            warnings.add(FeedRowError.warning(row, SALE_PRICE.header(), text(values, SALE_PRICE),
                    "sale_price is in " + sale.currency() + " but price in " + price.currency() + "; ignored"));
            return null;
        }
        if (sale.amount().compareTo(price.amount()) > 0) {
            warnings.add(FeedRowError.warning(row, SALE_PRICE.header(), text(values, SALE_PRICE),
                    "sale_price is higher than price; ignored"));
            return null;
        }
        return sale;
    }

    private List<String> additionalImages(long row, String[] values, List<FeedRowError> warnings) {
        String cell = text(values, ADDITIONAL_IMAGE_LINK);
        if (cell == null) {
            return List.of();
        }
        List<String> links = new ArrayList<>();
        List<String> malformed = new ArrayList<>();
        for (String part : cell.split(",")) {
            String link = part.strip();
            if (link.isEmpty()) {
                continue;
            }
            try {
                links.add(Links.parse(link));
            } catch (InvalidValue e) {
                malformed.add(link);
            }
        }
        if (!malformed.isEmpty()) {
            warnings.add(FeedRowError.warning(row, ADDITIONAL_IMAGE_LINK.header(), String.join(",", malformed),
                    ADDITIONAL_IMAGE_LINK.header() + ": " + (malformed.size() == 1 ? "1 link is" : malformed.size()
                            + " links are") + " not an http(s) URL; left out"));
        }
        if (links.size() > MAX_ADDITIONAL_IMAGES) {
            warnings.add(FeedRowError.warning(row, ADDITIONAL_IMAGE_LINK.header(), cell, "more than "
                    + MAX_ADDITIONAL_IMAGES + " additional images (" + links.size() + "); kept the first "
                    + MAX_ADDITIONAL_IMAGES));
            return links.subList(0, MAX_ADDITIONAL_IMAGES);
        }
        return links;
    }

    private <T> T optional(long row, String[] values, Column column, Parser<T> parser, List<FeedRowError> warnings) {
        String cell = text(values, column);
        if (cell == null) {
            return null;
        }
        try {
            return parser.parse(cell);
        } catch (InvalidValue e) {
            warnings.add(FeedRowError.warning(row, column.header(), cell, column.header() + ": " + e.getMessage()
                    + "; ignored"));
            return null;
        }
    }

    /** The cell of a known column, stripped; {@literal null} when the column is absent or the cell blank. */
    private String text(String[] values, Column column) {
        int i = columns.indexOf(column);
        if (i < 0 || i >= values.length || values[i] == null) {
            return null;
        }
        String value = values[i].strip();
        return value.isEmpty() ? null : value;
    }

    private Map<String, String> raw(String[] values) {
        Map<String, String> raw = LinkedHashMap.newLinkedHashMap(values.length);
        int named = columns.names().size();
        for (int i = 0; i < Math.min(values.length, named); i++) {
            String value = values[i] == null ? "" : values[i];
            if (!columns.names().get(i).isEmpty() || !value.isEmpty()) {
                raw.put(columns.rawKey(i), value);
            }
        }
        return raw;
    }

    @FunctionalInterface
    private interface Parser<T> {
        T parse(String cell) throws InvalidValue;
    }
}
