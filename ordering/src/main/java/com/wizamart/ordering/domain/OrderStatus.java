package com.wizamart.ordering.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * An order's life: {@code PENDING -> CONFIRMED -> PROCESSING -> SHIPPED -> DELIVERED}; {@code PENDING},
 * {@code CONFIRMED} and {@code PROCESSING} may be {@code CANCELLED}; {@code DELIVERED} may be {@code REFUNDED}.
 * {@code CANCELLED} and {@code REFUNDED} are final.
 */
public enum OrderStatus {

    PENDING, CONFIRMED, PROCESSING, SHIPPED, DELIVERED, CANCELLED, REFUNDED;

    /** @return the statuses this one may move to. */
    public Set<OrderStatus> next() {
        return switch (this) {
            case PENDING -> EnumSet.of(CONFIRMED, CANCELLED);
            case CONFIRMED -> EnumSet.of(PROCESSING, CANCELLED);
            case PROCESSING -> EnumSet.of(SHIPPED, CANCELLED);
            case SHIPPED -> EnumSet.of(DELIVERED);
            case DELIVERED -> EnumSet.of(REFUNDED);
            case CANCELLED, REFUNDED -> EnumSet.noneOf(OrderStatus.class);
        };
    }

    public boolean canMoveTo(OrderStatus target) {
        return next().contains(target);
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
