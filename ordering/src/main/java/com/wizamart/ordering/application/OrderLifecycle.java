package com.wizamart.ordering.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionOperations;

import com.wizamart.ordering.OrderStatusChanged;
import com.wizamart.ordering.OrderingProperties;
import com.wizamart.ordering.application.port.out.OrderStore;
import com.wizamart.ordering.domain.Order;
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
 * confirmed). Every move locks the order, checks the transition, records the history entry and publishes
 * {@link OrderStatusChanged} in the same transaction; inventory follows it (commit on shipping, release on
 * cancelling, restock on a refund when asked). An order with backordered units (preorder or backorder products
 * ordered beyond their stock) ships only once they are in stock: shipping reserves them first, in the same
 * transaction, or is refused with {@code BACKORDER_NOT_IN_STOCK}.
 */
@Service
public class OrderLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OrderLifecycle.class);
    private static final int SWEEP_BATCH = 200;

    private final OrderStore orders;
    private final StockReservation stock;
    private final TeamMembers team;
    private final VendorScope vendorScope;
    private final ApplicationEventPublisher events;
    private final TransactionOperations transactions;
    private final OrderingProperties properties;
    private final AuditTrail audit;
    private final Clock clock;

    OrderLifecycle(OrderStore orders, StockReservation stock, TeamMembers team, VendorScope vendorScope,
                   ApplicationEventPublisher events, TransactionOperations transactions, OrderingProperties properties,
                   AuditTrail audit, Optional<Clock> clock) {
        this.audit = audit;
        this.orders = orders;
        this.stock = stock;
        this.team = team;
        this.vendorScope = vendorScope;
        this.events = events;
        this.transactions = transactions;
        this.properties = properties;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /**
     * A status change asked by the vendor's staff.
     *
     * @param trackingNumber kept when shipping.
     * @param restock        for a refund: put the sold units back into stock.
     * @throws com.wizamart.sharedkernel.DomainException {@code ORDER_NOT_FOUND}, {@code INVALID_ORDER_STATUS},
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
        return move(order, target, blankToNull(note), trackingNumber, restock && target == OrderStatus.REFUNDED,
                actor == null ? Actor.system() : actor);
    }

    /**
     * Assigns the order to a team member of the vendor ({@literal null}: nobody).
     *
     * @throws com.wizamart.sharedkernel.DomainException {@code ORDER_NOT_FOUND}, {@code MEMBER_NOT_FOUND}.
     */
    @Transactional
    public Order assign(UUID orderId, UUID memberId) {
        Order order = orders.lock(orderId).orElseThrow(OrderingException::orderNotFound);
        if (memberId != null && !team.isActiveMember(VendorContext.require(), memberId)) {
            throw OrderingException.memberNotFound();
        }
        Order assigned = order.assignTo(memberId, clock.instant());
        orders.update(assigned);
        return assigned;
    }

    /**
     * Cancels every order still {@code PENDING} that was placed before {@code placedBefore}, one transaction per
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
                    if (order.isEmpty() || order.get().status() != OrderStatus.PENDING
                            || !order.get().placedAt().isBefore(placedBefore)) {
                        return false;
                    }
                    move(order.get(), OrderStatus.CANCELLED, "Not confirmed within the hold time", null, false,
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

    private Order move(Order order, OrderStatus target, String note, String trackingNumber, boolean restock,
                       Actor actor) {
        Instant now = clock.instant();
        Order moved = order.moveTo(target, trackingNumber, now);
        if ((target == OrderStatus.SHIPPED || target == OrderStatus.DELIVERED) && moved.hasBackorders()) {
            moved = reserveBackorders(moved);
        }
        orders.update(moved);
        orders.addHistory(order.id(), new StatusChange(order.status(), target, actor.id(), actor.email(), note, now));
        events.publishEvent(new OrderStatusChanged(order.id(), order.vendorId(), order.number(),
                order.status().name(), target.name(), restock, now));
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", target.name());
        if (trackingNumber != null) {
            after.put("trackingNumber", trackingNumber);
        }
        if (restock) {
            after.put("restock", true);
        }
        if (note != null) {
            after.put("note", note);
        }
        audit.record(new AuditEntry(actor, "ORDER_STATUS_CHANGED", order.vendorId(), "order", order.id().toString(),
                order.number(), Map.of("status", order.status().name()), after));
        return moved;
    }

    /**
     * Reserves the order's backordered units from the stock now available (they were received since it was placed),
     * all or nothing, so that shipping commits them with the rest.
     */
    private Order reserveBackorders(Order order) {
        Map<UUID, Integer> missing = new LinkedHashMap<>();
        order.lines().stream().filter(l -> l.backordered() > 0)
                .forEach(l -> missing.merge(l.productId(), l.backordered(), Integer::sum));
        StockReservation.ReservationResult filled = stock.fill(order.vendorId(), order.id().toString(),
                missing.entrySet().stream().map(e -> new ReservationLine(e.getKey(), e.getValue())).toList());
        if (!filled.reserved()) {
            List<Map<String, Object>> lines = new ArrayList<>();
            for (StockReservation.ShortLine s : filled.shortLines()) {
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("productId", s.productId().toString());
                order.lines().stream().filter(l -> l.productId().equals(s.productId())).findFirst()
                        .ifPresent(l -> line.put("sku", l.sku()));
                line.put("backordered", s.requested());
                line.put("available", s.available());
                lines.add(line);
            }
            throw OrderingException.backorderNotInStock(lines);
        }
        Order reserved = order.withBackordered(Map.of());
        orders.updateLines(reserved);
        return reserved;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
