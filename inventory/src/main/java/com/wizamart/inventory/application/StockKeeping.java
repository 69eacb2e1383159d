package com.wizamart.inventory.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.wizamart.inventory.FeedStock;
import com.wizamart.inventory.FeedStockUpdate;
import com.wizamart.inventory.StockLevel;
import com.wizamart.inventory.StockLevels;
import com.wizamart.inventory.application.port.in.StockView;
import com.wizamart.inventory.application.port.out.MovementStore;
import com.wizamart.inventory.application.port.out.ProductDirectory;
import com.wizamart.inventory.application.port.out.StockStore;
import com.wizamart.inventory.domain.InventoryException;
import com.wizamart.inventory.domain.Location;
import com.wizamart.inventory.domain.Movement;
import com.wizamart.inventory.domain.MovementType;
import com.wizamart.inventory.domain.StockItem;
import com.wizamart.sharedkernel.ValidationException;
import com.wizamart.tenancy.Actor;
import com.wizamart.tenancy.VendorContext;
import com.wizamart.tenancy.VendorScope;

/**
 * Changing on-hand stock: receipts, counts and adjustments (through the API, for the bound vendor) and the
 * {@link StockLevels} facade other modules use. Every change locks its stock row, records one movement and announces
 * the product's new availability, all in one transaction.
 */
@Service
public class StockKeeping implements StockLevels {

    /** The reason of the movement that empties a removed product's stock row. */
    static final String REMOVED = "Product removed from the catalog";

    private final StockStore stock;
    private final MovementStore movements;
    private final LocationAdministration locations;
    private final ProductDirectory products;
    private final VendorScope vendorScope;
    private final StockLevelAnnouncer announcer;
    private final ProductLabels labels;

    StockKeeping(StockStore stock, MovementStore movements, LocationAdministration locations, ProductDirectory products,
                 VendorScope vendorScope, StockLevelAnnouncer announcer, ProductLabels labels) {
        this.stock = stock;
        this.movements = movements;
        this.locations = locations;
        this.products = products;
        this.vendorScope = vendorScope;
        this.announcer = announcer;
        this.labels = labels;
    }

    /**
     * Receives units of a product of the bound vendor into a location, creating its stock row when needed.
     *
     * @param location id or code; {@literal null} for the default location.
     * @throws InventoryException {@code PRODUCT_NOT_FOUND} when the catalog does not know the product,
     *                            {@code LOCATION_NOT_FOUND}.
     */
    @Transactional
    public StockView receive(UUID productId, String location, int quantity, String reason, Actor actor) {
        if (products.check(VendorContext.require(), productId) == ProductDirectory.Verdict.UNKNOWN) {
            throw InventoryException.productNotFound();
        }
        return labels.stock(stock.view(receiveInto(productId, location, quantity, reason, actor).id()).orElseThrow());
    }

    /**
     * Sets the counted on-hand quantity of a stock row: an {@code ADJUSTMENT} of the difference (none when equal).
     *
     * @throws InventoryException {@code INVENTORY_NOT_FOUND}; {@code INSUFFICIENT_INVENTORY} below what is reserved.
     */
    @Transactional
    public StockView count(UUID stockId, int quantity, String reason, Actor actor) {
        StockItem before = stock.lock(stockId).orElseThrow(InventoryException::inventoryNotFound);
        record(before, before.countedAs(quantity), MovementType.ADJUSTMENT, reason, actor);
        return labels.stock(stock.view(stockId).orElseThrow());
    }

    /**
     * Changes a stock row's on hand by a signed {@code adjustment}.
     *
     * @throws InventoryException {@code INVENTORY_NOT_FOUND}; {@code INSUFFICIENT_INVENTORY} below what is reserved.
     */
    @Transactional
    public StockView adjust(UUID stockId, int adjustment, String reason, Actor actor) {
        StockItem before = stock.lock(stockId).orElseThrow(InventoryException::inventoryNotFound);
        record(before, before.adjust(adjustment), MovementType.ADJUSTMENT, reason, actor);
        return labels.stock(stock.view(stockId).orElseThrow());
    }

    @Override
    @Transactional
    public boolean setInitialStock(UUID vendorId, UUID productId, int quantity, Actor actor) {
        if (quantity < 0) {
            throw ValidationException.of("quantity", "must not be negative");
        }
        return vendorScope.callAs(vendorId, () -> setInitial(productId, locations.defaultLocation(), quantity, actor));
    }

    /** The product's first stock row, at {@code location}, unless it has stock anywhere already. */
    private boolean setInitial(UUID productId, Location location, int quantity, Actor actor) {
        if (stock.exists(productId)) {
            return false;
        }
        StockItem created = StockItem.empty(VendorContext.require(), productId, location.id());
        if (!stock.insertIfAbsent(created)) {
            return false;
        }
        if (quantity > 0) {
            StockItem before = stock.lock(created.id()).orElseThrow();
            record(before, before.receive(quantity), MovementType.IMPORT, "Initial stock of a published product",
                    actor);
        }
        return true;
    }

    @Override
    @Transactional
    public boolean setInitialFeedStock(UUID vendorId, UUID productId, int quantity, Actor actor) {
        if (quantity < 0) {
            throw ValidationException.of("quantity", "must not be negative");
        }
        return vendorScope.callAs(vendorId, () -> setInitial(productId, locations.feedLocation(), quantity, actor));
    }

