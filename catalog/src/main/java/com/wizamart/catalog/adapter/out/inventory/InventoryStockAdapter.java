package com.wizamart.catalog.adapter.out.inventory;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.wizamart.catalog.application.port.out.StockPort;
import com.wizamart.inventory.StockLevel;
import com.wizamart.inventory.StockLevels;
import com.wizamart.sharedkernel.DomainException;
import com.wizamart.tenancy.Actor;

/** The catalog's stock, kept by inventory (through its public {@link StockLevels} facade). */
@Component
class InventoryStockAdapter implements StockPort {

    private static final Logger log = LoggerFactory.getLogger(InventoryStockAdapter.class);

    private final StockLevels inventory;

    InventoryStockAdapter(StockLevels inventory) {
        this.inventory = inventory;
    }

    @Override
    public void setInitialStock(UUID vendorId, UUID productId, int quantity, Actor actor) {
        inventory.setInitialStock(vendorId, productId, Math.max(0, quantity), actor);
    }

    /**
     * Brings the product's on-hand stock to the feed's figure with one adjustment in the default location. Stock
     * already reserved for orders is never taken away: when the feed says less than is reserved, the stock stays.
     */
    @Override
    public void setStockFromFeed(UUID vendorId, UUID productId, int quantity) {
        int target = Math.max(0, quantity);
        if (inventory.setInitialStock(vendorId, productId, target, Actor.system())) {
            return;
        }
        StockLevel level = inventory.levels(vendorId, List.of(productId)).get(productId);
        int difference = target - (level == null ? 0 : level.onHand());
        if (difference == 0) {
            return;
        }
        try {
            inventory.adjust(vendorId, productId, null, difference, "quantity from the marketplace feed", Actor.system());
        } catch (DomainException belowReserved) {
            log.info("Feed stock {} of product {} not applied: {}", target, productId, belowReserved.getMessage());
        }
    }

    @Override
    public void removeProduct(UUID vendorId, UUID productId, Actor actor) {
        inventory.removeProduct(vendorId, productId, actor);
    }

    @Override
    public Map<UUID, Integer> available(UUID vendorId, Collection<UUID> productIds) {
        return inventory.available(vendorId, productIds);
    }
}
