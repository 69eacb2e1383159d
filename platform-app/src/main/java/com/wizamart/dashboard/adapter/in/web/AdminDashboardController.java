package com.wizamart.dashboard.adapter.in.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.wizamart.identity.UserStatistics;
import com.wizamart.identity.UserStatistics.UserCounts;
import com.wizamart.marketplace.ImportStatistics;
import com.wizamart.marketplace.ImportStatistics.DailyImports;
import com.wizamart.marketplace.ImportStatistics.LatestImport;
import com.wizamart.ordering.OrderStatistics;
import com.wizamart.sharedkernel.ValidationException;
import com.wizamart.tenancy.VendorCounts;
import com.wizamart.tenancy.Vendors;

/**
 * The admin dashboard: platform counts and time series (orders, revenue per currency, imports per UTC day), each
 * asked of the context that owns it through its public API. Ranges are {@code from}..{@code to} (inclusive UTC
 * days), or the last {@code days} days up to today; at most {@value #MAX_DAYS} days. Series are dense: a day
 * without activity is there with zeros, so charts need no gap filling.
 */
@RestController
@RequestMapping("/api/v1/admin/dashboard")
class AdminDashboardController {

    static final int MAX_DAYS = 366;
    static final int DEFAULT_DAYS = 30;
    private static final int SUMMARY_DAYS = 7;

    private final Vendors vendors;
    private final UserStatistics users;
    private final ImportStatistics imports;
    private final OrderStatistics orderStatistics;

    AdminDashboardController(Vendors vendors, UserStatistics users, ImportStatistics imports,
                             OrderStatistics orderStatistics) {
        this.vendors = vendors;
        this.users = users;
        this.imports = imports;
        this.orderStatistics = orderStatistics;
    }

    /** Sales (orders and revenue, ADR 0022) of one day in one currency, as ordering reports them. */
    record OrderDay(LocalDate day, String currency, long orders, BigDecimal revenue) {
    }

    /** Orders per day (all currencies), revenue per day and currency. */
    record DailyOrders(LocalDate day, long orders) {
    }

    record DailyRevenue(LocalDate day, String currency, BigDecimal revenue) {
    }

    /** What ordering tells the dashboard for a range. */
    record OrderSeries(List<DailyOrders> ordersPerDay, List<DailyRevenue> revenuePerDay, Map<String, Long> byStatus) {

        static OrderSeries of(LocalDate from, LocalDate to, List<OrderDay> days, Map<String, Long> byStatus) {
            Map<LocalDate, Long> orders = new TreeMap<>();
            Map<String, Map<LocalDate, BigDecimal>> revenue = new TreeMap<>();
            for (OrderDay d : days) {
                orders.merge(d.day(), d.orders(), Long::sum);
                revenue.computeIfAbsent(d.currency(), c -> new TreeMap<>()).merge(d.day(), d.revenue(), BigDecimal::add);
            }
            List<DailyOrders> ordersPerDay = new ArrayList<>();
            List<DailyRevenue> revenuePerDay = new ArrayList<>();
            for (LocalDate day : Range.days(from, to)) {
                ordersPerDay.add(new DailyOrders(day, orders.getOrDefault(day, 0L)));
                revenue.forEach((currency, amounts) -> revenuePerDay.add(
                        new DailyRevenue(day, currency, amounts.getOrDefault(day, BigDecimal.ZERO))));
            }
            return new OrderSeries(ordersPerDay, revenuePerDay, Map.copyOf(byStatus));
        }

        long orders() {
            return ordersPerDay.stream().mapToLong(DailyOrders::orders).sum();
        }

        Map<String, BigDecimal> revenue() {
            Map<String, BigDecimal> total = new TreeMap<>();
            revenuePerDay.forEach(r -> total.merge(r.currency(), r.revenue(), BigDecimal::add));
            return total;
        }
    }

    /** Imports of a range, added up. */
    record ImportTotals(long total, long completed, long failed, long cancelled, long active, long rowsProcessed,
                        long rowsFailed) {

        static ImportTotals of(List<DailyImports> days) {
            return new ImportTotals(days.stream().mapToLong(DailyImports::total).sum(),
                    days.stream().mapToLong(DailyImports::completed).sum(),
                    days.stream().mapToLong(DailyImports::failed).sum(),
                    days.stream().mapToLong(DailyImports::cancelled).sum(),
                    days.stream().mapToLong(DailyImports::active).sum(),
                    days.stream().mapToLong(DailyImports::rowsProcessed).sum(),
                    days.stream().mapToLong(DailyImports::rowsFailed).sum());
        }
    }

    record OrderTotals(long orders, Map<String, BigDecimal> revenue) {
    }

