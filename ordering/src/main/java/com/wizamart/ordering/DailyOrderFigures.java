package com.wizamart.ordering;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The sales of one UTC day in one currency (ADR 0022).
 *
 * @param orders  orders placed that day that count as sales (not {@code CANCELLED} or {@code REFUNDED} now).
 * @param revenue the gross totals of those orders.
 */
public record DailyOrderFigures(LocalDate day, String currency, long orders, BigDecimal revenue) {
}
