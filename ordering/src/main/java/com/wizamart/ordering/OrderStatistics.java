package com.wizamart.ordering;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** Figures about orders for dashboards. Read-only. */
public interface OrderStatistics {

    /**
     * Per UTC day and currency: orders placed and revenue (gross totals of orders not CANCELLED/REFUNDED), days
     * without orders absent. vendorId null = all vendors (cross-vendor read via VendorScope.acrossVendors).
     *
     * @return ordered by day, then currency.
     * @throws IllegalArgumentException when {@code from} is after {@code toInclusive} or the range exceeds 366 days.
     */
    List<DailyOrderFigures> daily(@Nullable UUID vendorId, LocalDate from, LocalDate toInclusive);

    /** Order counts per status (every OrderStatus name present, 0 when none). vendorId null = all vendors. */
    Map<String, Long> countByStatus(@Nullable UUID vendorId);
}