    /**
     * @param ordersByPaymentStatus every order with a recorded payment by its payment status now (every status
     *                              present, 0 when none).
     */
    record Summary(VendorCounts vendors, UserCounts users, int days, ImportTotals imports, OrderTotals orders,
                   Map<String, Long> ordersByStatus, Instant generatedAt, Map<String, Long> ordersByPaymentStatus) {
    }

    record Stats(LocalDate from, LocalDate to, List<DailyOrders> ordersPerDay, List<DailyRevenue> revenuePerDay,
                 List<DailyImports> importsPerDay) {
    }

    record MarketplaceStats(LocalDate from, LocalDate to, UUID vendorId, ImportTotals totals,
                            List<DailyImports> importsPerDay, List<LatestImport> latestPerMarketplace) {
    }

    record PlatformStats(VendorCounts vendors, UserCounts users, Map<String, Long> ordersByStatus) {
    }

    /** The admin home: platform counts and the last seven days. */
    @GetMapping
    Summary summary() {
        Range range = Range.of(null, null, SUMMARY_DAYS);
        OrderSeries orders = orders(range);
        return new Summary(vendors.counts(), users.counts(), SUMMARY_DAYS, ImportTotals.of(importsPerDay(range, null)),
                new OrderTotals(orders.orders(), orders.revenue()), orders.byStatus(), Instant.now(),
                orderStatistics.countByPaymentStatus(null));
    }

    /** All series of a range: orders/day, revenue/day per currency, imports/day. */
    @GetMapping("/stats")
    Stats stats(@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to,
                @RequestParam(required = false) Integer days) {
        Range range = Range.of(from, to, days);
        OrderSeries orders = orders(range);
        return new Stats(range.from(), range.to(), orders.ordersPerDay(), orders.revenuePerDay(),
                importsPerDay(range, null));
    }

    /** Imports per day with their outcomes, of all vendors or of one (then also its latest import per feed). */
    @GetMapping("/stats/marketplace")
    MarketplaceStats marketplace(@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
                                 @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to,
                                 @RequestParam(required = false) Integer days,
                                 @RequestParam(required = false) UUID vendorId) {
        Range range = Range.of(from, to, days);
        if (vendorId != null) {
            vendors.details(vendorId);
        }
        List<DailyImports> daily = importsPerDay(range, vendorId);
        return new MarketplaceStats(range.from(), range.to(), vendorId, ImportTotals.of(daily), daily,
                vendorId == null ? List.of() : imports.latestPerMarketplace(vendorId));
    }

    /** Platform counts: vendors, users, orders per status. */
    @GetMapping("/stats/platform")
    PlatformStats platform() {
        return new PlatformStats(vendors.counts(), users.counts(), orders(Range.of(null, null, 1)).byStatus());
    }

    private List<DailyImports> importsPerDay(Range range, UUID vendorId) {
        List<DailyImports> sparse = vendorId == null ? imports.daily(range.from(), range.to())
                : imports.daily(vendorId, range.from(), range.to());
        Map<LocalDate, DailyImports> byDay = new TreeMap<>();
        sparse.forEach(d -> byDay.put(d.day(), d));
        return Range.days(range.from(), range.to()).stream()
                .map(day -> byDay.getOrDefault(day, new DailyImports(day, 0, 0, 0, 0, 0, 0, 0))).toList();
    }

    /** Orders per day, revenue per day and currency, and orders per status, from ordering's public API. */
    private OrderSeries orders(Range range) {
        List<OrderDay> days = orderStatistics.daily(null, range.from(), range.to()).stream()
                .map(f -> new OrderDay(f.day(), f.currency(), f.orders(), f.revenue())).toList();
        return OrderSeries.of(range.from(), range.to(), days, orderStatistics.countByStatus(null));
    }

    /** Inclusive UTC days. */
    record Range(LocalDate from, LocalDate to) {

        static Range of(LocalDate from, LocalDate to, Integer days) {
            if (days != null && (days < 1 || days > MAX_DAYS)) {
                throw ValidationException.of("days", "must be between 1 and " + MAX_DAYS);
            }
            LocalDate end = to != null ? to : LocalDate.now(ZoneOffset.UTC);
            LocalDate start = from != null ? from : end.minusDays((days != null ? days : DEFAULT_DAYS) - 1L);
            if (start.isAfter(end)) {
                throw ValidationException.of("from", "must not be after to");
            }
            if (ChronoUnit.DAYS.between(start, end) >= MAX_DAYS) {
                throw ValidationException.of("from", "the range may span at most " + MAX_DAYS + " days");
            }
            return new Range(start, end);
        }

        static List<LocalDate> days(LocalDate from, LocalDate to) {
            return from.datesUntil(to.plusDays(1)).toList();
        }
    }
}
