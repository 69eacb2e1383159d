package com.wizamart.ordering.application;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.wizamart.ordering.OrderRefunded;
import com.wizamart.ordering.application.port.out.OrderStore;
import com.wizamart.ordering.application.port.out.RefundStore;
import com.wizamart.ordering.application.port.out.ReturnStore;
import com.wizamart.ordering.domain.Fingerprint;
import com.wizamart.ordering.domain.Order;
import com.wizamart.ordering.domain.OrderLine;
import com.wizamart.ordering.domain.OrderReturn;
import com.wizamart.ordering.domain.OrderStatus;
import com.wizamart.ordering.domain.OrderingException;
import com.wizamart.ordering.domain.Refund;
import com.wizamart.ordering.domain.RefundOrderCommand;
import com.wizamart.ordering.domain.RequestedLine;
import com.wizamart.sharedkernel.DomainException;
import com.wizamart.tenancy.Actor;
import com.wizamart.tenancy.AuditEntry;
import com.wizamart.tenancy.AuditTrail;

/**
 * Refunding units of an order's lines, in one transaction under the order's lock: look the idempotency key up (a
 * replay answers the first refund), check the quantities against what was sold, refunded and is held by open
 * returns, write the refund with its lines and the order's refunded figures, publish {@link OrderRefunded}, and, when
 * nothing is left to refund, move the order to {@code REFUNDED}. Inventory follows the event (units marked
 * {@code restock} go back where they came from).
 */
@Service
public class Refunding {

    /** The key of the refund of everything that was left (an order has at most one). */
    static final String REST_KEY = "rest";

    private final OrderStore orders;
    private final RefundStore refunds;
    private final ReturnStore returns;
    private final StatusMoves moves;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;
    private final Clock clock;

