package com.wizamart.ordering.application;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.wizamart.ordering.OrderReturnReceived;
import com.wizamart.ordering.application.port.out.OrderStore;
import com.wizamart.ordering.application.port.out.ReturnStore;
import com.wizamart.ordering.domain.Order;
import com.wizamart.ordering.domain.OrderReturn;
import com.wizamart.ordering.domain.OrderingException;
import com.wizamart.ordering.domain.Refund;
import com.wizamart.ordering.domain.ReturnGoodsCommand;
import com.wizamart.sharedkernel.DomainException;
import com.wizamart.sharedkernel.ValidationException;
import com.wizamart.tenancy.Actor;
import com.wizamart.tenancy.AuditEntry;
import com.wizamart.tenancy.AuditTrail;

/**
 * Returns of shipped goods: asked for by the customer or recorded by the vendor, received (restocked or not: inventory
 * follows {@link OrderReturnReceived}), refunded through {@link Refunding}, or rejected. Every change locks the order
 * first, so returns and refunds of one order never race.
 */
@Service
public class Returning {

    private final OrderStore orders;
    private final ReturnStore returns;
    private final Refunding refunding;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;
    private final Clock clock;

    Returning(OrderStore orders, ReturnStore returns, Refunding refunding, ApplicationEventPublisher events,
              AuditTrail audit, Optional<Clock> clock) {
        this.orders = orders;
        this.returns = returns;
        this.refunding = refunding;
        this.events = events;
        this.audit = audit;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /**
     * The vendor records a return.
     *
     * @throws DomainException {@code ORDER_NOT_FOUND}, {@code ORDER_NOT_RETURNABLE}, {@code ORDER_LINE_NOT_FOUND},
     *         {@code RETURN_QUANTITY_EXCEEDED}, {@code VALIDATION_FAILED}.
     */
    @Transactional
    public OrderReturn record(ReturnGoodsCommand command, Actor actor) {
        Order order = orders.lock(command.orderId()).orElseThrow(OrderingException::orderNotFound);
        return open(order, command, false, actor);
    }

    /**
     * The customer asks to return goods of one of their orders (another customer's order is not found).
     *
     * @throws DomainException as {@link #record}.
     */
    @Transactional
    public OrderReturn request(ReturnGoodsCommand command, Actor customer) {
        Order order = orders.lock(command.orderId()).filter(o -> o.customerId().equals(customer.id()))
                .orElseThrow(OrderingException::orderNotFound);
        return open(order, command, true, customer);
    }

    private OrderReturn open(Order order, ReturnGoodsCommand command, boolean byCustomer, Actor actor) {
        Map<Integer, Integer> held = OrderReturn.held(returns.ofOrder(order.id()), null);
        OrderReturn opened = order.requestReturn(UUID.randomUUID(), command, held, byCustomer, actor.id(),
                actor.email(), clock.instant());
        returns.insert(opened);
        audit(actor, order, "ORDER_RETURN_REQUESTED", null, opened);
        return opened;
    }

    /**
     * Moves a return on: {@code RECEIVED} (with {@code restock}), {@code REFUNDED} (refunds its units),
     * {@code REJECTED}. Moving it to the status it has changes nothing and answers it as it is, so a retried request
     * is harmless.
     *
     * @throws DomainException {@code ORDER_NOT_FOUND}, {@code RETURN_NOT_FOUND}, {@code INVALID_RETURN_STATUS},
     *         and what refunding answers.
     */
    @Transactional
    public OrderReturn move(UUID orderId, UUID returnId, OrderReturn.Status target, boolean restock, String note,
                            Actor actor) {
        if (target == null) {
            throw ValidationException.of("status", "must be one of " + java.util.List.of(OrderReturn.Status.RECEIVED,
                    OrderReturn.Status.REFUNDED, OrderReturn.Status.REJECTED));
        }
        note = note == null || note.isBlank() ? null : note.strip();
        if (note != null && note.length() > Order.MAX_NOTE) {
            throw ValidationException.of("note", "must be at most " + Order.MAX_NOTE + " characters");
        }
        Order order = orders.lock(orderId).orElseThrow(OrderingException::orderNotFound);
        OrderReturn current = returns.find(orderId, returnId).orElseThrow(OrderingException::returnNotFound);
        if (current.status() == target) {
            return current;
        }
        Instant now = clock.instant();
        OrderReturn moved = switch (target) {
            case RECEIVED -> current.receive(restock, note, now);
            case REJECTED -> current.reject(note, now);
            case REFUNDED -> {
                current.require(OrderReturn.Status.REFUNDED);
                Refund refund = refunding.refundReturn(order, current, actor);
                yield current.refunded(refund.id(), note, now);
            }
            case REQUESTED -> throw OrderingException.invalidReturnStatus(current.status(), target);
        };
        returns.update(moved);
        if (target == OrderReturn.Status.RECEIVED) {
            events.publishEvent(new OrderReturnReceived(order.id(), order.vendorId(), order.number(), moved.id(),
                    moved.lines().stream().map(l -> new OrderReturnReceived.Line(l.lineNo(), l.productId(), l.sku(),
                            l.quantity())).toList(), restock, now, actor));
        }
        audit(actor, order, "ORDER_RETURN_" + target.name(), current, moved);
        return moved;
    }

    /** @throws DomainException {@code ORDER_NOT_FOUND}, {@code RETURN_NOT_FOUND}. */
    @Transactional(readOnly = true)
    public OrderReturn get(UUID orderId, UUID returnId) {
        orders.find(orderId).orElseThrow(OrderingException::orderNotFound);
        return returns.find(orderId, returnId).orElseThrow(OrderingException::returnNotFound);
    }

    private void audit(Actor actor, Order order, String action, OrderReturn before, OrderReturn after) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("returnId", after.id().toString());
        state.put("status", after.status().name());
        state.put("lines", after.lines().stream().map(l -> Map.of("lineNo", l.lineNo(), "sku", l.sku(),
                "quantity", l.quantity())).toList());
        if (after.restock() != null) {
            state.put("restock", after.restock());
        }
        if (after.refundId() != null) {
            state.put("refundId", after.refundId().toString());
        }
        audit.record(new AuditEntry(actor, action, order.vendorId(), "order", order.id().toString(), order.number(),
                before == null ? Map.of() : Map.of("status", before.status().name()), state));
    }
}
