package com.wizamart.catalog.adapter.in.event;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

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
    // no transaction of its own: the use case's VendorScope.callAs opens one bound to the event's vendor (ADR 0010)
    @ApplicationModuleListener(id = "catalog.count-sales", propagation = Propagation.NOT_SUPPORTED)
    void on(OrderPlaced event) {
        Map<UUID, Integer> units = new LinkedHashMap<>();
        event.lines().forEach(l -> units.merge(l.productId(), l.quantity(), Integer::sum));
        sales.count(event.vendorId(), event.orderId(), units);
    }
}
