package com.wizamart.marketplace.spi;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * Every value of a {@link FeedProduct} that staging stores, and the most it may hold. The marketplace module checks
 * each product an adapter hands over against these limits before anything of it is staged ({@link #check}); a
 * product with a value beyond its limit becomes a {@link FeedRowError} (the row, the field, the value's first
 * {@value #SHOWN_CHARACTERS} characters and what is wrong), and the rest of the feed imports. A value is never cut to fit: half an id, brand or link would be a wrong value,
 * not a shorter one. Adapters need not check anything themselves; they may use the numbers to reject or trim earlier
 * with a message of their own (Letzshop keeps the first {@value #MAX_ADDITIONAL_IMAGES} additional images with a
 * warning).
 *
 * <p>The staging columns are declared with these very numbers: a {@code varchar(n)} or {@code char(n)} column of
 * {@code marketplace_staged_products} has {@code n} = {@link #maxLength()} of the field naming it as its
 * {@link #column()} (a test compares them with the database, so one cannot change without the other). Values kept in
 * {@code text} or {@code jsonb} columns (title, description, links, additional images, raw cells) have their limit
 * here only. Lengths count characters (Unicode code points), as PostgreSQL does.
 */
public enum StagedField {

    /** The product's id at the marketplace: the staging key. */
    ID("id", "external_id", 200),
    TITLE("title", null, 500),
    DESCRIPTION("description", null, 50_000),
    LINK("link", null, 2_000),
    IMAGE_LINK("image_link", null, 2_000),
    /** Each additional image link; there are at most {@value #MAX_ADDITIONAL_IMAGES}. */
    ADDITIONAL_IMAGE_LINK("additional_image_link", null, 2_000),
    /** The name of a {@link FeedProduct.Availability}. */
    AVAILABILITY("availability", "availability", 16),
    PRICE_CURRENCY("price", "price_currency", 3),
    SALE_PRICE_CURRENCY("sale_price", "sale_currency", 3),
    BRAND("brand", "brand", 200),
    GTIN("gtin", "gtin", 14),
    MPN("mpn", "mpn", 100),
    CONDITION("condition", "condition", 50),
    GOOGLE_PRODUCT_CATEGORY("google_product_category", "google_product_category", 300),
    PRODUCT_TYPE("product_type", "product_type", 500),
    ITEM_GROUP_ID("item_group_id", "item_group_id", 200),
    COLOR("color", "color", 100),
    SIZE("size", "size", 100),
    GENDER("gender", "gender", 50),
    AGE_GROUP("age_group", "age_group", 50),
    DELIVERY_METHOD("delivery_method", "delivery_method", 100),
    /** The name of a raw column, as the feed's header has it. */
    RAW_COLUMN_NAME("column name", null, 500),
    /** A raw cell, as found (every column of the row is kept raw, unknown ones included). */
    RAW_VALUE("value", null, 100_000);

    /** Most characters of an over-long value a row error shows (the ellipsis included): enough to find the row. */
    public static final int SHOWN_CHARACTERS = 100;
    /** Additional image links one product may have. */
    public static final int MAX_ADDITIONAL_IMAGES = 10;
    /** Largest price or sale price (the columns are {@code numeric(12, 2)}); prices are never negative. */
    public static final BigDecimal MAX_AMOUNT = new BigDecimal("9999999999.99");
    /** Largest tax rate, in percent (the column, {@code numeric(5, 2)}, holds it); never negative. */
    public static final BigDecimal MAX_TAX_RATE = new BigDecimal("100");

    private final String fieldName;
    private final String column;
    private final int maxLength;

    StagedField(String fieldName, String column, int maxLength) {
        this.fieldName = fieldName;
        this.column = column;
        this.maxLength = maxLength;
    }

    /** How row errors name the field: the Google Shopping column name, which Letzshop feeds use. */
    public String fieldName() {
        return fieldName;
    }

    /**
     * The {@code marketplace_staged_products} column declared {@code varchar(maxLength)} or {@code char(maxLength)}
     * for this field, or {@literal null} when the value lives in a {@code text} or {@code jsonb} column.
     */
    public String column() {
        return column;
    }

    /** The most characters a value of this field may have. */
    public int maxLength() {
        return maxLength;
    }

    /**
     * The first value of {@code product} that staging cannot hold, as the row error that takes the product's place.
     *
     * @param product must not be {@literal null}.
     * @return empty when every value fits.
     */
    public static Optional<FeedRowError> check(FeedProduct product) {
        Checker checker = new Checker(product);
        checker.text(ID, product.externalId());
        checker.text(TITLE, product.title());
        checker.text(DESCRIPTION, product.description());
        checker.text(LINK, product.link());
        checker.text(IMAGE_LINK, product.imageLink());
        if (product.additionalImages().size() > MAX_ADDITIONAL_IMAGES) {
            checker.reject(ADDITIONAL_IMAGE_LINK.fieldName, String.join(",", product.additionalImages()),
                    "more than " + MAX_ADDITIONAL_IMAGES + " additional images (" + product.additionalImages().size()
                            + ")");
        }
        for (String image : product.additionalImages()) {
            checker.text(ADDITIONAL_IMAGE_LINK, image);
        }
        checker.text(AVAILABILITY, product.availability() == null ? null : product.availability().name());
        checker.amount(PRICE_CURRENCY, product.price());
        checker.amount(SALE_PRICE_CURRENCY, product.salePrice());
        checker.text(BRAND, product.brand());
        checker.text(GTIN, product.gtin());
        checker.text(MPN, product.mpn());
        checker.text(CONDITION, product.condition());
        checker.text(GOOGLE_PRODUCT_CATEGORY, product.googleProductCategory());
        checker.text(PRODUCT_TYPE, product.productType());
        checker.text(ITEM_GROUP_ID, product.itemGroupId());
        checker.text(COLOR, product.color());
        checker.text(SIZE, product.size());
        checker.text(GENDER, product.gender());
        checker.text(AGE_GROUP, product.ageGroup());
        checker.text(DELIVERY_METHOD, product.deliveryMethod());
        if (product.quantity() != null && product.quantity() < 0) {
            checker.reject("quantity", product.quantity().toString(), "quantity is negative");
        }
        if (product.taxRate() != null
                && (product.taxRate().signum() < 0 || product.taxRate().compareTo(MAX_TAX_RATE) > 0)) {
            checker.reject("tax_rate", product.taxRate().toPlainString(), "tax_rate is not between 0 and "
                    + MAX_TAX_RATE.toPlainString());
        }
        for (Map.Entry<String, String> cell : product.raw().entrySet()) {
            if (tooLong(cell.getKey(), RAW_COLUMN_NAME.maxLength)) {
                checker.reject(cell.getKey(), cell.getKey(), "the column name is longer than "
                        + RAW_COLUMN_NAME.maxLength + " characters (" + length(cell.getKey()) + ")");
            } else if (tooLong(cell.getValue(), RAW_VALUE.maxLength)) {
                checker.reject(cell.getKey(), cell.getValue(), cell.getKey() + " is longer than "
                        + RAW_VALUE.maxLength + " characters (" + length(cell.getValue()) + ")");
            }
        }
        return Optional.ofNullable(checker.error);
    }

    private static boolean tooLong(String value, int maxLength) {
        // a char is at most one code point: only a string longer in chars can be too long
        return value != null && value.length() > maxLength && length(value) > maxLength;
    }

    private static int length(String value) {
        return value.codePointCount(0, value.length());
    }

    /** Finds the first value beyond its limit; later checks change nothing once one is found. */
    private static final class Checker {

        private final FeedProduct product;
        private FeedRowError error;

        Checker(FeedProduct product) {
            this.product = product;
        }

        void text(StagedField field, String value) {
            if (tooLong(value, field.maxLength)) {
                reject(field.fieldName, value, field.fieldName + " is longer than " + field.maxLength
                        + " characters (" + length(value) + ")");
            }
        }

        void amount(StagedField currency, FeedProduct.Money money) {
            if (money == null) {
                return;
            }
            if (money.amount().compareTo(MAX_AMOUNT) > 0) {
                reject(currency.fieldName, money.amount().toPlainString(), currency.fieldName + " is more than "
                        + MAX_AMOUNT.toPlainString());
            }
            text(currency, money.currency());
        }

        void reject(String column, String value, String problem) {
            if (error == null) {
                String which = column.equals(ID.fieldName) ? "the product" : "product " + product.externalId();
                error = new FeedRowError(product.row(), column, firstCharacters(value),
                        problem + ": " + which + " is not imported");
            }
        }

        private static String firstCharacters(String value) {
            if (value.length() <= SHOWN_CHARACTERS) {
                return value;
            }
            int end = Character.isHighSurrogate(value.charAt(SHOWN_CHARACTERS - 2)) ? SHOWN_CHARACTERS - 2
                    : SHOWN_CHARACTERS - 1;
            return value.substring(0, end) + "…";
        }
    }
}
