package com.wizamart.catalog.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.wizamart.sharedkernel.FieldViolation;
import com.wizamart.sharedkernel.ValidationException;

/**
 * What makes a product valid: a SKU; a name in the default language; a price, currency and tax rate; a sale price,
 * if any, not above the price; texts, images and codes within their limits. Violations name the field as the API
 * does ({@code names.fr}, {@code images[2]}).
 */
public final class ProductRules {

    public static final int MAX_SKU = 100;
    public static final int MAX_NAME = 500;
    public static final int MAX_DESCRIPTION = 20_000;
    public static final int MAX_BRAND = 200;
    public static final int MAX_CATEGORY_PATH = 500;
    public static final int MAX_IMAGES = 20;
    public static final int MAX_URL = 2_000;
    private static final Pattern GTIN = Pattern.compile("\\d{8}|\\d{12,14}");
    private static final Pattern SKU = Pattern.compile("[^\\p{Cntrl}]+");

    private ProductRules() {
    }

    /** @return every rule the product breaks, in field order; empty when it is valid. */
    static List<FieldViolation> violations(Product p) {
        List<FieldViolation> v = new ArrayList<>();
        String sku = p.sku();
        if (sku == null || sku.isBlank()) {
            v.add(new FieldViolation("sku", "must not be blank"));
        } else if (sku.length() > MAX_SKU || !SKU.matcher(sku).matches()) {
            v.add(new FieldViolation("sku", "must be at most " + MAX_SKU + " characters without control characters"));
        }
        Map<String, String> names = p.names();
        if (names.isEmpty() || !names.containsKey(p.defaultLanguage())) {
            v.add(new FieldViolation("name", "must not be blank"));
        }
        names.forEach((language, name) -> {
            if (name.length() > MAX_NAME) {
                v.add(new FieldViolation("names." + language, "must be at most " + MAX_NAME + " characters"));
            }
        });
        p.descriptions().forEach((language, text) -> {
            if (text.length() > MAX_DESCRIPTION) {
                v.add(new FieldViolation("descriptions." + language,
                        "must be at most " + MAX_DESCRIPTION + " characters"));
            }
        });
        if (p.price() == null) {
            v.add(new FieldViolation("price", "must not be null"));
        } else if (p.salePrice() != null && p.salePrice().compareTo(p.price()) > 0) {
            v.add(new FieldViolation("salePrice", "must not be above the price"));
        }
        try {
            Prices.currency("currency", p.currency());
        } catch (ValidationException e) {
            v.addAll(e.violations());
        }
        if (p.taxRate() == null) {
            v.add(new FieldViolation("taxRate", "must not be null"));
        }
        if (p.brand() != null && p.brand().length() > MAX_BRAND) {
            v.add(new FieldViolation("brand", "must be at most " + MAX_BRAND + " characters"));
        }
        if (p.gtin() != null && !isGtin(p.gtin())) {
            v.add(new FieldViolation("gtin", "must be a GTIN of 8, 12, 13 or 14 digits with a valid check digit"));
        }
        List<String> images = p.images();
        if (images.size() > MAX_IMAGES) {
            v.add(new FieldViolation("images", "must be at most " + MAX_IMAGES + " URLs"));
        }
        for (int i = 0; i < images.size(); i++) {
            if (!isImageUrl(images.get(i))) {
                v.add(new FieldViolation("images[" + i + "]", "must be an http(s) URL of at most " + MAX_URL
                        + " characters"));
            }
        }
        if (p.categoryPath() != null && p.categoryPath().length() > MAX_CATEGORY_PATH) {
            v.add(new FieldViolation("categoryPath", "must be at most " + MAX_CATEGORY_PATH + " characters"));
        }
        return v;
    }

    /** @throws ValidationException naming every rule the product breaks. */
    static void validate(Product product) {
        List<FieldViolation> v = violations(product);
        if (!v.isEmpty()) {
            throw new ValidationException(v);
        }
    }

    /** @return whether the value is a GTIN-8/12/13/14 with a valid check digit. */
    public static boolean isGtin(String value) {
        if (value == null || !GTIN.matcher(value).matches()) {
            return false;
        }
        int sum = 0;
        for (int i = value.length() - 2, weight = 3; i >= 0; i--, weight = 4 - weight) {
            sum += (value.charAt(i) - '0') * weight;
        }
        return (10 - sum % 10) % 10 == value.charAt(value.length() - 1) - '0';
    }

    /** @return whether the value is an http(s) URL of at most {@link #MAX_URL} characters on one line. */
    public static boolean isImageUrl(String url) {
        return url != null && url.length() <= MAX_URL && !url.contains("\n")
                && (url.startsWith("https://") || url.startsWith("http://"));
    }

    /**
     * Texts per language, as a request gives them.
     *
     * @param field the request's field, e.g. {@code names}.
     * @return the texts stripped, in the order given; empty for {@literal null}.
     * @throws ValidationException naming {@code field.xx} for each language not supported and each blank text.
     */
    static Map<String, String> languageMap(String field, Map<String, String> texts) {
        Map<String, String> result = new LinkedHashMap<>();
        if (texts == null) {
            return result;
        }
        List<FieldViolation> v = new ArrayList<>();
        texts.forEach((language, text) -> {
            if (!Languages.isSupported(language)) {
                v.add(new FieldViolation(field + "." + language, "language must be one of "
                        + String.join(", ", Languages.SUPPORTED)));
            } else if (text == null || text.isBlank()) {
                v.add(new FieldViolation(field + "." + language, "must not be blank"));
            } else {
                result.put(language, text.strip());
            }
        });
        if (!v.isEmpty()) {
            throw new ValidationException(v);
        }
        return result;
    }

    /**
     * @return the text stripped.
     * @throws ValidationException naming {@code field} when it is blank.
     */
    static String requireText(String field, String text) {
        if (text.isBlank()) {
            throw ValidationException.of(field, "must not be blank");
        }
        return text.strip();
    }
}
