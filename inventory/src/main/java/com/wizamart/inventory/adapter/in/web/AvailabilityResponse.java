package com.wizamart.inventory.adapter.in.web;

import java.util.List;
import java.util.UUID;

import com.wizamart.inventory.application.port.in.AvailabilityView;
import com.wizamart.inventory.application.port.in.MovementView;

/**
 * The "why is this product (un)available" view, in the API's shape: {@code quantity} is on hand, as in the stock
 * list (mapped by {@link InventoryWebMapper}).
 */
record AvailabilityResponse(UUID productId, String sku, String name, AvailabilityView.Status status,
                            String explanation, int quantity, int reserved, int available,
                            List<StockResponse> locations,
                            List<AvailabilityView.HeldBy> openReservations, List<MovementView> recentMovements) {
}
