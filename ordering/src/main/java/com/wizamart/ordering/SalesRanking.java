package com.wizamart.ordering;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What a vendor's products sold, for dashboards and the catalog's "bestselling" sort. Read-only. Units sold follow
 * one definition (ADR 0022): the quantities of the lines of orders that count as sales, i.e. placed and neither
 * cancelled nor refunded.
 */
public interface SalesRanking {

    /**
     * The products sold most (by units) in orders placed from {@code from} to {@code toInclusive} (UTC days).
     *
     * @param limit 1 to 100.
     */
    List<ProductSales> topProducts(UUID vendorId, LocalDate from, LocalDate toInclusive, int limit);

    /**
     * The units of each product one order adds to the products' sales as it stands now: its lines' quantities while
     * it counts, nothing once it is cancelled or refunded. Those who keep a running total per product (the catalog)
     * ask this whenever the order changes and apply the difference to what they counted before.
     *
     * @return units per product; empty for an order that does not count (or is not the vendor's).
     */
    Map<UUID, Integer> unitsSold(UUID vendorId, UUID orderId);

    /**
     * @param units   units sold (see the interface).
     * @param orders  orders that count with at least one line of the product.
     * @param name    the name the product was last sold under.
     * @param revenue gross line totals, in {@code currency}.
     */
    record ProductSales(UUID productId, String sku, String name, long units, long orders, BigDecimal revenue,
                        String currency) {
    }
}
