package com.wizamart.catalog.domain;

import java.util.Map;
import java.util.UUID;

import com.wizamart.sharedkernel.DomainException;

/** The catalog's business errors, each with its stable error code. */
public final class CatalogException extends DomainException {

    private CatalogException(Kind kind, String code, String message, Map<String, Object> details) {
        super(kind, code, message, details);
    }

    public static CatalogException productNotFound() {
        return new CatalogException(Kind.NOT_FOUND, "PRODUCT_NOT_FOUND", "Product not found.", Map.of());
    }

    public static CatalogException stagedProductNotFound() {
        return new CatalogException(Kind.NOT_FOUND, "MARKETPLACE_PRODUCT_NOT_FOUND", "Marketplace product not found.",
                Map.of());
    }

    public static CatalogException skuTaken(String sku) {
        return new CatalogException(Kind.CONFLICT, "SKU_ALREADY_EXISTS",
                "Another product already has the SKU '" + sku + "'.", Map.of("sku", sku));
    }

    public static CatalogException alreadyPublished(UUID productId) {
        return new CatalogException(Kind.CONFLICT, "PRODUCT_ALREADY_PUBLISHED",
                "This marketplace product is already published.", Map.of("productId", productId.toString()));
    }

    public static CatalogException notLockable(String field) {
        return new CatalogException(Kind.VALIDATION, "FIELD_NOT_LOCKABLE",
                "'" + field + "' is not a field an import fills; lockable fields are " + ProductField.lockableKeys()
                        + ".", Map.of("lockableFields", ProductField.lockableKeys()));
    }

    public static CatalogException noSource() {
        return new CatalogException(Kind.CONFLICT, "PRODUCT_HAS_NO_SOURCE",
                "The product was not published from an import, so no import ever changes it.", Map.of());
    }

    /** A product priced in another currency than the one the shop sells in. */
    public static CatalogException currencyNotAccepted(String currency, String shopCurrency) {
        return new CatalogException(Kind.VALIDATION, "CURRENCY_NOT_ACCEPTED",
                "This shop sells in " + shopCurrency + "; a product priced in " + currency + " cannot be sold in it.",
                Map.of("currency", currency, "shopCurrency", shopCurrency));
    }

    /** The shop's currency cannot change while products are priced in another one: no price is ever converted. */
    public static CatalogException shopCurrencyInUse(String requested, long productsInOtherCurrencies) {
        return new CatalogException(Kind.CONFLICT, "SHOP_CURRENCY_IN_USE",
                productsInOtherCurrencies + " product(s) are priced in another currency than " + requested
                        + "; prices are never converted, so the shop's currency can change only while every product"
                        + " is priced in the new one (or there are none).",
                Map.of("currency", requested, "productsInOtherCurrencies", productsInOtherCurrencies));
    }

    public static CatalogException concurrentModification() {
        return new CatalogException(Kind.CONFLICT, "CONCURRENT_MODIFICATION",
                "The product was changed by someone else; reload and try again.", Map.of());
    }

    public static CatalogException refreshNotFound() {
        return new CatalogException(Kind.NOT_FOUND, "CATALOG_REFRESH_NOT_FOUND", "Catalog refresh not found.",
                Map.of());
    }

    public static CatalogException refreshNotFailed(RefreshStatus status) {
        return new CatalogException(Kind.CONFLICT, "CATALOG_REFRESH_NOT_FAILED",
                "Only a failed refresh can be retried; this one is " + status + ".",
                Map.of("currentStatus", status.name()));
    }

    public static CatalogException refreshNotHeld(RefreshStatus status) {
        return new CatalogException(Kind.CONFLICT, "CATALOG_REFRESH_NOT_HELD",
                "Only a held refresh can be approved or rejected; this one is " + status + ".",
                Map.of("currentStatus", status.name()));
    }
}
