package com.wizamart.inventory.application;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import com.wizamart.inventory.StockLevel;
import com.wizamart.inventory.StockLevelChanged;
import com.wizamart.inventory.application.port.out.StockStore;
import com.wizamart.tenancy.VendorContext;

/**
 * Publishes {@link StockLevelChanged} for products whose availability changed, once per product, with the totals
 * the writing transaction sees. Call inside that transaction, with the vendor bound.
 */
@Component
class StockLevelAnnouncer {

    private final StockStore stock;
    private final ApplicationEventPublisher events;

    StockLevelAnnouncer(StockStore stock, ApplicationEventPublisher events) {
        this.stock = stock;
        this.events = events;
    }

    void announce(Collection<UUID> productIds) {
        if (productIds.isEmpty()) {
            return;
        }
        Set<UUID> products = new LinkedHashSet<>(productIds);
        announce(products, stock.totals(products));
    }

    /** As {@link #announce(Collection)}, with totals the caller computed from the rows it locked and wrote. */
    void announce(Collection<UUID> products, Map<UUID, StockLevel> totals) {
        UUID vendorId = VendorContext.require();
        for (UUID productId : products) {
            StockLevel level = totals.getOrDefault(productId, StockLevel.none(productId));
            events.publishEvent(new StockLevelChanged(vendorId, productId, level.available(), level.onHand(),
                    level.reserved()));
        }
    }
}
