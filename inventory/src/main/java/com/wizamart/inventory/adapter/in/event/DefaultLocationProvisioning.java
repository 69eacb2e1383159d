package com.wizamart.inventory.adapter.in.event;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.wizamart.inventory.application.LocationAdministration;
import com.wizamart.tenancy.VendorCreated;

/** Inventory's answer to a new vendor: its default stock location. */
@Component
class DefaultLocationProvisioning {

    private final LocationAdministration locations;

    DefaultLocationProvisioning(LocationAdministration locations) {
        this.locations = locations;
    }

    /**
     * Synchronous, in the vendor-creating transaction (as identity's provisioning, ADR 0003): a vendor exists with
     * its default location or not at all, so catalog can put a published product's initial stock there at once. One
     * idempotent insert; locations are also created lazily when a vendor somehow has none.
     */
    @EventListener
    void on(VendorCreated event) {
        locations.provisionDefault(event.vendorId());
    }
}
