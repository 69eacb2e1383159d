package com.wizamart.catalog.application.port.in;

import java.util.UUID;

import com.wizamart.catalog.domain.ChangeReason;
import com.wizamart.catalog.domain.FieldChange;
import com.wizamart.catalog.domain.ProductField;

/**
 * One stored change of a refresh, with the product's SKU ({@literal null} when the product was deleted since).
 */
public record RefreshChange(UUID productId, String sku, ProductField field, String from, String to,
                            FieldChange.Outcome outcome, ChangeReason reasonCode, String reason) {
}
