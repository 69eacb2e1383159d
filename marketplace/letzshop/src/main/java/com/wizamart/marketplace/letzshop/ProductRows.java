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

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.wizamart.marketplace.letzshop.FeedColumns.Column;
import com.wizamart.marketplace.spi.Attribute;
import com.wizamart.marketplace.spi.FeedProduct;
import com.wizamart.marketplace.spi.Amount;
import com.wizamart.marketplace.spi.FeedRecord;
import com.wizamart.marketplace.spi.FeedRowError;
import com.wizamart.marketplace.spi.KnownRecords;
import com.wizamart.marketplace.spi.UnchangedRecord;
import com.wizamart.marketplace.spi.StagedField;
import com.wizamart.marketplace.spi.values.Availabilities;
import com.wizamart.marketplace.spi.values.Flags;
import com.wizamart.marketplace.spi.values.Gtins;
import com.wizamart.marketplace.spi.values.InvalidValue;
import com.wizamart.marketplace.spi.values.Links;
import com.wizamart.marketplace.spi.values.Numbers;
import com.wizamart.marketplace.spi.values.Amounts;
import com.wizamart.marketplace.spi.values.ValueParser;

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
    FeedRecord map(long row, String[] values, KnownRecords known) {
        FeedRowError shapeError = checkShape(row, values);
        if (shapeError != null) {
            return shapeError;
        }
        String id = text(values, ID);
        Map<String, String> raw = raw(values);
        if (id != null && known.holds(id, raw)) {
            return new UnchangedRecord(row, id);
        }
        FeedProduct.Builder product = FeedProduct.at(row).id(id).title(text(values, TITLE)).raw(raw);
        String priceCell = text(values, PRICE);
        Amount price = null;
        if (priceCell != null) {
            try {
                price = Amounts.parse(priceCell);
            } catch (InvalidValue e) {
                return new FeedRowError(row, PRICE.header(), priceCell, "price: " + e.getMessage());
            }
        }
        product.price(price);
        product.description(text(values, DESCRIPTION))
                .link(optional(product, values, LINK, Links::parse))
                .imageLink(optional(product, values, IMAGE_LINK, Links::parse))
                .additionalImages(additionalImages(product, values))
                .availability(optional(product, values, AVAILABILITY, Availabilities::parse))
                .brand(text(values, BRAND))
                .gtin(optional(product, values, GTIN, Gtins::parse))
                .mpn(text(values, MPN))
                .condition(text(values, CONDITION))
                .productType(text(values, PRODUCT_TYPE))
                .itemGroupId(text(values, ITEM_GROUP_ID))
                .quantity(optional(product, values, QUANTITY, Numbers::quantity))
                .taxRate(optional(product, values, TAX_RATE, Numbers::taxRate))
                .attribute(Attribute.GOOGLE_PRODUCT_CATEGORY, text(values, GOOGLE_PRODUCT_CATEGORY))
                .attribute(Attribute.COLOR, text(values, COLOR))
                .attribute(Attribute.SIZE, text(values, SIZE))
                .attribute(Attribute.GENDER, text(values, GENDER))
                .attribute(Attribute.AGE_GROUP, text(values, AGE_GROUP))
                .attribute(Attribute.IDENTIFIER_EXISTS, optional(product, values, IDENTIFIER_EXISTS, Flags::parse))
                .attribute(Attribute.ADULT, optional(product, values, ADULT, Flags::parse))
                .attribute(Attribute.DELIVERY_METHOD, text(values, DELIVERY_METHOD));
        if (price != null) {
            product.salePrice(salePrice(product, values, price));
        }
        return product.build();
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

    private Amount salePrice(FeedProduct.Builder product, String[] values, Amount price) {
        Amount sale = optional(product, values, SALE_PRICE, Amounts::parse);
        if (sale == null) {
            return null;
        }
        if (!sale.currency().equals(price.currency())) {
            product.warning(SALE_PRICE.header(), text(values, SALE_PRICE),
                    "sale_price is in " + sale.currency() + " but price in " + price.currency() + "; ignored");
            return null;
        }
        if (sale.amount().compareTo(price.amount()) > 0) {
            product.warning(SALE_PRICE.header(), text(values, SALE_PRICE), "sale_price is higher than price; ignored");
            return null;
        }
        return sale;
    }

    private List<String> additionalImages(FeedProduct.Builder product, String[] values) {
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
            product.warning(ADDITIONAL_IMAGE_LINK.header(), String.join(",", malformed),
                    ADDITIONAL_IMAGE_LINK.header() + ": " + (malformed.size() == 1 ? "1 link is" : malformed.size()
                            + " links are") + " not an http(s) URL; left out");
        }
        if (links.size() > MAX_ADDITIONAL_IMAGES) {
            product.warning(ADDITIONAL_IMAGE_LINK.header(), cell, "more than "
                    + MAX_ADDITIONAL_IMAGES + " additional images (" + links.size() + "); kept the first "
                    + MAX_ADDITIONAL_IMAGES);
            return links.subList(0, MAX_ADDITIONAL_IMAGES);
        }
        return links;
    }

    private <T> T optional(FeedProduct.Builder product, String[] values, Column column, ValueParser<T> parser) {
        return product.optional(column.header(), text(values, column), parser);
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
}
