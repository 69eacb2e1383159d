package com.wizamart.catalog.adapter.in.event;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

import com.wizamart.catalog.application.SalesCounting;
import com.wizamart.ordering.OrderPlaced;
import com.wizamart.ordering.OrderRefunded;
import com.wizamart.ordering.OrderStatusChanged;

/**
 * Keeps units sold (the "bestselling" sort) in line with the orders: whenever an order is placed or changes, its
 * contribution is counted again from what ordering says now: placed, moved, or partly refunded.
 */
@Component
class SalesCountingListener {

    private final SalesCounting sales;

    SalesCountingListener(SalesCounting sales) {
        this.sales = sales;
    }

    /** Idempotent: the recount reads the order's current figures, whatever how often the event is delivered. */
    // no transaction of its own: the use case's VendorScope.callAs opens one bound to the event's vendor (ADR 0010)
    @ApplicationModuleListener(id = "catalog.count-sales", propagation = Propagation.NOT_SUPPORTED)
    void on(OrderPlaced event) {
        sales.recount(event.vendorId(), event.orderId());
    }

    /** Cancelled and refunded orders take their units out again (idempotent, as above). */
    @ApplicationModuleListener(id = "catalog.recount-sales-of-changed-order", propagation = Propagation.NOT_SUPPORTED)
    void on(OrderStatusChanged event) {
        sales.recount(event.vendorId(), event.orderId());
    }

    /** Refunded units are taken out (idempotent, as above). */
    @ApplicationModuleListener(id = "catalog.recount-sales-of-refunded-order", propagation = Propagation.NOT_SUPPORTED)
    void on(OrderRefunded event) {
        sales.recount(event.vendorId(), event.orderId());
    }
}
