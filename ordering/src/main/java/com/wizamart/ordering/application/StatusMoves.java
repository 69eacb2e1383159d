package com.wizamart.ordering.application;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import com.wizamart.ordering.OrderStatusChanged;
import com.wizamart.ordering.application.port.out.OrderStore;
import com.wizamart.ordering.domain.Order;
import com.wizamart.ordering.domain.OrderStatus;
import com.wizamart.ordering.domain.StatusChange;
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
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;
    private final Clock clock;

    StatusMoves(OrderStore orders, ApplicationEventPublisher events, AuditTrail audit, Optional<Clock> clock) {
        this.orders = orders;
        this.events = events;
        this.audit = audit;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** @throws com.wizamart.sharedkernel.DomainException for a move the lifecycle forbids. */
    Order move(Order order, OrderStatus target, String note, String trackingNumber, Actor actor) {
        Instant now = clock.instant();
        Order moved = order.moveTo(target, trackingNumber, now);
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
}
