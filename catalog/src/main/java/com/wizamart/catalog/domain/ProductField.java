package com.wizamart.catalog.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Field keys of a product, as field changes, locks and {@code ProductUpdated} events name them. Texts are per
 * language: {@code name.fr}, {@code description.de}.
 *
 * <p>A field an import fills can be <em>locked</em>: a later import never overwrites it. Editing such a field by hand
 * locks it. {@code currency} follows the {@code price} lock; {@code sku}, {@code taxCategory}, {@code active} and
 * {@code featured} are the vendor's alone (imports never touch them), so they have no lock.
 */
public final class ProductField {

    public static final String SKU = "sku";
    public static final String PRICE = "price";
    public static final String CURRENCY = "currency";
    public static final String SALE_PRICE = "salePrice";
    public static final String TAX_RATE = "taxRate";
    /** The VAT category; the vendor's alone (feeds carry none), so it has no lock. */
    public static final String TAX_CATEGORY = "taxCategory";
    public static final String BRAND = "brand";
    public static final String GTIN = "gtin";
    public static final String IMAGES = "images";
    public static final String CATEGORY_PATH = "categoryPath";
    /** The feed's (or the vendor's) {@link Availability}. */
    public static final String AVAILABILITY = "availability";
    /** The stock the feed gives; applied through inventory. */
    public static final String QUANTITY = "quantity";
    public static final String ACTIVE = "active";
    public static final String FEATURED = "featured";

    private static final String NAME_PREFIX = "name.";
    private static final String DESCRIPTION_PREFIX = "description.";
    private static final Set<String> LOCKABLE_FACTS = Set.of(PRICE, SALE_PRICE, TAX_RATE, BRAND, GTIN, IMAGES,
            CATEGORY_PATH, QUANTITY, AVAILABILITY);

    /** What a change is about, for the summaries of imports. */
    public enum Kind { PRICE, TITLE, DESCRIPTION, STOCK, OTHER }

    private ProductField() {
    }

    public static String name(String language) {
        return NAME_PREFIX + language;
    }

    public static String description(String language) {
        return DESCRIPTION_PREFIX + language;
    }

    /** @return the language of a {@code name.xx} or {@code description.xx} key, or {@literal null}. */
    static String languageOf(String field) {
        if (field.startsWith(NAME_PREFIX)) {
            return field.substring(NAME_PREFIX.length());
        }
        if (field.startsWith(DESCRIPTION_PREFIX)) {
            return field.substring(DESCRIPTION_PREFIX.length());
        }
        return null;
    }

    static boolean isName(String field) {
        return field.startsWith(NAME_PREFIX);
    }

    static boolean isDescription(String field) {
        return field.startsWith(DESCRIPTION_PREFIX);
    }

    /** Every key a lock may name, in a stable order. */
    public static List<String> lockable() {
        List<String> keys = new ArrayList<>(List.of(PRICE, SALE_PRICE, TAX_RATE, BRAND, GTIN, IMAGES, CATEGORY_PATH,
                QUANTITY, AVAILABILITY));
        Languages.SUPPORTED.forEach(l -> keys.add(name(l)));
        Languages.SUPPORTED.forEach(l -> keys.add(description(l)));
        return keys;
    }

    public static boolean isLockable(String field) {
        if (field == null) {
            return false;
        }
        String language = languageOf(field);
        return language != null ? Languages.isSupported(language) : LOCKABLE_FACTS.contains(field);
    }

    /** @return the lock that guards {@code field}, or {@literal null} when none does. */
    static String lockOf(String field) {
        if (CURRENCY.equals(field)) {
            return PRICE;
        }
        return isLockable(field) ? field : null;
    }

    public static Kind kindOf(String field) {
        if (PRICE.equals(field) || SALE_PRICE.equals(field) || CURRENCY.equals(field)) {
            return Kind.PRICE;
        }
        if (isName(field)) {
            return Kind.TITLE;
        }
        if (isDescription(field)) {
            return Kind.DESCRIPTION;
        }
        return QUANTITY.equals(field) ? Kind.STOCK : Kind.OTHER;
    }
}
