package com.wizamart.inventory.adapter.in.web;

import java.util.List;
import java.util.UUID;

import com.wizamart.inventory.application.ProductAvailability;
import com.wizamart.inventory.application.port.out.MovementStore.MovementView;

/**
 * The "why is this product (un)available" view, in the API's shape: {@code quantity} is on hand, as in the stock
 * list (mapped by {@link InventoryWebMapper}).
 */
record AvailabilityResponse(UUID productId, String sku, String name, ProductAvailability.Status status,
                            String explanation, int quantity, int reserved, int available,
                            List<StockResponse> locations,
                            List<ProductAvailability.HeldBy> openReservations, List<MovementView> recentMovements) {
}
