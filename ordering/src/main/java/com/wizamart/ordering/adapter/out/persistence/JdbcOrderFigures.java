package com.wizamart.ordering.adapter.out.persistence;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.wizamart.ordering.CustomerOrderFigures.CustomerOrders;
import com.wizamart.ordering.DailyOrderFigures;
import com.wizamart.ordering.SalesRanking;
import com.wizamart.ordering.application.port.out.OrderFigures;

/**
 * Aggregates over orders (one vendor, or all in a cross-vendor read when the vendor id is null). Every sales figure
 * reads {@link CountedSales}; only the count per status reads every order.
 */
@Repository
class JdbcOrderFigures implements OrderFigures {

    private final JdbcClient jdbc;

    JdbcOrderFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<DailyOrderFigures> daily(UUID vendorId, LocalDate from, LocalDate toInclusive) {
        Map<String, Object> p = range(from, toInclusive);
        String vendor = vendorFilter(vendorId, p);
        return jdbc.sql("""
                select (placed_at at time zone 'UTC')::date as day, currency, count(*) as orders,
                  sum(revenue) as revenue
                from %s counted where placed_at >= :from and placed_at < :to %s
                group by 1, 2 order by 1, 2""".formatted(CountedSales.ORDERS, vendor))
                .params(p)
                .query((rs, n) -> new DailyOrderFigures(rs.getObject("day", LocalDate.class), rs.getString("currency"),
                        rs.getLong("orders"), rs.getBigDecimal("revenue").setScale(2)))
                .list();
    }

    @Override
    public Map<String, Long> countByStatus(UUID vendorId) {
        Map<String, Object> p = new HashMap<>();
        String vendor = vendorFilter(vendorId, p);
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.sql("select status, count(*) as n from ordering_orders where true " + vendor + " group by status")
                .params(p).query(rs -> {
                    counts.put(rs.getString("status"), rs.getLong("n"));
                });
        return counts;
    }

    @Override
    public Map<String, Long> countByPaymentStatus(UUID vendorId) {
        Map<String, Object> p = new HashMap<>();
        String vendor = vendorFilter(vendorId, p);
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.sql("select payment_status, count(*) as n from ordering_orders where payment_status is not null " + vendor
                        + " group by payment_status")
                .params(p).query(rs -> {
                    counts.put(rs.getString("payment_status"), rs.getLong("n"));
                });
        return counts;
    }

    @Override
    public List<SalesRanking.ProductSales> topProducts(UUID vendorId, LocalDate from, LocalDate toInclusive,
                                                       int limit) {
        Map<String, Object> p = range(from, toInclusive);
        p.put("vendor", vendorId);
        p.put("limit", limit);
        return jdbc.sql("""
                select product_id, (array_agg(sku order by placed_at desc))[1] as sku,
                  (array_agg(name order by placed_at desc))[1] as name, sum(units) as units,
                  count(distinct order_id) as orders, sum(revenue) as revenue, currency
                from %s counted
                where vendor_id = :vendor and placed_at >= :from and placed_at < :to
                group by product_id, currency
                order by units desc, revenue desc, product_id limit :limit""".formatted(CountedSales.LINES))
                .params(p)
                .query((rs, n) -> new SalesRanking.ProductSales(rs.getObject("product_id", UUID.class),
                        rs.getString("sku"), rs.getString("name"), rs.getLong("units"), rs.getLong("orders"),
                        rs.getBigDecimal("revenue"), rs.getString("currency")))
                .list();
    }

    @Override
    public List<CustomerOrders> customers(UUID vendorId, Collection<UUID> customerIds) {
        // one row per customer and currency (read off ordering_orders_customer_idx); folded per customer below
        Map<UUID, Fold> folds = new LinkedHashMap<>();
        jdbc.sql("""
                select customer_id, currency, count(*) as orders, sum(revenue) as spent,
                  min(placed_at) as first_order_at, max(placed_at) as last_order_at
                from %s counted where vendor_id = :vendor and customer_id in (:ids)
                group by customer_id, currency""".formatted(CountedSales.ORDERS))
                .param("vendor", vendorId).param("ids", List.copyOf(customerIds))
                .query(rs -> {
                    folds.computeIfAbsent(rs.getObject("customer_id", UUID.class), Fold::new)
                            .add(rs.getString("currency"), rs.getLong("orders"), rs.getBigDecimal("spent"),
                                    JdbcCartStore.instant(rs, "first_order_at"),
                                    JdbcCartStore.instant(rs, "last_order_at"));
                });
        List<CustomerOrders> result = new ArrayList<>();
        folds.values().forEach(f -> result.add(f.figures()));
        return result;
    }

    @Override
    public Map<UUID, Integer> unitsSold(UUID vendorId, UUID orderId) {
        Map<UUID, Integer> units = new LinkedHashMap<>();
        jdbc.sql("""
                select product_id, sum(units) as units from %s counted
                where vendor_id = :vendor and order_id = :order group by product_id order by product_id"""
                        .formatted(CountedSales.LINES))
                .param("vendor", vendorId).param("order", orderId)
                .query(rs -> {
                    units.put(rs.getObject("product_id", UUID.class), rs.getInt("units"));
                });
        return units;
    }

    /** A customer's figures, summed over the currencies they ordered in. */
    private static final class Fold {

        private final UUID customerId;
        private final Map<String, BigDecimal> spent = new TreeMap<>();
        private long orders;
        private Instant first;
        private Instant last;

        Fold(UUID customerId) {
            this.customerId = customerId;
        }

        void add(String currency, long orders, BigDecimal spent, Instant first, Instant last) {
            this.orders += orders;
            this.spent.put(currency, spent);
            this.first = this.first == null || first.isBefore(this.first) ? first : this.first;
            this.last = this.last == null || last.isAfter(this.last) ? last : this.last;
        }

        CustomerOrders figures() {
            return new CustomerOrders(customerId, orders, spent, first, last);
        }
    }

    private static Map<String, Object> range(LocalDate from, LocalDate toInclusive) {
        Map<String, Object> p = new HashMap<>();
        p.put("from", Timestamp.from(from.atStartOfDay(ZoneOffset.UTC).toInstant()));
        p.put("to", Timestamp.from(toInclusive.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
        return p;
    }

    private static String vendorFilter(UUID vendorId, Map<String, Object> p) {
        if (vendorId == null) {
            return "";
        }
        p.put("vendor", vendorId);
        return " and vendor_id = :vendor";
    }
}
