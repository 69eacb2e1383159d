package com.wizamart.ordering;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** Figures about orders for dashboards (ADR 0022). Read-only. */
public interface OrderStatistics {

    /**
     * Per UTC day (of placing) and currency: the orders that count as sales and their revenue (ADR 0022: placed, not
     * cancelled or refunded; revenue their gross totals); days without such orders absent. vendorId null = all
     * vendors (cross-vendor read via VendorScope.acrossVendors).
     *
     * @return ordered by day, then currency.
     * @throws IllegalArgumentException when {@code from} is after {@code toInclusive} or the range exceeds 366 days.
     */
    List<DailyOrderFigures> daily(@Nullable UUID vendorId, LocalDate from, LocalDate toInclusive);

    /**
     * Every order by the status it has now (every OrderStatus name present, 0 when none): the order book, not a sales
     * figure; the orders that count as sales are the sum over every status but CANCELLED and REFUNDED. vendorId
     * null = all vendors.
     */
    Map<String, Long> countByStatus(@Nullable UUID vendorId);

    /**
     * Every order whose payment is recorded by the payment status it has now (every PaymentStatus name present, 0
     * when none); orders placed before payments were recorded are not counted. vendorId null = all vendors.
     */
    Map<String, Long> countByPaymentStatus(@Nullable UUID vendorId);
}
