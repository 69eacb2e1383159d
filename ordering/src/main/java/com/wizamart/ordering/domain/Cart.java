package com.wizamart.ordering.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A shopper's cart at one vendor: anonymous (by session id) or a customer's. Lines keep product ids and quantities
 * only; prices are read from the catalog every time the cart is shown or ordered.
 */
public record Cart(UUID id, UUID vendorId, String sessionId, UUID customerId, List<CartLine> lines, Instant createdAt,
                   Instant updatedAt) {

    public Cart {
        lines = List.copyOf(lines);
    }

    public boolean isEmpty() {
        return lines.isEmpty();
    }

    /** @return whether nobody touched the cart for longer than {@code idle} (an expired cart reads as empty). */
    public boolean idleSince(Instant now, Duration idle) {
        return updatedAt.plus(idle).isBefore(now);
    }

    /**
     * @return the lines of this cart with {@code other}'s added (quantities of the same product summed, capped at
     *         {@link CartLine#MAX_QUANTITY}).
     */
    public static List<CartLine> merge(List<CartLine> mine, List<CartLine> other) {
        Map<UUID, CartLine> merged = new LinkedHashMap<>();
        for (CartLine line : mine) {
            merged.put(line.productId(), line);
        }
        for (CartLine line : other) {
            merged.merge(line.productId(), line, (a, b) -> new CartLine(a.productId(),
                    Math.min(CartLine.MAX_QUANTITY, a.quantity() + b.quantity()), a.addedAt()));
        }
        return List.copyOf(merged.values());
    }
}
