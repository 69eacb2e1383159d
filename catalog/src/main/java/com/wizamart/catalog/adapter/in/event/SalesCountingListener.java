package com.wizamart.catalog.adapter.in.event;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.stereotype.Component;

import com.wizamart.catalog.application.SalesCounting;
import com.wizamart.ordering.OrderPlaced;

/** Counts units sold for the "bestselling" sort. */
@Component
class SalesCountingListener {

    private final SalesCounting sales;

    SalesCountingListener(SalesCounting sales) {
        this.sales = sales;
    }

    /** Idempotent: an order is counted once, whatever how often the event is delivered. */
    // No transaction of the listener's own (NOT_SUPPORTED): the use case runs in one that VendorScope.callAs opens
    // already bound to the event's vendor, which saves binding an empty transaction and re-binding it twice.
    @ApplicationModuleListener(id = "catalog.count-sales", propagation = Propagation.NOT_SUPPORTED)
    void on(OrderPlaced event) {
        Map<UUID, Integer> units = new LinkedHashMap<>();
        event.lines().forEach(l -> units.merge(l.productId(), l.quantity(), Integer::sum));
        sales.count(event.vendorId(), event.orderId(), units);
    }
}
