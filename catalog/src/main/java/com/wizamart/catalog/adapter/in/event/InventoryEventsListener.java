package com.wizamart.catalog.adapter.in.event;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.stereotype.Component;

import com.wizamart.catalog.application.ProductAvailability;
import com.wizamart.inventory.StockLevelChanged;

/** Keeps the available quantity shown in listings current with inventory. */
@Component
class InventoryEventsListener {

    private final ProductAvailability availability;

    InventoryEventsListener(ProductAvailability availability) {
        this.availability = availability;
    }

    /** Idempotent: it records inventory's figure, so a redelivered event changes nothing. */
    // No transaction of the listener's own (NOT_SUPPORTED): the use case runs in one that VendorScope.callAs opens
    // already bound to the event's vendor, which saves binding an empty transaction and re-binding it twice.
    @ApplicationModuleListener(id = "catalog.record-stock-level", propagation = Propagation.NOT_SUPPORTED)
    void on(StockLevelChanged event) {
        availability.record(event.vendorId(), event.productId(), event.available());
    }
}
