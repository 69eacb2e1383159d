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
     * One customer's orders at the vendor.
     *
     * @param orderCount   every order placed, whatever its status now.
     * @param totalSpent   gross totals of the orders not {@code CANCELLED} or {@code REFUNDED}, per currency; empty
     *                     when there are none.
     * @param firstOrderAt {@literal null} when the customer never ordered.
     * @param lastOrderAt  {@literal null} when the customer never ordered.
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
