package com.wizamart.ordering.domain;

import java.math.BigDecimal;
import java.util.UUID;

/** What one line of an order bought: a snapshot of the product as it was sold. */
public record OrderLine(int lineNo, UUID productId, String sku, String name, BigDecimal unitPrice, BigDecimal taxRate,
                        int quantity, BigDecimal lineTotal) {
}
