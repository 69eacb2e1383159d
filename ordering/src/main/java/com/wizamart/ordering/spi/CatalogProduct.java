package com.wizamart.ordering.spi;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A product as ordering sees it.
 *
 * @param unitPrice the gross price a customer pays now (the sale price when there is one), two decimals.
 * @param taxRate   VAT percent included in the price, e.g. {@code 17.00}.
 * @param name      the name in the product's default language.
 * @param availability what the vendor (or its feed) says about ordering it; never {@literal null}.
 */
public record CatalogProduct(UUID id, UUID vendorId, String sku, String name, BigDecimal unitPrice, String currency,
                             BigDecimal taxRate, boolean active, Availability availability) {

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
