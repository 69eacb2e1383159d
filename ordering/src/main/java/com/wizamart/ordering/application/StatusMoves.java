package com.wizamart.ordering.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import com.wizamart.ordering.OrderStatusChanged;
import com.wizamart.ordering.application.port.out.OrderStore;
import com.wizamart.ordering.domain.Order;
import com.wizamart.ordering.domain.OrderStatus;
import com.wizamart.ordering.domain.OrderingException;
import com.wizamart.ordering.domain.StatusChange;
import com.wizamart.ordering.spi.StockReservation.ReservationLine;
import com.wizamart.ordering.spi.StockReservation;
import com.wizamart.tenancy.Actor;
import com.wizamart.tenancy.AuditEntry;
import com.wizamart.tenancy.AuditTrail;

/**
 * One status move of a locked order, in the caller's transaction: checks the transition, writes the order and the
 * history entry, publishes {@link OrderStatusChanged} and records the audit entry. Shared by the lifecycle and by
 * refunds (the refund that leaves nothing to refund ends the order {@code REFUNDED}).
 */
@Component
class StatusMoves {

    private final OrderStore orders;
    private final StockReservation stock;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;
    private final Clock clock;

    StatusMoves(OrderStore orders, StockReservation stock, ApplicationEventPublisher events, AuditTrail audit,
                Optional<Clock> clock) {
        this.orders = orders;
        this.stock = stock;
        this.events = events;
        this.audit = audit;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** @throws com.wizamart.sharedkernel.DomainException for a move the lifecycle forbids. */
    Order move(Order order, OrderStatus target, String note, String trackingNumber, Actor actor) {
        Instant now = clock.instant();
        Order moved = order.moveTo(target, trackingNumber, now);
        if ((target == OrderStatus.SHIPPED || target == OrderStatus.DELIVERED) && moved.hasBackorders()) {
            moved = reserveBackorders(moved, actor);
        }
        orders.update(moved);
        orders.addHistory(order.id(), new StatusChange(order.status(), target, actor.id(), actor.email(), note, now));
        events.publishEvent(new OrderStatusChanged(order.id(), order.vendorId(), order.number(),
                order.status().name(), target.name(), false, now, actor));
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", target.name());
        if (trackingNumber != null) {
            after.put("trackingNumber", trackingNumber);
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
     *
     * @throws com.wizamart.sharedkernel.DomainException {@code BACKORDER_NOT_IN_STOCK}.
     */
    private Order reserveBackorders(Order order, Actor actor) {
        Map<UUID, Integer> missing = new LinkedHashMap<>();
        order.lines().stream().filter(l -> l.backordered() > 0)
                .forEach(l -> missing.merge(l.productId(), l.backordered(), Integer::sum));
        StockReservation.ReservationResult filled = stock.fill(order.vendorId(), order.number(),
                missing.entrySet().stream().map(e -> new ReservationLine(e.getKey(), e.getValue())).toList(), actor);
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
}
