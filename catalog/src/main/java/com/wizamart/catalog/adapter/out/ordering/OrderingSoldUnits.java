package com.wizamart.catalog.adapter.out.ordering;

import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

import com.wizamart.catalog.application.port.out.SoldUnits;
import com.wizamart.ordering.SalesRanking;

/** The units an order sold, asked of ordering's public {@link SalesRanking}. */
@Component
class OrderingSoldUnits implements SoldUnits {

    private final SalesRanking sales;

    OrderingSoldUnits(SalesRanking sales) {
        this.sales = sales;
    }

    @Override
    public Map<UUID, Integer> ofOrder(UUID vendorId, UUID orderId) {
        return sales.unitsSold(vendorId, orderId);
    }
}
