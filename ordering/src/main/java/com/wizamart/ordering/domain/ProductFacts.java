package com.wizamart.ordering.domain;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * What ordering needs of a product to price it: a copy of the catalog's current figures.
 *
 * @param availability never {@literal null}.
 */
public record ProductFacts(UUID id, String sku, String name, BigDecimal unitPrice, String currency, BigDecimal taxRate,
                           boolean active, Availability availability) {

    /** What the vendor says about ordering the product, whatever the units in stock. */
    public enum Availability {
        /** Ordered as far as stock is available. */
        IN_STOCK,
        /** Not orderable. */
        OUT_OF_STOCK,
        /** Not released yet; orderable beyond the stock, the units missing backordered. */
        PREORDER,
        /** Orderable beyond the stock, the units missing backordered. */
        BACKORDER;

        /** Whether an order may ask for more units than are available (the rest is backordered). */
        public boolean backorderable() {
            return this == PREORDER || this == BACKORDER;
        }
    }

    public ProductFacts {
        availability = availability == null ? Availability.IN_STOCK : availability;
    }

    public boolean backorderable() {
        return availability.backorderable();
    }
}
