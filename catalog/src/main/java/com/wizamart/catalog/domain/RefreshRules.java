package com.wizamart.catalog.domain;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What decides, besides a product's locks, whether a feed's change to it applies: who owns stock and prices (the
 * vendor's {@link CatalogSettings}), the product's on-hand stock at the feed location now, and the values the vendor
 * rejected for it.
 *
 * @param feedOnHand the product's on hand at the vendor's feed location; {@literal null} when not known (a stock
 *                   change then shows no "from").
 * @param rejected   field to the value the vendor rejected (a value may be {@literal null}: "none").
 */
public record RefreshRules(Ownership stockOwner, Ownership priceOwner, Integer feedOnHand,
                          Map<ProductField, String> rejected) {

    public RefreshRules {
        Objects.requireNonNull(stockOwner, "stockOwner");
        Objects.requireNonNull(priceOwner, "priceOwner");
        rejected = rejected == null || rejected.isEmpty() ? Map.of()
                : Collections.unmodifiableMap(new EnumMap<>(rejected));
    }

    /** The vendor's rules, before any product is looked at. */
    public static RefreshRules of(CatalogSettings settings) {
        return new RefreshRules(settings.stockOwner(), settings.priceOwner(), null, Map.of());
    }

    /** @return these rules for one product. */
    public RefreshRules forProduct(Integer onHand, Map<ProductField, String> rejectedValues) {
        return new RefreshRules(stockOwner, priceOwner, onHand, rejectedValues);
    }

    /**
     * @return the fields whose rejected value the feed does not present any more (the rejection is over: a value the
     *         feed presents later is planned like any other).
     */
    public Set<ProductField> rejectionsOverBy(SourceFacts facts) {
        if (rejected.isEmpty()) {
            return Set.of();
        }
        Map<ProductField, String> presented = facts.values();
        Set<ProductField> over = EnumSet.noneOf(ProductField.class);
        rejected.forEach((field, value) -> {
            if (!presented.containsKey(field) || !Objects.equals(presented.get(field), value)) {
                over.add(field);
            }
        });
        return over;
    }

    /** @return why people in the platform own {@code field}, or {@literal null} when the feed does. */
    ChangeReason platformOwned(ProductField field) {
        if (field == ProductField.QUANTITY) {
            return stockOwner == Ownership.PLATFORM ? ChangeReason.PLATFORM_OWNS_STOCK : null;
        }
        if (field.kind() == ProductField.Kind.PRICE) {
            return priceOwner == Ownership.PLATFORM ? ChangeReason.PLATFORM_OWNS_PRICE : null;
        }
        return null;
    }

    /** @return whether the vendor rejected exactly this value of the field. */
    boolean rejects(ProductField field, String value) {
        return rejected.containsKey(field) && Objects.equals(rejected.get(field), value);
    }
}
