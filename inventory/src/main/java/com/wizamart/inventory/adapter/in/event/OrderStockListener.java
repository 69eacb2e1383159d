package com.wizamart.inventory.adapter.in.event;

import java.util.List;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import com.wizamart.ordering.OrderRefunded;
import com.wizamart.ordering.OrderReturnReceived;
import com.wizamart.ordering.OrderStatusChanged;
import com.wizamart.ordering.spi.StockReservation;
import com.wizamart.ordering.spi.StockReservation.ReservationLine;
import com.wizamart.tenancy.Actor;

/**
 * Stock follows the orders: shipping (or delivering) commits the order's reservation (a {@code SALE}: the units leave
 * the stock), cancelling releases it; a refund puts the units of its lines marked {@code restock} back (a
 * {@code RETURN} after shipping, a {@code RELEASE} before), a received return with restock puts its units back. The
 * movements record who changed the order.
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
                // only events recorded before refunds carried their lines have restock set
                if (event.restock()) {
                    reserving.restock(event.vendorId(), reference, actor);
                }
            }
            default -> {
                // confirming and processing leave the reservation as it is
            }
        }
    }

    /** Once per refund (its reference is recorded with the change), whatever the order of delivery. */
    @ApplicationModuleListener(id = "inventory.follow-order-refunds")
    void on(OrderRefunded event) {
        List<ReservationLine> lines = event.lines().stream().filter(l -> l.restock() && l.unitsBack() > 0)
                .map(l -> new ReservationLine(l.productId(), l.unitsBack())).toList();
        if (lines.isEmpty()) {
            return;
        }
        if (event.shipped()) {
            reserving.restock(event.vendorId(), event.reservationReference(), event.stockChangeReference(), lines,
                    event.refundedBy());
        } else {
            reserving.release(event.vendorId(), event.reservationReference(), event.stockChangeReference(), lines,
                    event.refundedBy());
        }
    }

    /** Once per return, whatever the order of delivery. */
    @ApplicationModuleListener(id = "inventory.follow-order-returns")
    void on(OrderReturnReceived event) {
        if (!event.restock() || event.lines().isEmpty()) {
            return;
        }
        reserving.restock(event.vendorId(), event.reservationReference(), event.stockChangeReference(),
                event.lines().stream().map(l -> new ReservationLine(l.productId(), l.quantity())).toList(),
                event.receivedBy());
    }
}
