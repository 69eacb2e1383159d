package com.wizamart.ordering.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionOperations;

import com.wizamart.ordering.OrderStatusChanged;
import com.wizamart.ordering.config.OrderingProperties;
import com.wizamart.ordering.application.port.out.OrderStore;
import com.wizamart.ordering.domain.Order;
import com.wizamart.ordering.domain.OrderPaymentStatus;
import com.wizamart.ordering.domain.OrderStatus;
import com.wizamart.ordering.domain.OrderingException;
import com.wizamart.ordering.domain.StatusChange;
import com.wizamart.ordering.spi.StockReservation;
import com.wizamart.ordering.spi.StockReservation.ReservationLine;
import com.wizamart.ordering.spi.TeamMembers;
import com.wizamart.sharedkernel.ValidationException;
import com.wizamart.tenancy.Actor;
import com.wizamart.tenancy.AuditEntry;
import com.wizamart.tenancy.AuditTrail;
import com.wizamart.tenancy.VendorContext;
import com.wizamart.tenancy.VendorScope;

/**
 * Moving orders through their lifecycle (vendor staff, and the hold-time sweep that cancels pending orders nobody
 * confirmed), and assigning them to team members. Every move locks the order, checks the transition, records the
 * history entry and publishes {@link OrderStatusChanged} in the same transaction; inventory follows it (commit on
 * shipping, release on cancelling). A move to {@code REFUNDED} refunds every unit not refunded yet
 * ({@link Refunding}). An order with backordered units (preorder or backorder products ordered beyond their stock)
 * ships only once they are in stock: shipping reserves them first, in the same transaction, or is refused with
 * {@code BACKORDER_NOT_IN_STOCK} ({@link StatusMoves}).
 */
