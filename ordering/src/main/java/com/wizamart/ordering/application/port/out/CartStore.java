package com.wizamart.ordering.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.wizamart.ordering.domain.Cart;
import com.wizamart.ordering.domain.CartLine;

/**
 * The bound vendor's carts. {@code lock*} methods read a cart with its lines and lock it until the transaction ends,
 * so concurrent changes of one cart queue.
 */
public interface CartStore {

    /** The anonymous cart of a session (none once a customer took it over). */
    Optional<Cart> lockBySession(String sessionId);

    Optional<Cart> lockByCustomer(UUID customerId);

    /** The customer's cart and the session's anonymous one (to take over or merge), both locked by one statement. */
    CustomerCarts lockForCustomer(UUID customerId, String sessionId);

    record CustomerCarts(Optional<Cart> own, Optional<Cart> anonymous) {
    }

    /** Locks the anonymous cart of the session, creating it empty first when missing (racing creators agree). */
    Cart lockOrCreateForSession(String sessionId, Instant now);

    /** Locks the customer's cart, creating it empty first when missing (racing creators agree). */
    Cart lockOrCreateForCustomer(UUID customerId, String sessionId, Instant now);

    /** Makes an anonymous cart the customer's. */
    void attach(UUID cartId, UUID customerId, Instant now);

    /** Sets the quantity of a product's line, adding the line when missing. */
    void setLine(UUID cartId, UUID productId, int quantity, Instant now);

    /** @return whether the line existed. */
    boolean removeLine(UUID cartId, UUID productId, Instant now);

    /** Replaces all lines (merging carts). */
    void replaceLines(UUID cartId, List<CartLine> lines, Instant now);

    /** Removes all lines. */
    void clear(UUID cartId, Instant now);

    void delete(UUID cartId);

    /** Deletes the bound vendor's carts untouched since {@code before}; @return how many. */
    int deleteIdleSince(Instant before);

    /** Across vendors (call in a cross-vendor read): vendors that have carts untouched since {@code before}. */
    List<UUID> vendorsWithIdleCarts(Instant before, int limit);
}
