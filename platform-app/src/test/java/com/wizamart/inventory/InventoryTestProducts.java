package com.wizamart.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import com.wizamart.support.Fixtures;
import com.wizamart.support.Http;

/**
 * Product ids for inventory tests. With a catalog API in the application, a real product of the vendor (inventory
 * then checks products against the catalog); without one, a fresh id (inventory cannot check and accepts it).
 */
final class InventoryTestProducts {

    private InventoryTestProducts() {
    }

    static UUID create(Http http, Fixtures.VendorAccount vendor) {
        Http.Response created = http.post("/api/v1/vendor/products").bearer(vendor.owner().accessToken())
                .json(Map.of("sku", Fixtures.unique("SKU"), "name", "Inventory test product", "price", 9.99,
                        "currency", "EUR")).send();
        if (created.status() == 404 || created.status() == 405) {
            return UUID.randomUUID();
        }
        assertThat(created.status()).as("creating a product through the catalog API: " + created).isEqualTo(201);
        return UUID.fromString(created.json().get("id").asString());
    }
}
