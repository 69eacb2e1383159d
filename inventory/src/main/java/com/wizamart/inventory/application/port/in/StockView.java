package com.wizamart.inventory.application.port.in;

import java.time.Instant;
import java.util.UUID;

/**
 * A stock row with its location, as lists and views show it.
 *
 * @param sku  the product's SKU in the catalog; {@literal null} as the store reads it (the application adds it,
 *             {@link #withProduct}) and when the catalog does not have the product.
 * @param name the product's name in its default language; {@literal null} as {@code sku}.
 */
public record StockView(UUID id, UUID productId, String sku, String name, UUID locationId, String locationCode,
                        String locationName, boolean defaultLocation, int priority, int onHand, int reserved,
                        Instant updatedAt) {

    public int available() {
        return onHand - reserved;
    }

    /** @return this row named by the catalog's product (its SKU and name). */
    public StockView withProduct(String productSku, String productName) {
        return new StockView(id, productId, productSku, productName, locationId, locationCode, locationName,
                defaultLocation, priority, onHand, reserved, updatedAt);
    }
}
