package com.wizamart.ordering.spi;

import java.util.UUID;

/**
 * The currency a vendor's shop sells in: its shipping methods are priced in it. Implemented by catalog, which owns
 * the shop's prices.
 */
public interface ShopCurrency {

    /** @return the ISO 4217 code of the vendor's currency, e.g. {@code EUR}. */
    String of(UUID vendorId);
}
