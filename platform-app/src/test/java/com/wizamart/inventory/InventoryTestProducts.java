package com.wizamart.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import com.wizamart.support.Fixtures;
import com.wizamart.support.Http;

/** Real catalog products of a vendor for inventory tests (inventory checks product ids against the catalog). */
final class InventoryTestProducts {

    private InventoryTestProducts() {
    }

    static UUID create(Http http, Fixtures.VendorAccount vendor) {
        Http.Response created = http.post("/api/v1/vendor/products").bearer(vendor.owner().accessToken())
                .json(Map.of("sku", Fixtures.unique("SKU"), "name", "Inventory test product", "price", 9.99,
                        "currency", "EUR")).send();
        assertThat(created.status()).as("creating a product through the catalog API: " + created).isEqualTo(201);
        return UUID.fromString(created.json().get("id").asString());
    }
}
