package com.wizamart.platform.wiring;

import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import com.wizamart.identity.CustomerDirectory;
import com.wizamart.ordering.spi.ShopperPreferences;
import com.wizamart.tenancy.VendorScope;

/**
 * Ordering's {@link ShopperPreferences} port answered by identity's customers (ordering may not depend on identity;
 * see {@link TeamMembersFromIdentity}). One primary-key read, asked only when a cart or checkout request names no
 * language.
 */
@Component
class ShopperPreferencesFromIdentity implements ShopperPreferences {

    private final CustomerDirectory customers;
    private final VendorScope vendorScope;

    ShopperPreferencesFromIdentity(CustomerDirectory customers, VendorScope vendorScope) {
        this.customers = customers;
        this.vendorScope = vendorScope;
    }

    @Override
    public Optional<String> preferredLanguage(UUID vendorId, UUID customerId) {
        return vendorScope.callAs(vendorId, () -> customers.find(customerId))
                .map(CustomerDirectory.RegisteredCustomer::preferredLanguage);
    }
}
