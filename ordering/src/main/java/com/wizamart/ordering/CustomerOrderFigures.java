package com.wizamart.ordering;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What the bound vendor's orders say about some of its customers, for views that list customers (the customers
 * themselves belong to identity). Read-only.
 */
public interface CustomerOrderFigures {

    /** The most customer ids one call may ask about (a page of a list). */
    int MAX_CUSTOMERS = 500;

    /**
     * The figures of each customer, read in one statement.
     *
     * @param customerIds at most {@link #MAX_CUSTOMERS}; ids that never ordered at the vendor (or are not its
     *                    customers at all) get {@link CustomerOrders#none}.
     * @return an entry for every requested id.
     * @throws IllegalArgumentException for more than {@link #MAX_CUSTOMERS} ids.
     */
    Map<UUID, CustomerOrders> of(Collection<UUID> customerIds);

    /**
     * One customer's orders at the vendor: those that count as sales (ADR 0022: placed, not {@code CANCELLED} or
     * {@code REFUNDED} now), as every other figure counts them.
     *
     * @param orderCount   the customer's orders that count.
     * @param totalSpent   the customer's spend: the gross totals of those orders, per currency; empty when there are
     *                     none.
     * @param firstOrderAt when the first of those orders was placed; {@literal null} when there is none.
     * @param lastOrderAt  when the last of those orders was placed; {@literal null} when there is none.
     */
    record CustomerOrders(UUID customerId, long orderCount, Map<String, BigDecimal> totalSpent,
                          @Nullable Instant firstOrderAt, @Nullable Instant lastOrderAt) {

        public CustomerOrders {
            totalSpent = Collections.unmodifiableMap(new TreeMap<>(totalSpent));
        }

        /** @return the figures of a customer who never ordered. */
        public static CustomerOrders none(UUID customerId) {
            return new CustomerOrders(customerId, 0, Map.of(), null, null);
        }
    }
}
