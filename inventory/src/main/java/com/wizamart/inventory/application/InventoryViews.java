package com.wizamart.inventory.application;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.wizamart.inventory.application.port.in.AvailabilityView;
import com.wizamart.inventory.application.port.in.MovementQuery;
import com.wizamart.inventory.application.port.in.MovementView;
import com.wizamart.inventory.application.port.in.StockQuery;
import com.wizamart.inventory.application.port.in.StockView;
import com.wizamart.inventory.application.port.out.MovementStore;
import com.wizamart.inventory.application.port.out.ProductDirectory;
import com.wizamart.inventory.application.port.out.ReservationStore;
import com.wizamart.inventory.application.port.out.StockStore;
import com.wizamart.inventory.domain.InventoryException;
import com.wizamart.sharedkernel.ValidationException;
import com.wizamart.tenancy.VendorContext;

/**
 * Reading the bound vendor's stock, movement history and the "why is this product unavailable" view; every product
 * is named with the catalog's SKU and name, and order movements and reservations with the order number.
 */
@Service
public class InventoryViews {

    /** How many movements the availability view shows. */
    static final int RECENT_MOVEMENTS = 20;

    private final StockStore stock;
    private final MovementStore movements;
    private final ReservationStore reservations;
    private final ProductDirectory products;
    private final ProductLabels labels;

    InventoryViews(StockStore stock, MovementStore movements, ReservationStore reservations,
                   ProductDirectory products, ProductLabels labels) {
        this.stock = stock;
        this.movements = movements;
        this.reservations = reservations;
        this.products = products;
        this.labels = labels;
    }

    @Transactional(readOnly = true)
    public Page<StockView> stock(StockQuery query, Pageable pageable) {
        if (query.lowStock() != null && query.lowStock() < 0) {
            throw ValidationException.of("lowStock", "must not be negative");
        }
        return labels.stock(stock.search(query, pageable));
    }

    @Transactional(readOnly = true)
    public StockView stockEntry(UUID id) {
        return labels.stock(stock.view(id).orElseThrow(InventoryException::inventoryNotFound));
    }

    @Transactional(readOnly = true)
    public Page<MovementView> movements(MovementQuery query, Pageable pageable) {
        if (query.from() != null && query.to() != null && !query.from().isBefore(query.to())) {
            throw ValidationException.of("to", "must be after from");
        }
        return labels.movements(movements.search(query, pageable));
    }

    /**
     * @throws InventoryException {@code PRODUCT_NOT_FOUND} when the catalog does not know the product, or, with no
     *                            catalog to ask, when inventory has never held it.
     */
    @Transactional(readOnly = true)
    public AvailabilityView availability(UUID productId) {
        ProductDirectory.Verdict verdict = products.check(VendorContext.require(), productId);
        List<StockView> rows = stock.viewsOfProduct(productId);
        if (verdict == ProductDirectory.Verdict.UNKNOWN
                || verdict == ProductDirectory.Verdict.UNVERIFIED && rows.isEmpty()) {
            throw InventoryException.productNotFound();
        }
        Instant now = Instant.now();
        List<AvailabilityView.HeldBy> held = reservations.openFor(productId).stream()
                .map(r -> new AvailabilityView.HeldBy(r.orderReference(), r.quantity(), r.reservedAt(),
                        Math.max(0, Duration.between(r.reservedAt(), now).toSeconds())))
                .toList();
        int onHand = rows.stream().mapToInt(StockView::onHand).sum();
        int reserved = rows.stream().mapToInt(StockView::reserved).sum();
        int available = onHand - reserved;
        AvailabilityView.Status status = rows.isEmpty() ? AvailabilityView.Status.NO_STOCK_RECORDED
                : onHand == 0 ? AvailabilityView.Status.OUT_OF_STOCK
                : available == 0 ? AvailabilityView.Status.FULLY_RESERVED
                : AvailabilityView.Status.AVAILABLE;
        ProductDirectory.Label label = labels.of(List.of(productId)).get(productId);
        return new AvailabilityView(productId, label == null ? null : label.sku(),
                label == null ? null : label.name(), status,
                explain(status, rows.size(), available, reserved, held.size()), onHand, reserved, available,
                rows.stream().map(r -> ProductLabels.named(r, label)).toList(), held,
                labels.movements(movements.recent(productId, RECENT_MOVEMENTS), label));
    }

    private static String explain(AvailabilityView.Status status, int locations, int available, int reserved,
                                  int orders) {
        return switch (status) {
            case AVAILABLE -> available + " unit(s) available across " + locations + " location(s)"
                    + (reserved > 0 ? "; " + reserved + " more held by " + orders + " open order(s)." : ".");
            case NO_STOCK_RECORDED -> "No stock was ever received for this product: receive some with POST "
                    + "/api/v1/vendor/inventory.";
            case OUT_OF_STOCK -> "Nothing is on hand at any of " + locations + " location(s).";
            case FULLY_RESERVED -> "All " + reserved + " unit(s) on hand are held by " + orders + " open order(s).";
        };
    }
}