    Refunding(OrderStore orders, RefundStore refunds, ReturnStore returns, StatusMoves moves,
              ApplicationEventPublisher events, AuditTrail audit, Optional<Clock> clock) {
        this.orders = orders;
        this.refunds = refunds;
        this.returns = returns;
        this.moves = moves;
        this.events = events;
        this.audit = audit;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /**
     * The outcome of a refund request.
     *
     * @param replayed whether the key had made this refund before (nothing was done now).
     */
    public record Outcome(Refund refund, boolean replayed) {
    }

    /**
     * @throws DomainException {@code ORDER_NOT_FOUND}, {@code IDEMPOTENCY_KEY_REUSED} (422),
     *         {@code ORDER_NOT_REFUNDABLE} (409), {@code ORDER_LINE_NOT_FOUND} (404),
     *         {@code REFUND_QUANTITY_EXCEEDED} (409), {@code VALIDATION_FAILED}.
     */
    @Transactional
    public Outcome refund(RefundOrderCommand command, Actor actor) {
        Order order = orders.lock(command.orderId()).orElseThrow(OrderingException::orderNotFound);
        String fingerprint = command.fingerprint();
        // the client's keys and the platform's (a return's refund, the rest) never meet
        String key = "key:" + command.idempotencyKey();
        Optional<Refund> used = refunds.findByKey(order.id(), key);
        if (used.isPresent()) {
            if (!used.get().fingerprint().equals(fingerprint)) {
                throw OrderingException.refundKeyReused();
            }
            return new Outcome(used.get(), true);
        }
        Map<Integer, Integer> held = OrderReturn.held(returns.ofOrder(order.id()), null);
        return new Outcome(apply(order, key, fingerprint, command.lines(), command.restock(), command.reason(), null,
                held, actor), false);
    }

    /** @throws DomainException {@code ORDER_NOT_FOUND}, {@code REFUND_NOT_FOUND}. */
    @Transactional(readOnly = true)
    public Refund get(UUID orderId, UUID refundId) {
        orders.find(orderId).orElseThrow(OrderingException::orderNotFound);
        return refunds.find(orderId, refundId).orElseThrow(OrderingException::refundNotFound);
    }

    /**
     * Refunds every unit not refunded yet of a locked order, which ends it {@code REFUNDED} (a status change to
     * {@code REFUNDED}).
     *
     * @throws DomainException {@code INVALID_ORDER_STATUS} where the order may not become {@code REFUNDED},
     *         {@code ORDER_HAS_OPEN_RETURNS} while returns hold units.
     */
    Order refundTheRest(Order order, boolean restock, String note, Actor actor) {
        if (!order.status().isRefundable()) {
            throw OrderingException.invalidStatus(order.status(), OrderStatus.REFUNDED);
        }
        List<OrderReturn> open = returns.ofOrder(order.id()).stream().filter(OrderReturn::isOpen).toList();
        if (!open.isEmpty()) {
            throw OrderingException.openReturns(open.size());
        }
        List<RequestedLine> rest = order.lines().stream().filter(l -> l.unrefunded() > 0)
                .map(l -> new RequestedLine(l.lineNo(), null, l.unrefunded(), null)).toList();
        if (rest.isEmpty()) {
            return moves.move(order, OrderStatus.REFUNDED, note, null, actor);
        }
        apply(order, REST_KEY, Fingerprint.of(REST_KEY, String.valueOf(restock)), rest, restock, note, null,
                Map.of(), actor);
        return orders.find(order.id()).orElseThrow();
    }

    /**
     * Refunds the units of a received return of a locked order (restocking was decided on receipt), once: its key is
     * derived from the return.
     */
    Refund refundReturn(Order order, OrderReturn settled, Actor actor) {
        String key = "return:" + settled.id();
        Optional<Refund> done = refunds.findByKey(order.id(), key);
        if (done.isPresent()) {
            return done.get();
        }
        Map<Integer, Integer> held = OrderReturn.held(returns.ofOrder(order.id()), settled.id());
        return apply(order, key, Fingerprint.of(key), settled.asRefundLines(), false, settled.reason(),
                settled.id(), held, actor);
    }

    private Refund apply(Order order, String key, String fingerprint, List<RequestedLine> lines, boolean restock,
                         String reason, UUID returnId, Map<Integer, Integer> held, Actor actor) {
        Instant now = clock.instant();
        Order.Refunded done = order.refund(UUID.randomUUID(), key, fingerprint, lines, restock, reason, returnId,
                held, actor.id(), actor.email(), now);
        Refund refund = done.refund();
        refunds.insert(refund);
        orders.updateRefunds(done.order());
        events.publishEvent(new OrderRefunded(order.id(), order.vendorId(), order.number(), refund.id(), returnId,
                refund.lines().stream().map(l -> new OrderRefunded.Line(l.lineNo(), l.productId(), l.sku(),
                        l.quantity(), l.amount(), l.restock(),
                        l.quantity() - lineOf(order, l.lineNo()).backorderedOf(l.quantity(), refund.shipped())))
                        .toList(),
                refund.amount(), order.currency(), refund.shipped(), now, actor));
        audit.record(new AuditEntry(actor, "ORDER_REFUNDED", order.vendorId(), "order", order.id().toString(),
                order.number(), Map.of("refundedTotal", order.refundedTotal()), summary(refund, done.order())));
        if (done.order().fullyRefunded()) {
            moves.move(done.order(), OrderStatus.REFUNDED, reason, null, actor);
        }
        return refund;
    }

    private static Map<String, Object> summary(Refund refund, Order after) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("refundId", refund.id().toString());
        summary.put("amount", refund.amount());
        summary.put("refundedTotal", after.refundedTotal());
        summary.put("lines", refund.lines().stream().map(l -> Map.of("lineNo", l.lineNo(), "sku", l.sku(),
                "quantity", l.quantity(), "restock", l.restock())).toList());
        if (refund.returnId() != null) {
            summary.put("returnId", refund.returnId().toString());
        }
        if (refund.reason() != null) {
            summary.put("reason", refund.reason());
        }
        return summary;
    }

    /** @return the units per line the order can still refund, for showing (what open returns hold is not). */
    static Map<Integer, Integer> refundable(Order order, List<OrderReturn> orderReturns) {
        Map<Integer, Integer> held = OrderReturn.held(orderReturns, null);
        Map<Integer, Integer> open = new LinkedHashMap<>();
        for (OrderLine l : order.lines()) {
            open.put(l.lineNo(), Math.max(0, l.unrefunded() - held.getOrDefault(l.lineNo(), 0)));
        }
        return open;
    }

    /** The order's line of this number, as it was before the refund. */
    private static OrderLine lineOf(Order order, int lineNo) {
        return order.lines().stream().filter(l -> l.lineNo() == lineNo).findFirst().orElseThrow();
    }
}
