package com.wizamart.catalog.adapter.out.inventory;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

import com.wizamart.catalog.application.port.out.StockPort;
import com.wizamart.catalog.domain.StockAnswer;
import com.wizamart.inventory.FeedStockUpdate;
import com.wizamart.inventory.StockLevels;
import com.wizamart.tenancy.Actor;

/** The catalog's stock, kept by inventory (through its public {@link StockLevels} facade). */
@Component
class InventoryStockAdapter implements StockPort {

    private final StockLevels inventory;

    InventoryStockAdapter(StockLevels inventory) {
        this.inventory = inventory;
    }

    @Override
    public void setInitialStock(UUID vendorId, UUID productId, int quantity, Actor actor) {
        inventory.setInitialStock(vendorId, productId, Math.max(0, quantity), actor);
    }

    @Override
    public void setInitialFeedStock(UUID vendorId, UUID productId, int quantity, Actor actor) {
        inventory.setInitialFeedStock(vendorId, productId, Math.max(0, quantity), actor);
    }

    @Override
    public Map<UUID, Integer> feedOnHand(UUID vendorId, Collection<UUID> productIds) {
        Map<UUID, Integer> onHand = new LinkedHashMap<>();
        inventory.feedStock(vendorId, productIds).forEach((id, stock) -> onHand.put(id, stock.onHand()));
        return onHand;
    }

    @Override
    public StockAnswer setFeedStock(UUID vendorId, UUID productId, int quantity, Integer expectedOnHand,
                                    Actor actor) {
        FeedStockUpdate update = inventory.setFeedStock(vendorId, productId, Math.max(0, quantity), expectedOnHand,
                actor);
        StockAnswer.Result result = switch (update.result()) {
            case SET -> StockAnswer.Result.SET;
            case UNCHANGED -> StockAnswer.Result.UNCHANGED;
            case CHANGED_SINCE -> StockAnswer.Result.CHANGED_SINCE;
            case BELOW_RESERVED -> StockAnswer.Result.BELOW_RESERVED;
        };
        return new StockAnswer(result, update.location(), update.before(), update.reserved());
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
