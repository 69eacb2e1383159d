package com.wizamart.marketplace.spi;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every value of a {@link FeedProduct} that staging stores, and the most it may hold. The marketplace module checks
 * each product an adapter hands over against these limits before anything of it is staged ({@link #fit}): a product
 * whose id, title or price is beyond its limit becomes a {@link FeedRowError} (the row, the field, the value's first
 * {@value #SHOWN_CHARACTERS} characters and what is wrong), and the rest of the feed imports; an optional value
 * beyond its limit is dropped with a warning of the same shape and the product is staged without it. A value is never
 * cut to fit: half an id, brand or link would be a wrong value, not a shorter one. Adapters need not check anything
 * themselves; they may use the numbers to reject or trim earlier with a message of their own (Letzshop keeps the
 * first {@value #MAX_ADDITIONAL_IMAGES} additional images with a warning).
 *
 * <p>The staging columns are declared with these very numbers: a {@code varchar(n)} or {@code char(n)} column of
 * {@code marketplace_staged_products} has {@code n} = {@link #maxLength()} of the field naming it as its
 * {@link #column()} (a test compares them with the database, so one cannot change without the other). Values kept in
 * {@code text}, {@code text[]} or {@code jsonb} columns (title, description, links, additional images, attributes, raw
 * values) have their limit here only. Lengths count characters (Unicode code points), as PostgreSQL does.
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
    /** The name of an {@link FeedAvailability}. */
    AVAILABILITY("availability", "availability", 16),
    PRICE_CURRENCY("price", "price_currency", 3),
    SALE_PRICE_CURRENCY("sale_price", "sale_currency", 3),
    BRAND("brand", "brand", 200),
    GTIN("gtin", "gtin", 14),
    MPN("mpn", "mpn", 100),
    CONDITION("condition", "condition", 50),
    PRODUCT_TYPE("product_type", "product_type", 500),
    ITEM_GROUP_ID("item_group_id", "item_group_id", 200),
    /** A text {@link Attribute}'s value; there are at most {@value #MAX_ATTRIBUTES} attributes. */
    ATTRIBUTE_VALUE("attribute", null, 1_000),
    /** The name of a raw value, as the source has it. */
    RAW_NAME("raw name", null, 500),
    /** A raw value, as found (every value of the record is kept raw, unknown ones included). */
    RAW_VALUE("value", null, 100_000);

    /** Most characters of an over-long value a row error shows (the ellipsis included): enough to find the row. */
    public static final int SHOWN_CHARACTERS = 100;
    /** Most digits a number attribute may have before, and after, its decimal point. */
    public static final int MAX_NUMBER_DIGITS = 15;
    /** Attributes one product may have. */
    public static final int MAX_ATTRIBUTES = 50;
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

    /** How row errors and {@link MarketplaceAdapter#fields()} name the field (Google's product data names). */
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
     * The product as staging can hold it. A required value (id, title, price) beyond its limit makes the product the
     * row error that takes its place; an optional value beyond its limit is dropped (never cut: half a brand or link
     * would be a wrong value, not a shorter one) with a {@link FeedRowError.Severity#WARNING} among the product's
     * warnings, and the product is staged without it.
     *
     * @param product must not be {@literal null}.
     * @return the product itself when every value fits; a copy without the values that do not, with a warning each;
     *         or the row error.
     */
    public static FeedRecord fit(FeedProduct product) {
        // first only looked at (most products fit as they are), built again only when something must go
        FeedRecord looked = fit(product, false);
        return looked != null ? looked : fit(product, true);
    }

    /**
     * @param build whether to build the fitted copy; when not, answers {@literal null} instead of the copy (the
     *              product itself or the row error are answered either way).
     */
    private static FeedRecord fit(FeedProduct product, boolean build) {
        Fitting f = new Fitting(product);
        if (f.required(ID, product.externalId()) || f.required(TITLE, product.title())
                || f.requiredAmount(PRICE_CURRENCY, product.price())) {
            return f.error;
        }
        // looking only: a builder of nothing, its values thrown away
        FeedProduct.Builder b = build ? product.toBuilder() : FeedProduct.at(product.position());
        b.description(f.optional(DESCRIPTION, product.description()));
        b.link(f.optional(LINK, product.link()));
        b.imageLink(f.optional(IMAGE_LINK, product.imageLink()));
        List<String> images = new ArrayList<>();
        for (String image : product.additionalImages()) {
            String kept = f.optional(ADDITIONAL_IMAGE_LINK, image);
            if (kept != null) {
                images.add(kept);
            }
        }
        if (images.size() > MAX_ADDITIONAL_IMAGES) {
            f.drop(ADDITIONAL_IMAGE_LINK.fieldName, String.join(",", images), "more than " + MAX_ADDITIONAL_IMAGES
                    + " additional images (" + images.size() + "); kept the first " + MAX_ADDITIONAL_IMAGES);
            images = new ArrayList<>(images.subList(0, MAX_ADDITIONAL_IMAGES));
        }
        b.additionalImages(images);
        String availability = f.optional(AVAILABILITY,
                product.availability() == null ? null : product.availability().name());
        b.availability(availability == null ? null : product.availability());
        b.salePrice(f.optionalAmount(SALE_PRICE_CURRENCY, product.salePrice()));
        b.brand(f.optional(BRAND, product.brand()));
        b.gtin(f.optional(GTIN, product.gtin()));
        b.mpn(f.optional(MPN, product.mpn()));
        b.condition(f.optional(CONDITION, product.condition()));
        b.productType(f.optional(PRODUCT_TYPE, product.productType()));
        b.itemGroupId(f.optional(ITEM_GROUP_ID, product.itemGroupId()));
        Integer quantity = product.quantity();
        if (quantity != null && quantity < 0) {
            f.drop("quantity", quantity.toString(), "quantity is negative");
            b.quantity(null);
        }
        BigDecimal taxRate = product.taxRate();
        if (taxRate != null && (taxRate.signum() < 0 || taxRate.compareTo(MAX_TAX_RATE) > 0)) {
            f.drop("tax_rate", taxRate.toPlainString(), "tax_rate is not between 0 and " + MAX_TAX_RATE.toPlainString());
            b.taxRate(null);
        }
        int attributes = 0;
        for (Map.Entry<String, Object> attribute : product.attributes().asMap().entrySet()) {
            String name = attribute.getKey();
            Object value = attribute.getValue();
            if (++attributes > MAX_ATTRIBUTES) {
                f.drop(name, String.valueOf(value), "more than " + MAX_ATTRIBUTES + " attributes; " + name
                        + " left out");
                b.withoutAttribute(name);
            } else if (value instanceof String text && tooLong(text, ATTRIBUTE_VALUE.maxLength)) {
                f.drop(name, text, name + " is longer than " + ATTRIBUTE_VALUE.maxLength + " characters ("
                        + length(text) + ")");
                b.withoutAttribute(name);
            } else if (value instanceof BigDecimal number
                    && (number.precision() - number.scale() > MAX_NUMBER_DIGITS || number.scale() > MAX_NUMBER_DIGITS)) {
                // toString, not toPlainString: 1E+999999999 would be a billion digits
                f.drop(name, number.toString(), name + " has more than " + MAX_NUMBER_DIGITS
                        + " digits before or after the decimal point");
                b.withoutAttribute(name);
            }
        }
        Map<String, String> raw = build ? new LinkedHashMap<>() : null;
        for (Map.Entry<String, String> cell : product.raw().entrySet()) {
            if (tooLong(cell.getKey(), RAW_NAME.maxLength)) {
                f.drop(cell.getKey(), cell.getKey(), "the raw name is longer than " + RAW_NAME.maxLength
                        + " characters (" + length(cell.getKey()) + ")");
            } else if (tooLong(cell.getValue(), RAW_VALUE.maxLength)) {
                f.drop(cell.getKey(), cell.getValue(), cell.getKey() + " is longer than " + RAW_VALUE.maxLength
                        + " characters (" + length(cell.getValue()) + ")");
            } else if (build) {
                raw.put(cell.getKey(), cell.getValue());
            }
        }
        if (f.dropped.isEmpty()) {
            return product;
        }
        if (!build) {
            return null;
        }
        b.raw(raw);
        f.dropped.forEach(w -> b.warning(w.field(), w.value(), w.message()));
        return b.build();
    }

    private static boolean tooLong(String value, int maxLength) {
        // a char is at most one code point: only a string longer in chars can be too long
        return value != null && value.length() > maxLength && length(value) > maxLength;
    }

    private static int length(String value) {
        return value.codePointCount(0, value.length());
    }

    /**
     * Decides value by value, each looked at once: a required value beyond its limit is the row's error, an optional
     * one is dropped with a warning.
     */
    private static final class Fitting {

        private final FeedProduct product;
        private final List<FeedRowError> dropped = new ArrayList<>();
        private FeedRowError error;

        Fitting(FeedProduct product) {
            this.product = product;
        }

        /** @return whether the value is beyond its limit (then {@link #error} is the row's error). */
        boolean required(StagedField field, String value) {
            if (tooLong(value, field.maxLength)) {
                reject(field.fieldName, value, field.fieldName + " is longer than " + field.maxLength
                        + " characters (" + length(value) + ")");
                return true;
            }
            return false;
        }

        boolean requiredAmount(StagedField currency, Amount money) {
            if (money.amount().compareTo(MAX_AMOUNT) > 0) {
                reject(currency.fieldName, money.amount().toPlainString(), currency.fieldName + " is more than "
                        + MAX_AMOUNT.toPlainString());
                return true;
            }
            return required(currency, money.currency());
        }

        /** @return the value, or {@literal null} when it is beyond its limit (dropped with a warning). */
        String optional(StagedField field, String value) {
            if (tooLong(value, field.maxLength)) {
                drop(field.fieldName, value, field.fieldName + " is longer than " + field.maxLength
                        + " characters (" + length(value) + ")");
                return null;
            }
            return value;
        }

        Amount optionalAmount(StagedField currency, Amount money) {
            if (money == null) {
                return null;
            }
            if (money.amount().compareTo(MAX_AMOUNT) > 0) {
                drop(currency.fieldName, money.amount().toPlainString(), currency.fieldName + " is more than "
                        + MAX_AMOUNT.toPlainString());
                return null;
            }
            return optional(currency, money.currency()) == null ? null : money;
        }

        void drop(String column, String value, String problem) {
            dropped.add(FeedRowError.warning(product.position(), column, firstCharacters(value),
                    problem + ": product " + product.externalId() + " is imported without it"));
        }

        void reject(String column, String value, String problem) {
            String which = column.equals(ID.fieldName) ? "the product" : "product " + product.externalId();
            error = new FeedRowError(product.position(), column, firstCharacters(value), problem + ": " + which
                    + " is not imported");
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