    @Override
    @Transactional
    public Map<UUID, FeedStock> feedStock(UUID vendorId, Collection<UUID> productIds) {
        return vendorScope.callAs(vendorId, () -> {
            Location feed = locations.feedLocation();
            Map<UUID, StockItem> rows = stock.atLocation(productIds, feed.id());
            Map<UUID, FeedStock> result = new LinkedHashMap<>();
            for (UUID id : productIds) {
                StockItem row = rows.get(id);
                result.put(id, new FeedStock(id, feed.code(), row == null ? 0 : row.onHand(),
                        row == null ? 0 : row.reserved()));
            }
            return result;
        });
    }

    @Override
    @Transactional
    public FeedStockUpdate setFeedStock(UUID vendorId, UUID productId, int quantity, Integer expectedOnHand,
                                        Actor actor) {
        if (quantity < 0) {
            throw ValidationException.of("quantity", "must not be negative");
        }
        return vendorScope.callAs(vendorId, () -> {
            Location feed = locations.feedLocation();
            StockItem before = lockOrCreate(productId, feed);
            if (expectedOnHand != null && before.onHand() != expectedOnHand) {
                return new FeedStockUpdate(FeedStockUpdate.Result.CHANGED_SINCE, feed.code(), before.onHand(),
                        before.onHand(), before.reserved());
            }
            if (!before.allowsOnHand(quantity)) {
                return new FeedStockUpdate(FeedStockUpdate.Result.BELOW_RESERVED, feed.code(), before.onHand(),
                        before.onHand(), before.reserved());
            }
            if (before.onHand() == quantity) {
                return new FeedStockUpdate(FeedStockUpdate.Result.UNCHANGED, feed.code(), quantity, quantity,
                        before.reserved());
            }
            record(before, before.countedAs(quantity), MovementType.IMPORT, "Quantity from the marketplace feed",
                    actor);
            return new FeedStockUpdate(FeedStockUpdate.Result.SET, feed.code(), before.onHand(), quantity,
                    before.reserved());
        });
    }

    @Override
    @Transactional(readOnly = true)
    public Map<UUID, StockLevel> levels(UUID vendorId, Collection<UUID> productIds) {
        return vendorScope.callAs(vendorId, () -> {
            Map<UUID, StockLevel> totals = productIds.isEmpty() ? Map.of() : stock.totals(productIds);
            Map<UUID, StockLevel> result = new LinkedHashMap<>();
            for (UUID id : productIds) {
                result.put(id, totals.getOrDefault(id, StockLevel.none(id)));
            }
            return result;
        });
    }

    @Override
    @Transactional(readOnly = true)
    public List<StockLevel> lowStock(UUID vendorId, int threshold, int limit) {
        if (limit < 1 || limit > 100) {
            throw ValidationException.of("limit", "must be 1 to 100");
        }
        return vendorScope.callAs(vendorId, () -> stock.lowest(threshold, limit));
    }

    @Override
    @Transactional
    public StockLevel receive(UUID vendorId, UUID productId, String location, int quantity, String reason,
                              Actor actor) {
        return vendorScope.callAs(vendorId, () -> {
            receiveInto(productId, location, quantity, reason, actor);
            return level(productId);
        });
    }

    @Override
    @Transactional
    public StockLevel adjust(UUID vendorId, UUID productId, String location, int adjustment, String reason,
                             Actor actor) {
        return vendorScope.callAs(vendorId, () -> {
            StockItem before = lockOrCreate(productId, locations.resolve(location));
            record(before, before.adjust(adjustment), MovementType.ADJUSTMENT, reason, actor);
            return level(productId);
        });
    }

    @Override
    @Transactional
    public int removeProduct(UUID vendorId, UUID productId, Actor actor) {
        return vendorScope.callAs(vendorId, () -> {
            List<StockItem> rows = stock.lockProducts(List.of(productId));
            int reserved = rows.stream().mapToInt(StockItem::reserved).sum();
            if (reserved > 0) {
                throw InventoryException.productStockReserved(productId, reserved);
            }
            Actor by = actor == null ? Actor.system() : actor;
            Instant now = Instant.now();
            List<Movement> emptied = new ArrayList<>();
            for (StockItem row : rows) {
                if (row.onHand() > 0) {
                    emptied.add(Movement.between(row, row.countedAs(0), MovementType.ADJUSTMENT, REMOVED, null,
                            by.id(), by.email(), now));
                }
                stock.delete(row.id());
            }
            movements.insert(emptied);
            // no announcement: the product is gone from the catalog, nobody shows its availability any more
            return rows.size();
        });
    }

    private StockItem receiveInto(UUID productId, String location, int quantity, String reason, Actor actor) {
        if (quantity <= 0) {
            throw ValidationException.of("quantity", "must be positive");
        }
        StockItem before = lockOrCreate(productId, locations.resolve(location));
        StockItem after = before.receive(quantity);
        record(before, after, MovementType.RECEIPT, reason, actor);
        return after;
    }

    /** The product's row at the location, locked; created empty first when missing (racing creators agree). */
    private StockItem lockOrCreate(UUID productId, Location location) {
        return stock.lock(productId, location.id()).orElseGet(() -> {
            stock.insertIfAbsent(StockItem.empty(VendorContext.require(), productId, location.id()));
            return stock.lock(productId, location.id()).orElseThrow();
        });
    }

    /** Writes a changed row, its movement and the announcement; an unchanged row writes nothing. */
    private void record(StockItem before, StockItem after, MovementType type, String reason, Actor actor) {
        if (before.equals(after)) {
            return;
        }
        Actor by = actor == null ? Actor.system() : actor;
        stock.update(after);
        movements.insert(List.of(Movement.between(before, after, type, reason, null, by.id(), by.email(),
                Instant.now())));
        announcer.announce(List.of(after.productId()));
    }

    private StockLevel level(UUID productId) {
        return stock.totals(List.of(productId)).getOrDefault(productId, StockLevel.none(productId));
    }
}
