package com.wizamart.ordering.spi;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A product as ordering sees it.
 *
 * @param unitPrice    the gross price a customer pays now (the sale price when there is one), two decimals.
 * @param taxRate      VAT percent included in the price, e.g. {@code 17.00}.
 * @param name         the name in the language asked for ({@link ProductCatalog#findAll(UUID, java.util.Collection, String)}),
 *                     else in the product's default language.
 * @param taxCategory  the product's VAT category, by name: {@code STANDARD}, {@code REDUCED}, {@code SECOND_REDUCED},
 *                     {@code SUPER_REDUCED}, {@code PARKING} or {@code ZERO}; which of a destination's rates applies
 *                     when the order is taxed at the destination's rates. {@literal null} means {@code STANDARD}.
 * @param availability what the vendor (or its feed) says about ordering it; {@literal null} means {@code IN_STOCK}.
 */
public record CatalogProduct(UUID id, UUID vendorId, String sku, String name, BigDecimal unitPrice, String currency,
                             BigDecimal taxRate, boolean active, String taxCategory, Availability availability) {

    public CatalogProduct {
        availability = availability == null ? Availability.IN_STOCK : availability;
    }

    /** A product of the standard VAT category, in stock as far as its stock goes. */
    public CatalogProduct(UUID id, UUID vendorId, String sku, String name, BigDecimal unitPrice, String currency,
                          BigDecimal taxRate, boolean active) {
        this(id, vendorId, sku, name, unitPrice, currency, taxRate, active, null, null);
    }

    /** Whether and how a product can be ordered, whatever the units in stock. */
    public enum Availability {
        /** Ordered as far as stock is available. */
        IN_STOCK,
        /** Not orderable. */
        OUT_OF_STOCK,
        /** Orderable beyond the stock available; the units missing are backordered. */
        PREORDER,
        /** Orderable beyond the stock available; the units missing are backordered. */
        BACKORDER
    }
}
