package com.wizamart.catalog.application.port.out;

import java.util.Map;
import java.util.UUID;

/**
 * What an order adds to its products' sales, as ordering (which owns orders and the definition of a sale, ADR 0022)
 * says it is now. Runs in the caller's transaction.
 */
public interface SoldUnits {

    /** @return units per product the order counts as sold now; empty once it is cancelled or refunded. */
    Map<UUID, Integer> ofOrder(UUID vendorId, UUID orderId);
}
