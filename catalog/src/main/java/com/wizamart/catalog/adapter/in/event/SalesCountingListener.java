package com.wizamart.catalog.adapter.in.event;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.modulith.events.ApplicationModuleListener;
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
    @ApplicationModuleListener(id = "catalog.count-sales")
    void on(OrderPlaced event) {
        Map<UUID, Integer> units = new LinkedHashMap<>();
        event.lines().forEach(l -> units.merge(l.productId(), l.quantity(), Integer::sum));
        sales.count(event.vendorId(), event.orderId(), units);
    }
}
