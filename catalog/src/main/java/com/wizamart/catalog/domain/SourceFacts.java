package com.wizamart.catalog.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a marketplace feed says about a product, cut to what a catalog product holds. Values are made to fit: texts
 * are cut to their maximum length, languages other than the catalog's are dropped, a sale price that is not below
 * the price is no sale, and image URLs that are not http(s) are left out.
 *
 * @param names        title per language; at least one.
 * @param quantity     units in stock; {@literal null} when the feed does not say (the stock is then left alone).
 * @param taxRate      VAT percent; {@literal null} when the feed does not say (the product keeps its own).
 * @param availability {@literal null} when the feed does not say (the product keeps its own).
 */
public record SourceFacts(Map<String, String> names, Map<String, String> descriptions, BigDecimal price,
                          BigDecimal salePrice, String currency, BigDecimal taxRate, String brand, String gtin,
                          List<String> images, String categoryPath, Integer quantity, Availability availability) {

    public SourceFacts {
        names = texts(names, ProductRules.MAX_NAME);
        if (names.isEmpty()) {
            throw new IllegalArgumentException("a source product has a title");
        }
        descriptions = texts(descriptions, ProductRules.MAX_DESCRIPTION);
        Objects.requireNonNull(price, "price");
        price = price.setScale(2, RoundingMode.HALF_UP);
        salePrice = salePrice == null || salePrice.compareTo(price) >= 0 ? null
                : salePrice.setScale(2, RoundingMode.HALF_UP);
        Objects.requireNonNull(currency, "currency");
        taxRate = taxRate == null || taxRate.signum() < 0 || taxRate.compareTo(new BigDecimal("99.99")) > 0 ? null
                : taxRate.setScale(2, RoundingMode.HALF_UP);
        brand = cut(brand, ProductRules.MAX_BRAND);
        gtin = gtin != null && ProductRules.isGtin(gtin) ? gtin : null;
        images = images == null ? List.of() : images.stream().filter(ProductRules::isImageUrl).distinct()
                .limit(ProductRules.MAX_IMAGES).toList();
        categoryPath = cut(categoryPath, ProductRules.MAX_CATEGORY_PATH);
        quantity = quantity == null || quantity < 0 ? null : quantity;
    }

    /** The value (as text) of every field the feed fills, for comparing with a product. */
    Map<ProductField, String> values() {
        Map<ProductField, String> values = new LinkedHashMap<>();
        values.put(ProductField.PRICE, Prices.text(price));
        values.put(ProductField.CURRENCY, currency);
        values.put(ProductField.SALE_PRICE, Prices.text(salePrice));
        if (taxRate != null) {
            values.put(ProductField.TAX_RATE, Prices.text(taxRate));
        }
        values.put(ProductField.BRAND, brand);
        values.put(ProductField.GTIN, gtin);
        values.put(ProductField.IMAGES, ProductField.imagesText(images));
        values.put(ProductField.CATEGORY_PATH, categoryPath);
        if (quantity != null) {
            values.put(ProductField.QUANTITY, quantity.toString());
        }
        if (availability != null) {
            values.put(ProductField.AVAILABILITY, availability.name());
        }
        names.forEach((language, name) -> values.put(ProductField.nameIn(language), name));
        for (String language : Languages.SUPPORTED) {
            values.put(ProductField.descriptionIn(language), descriptions.get(language));
        }
        return values;
    }

    private static Map<String, String> texts(Map<String, String> byLanguage, int max) {
        Map<String, String> result = new LinkedHashMap<>();
        if (byLanguage != null) {
            for (String language : Languages.SUPPORTED) {
                String text = cut(byLanguage.get(language), max);
                if (text != null) {
                    result.put(language, text);
                }
            }
        }
        return Map.copyOf(result);
    }

    private static String cut(String text, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String stripped = text.strip();
        return stripped.length() <= max ? stripped : stripped.substring(0, max).strip();
    }
}
