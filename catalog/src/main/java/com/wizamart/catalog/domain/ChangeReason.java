package com.wizamart.catalog.domain;

/**
 * Why a change of an import refresh was not applied: a stable code, with the message shown when nothing more specific
 * is known.
 */
public enum ChangeReason {
    /** The vendor locked the field. */
    FIELD_LOCKED("The field is locked: imports leave it as it is."),
    /** The vendor rejected this very value in an earlier refresh, and the feed still presents it. */
    VALUE_REJECTED("You rejected this value in an earlier refresh; it stays rejected while the feed presents it."),
    /** The vendor's settings give people in the platform the last word over stock. */
    PLATFORM_OWNS_STOCK("Stock is managed in the platform (catalog settings: stockOwner PLATFORM)."),
    /** The vendor's settings give people in the platform the last word over prices. */
    PLATFORM_OWNS_PRICE("Prices are managed in the platform (catalog settings: priceOwner PLATFORM)."),
    /** The field changed since the refresh was planned (an edit, a count, a sale or a newer import). */
    CHANGED_SINCE_PLANNED("The field changed since the refresh was planned."),
    /** The product was deleted since the refresh was planned. */
    PRODUCT_DELETED("The product was deleted."),
    /** The new prices would put the sale price above the price. */
    SALE_PRICE_ABOVE_PRICE("It would put the sale price above the price."),
    /** The feed prices the product in another currency than the product's: a refresh never switches it. */
    OTHER_CURRENCY("The feed prices the product in another currency; a refresh never switches a product's currency."),
    /** Open orders hold more units at the feed location than the feed's quantity. */
    STOCK_RESERVED("Open orders hold more units at the feed location than the feed's quantity."),
    /** The vendor rejected the held refresh. */
    REFRESH_REJECTED("You rejected the refresh.");

    private final String message;

    ChangeReason(String message) {
        this.message = message;
    }

    /** The message shown when the change carries no more specific one. */
    public String message() {
        return message;
    }
}
