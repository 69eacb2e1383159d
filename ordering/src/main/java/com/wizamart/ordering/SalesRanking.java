package com.wizamart.ordering;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A vendor's best-selling products for dashboards, from its orders. Read-only. */
public interface SalesRanking {

    /**
     * The products sold most (by units) in orders placed from {@code from} to {@code toInclusive} (UTC days), not
     * counting {@code CANCELLED} or {@code REFUNDED} orders.
     *
     * @param limit 1 to 100.
     */
    List<ProductSales> topProducts(UUID vendorId, LocalDate from, LocalDate toInclusive, int limit);

    /**
     * @param name    the name the product was last sold under.
     * @param revenue gross, in {@code currency}.
     */
    record ProductSales(UUID productId, String sku, String name, long units, long orders, BigDecimal revenue,
                        String currency) {
    }
}
