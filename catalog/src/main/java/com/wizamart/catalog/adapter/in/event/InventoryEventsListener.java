package com.wizamart.catalog.adapter.in.event;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

import com.wizamart.catalog.application.AvailableQuantityTracking;
import com.wizamart.inventory.StockLevelChanged;

/** Keeps the available quantity shown in listings current with inventory. */
@Component
class InventoryEventsListener {

    private final AvailableQuantityTracking availableQuantities;

    InventoryEventsListener(AvailableQuantityTracking availableQuantities) {
        this.availableQuantities = availableQuantities;
    }

    /**
     * Idempotent and order-tolerant: it records inventory's current figure, not the event's, so a redelivered or late
     * event (a resubmission after a crash) never puts an older figure back.
     */
    // no transaction of its own: the use case's VendorScope.callAs opens one bound to the event's vendor (ADR 0010)
    @ApplicationModuleListener(id = "catalog.record-stock-level", propagation = Propagation.NOT_SUPPORTED)
    void on(StockLevelChanged event) {
        availableQuantities.recordCurrent(event.vendorId(), event.productId());
    }
}
