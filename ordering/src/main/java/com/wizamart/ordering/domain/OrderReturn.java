package com.wizamart.ordering.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Goods of a shipped order coming back: asked for (by the customer or recorded by the vendor), received (and then
 * restocked or not), and refunded; or rejected before they arrive. While open ({@code REQUESTED}, {@code RECEIVED})
 * its units are held: they can be neither returned again nor refunded outside the return.
 *
 * @param restock    decided on receipt; {@literal null} before.
 * @param note       the vendor's note on the latest move.
 * @param byCustomer whether the customer asked for it (else the vendor recorded it).
 * @param actorId    who asked for or recorded it.
 * @param refundId   the refund that settled it, once {@code REFUNDED}.
 */
public record OrderReturn(UUID id, UUID orderId, Status status, String reason, String note, Boolean restock,
                          boolean byCustomer, UUID actorId, String actorEmail, UUID refundId, Instant requestedAt,
                          Instant receivedAt, Instant updatedAt, List<Line> lines) {

    /** {@code REQUESTED -> RECEIVED -> REFUNDED}, {@code REQUESTED -> REJECTED}; the last two are final. */
    public enum Status {
        REQUESTED, RECEIVED, REFUNDED, REJECTED;

        public Set<Status> next() {
            return switch (this) {
                case REQUESTED -> EnumSet.of(RECEIVED, REJECTED);
                case RECEIVED -> EnumSet.of(REFUNDED);
                case REFUNDED, REJECTED -> EnumSet.noneOf(Status.class);
            };
        }

        /** @return the status named {@code name} (case-insensitive), or {@literal null}. */
        public static Status parse(String name) {
            if (name == null) {
                return null;
            }
            for (Status s : values()) {
                if (s.name().equalsIgnoreCase(name.strip())) {
                    return s;
                }
            }
            return null;
        }
    }

    /** Units of one order line coming back. */
    public record Line(int lineNo, UUID productId, String sku, String name, int quantity) {
    }

    public OrderReturn {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(status, "status");
        lines = List.copyOf(lines);
    }

    public boolean isOpen() {
        return status == Status.REQUESTED || status == Status.RECEIVED;
    }

    /**
     * @return the return received: its goods arrived; {@code restock} says whether they go back into stock.
     * @throws com.wizamart.sharedkernel.DomainException {@code INVALID_RETURN_STATUS} unless {@code REQUESTED}.
     */
    public OrderReturn receive(boolean restock, String note, Instant at) {
        require(Status.RECEIVED);
        return new OrderReturn(id, orderId, Status.RECEIVED, reason, note, restock, byCustomer, actorId, actorEmail,
                null, requestedAt, at, at, lines);
    }

    /** @throws com.wizamart.sharedkernel.DomainException {@code INVALID_RETURN_STATUS} unless {@code REQUESTED}. */
    public OrderReturn reject(String note, Instant at) {
        require(Status.REJECTED);
        return new OrderReturn(id, orderId, Status.REJECTED, reason, note, restock, byCustomer, actorId, actorEmail,
                null, requestedAt, receivedAt, at, lines);
    }

    /**
     * @return the return settled by {@code refund}.
     * @throws com.wizamart.sharedkernel.DomainException {@code INVALID_RETURN_STATUS} unless {@code RECEIVED}.
     */
    public OrderReturn refunded(UUID refund, String note, Instant at) {
        require(Status.REFUNDED);
        return new OrderReturn(id, orderId, Status.REFUNDED, reason, note, restock, byCustomer, actorId, actorEmail,
                refund, requestedAt, receivedAt, at, lines);
    }

    /** @throws com.wizamart.sharedkernel.DomainException {@code INVALID_RETURN_STATUS} for a move the life forbids. */
    public void require(Status target) {
        if (!status.next().contains(target)) {
            throw OrderingException.invalidReturnStatus(status, target);
        }
    }

    /** @return the lines as a refund asks for them. */
    public List<RequestedLine> asRefundLines() {
        return lines.stream().map(l -> new RequestedLine(l.lineNo(), null, l.quantity(), false)).toList();
    }

    /** @return units held per order line (by number) by the open ones among {@code returns}, but {@code except}. */
    public static Map<Integer, Integer> held(Collection<OrderReturn> returns, UUID except) {
        Map<Integer, Integer> held = new HashMap<>();
        for (OrderReturn r : returns) {
            if (r.isOpen() && !r.id().equals(except)) {
                r.lines().forEach(l -> held.merge(l.lineNo(), l.quantity(), Integer::sum));
            }
        }
        return held;
    }
}
