package com.wizamart.ordering.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * An order's life: {@code PENDING -> CONFIRMED -> (PROCESSING ->) SHIPPED -> DELIVERED}; {@code PENDING},
 * {@code CONFIRMED} and {@code PROCESSING} may be {@code CANCELLED}; from {@code CONFIRMED} on, an order whose every
 * unit was refunded is {@code REFUNDED}. A shipped order is never cancelled: its goods come back through a return.
 * {@code CANCELLED} and {@code REFUNDED} are final.
 */
public enum OrderStatus {

    PENDING, CONFIRMED, PROCESSING, SHIPPED, DELIVERED, CANCELLED, REFUNDED;

    /** @return the statuses this one may move to. */
    public Set<OrderStatus> next() {
        return switch (this) {
            case PENDING -> EnumSet.of(CONFIRMED, CANCELLED);
            case CONFIRMED -> EnumSet.of(PROCESSING, SHIPPED, CANCELLED, REFUNDED);
            case PROCESSING -> EnumSet.of(SHIPPED, CANCELLED, REFUNDED);
            case SHIPPED -> EnumSet.of(DELIVERED, REFUNDED);
            case DELIVERED -> EnumSet.of(REFUNDED);
            case CANCELLED, REFUNDED -> EnumSet.noneOf(OrderStatus.class);
        };
    }

    public boolean canMoveTo(OrderStatus target) {
        return next().contains(target);
    }

    /** @return whether the order's goods have left ({@code SHIPPED}, {@code DELIVERED}). */
    public boolean hasShipped() {
        return this == SHIPPED || this == DELIVERED;
    }

    /**
     * @return whether units may be refunded: from {@code CONFIRMED} to {@code DELIVERED}. Before shipping a refund
     *         drops the units from the order (they are never sold); after, they were sold and may be restocked.
     */
    public boolean isRefundable() {
        return canMoveTo(REFUNDED);
    }

    /** @return whether goods may be returned: once shipped. */
    public boolean isReturnable() {
        return hasShipped();
    }

    /**
     * The rule every sales figure follows (orders, revenue, units sold, a customer's spend; ADR 0022): an order
     * counts from the moment it is placed, until it is cancelled or refunded.
     *
     * @return whether an order in this status counts as a sale (every status but {@code CANCELLED} and
     *         {@code REFUNDED}).
     */
    public boolean countsAsSale() {
        return this != CANCELLED && this != REFUNDED;
    }

    /** @return the status named {@code name} (case-insensitive), or {@literal null} when there is none. */
    public static OrderStatus parse(String name) {
        if (name == null) {
            return null;
        }
        for (OrderStatus s : values()) {
            if (s.name().equalsIgnoreCase(name.strip())) {
                return s;
            }
        }
        return null;
    }
}
