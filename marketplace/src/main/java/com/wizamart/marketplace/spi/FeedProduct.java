package com.wizamart.marketplace.spi;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A product as a feed describes it, normalized. Texts are in the feed's language; facts (price, stock, GTIN) are
 * language-independent and the latest import wins. {@code raw} keeps every column of the row as found, unknown ones
 * included. Each value has a limit ({@link StagedField}); the importer makes a product with a value beyond its limit
 * a row error, so an adapter need not check them.
 *
 * @param row               line number of the row.
 * @param externalId        the product's id at the marketplace (the staging key with vendor and marketplace).
 * @param title             localized title; never blank.
 * @param description       localized description (may hold HTML); may be {@literal null}.
 * @param price             the regular price; never {@literal null}.
 * @param salePrice         a sale price, if any.
 * @param availability      normalized availability.
 * @param gtin              a GTIN whose check digit is valid, or {@literal null}.
 * @param additionalImages  extra image URLs, in order.
 * @param identifierExists  {@literal null} when the feed does not say.
 * @param adult             {@literal null} when the feed does not say.
 * @param quantity          units in stock, if the feed says.
 * @param taxRate           VAT percent, if the feed says.
 * @param warnings          optional values that were dropped because they were malformed or beyond their limit
 *                          (the row is still imported without them); each one a {@link FeedRowError.Severity#WARNING}
 *                          (given otherwise, made one).
 */
public record FeedProduct(long row, String externalId, String title, String description, String link,
                          String imageLink, List<String> additionalImages, Availability availability, Money price,
                          Money salePrice, String brand, String gtin, String mpn, String condition,
                          String googleProductCategory, String productType, String itemGroupId, String color,
                          String size, String gender, String ageGroup, Boolean identifierExists, Boolean adult,
                          Integer quantity, BigDecimal taxRate, String deliveryMethod, Map<String, String> raw,
                          List<FeedRowError> warnings) implements FeedRecord {

    public FeedProduct {
        if (externalId == null || externalId.isBlank()) {
            throw new IllegalArgumentException("externalId must not be blank");
        }
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("title must not be blank");
        }
        if (price == null) {
            throw new IllegalArgumentException("price must not be null");
        }
        additionalImages = additionalImages == null ? List.of() : List.copyOf(additionalImages);
        raw = raw == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(raw));
        warnings = warnings == null ? List.of() : warnings.stream().map(FeedRowError::asWarning).toList();
    }

    /** Normalized availability of a product. */
    public enum Availability { IN_STOCK, OUT_OF_STOCK, PREORDER, BACKORDER }

    /**
     * An amount of money with two decimals.
     *
     * @param amount   never negative, scale 2.
     * @param currency ISO 4217 code, upper case.
     */
    public record Money(BigDecimal amount, String currency) {

        public Money {
            if (amount == null || amount.signum() < 0) {
                throw new IllegalArgumentException("amount must be >= 0");
            }
            if (currency == null || !currency.matches("[A-Z]{3}")) {
                throw new IllegalArgumentException("currency must be an ISO 4217 code");
            }
            amount = amount.setScale(2, java.math.RoundingMode.HALF_UP);
        }
    }
}
