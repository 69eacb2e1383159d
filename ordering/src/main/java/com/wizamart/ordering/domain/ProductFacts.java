package com.wizamart.ordering.domain;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * What ordering needs of a product to price it: a copy of the catalog's current figures.
 *
 * @param taxRate     the VAT percent its price includes in the shop's own country.
 * @param taxCategory which rate of a destination applies when VAT is charged at the destination's rates.
 */
public record ProductFacts(UUID id, String sku, String name, BigDecimal unitPrice, String currency, BigDecimal taxRate,
                           boolean active, TaxCategory taxCategory) {

    public ProductFacts {
        taxCategory = taxCategory == null ? TaxCategory.DEFAULT : taxCategory;
    }

    /** A product of the default tax category. */
    public ProductFacts(UUID id, String sku, String name, BigDecimal unitPrice, String currency, BigDecimal taxRate,
                        boolean active) {
        this(id, sku, name, unitPrice, currency, taxRate, active, TaxCategory.DEFAULT);
    }

    /** The same product sold at another VAT rate (the destination's). */
    public ProductFacts atRate(BigDecimal rate) {
        return new ProductFacts(id, sku, name, unitPrice, currency, rate, active, taxCategory);
    }
}
