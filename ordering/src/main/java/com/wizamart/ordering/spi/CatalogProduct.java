package com.wizamart.ordering.spi;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A product as ordering sees it.
 *
 * @param unitPrice the gross price a customer pays now (the sale price when there is one), two decimals.
 * @param taxRate   VAT percent included in the price, e.g. {@code 17.00}.
 * @param name      the name in the language asked for ({@link ProductCatalog#findAll(UUID, java.util.Collection, String)}),
 *                  else in the product's default language.
 */
public record CatalogProduct(UUID id, UUID vendorId, String sku, String name, BigDecimal unitPrice, String currency,
                             BigDecimal taxRate, boolean active) {
}
