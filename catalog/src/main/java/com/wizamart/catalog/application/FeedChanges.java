package com.wizamart.catalog.application;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

import com.wizamart.catalog.application.port.out.RefreshStore;
import com.wizamart.catalog.application.port.out.StockPort;
import com.wizamart.catalog.domain.FieldChange;
import com.wizamart.catalog.domain.Product;
import com.wizamart.catalog.domain.ProductField;
import com.wizamart.catalog.domain.RefreshRules;
import com.wizamart.catalog.domain.SourceFacts;
import com.wizamart.tenancy.Actor;

/**
 * A feed's changes to products, planned and applied under the vendor's rules (locks, who owns stock and prices,
 * rejected values), with the stock through inventory: the one path for import refreshes and for unlocking a field.
 * Nothing here throws for a change that cannot be applied: it answers the change with its outcome and reason, so the
 * caller's transaction stays usable for the other products.
 */
@Component
class FeedChanges {

    private final StockPort stock;
    private final RefreshStore refreshes;
    private final CatalogSetup settings;

    FeedChanges(StockPort stock, RefreshStore refreshes, CatalogSetup settings) {
        this.stock = stock;
        this.refreshes = refreshes;
        this.settings = settings;
    }

    /** The bound vendor's rules, before any product. */
    RefreshRules vendorRules() {
        return RefreshRules.of(settings.current());
    }

    /**
     * Each product's rules for planning: the vendor's, with the product's on hand at the feed location now and the
     * values the vendor rejected for it.
     */
    Map<UUID, RefreshRules> planningRules(UUID vendorId, RefreshRules vendor, Collection<UUID> productIds) {
        Map<UUID, Integer> onHand = stock.feedOnHand(vendorId, productIds);
        Map<UUID, Map<ProductField, String>> rejected = refreshes.rejectedValues(productIds);
        Map<UUID, RefreshRules> rules = new HashMap<>();
        for (UUID id : productIds) {
            rules.put(id, vendor.forProduct(onHand.get(id), rejected.getOrDefault(id, Map.of())));
        }
        return rules;
    }

    /** Each product's rules for applying planned changes (the planned ones carry the stock they replace). */
    Map<UUID, RefreshRules> applyingRules(RefreshRules vendor, Collection<UUID> productIds) {
        Map<UUID, Map<ProductField, String>> rejected = refreshes.rejectedValues(productIds);
        Map<UUID, RefreshRules> rules = new HashMap<>();
        for (UUID id : productIds) {
            rules.put(id, vendor.forProduct(null, rejected.getOrDefault(id, Map.of())));
        }
        return rules;
    }

    List<FieldChange> plan(Product product, SourceFacts facts, RefreshRules rules) {
        return product.planRefresh(facts, rules);
    }

    /**
     * Applies a product's planned changes: its own fields, then its stock, which inventory sets at the feed location
     * (an absolute figure, never below what orders hold there, and only if on hand is still what the change
     * replaces).
     *
     * @return every change with its outcome.
     */
    List<FieldChange> apply(Product product, List<FieldChange> planned, RefreshRules rules, Actor actor) {
        List<FieldChange> outcomes = new ArrayList<>(product.applyRefresh(planned, rules));
        for (int i = 0; i < outcomes.size(); i++) {
            FieldChange c = outcomes.get(i);
            if (c.outcome() == FieldChange.Outcome.PENDING && c.field() == ProductField.QUANTITY) {
                Integer expected = c.from() == null ? null : Integer.valueOf(c.from());
                outcomes.set(i, product.feedStockSet(c, stock.setFeedStock(product.vendorId(), product.id(),
                        Integer.parseInt(c.to()), expected, actor)));
            }
        }
        return outcomes;
    }
}