@Service
public class OrderLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OrderLifecycle.class);
    private static final int SWEEP_BATCH = 200;

    private final OrderStore orders;
    private final StatusMoves moves;
    private final Refunding refunding;
    private final TeamMembers team;
    private final VendorScope vendorScope;
    private final TransactionOperations transactions;
    private final OrderingProperties properties;
    private final AuditTrail audit;
    private final Clock clock;

    OrderLifecycle(OrderStore orders, StatusMoves moves, Refunding refunding, TeamMembers team,
                   VendorScope vendorScope, TransactionOperations transactions, OrderingProperties properties,
                   AuditTrail audit, Optional<Clock> clock) {
        this.orders = orders;
        this.moves = moves;
        this.refunding = refunding;
        this.team = team;
        this.vendorScope = vendorScope;
        this.transactions = transactions;
        this.properties = properties;
        this.audit = audit;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /**
     * A status change asked by the vendor's staff.
     *
     * @param trackingNumber kept when shipping.
     * @param restock        for {@code REFUNDED}: put the refunded units back into stock (after shipping; before,
     *                       they always are).
     * @throws com.wizamart.sharedkernel.DomainException {@code ORDER_NOT_FOUND}, {@code INVALID_ORDER_STATUS},
     *         {@code ORDER_SHIPPED_USE_RETURN} (cancelling a shipped order), {@code ORDER_HAS_OPEN_RETURNS},
     *         {@code BACKORDER_NOT_IN_STOCK} (shipping an order whose backordered units are not in stock yet).
     */
    @Transactional
    public Order changeStatus(UUID orderId, OrderStatus target, String note, String trackingNumber, boolean restock,
                              Actor actor) {
        if (target == null) {
            throw ValidationException.of("status", "must be one of " + List.of(OrderStatus.values()));
        }
        if (note != null && note.strip().length() > Order.MAX_NOTE) {
            throw ValidationException.of("note", "must be at most " + Order.MAX_NOTE + " characters");
        }
        if (trackingNumber != null && trackingNumber.strip().length() > 100) {
            throw ValidationException.of("trackingNumber", "must be at most 100 characters");
        }
        Order order = orders.lock(orderId).orElseThrow(OrderingException::orderNotFound);
        Actor by = actor == null ? Actor.system() : actor;
        if (target == OrderStatus.REFUNDED) {
            return refunding.refundTheRest(order, restock, blankToNull(note), by);
        }
        return moves.move(order, target, blankToNull(note), trackingNumber, by);
    }

    /**
     * Assigns the order to a team member of the vendor ({@literal null}: nobody). A change is an entry of the order's
     * history naming both members as they are now; assigning whoever is assigned already changes nothing.
     *
     * @throws com.wizamart.sharedkernel.DomainException {@code ORDER_NOT_FOUND}, {@code MEMBER_NOT_FOUND}.
     */
    @Transactional
    public Order assign(UUID orderId, UUID memberId, Actor actor) {
        Order order = orders.lock(orderId).orElseThrow(OrderingException::orderNotFound);
        UUID vendorId = VendorContext.require();
        if (memberId != null && !team.isActiveMember(vendorId, memberId)) {
            throw OrderingException.memberNotFound();
        }
        if (Objects.equals(order.assigneeId(), memberId)) {
            return order;
        }
        Map<UUID, TeamMembers.Member> named = team.members(vendorId,
                Stream.of(order.assigneeId(), memberId).filter(Objects::nonNull).toList());
        Instant now = clock.instant();
        Actor by = actor == null ? Actor.system() : actor;
        Order assigned = order.assignTo(memberId, now);
        orders.update(assigned);
        orders.addHistory(order.id(), StatusChange.assignment(assignee(order.assigneeId(), named),
                assignee(memberId, named), by.id(), by.email(), now));
        Map<String, Object> before = new LinkedHashMap<>();
        Map<String, Object> after = new LinkedHashMap<>();
        before.put("assignee", label(order.assigneeId(), named));
        after.put("assignee", label(memberId, named));
        audit.record(new AuditEntry(by, "ORDER_ASSIGNED", order.vendorId(), "order", order.id().toString(),
                order.number(), before, after));
        return assigned;
    }

    private static StatusChange.Assignee assignee(UUID memberId, Map<UUID, TeamMembers.Member> named) {
        if (memberId == null) {
            return null;
        }
        TeamMembers.Member m = named.get(memberId);
        return new StatusChange.Assignee(memberId, m == null ? null : m.name(), m == null ? null : m.email());
    }

    private static String label(UUID memberId, Map<UUID, TeamMembers.Member> named) {
        if (memberId == null) {
            return "nobody";
        }
        TeamMembers.Member m = named.get(memberId);
        return m == null ? memberId.toString() : m.email();
    }

    /**
     * Cancels every order still {@code PENDING} (and not paid) that was placed before {@code placedBefore}, one transaction per
     * order (a locked or already moved order is skipped). Safe on several instances at once: each order is locked and
     * re-checked before it moves.
     *
     * @return how many orders were cancelled.
     */
    public int cancelPendingPlacedBefore(Instant placedBefore) {
        int cancelled = 0;
        while (true) {
            List<OrderStore.OrderRef> due = vendorScope.acrossVendors("cancel pending orders past their hold time",
                    () -> transactions.execute(tx -> orders.pendingSince(placedBefore, SWEEP_BATCH)));
            int before = cancelled;
            for (OrderStore.OrderRef ref : due) {
                Boolean done = transactions.execute(tx -> vendorScope.callAs(ref.vendorId(), () -> {
                    Optional<Order> order = orders.lock(ref.orderId());
                    // a paid order (a bank transfer marked paid before the vendor confirmed) is never dropped
                    if (order.isEmpty() || order.get().status() != OrderStatus.PENDING
                            || !order.get().placedAt().isBefore(placedBefore)
                            || order.get().paymentStatus() == OrderPaymentStatus.PAID) {
                        return false;
                    }
                    moves.move(order.get(), OrderStatus.CANCELLED, "Not confirmed within the hold time", null,
                            Actor.system());
                    return true;
                }));
                if (Boolean.TRUE.equals(done)) {
                    cancelled++;
                }
            }
            if (due.size() < SWEEP_BATCH || cancelled == before) {
                break;
            }
        }
        if (cancelled > 0) {
            log.info("Cancelled {} pending orders placed before {}", cancelled, placedBefore);
        }
        return cancelled;
    }

    /** The sweep as scheduled: orders pending for longer than the configured hold time. */
    public int cancelOverdue() {
        return cancelPendingPlacedBefore(clock.instant().minus(properties.pendingHold()));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
