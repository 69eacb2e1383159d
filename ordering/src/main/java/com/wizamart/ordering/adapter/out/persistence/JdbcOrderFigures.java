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

/** Aggregates over orders (one vendor, or all in a cross-vendor read when the vendor id is null). */
@Repository
class JdbcOrderFigures implements OrderFigures {

    private static final String NOT_COUNTED = "('CANCELLED', 'REFUNDED')";

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
                  coalesce(sum(total) filter (where status not in %s), 0) as revenue
                from ordering_orders where placed_at >= :from and placed_at < :to %s
                group by 1, 2 order by 1, 2""".formatted(NOT_COUNTED, vendor))
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
    public List<SalesRanking.ProductSales> topProducts(UUID vendorId, LocalDate from, LocalDate toInclusive,
                                                       int limit) {
        Map<String, Object> p = range(from, toInclusive);
        p.put("vendor", vendorId);
        p.put("limit", limit);
        return jdbc.sql("""
                select l.product_id, (array_agg(l.sku order by o.placed_at desc))[1] as sku,
                  (array_agg(l.name order by o.placed_at desc))[1] as name, sum(l.quantity) as units,
                  count(distinct o.id) as orders, sum(l.line_total) as revenue, o.currency
                from ordering_order_lines l
                join ordering_orders o on o.vendor_id = l.vendor_id and o.id = l.order_id
                where o.vendor_id = :vendor and l.vendor_id = :vendor and o.placed_at >= :from and o.placed_at < :to
                  and o.status not in %s
                group by l.product_id, o.currency
                order by units desc, revenue desc, l.product_id limit :limit""".formatted(NOT_COUNTED))
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
                select customer_id, currency, count(*) as orders,
                  sum(total) filter (where status not in %s) as spent,
                  min(placed_at) as first_order_at, max(placed_at) as last_order_at
                from ordering_orders where vendor_id = :vendor and customer_id in (:ids)
                group by customer_id, currency""".formatted(NOT_COUNTED))
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
            if (spent != null) {
                this.spent.put(currency, spent);
            }
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
