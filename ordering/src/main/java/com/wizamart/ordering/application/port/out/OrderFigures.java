package com.wizamart.ordering.application.port.out;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.wizamart.ordering.CustomerOrderFigures.CustomerOrders;
import com.wizamart.ordering.DailyOrderFigures;
import com.wizamart.ordering.SalesRanking;

/**
 * Aggregates over orders. With a vendor bound they cover that vendor; inside a cross-vendor read with
 * {@code vendorId == null}, all vendors. Sales figures count the orders and lines ADR 0022 defines as sold.
 */
public interface OrderFigures {

    List<DailyOrderFigures> daily(UUID vendorId, LocalDate from, LocalDate toInclusive);

    /** @return counts of the statuses that have orders. */
    Map<String, Long> countByStatus(UUID vendorId);

    /** @return counts of the payment statuses that have orders (orders without a recorded payment left out). */
    Map<String, Long> countByPaymentStatus(UUID vendorId);

    List<SalesRanking.ProductSales> topProducts(UUID vendorId, LocalDate from, LocalDate toInclusive, int limit);

    /** @return the units of each product the order counts as sold now; empty when the order does not count. */
    Map<UUID, Integer> unitsSold(UUID vendorId, UUID orderId);

    /** @return the figures of those of {@code customerIds} (not empty) who ordered at the vendor. */
    List<CustomerOrders> customers(UUID vendorId, Collection<UUID> customerIds);
}
