package com.wizamart.ordering.application;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.wizamart.ordering.CustomerOrderFigures;
import com.wizamart.ordering.DailyOrderFigures;
import com.wizamart.ordering.OrderStatistics;
import com.wizamart.ordering.PaymentStatus;
import com.wizamart.ordering.SalesRanking;
import com.wizamart.ordering.application.port.out.OrderFigures;
import com.wizamart.ordering.domain.OrderStatus;
import com.wizamart.tenancy.VendorContext;
import com.wizamart.tenancy.VendorScope;

/**
 * {@link OrderStatistics}, {@link SalesRanking} and {@link CustomerOrderFigures} for dashboards and the catalog: one
 * vendor, or all of them in an audited read. Every sales figure follows the one definition of ADR 0022.
 */
@Service
public class OrderReports implements OrderStatistics, SalesRanking, CustomerOrderFigures {

    private static final long MAX_DAYS = 366;

    private final OrderFigures figures;
    private final VendorScope vendorScope;

    OrderReports(OrderFigures figures, VendorScope vendorScope) {
        this.figures = figures;
        this.vendorScope = vendorScope;
    }

    @Override
    @Transactional(readOnly = true)
    public List<DailyOrderFigures> daily(UUID vendorId, LocalDate from, LocalDate toInclusive) {
        checkRange(from, toInclusive);
        return scoped(vendorId, "order figures per day", () -> figures.daily(vendorId, from, toInclusive));
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Long> countByStatus(UUID vendorId) {
        Map<String, Long> counts = scoped(vendorId, "order counts per status", () -> figures.countByStatus(vendorId));
        Map<String, Long> all = new LinkedHashMap<>();
        for (OrderStatus s : OrderStatus.values()) {
            all.put(s.name(), counts.getOrDefault(s.name(), 0L));
        }
        return all;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Long> countByPaymentStatus(UUID vendorId) {
        Map<String, Long> counts = scoped(vendorId, "order counts per payment status",
                () -> figures.countByPaymentStatus(vendorId));
        Map<String, Long> all = new LinkedHashMap<>();
        for (PaymentStatus s : PaymentStatus.values()) {
            all.put(s.name(), counts.getOrDefault(s.name(), 0L));
        }
        return all;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ProductSales> topProducts(UUID vendorId, LocalDate from, LocalDate toInclusive, int limit) {
        checkRange(from, toInclusive);
        if (limit < 1 || limit > 100) {
            throw new IllegalArgumentException("limit must be 1 to 100");
        }
        return vendorScope.callAs(vendorId, () -> figures.topProducts(vendorId, from, toInclusive, limit));
    }

    @Override
    @Transactional(readOnly = true)
    public Map<UUID, Integer> unitsSold(UUID vendorId, UUID orderId) {
        return vendorScope.callAs(vendorId, () -> figures.unitsSold(vendorId, orderId));
    }

    @Override
    @Transactional(readOnly = true)
    public Map<UUID, CustomerOrders> of(Collection<UUID> customerIds) {
        if (customerIds.size() > MAX_CUSTOMERS) {
            throw new IllegalArgumentException("at most " + MAX_CUSTOMERS + " customers at a time");
        }
        Map<UUID, CustomerOrders> all = new LinkedHashMap<>();
        customerIds.forEach(id -> all.put(id, CustomerOrders.none(id)));
        if (!all.isEmpty()) {
            figures.customers(VendorContext.require(), all.keySet()).forEach(f -> all.put(f.customerId(), f));
        }
        return all;
    }

    private <T> T scoped(UUID vendorId, String reason, Supplier<T> work) {
        return vendorId == null ? vendorScope.acrossVendors(reason + " across vendors", work)
                : vendorScope.callAs(vendorId, work);
    }

    private static void checkRange(LocalDate from, LocalDate toInclusive) {
        if (from == null || toInclusive == null || from.isAfter(toInclusive)
                || ChronoUnit.DAYS.between(from, toInclusive) >= MAX_DAYS) {
            throw new IllegalArgumentException("from must not be after toInclusive, and the range at most 366 days");
        }
    }
}
