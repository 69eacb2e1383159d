package com.wizamart.ordering.spi;

import java.util.Optional;
import java.util.UUID;

/**
 * What a signed-in shopper chose for their account that carts and checkout follow: the language product names are
 * shown in when a request names none. Implemented where identity's customers are reachable (platform wiring), so
 * ordering never depends on identity.
 */
public interface ShopperPreferences {

    /**
     * @return the customer's preferred language (an ISO 639-1 code), empty when they chose none or the vendor has no
     *         such customer.
     */
    Optional<String> preferredLanguage(UUID vendorId, UUID customerId);
}
