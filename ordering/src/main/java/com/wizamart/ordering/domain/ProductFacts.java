package com.wizamart.ordering.domain;

import java.math.BigDecimal;
import java.util.UUID;

/** What ordering needs of a product to price it: a copy of the catalog's current figures. */
public record ProductFacts(UUID id, String sku, String name, BigDecimal unitPrice, String currency, BigDecimal taxRate,
                           boolean active) {
}
