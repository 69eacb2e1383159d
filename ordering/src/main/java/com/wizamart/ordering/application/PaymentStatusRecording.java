package com.wizamart.ordering.application;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.wizamart.ordering.OrderPaymentStatusChanged;
import com.wizamart.ordering.OrderPayments;
import com.wizamart.ordering.PaymentStatus;
import com.wizamart.ordering.application.port.out.OrderStore;
import com.wizamart.ordering.domain.Money;
import com.wizamart.ordering.domain.Order;
import com.wizamart.ordering.domain.OrderingException;
import com.wizamart.ordering.domain.PaymentChange;
import com.wizamart.ordering.domain.PaymentLifecycle;
import com.wizamart.sharedkernel.ValidationException;
import com.wizamart.tenancy.Actor;
import com.wizamart.tenancy.AuditEntry;
import com.wizamart.tenancy.AuditTrail;
import com.wizamart.tenancy.VendorScope;

/**
 * Recording where orders' payments stand, for the payments context ({@link OrderPayments}): every move locks the
 * order, checks it against the payment lifecycle ({@link PaymentLifecycle}), writes the order and the entry of its
 * payment history, publishes {@link OrderPaymentStatusChanged} and records the audit entry, in one transaction (the
 * caller's, or its own). Moving to the status the order has changes nothing (a provider's notice that comes twice, a
 * double click). Every call is bound to the vendor it names: another vendor's order is not found.
 */
@Service
public class PaymentStatusRecording implements OrderPayments {

    private final OrderStore orders;
    private final VendorScope vendorScope;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;
    private final Clock clock;

    PaymentStatusRecording(OrderStore orders, VendorScope vendorScope, ApplicationEventPublisher events,
                           AuditTrail audit, Optional<Clock> clock) {
        this.orders = orders;
        this.vendorScope = vendorScope;
        this.events = events;
        this.audit = audit;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<PayableOrder> find(UUID vendorId, UUID orderId) {
        Objects.requireNonNull(vendorId, "vendorId");
        return vendorScope.callAs(vendorId, () -> orders.find(orderId).map(PaymentStatusRecording::payable));
    }

    @Override
    @Transactional
    public PayableOrder recordPaymentStatus(UUID vendorId, UUID orderId, PaymentStatus to, BigDecimal amount,
                                            String note, Actor actor) {
        Objects.requireNonNull(vendorId, "vendorId");
        if (to == null) {
            throw ValidationException.of("paymentStatus", "must be one of " + List.of(PaymentStatus.values()));
        }
        if (amount != null && amount.signum() < 0) {
            throw ValidationException.of("amount", "must not be negative");
        }
        return vendorScope.callAs(vendorId, () -> {
            Order order = orders.lock(orderId).orElseThrow(OrderingException::orderNotFound);
            BigDecimal about = amount == null ? order.total() : Money.of(amount);
            PaymentStatus from = order.paymentStatus();
            if (from == to) {
                List<PaymentChange> history = orders.paymentHistory(order.id());
                BigDecimal last = history.isEmpty() ? null : history.get(history.size() - 1).amount();
                if (PaymentLifecycle.isRepeat(from, to, last, about)) {
                    return payable(order);
                }
            }
            if (!PaymentLifecycle.canMove(from, to)) {
                throw OrderingException.invalidPaymentStatus(from, to);
            }
            Instant now = clock.instant();
            Actor by = actor == null ? Actor.system() : actor;
            String why = note == null || note.isBlank() ? null : note.strip();
            Order moved = order.withPaymentStatus(to, now);
            orders.updatePayment(moved);
            PaymentChange change = new PaymentChange(from, to, about, order.currency(), why, by.id(), by.email(), now);
            orders.addPaymentHistory(order.id(), change);
            events.publishEvent(new OrderPaymentStatusChanged(order.id(), order.vendorId(), order.number(),
                    order.paymentMethod(), from, to, about, order.currency(), change.note(), now, by));
            Map<String, Object> before = new LinkedHashMap<>();
            before.put("paymentStatus", from.name());
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("paymentStatus", to.name());
            after.put("amount", about.toPlainString());
            if (change.note() != null) {
                after.put("note", change.note());
            }
            audit.record(new AuditEntry(by, "ORDER_PAYMENT_STATUS_CHANGED", order.vendorId(), "order",
                    order.id().toString(), order.number(), before, after));
            return payable(moved);
        });
    }

    private static PayableOrder payable(Order o) {
        return new PayableOrder(o.id(), o.vendorId(), o.number(), o.customerId(), o.customerEmail(),
                o.paymentMethod(), o.paymentStatus(), o.status().name(), o.total(), o.refundedTotal(), o.currency(),
                o.placedAt());
    }
}
