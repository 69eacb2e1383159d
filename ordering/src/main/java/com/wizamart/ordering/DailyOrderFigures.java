package com.wizamart.ordering;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Orders placed on one UTC day in one currency.
 *
 * @param orders  orders placed that day (whatever their status now).
 * @param revenue gross totals of those orders that are not {@code CANCELLED} or {@code REFUNDED}.
 */
public record DailyOrderFigures(LocalDate day, String currency, long orders, BigDecimal revenue) {
}
