package com.wizamart.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.AssertablePublishedEvents;

/**
 * Tenancy on its own (no other context in the application context), against a real PostgreSQL: opening a vendor
 * stores it and announces it.
 */
@ApplicationModuleTest
class VendorRegistrationModuleTests {

    @Autowired
    Vendors vendors;

    @Test
    void openingAVendorStoresItAndPublishesVendorCreated(AssertablePublishedEvents events) {
        String label = "module-" + UUID.randomUUID().toString().substring(0, 8);

        VendorSummary opened = vendors.register(new RegisterVendor(null, "Module Shop", label, BusinessDetails.empty(),
                List.of(), new Owner("owner@" + label + ".example", "Ada", "Owner", null)), Actor.system());

        assertThat(vendors.findByCode(opened.code())).map(VendorSummary::id).contains(opened.id());
        assertThat(events).contains(VendorCreated.class)
                .matching(VendorCreated::vendorId, opened.id());
    }
}
