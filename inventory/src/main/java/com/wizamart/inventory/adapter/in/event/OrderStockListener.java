package com.wizamart.inventory.adapter.in.event;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import com.wizamart.ordering.OrderStatusChanged;
import com.wizamart.ordering.spi.StockReservation;
import com.wizamart.tenancy.Actor;

/**
 * Stock follows the orders: shipping (or delivering) commits the order's reservation (a {@code SALE}: the units leave
 * the stock), cancelling releases it, a refund with restock puts the sold units back ({@code RETURN}). The movements
 * record who changed the order's status.
 */
@Component
class OrderStockListener {

    private final StockReservation reserving;

    OrderStockListener(StockReservation reserving) {
        this.reserving = reserving;
    }

    /**
     * Idempotent and order-tolerant: each step acts only on a reservation in the state it expects (release and commit
     * on an open one, restock on a committed one), so a redelivered or late event changes nothing twice.
     */
    @ApplicationModuleListener(id = "inventory.follow-order-status")
    void on(OrderStatusChanged event) {
        String reference = event.reservationReference();
        Actor actor = event.actor();
        switch (event.to()) {
            case "SHIPPED", "DELIVERED" -> reserving.commit(event.vendorId(), reference, actor);
            case "CANCELLED" -> reserving.release(event.vendorId(), reference, actor);
            case "REFUNDED" -> {
                if (event.restock()) {
                    reserving.restock(event.vendorId(), reference, actor);
                }
            }
            default -> {
                // confirming and processing leave the reservation as it is
            }
        }
    }
}
