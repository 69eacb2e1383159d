package com.wizamart.ordering.domain;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * What ordering needs of a product to price it: a copy of the catalog's current figures.
 *
 * @param taxRate      the VAT percent its price includes in the shop's own country.
 * @param vatCategory  which rate of a destination applies when VAT is charged at the destination's rates.
 * @param availability never {@literal null}.
 */
public record ProductFacts(UUID id, String sku, String name, BigDecimal unitPrice, String currency, BigDecimal taxRate,
                           boolean active, VatCategory vatCategory, Availability availability) {

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
        vatCategory = vatCategory == null ? VatCategory.DEFAULT : vatCategory;
        availability = availability == null ? Availability.IN_STOCK : availability;
    }

    /** A product of the default VAT category, in stock as far as its stock goes. */
    public ProductFacts(UUID id, String sku, String name, BigDecimal unitPrice, String currency, BigDecimal taxRate,
                        boolean active) {
        this(id, sku, name, unitPrice, currency, taxRate, active, VatCategory.DEFAULT, Availability.IN_STOCK);
    }

    /** A product of this VAT category, in stock as far as its stock goes. */
    public ProductFacts(UUID id, String sku, String name, BigDecimal unitPrice, String currency, BigDecimal taxRate,
                        boolean active, VatCategory vatCategory) {
        this(id, sku, name, unitPrice, currency, taxRate, active, vatCategory, Availability.IN_STOCK);
    }

    /** A product of the default VAT category with this availability. */
    public ProductFacts(UUID id, String sku, String name, BigDecimal unitPrice, String currency, BigDecimal taxRate,
                        boolean active, Availability availability) {
        this(id, sku, name, unitPrice, currency, taxRate, active, VatCategory.DEFAULT, availability);
    }

    public boolean backorderable() {
        return availability.backorderable();
    }

    /** The same product sold at another VAT rate (the destination's). */
    public ProductFacts atRate(BigDecimal rate) {
        return new ProductFacts(id, sku, name, unitPrice, currency, rate, active, vatCategory, availability);
    }
}
