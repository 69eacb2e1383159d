package com.wizamart.marketplace.spi;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The key of a marketplace-specific value of a product, with the type of its value. The well-known ones below are
 * what several marketplaces carry under these names (Google's product data vocabulary); an adapter declares others
 * with {@link #text}, {@link #flag}, {@link #number} or {@link #count}. Names are lower case, {@code [a-z][a-z0-9_]*},
 * at most {@value #MAX_NAME_LENGTH} characters.
 *
 * @param name the attribute's name, as staging keeps it and the API shows it.
 * @param type the Java type of its value: {@link String}, {@link Boolean}, {@link BigDecimal} or {@link Long}.
 */
public record Attribute<T>(String name, Class<T> type) {

    /** Longest attribute name. */
    public static final int MAX_NAME_LENGTH = 64;

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0," + (MAX_NAME_LENGTH - 1) + "}");

    public static final Attribute<String> COLOR = text("color");
    public static final Attribute<String> SIZE = text("size");
    public static final Attribute<String> GENDER = text("gender");
    public static final Attribute<String> AGE_GROUP = text("age_group");
    /** Google's product taxonomy: an id or a path such as {@code Apparel & Accessories > Clothing}. */
    public static final Attribute<String> GOOGLE_PRODUCT_CATEGORY = text("google_product_category");
    public static final Attribute<Boolean> IDENTIFIER_EXISTS = flag("identifier_exists");
    public static final Attribute<Boolean> ADULT = flag("adult");
    public static final Attribute<String> DELIVERY_METHOD = text("delivery_method");

    public Attribute {
        Objects.requireNonNull(name, "name");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("attribute name must match " + NAME.pattern() + ": " + name);
        }
        if (type != String.class && type != Boolean.class && type != BigDecimal.class && type != Long.class) {
            throw new IllegalArgumentException("attribute type must be String, Boolean, BigDecimal or Long");
        }
    }

    public static Attribute<String> text(String name) {
        return new Attribute<>(name, String.class);
    }

    public static Attribute<Boolean> flag(String name) {
        return new Attribute<>(name, Boolean.class);
    }

    public static Attribute<BigDecimal> number(String name) {
        return new Attribute<>(name, BigDecimal.class);
    }

    public static Attribute<Long> count(String name) {
        return new Attribute<>(name, Long.class);
    }
}
