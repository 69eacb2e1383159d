package com.wizamart.marketplace.googlemerchant;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The attributes of Google's product data specification that this adapter maps, by their technical names (the XML
 * element's local name in the {@code g:} namespace, the text feed's column name). Every other attribute is kept raw
 * only.
 */
enum GoogleAttribute {

    ID, TITLE, DESCRIPTION, LINK, IMAGE_LINK,
    /** Repeated: one element per image in XML, comma-separated in a text feed. */
    ADDITIONAL_IMAGE_LINK(true),
    AVAILABILITY, PRICE, SALE_PRICE, BRAND, GTIN, MPN, CONDITION, GOOGLE_PRODUCT_CATEGORY, PRODUCT_TYPE,
    ITEM_GROUP_ID, COLOR, SIZE, GENDER, AGE_GROUP, IDENTIFIER_EXISTS, ADULT,
    /** Repeated and nested: country, region (or postal code, location), service, price, handling and transit times. */
    SHIPPING(true),
    SHIPPING_WEIGHT, SELL_ON_GOOGLE_QUANTITY;

    private static final Map<String, GoogleAttribute> BY_NAME = new HashMap<>();

    static {
        for (GoogleAttribute attribute : values()) {
            BY_NAME.put(attribute.technicalName, attribute);
        }
    }

    private final String technicalName = name().toLowerCase(Locale.ROOT);
    private final boolean repeated;

    GoogleAttribute() {
        this(false);
    }

    GoogleAttribute(boolean repeated) {
        this.repeated = repeated;
    }

    /** The name in Google's specification, e.g. {@code image_link}. */
    String technicalName() {
        return technicalName;
    }

    /** Whether a product may carry it several times. */
    boolean repeated() {
        return repeated;
    }

    /** @return the attribute of that technical name (exact, lower case), or {@literal null}. */
    static GoogleAttribute named(String technicalName) {
        return BY_NAME.get(technicalName);
    }
}
