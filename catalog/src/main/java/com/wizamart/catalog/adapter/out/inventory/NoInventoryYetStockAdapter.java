package com.wizamart.catalog.adapter.out.inventory;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.wizamart.catalog.application.port.out.StockPort;

/**
 * TEMPORARY stand-in for inventory, until the inventory module's public facade exists: it records no stock and
 * answers 0 available for every product. Replace it with an adapter that delegates to inventory's root-package
 * facade (set initial stock, set stock from the feed, read availability), and wire inventory's
 * {@code StockLevelChanged} to {@code ProductAvailability.record} in {@code adapter.in.event}. Nothing else in the
 * catalog changes: the application only knows {@link StockPort}.
 */
@Component
class NoInventoryYetStockAdapter implements StockPort {

    private static final Logger log = LoggerFactory.getLogger(NoInventoryYetStockAdapter.class);

    @Override
    public void setInitialStock(UUID vendorId, UUID productId, int quantity) {
        log.debug("No inventory yet: initial stock {} of product {} not recorded", quantity, productId);
    }

    @Override
    public void setStockFromFeed(UUID vendorId, UUID productId, int quantity) {
        log.debug("No inventory yet: feed stock {} of product {} not recorded", quantity, productId);
    }

    @Override
    public Map<UUID, Integer> available(UUID vendorId, Collection<UUID> productIds) {
        return Map.of();
    }
}
