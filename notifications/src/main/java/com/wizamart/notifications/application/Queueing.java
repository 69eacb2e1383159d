package com.wizamart.notifications.application;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import com.wizamart.identity.CustomerEmailVerificationRequested;
import com.wizamart.identity.CustomerRegistrationRepeated;
import com.wizamart.identity.OwnerActivationIssued;
import com.wizamart.identity.PasswordResetRequested;
import com.wizamart.identity.TeamInvitationIssued;
import com.wizamart.notifications.application.port.out.MessageStore;
import com.wizamart.notifications.application.port.out.SendQueue;
import com.wizamart.notifications.domain.Message;
import com.wizamart.notifications.domain.MessageKind;
import com.wizamart.ordering.OrderPaymentStatusChanged;
import com.wizamart.ordering.OrderPlaced;
import com.wizamart.ordering.OrderRefunded;
import com.wizamart.ordering.OrderStatusChanged;
import com.wizamart.ordering.PaymentStatus;

/**
 * Queues the message each event calls for, once: the same event, recipient and kind make the same key, and a key
 * queued already queues nothing (a redelivered event, a listener run twice). The first attempt is handed to the job
 * engine once the row is committed; if that hand-over is lost, the sweep finds the row.
 */
@Service
public class Queueing {

    private static final Logger log = LoggerFactory.getLogger(Queueing.class);

    private final Composing composing;
    private final MessageStore store;
    private final SendQueue sendQueue;
    private final Scopes scopes;

    Queueing(Composing composing, MessageStore store, SendQueue sendQueue, Scopes scopes) {
        this.composing = composing;
        this.store = store;
        this.sendQueue = sendQueue;
        this.scopes = scopes;
    }

    public void orderPlaced(OrderPlaced e) {
        aboutOrder(MessageKind.ORDER_CONFIRMATION, e.vendorId(), e.orderId(), "placed", List.of());
    }

    /** Only a move to {@code PAID} is told to the customer (refunds have a message of their own). */
    public void paymentStatusChanged(OrderPaymentStatusChanged e) {
        if (e.to() != PaymentStatus.PAID) {
            return;
        }
        aboutOrder(MessageKind.PAYMENT_RECEIVED, e.vendorId(), e.orderId(), "paid:" + e.changedAt().toEpochMilli(),
                List.of(money(e.amount(), e.currency())));
    }

    /** Shipping and cancelling are told to the customer, once per order. */
    public void statusChanged(OrderStatusChanged e) {
        switch (e.to()) {
            case "SHIPPED" -> aboutOrder(MessageKind.ORDER_SHIPPED, e.vendorId(), e.orderId(), "shipped", List.of());
            case "CANCELLED" -> aboutOrder(MessageKind.ORDER_CANCELLED, e.vendorId(), e.orderId(), "cancelled",
                    List.of());
            default -> {
                // the other moves are the team's business; a refund has its own message (OrderRefunded)
            }
        }
    }

    public void refunded(OrderRefunded e) {
        aboutOrder(MessageKind.ORDER_REFUNDED, e.vendorId(), e.orderId(), "refund:" + e.refundId(),
                List.of(money(e.amount(), e.currency())));
    }

    public void invitationIssued(TeamInvitationIssued e) {
        queue(e.vendorId(), () -> Optional.of(composing.invitation(e)));
    }

    public void activationIssued(OwnerActivationIssued e) {
        queue(e.vendorId(), () -> Optional.of(composing.activation(e)));
    }

    public void passwordResetRequested(PasswordResetRequested e) {
        Message message = composing.passwordReset(e);
        queue(message.vendorId(), () -> Optional.of(message));
    }

    public void verificationRequested(CustomerEmailVerificationRequested e) {
        queue(e.vendorId(), () -> Optional.of(composing.verification(e)));
    }

    public void registrationRepeated(CustomerRegistrationRepeated e) {
        queue(e.vendorId(), () -> Optional.of(composing.registrationRepeated(e)));
    }

    private void aboutOrder(MessageKind kind, UUID vendorId, UUID orderId, String eventKey, List<Object> args) {
        queue(vendorId, () -> {
            Optional<Message> message = composing.aboutOrder(kind, vendorId, orderId, eventKey, args);
            if (message.isEmpty()) {
                log.info("No {} for order {} of vendor {}: no such order or no address", kind, orderId, vendorId);
            }
            return message;
        });
    }

    /**
     * Composes and stores the message in a transaction of its own, then hands its first attempt to the job engine once
     * that transaction is over and its connection back in the pool. (The job engine writes with a connection of its
     * own: taken while the listener's was still held, as in a commit callback, every listener of a busy moment would
     * hold one connection and wait for a second, until the pool ran dry.) Called inside a caller's transaction, the
     * hand-over waits for that transaction's commit.
     */
    private void queue(UUID vendorId, Supplier<Optional<Message>> compose) {
        Optional<Message> queued = scopes.as(vendorId, () -> compose.get().filter(store::queue));
        if (queued.isEmpty()) {
            return;
        }
        Message message = queued.get();
        Runnable submit = () -> sendQueue.submit(message.id(), message.vendorId(), 1, message.createdAt());
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    submitQuietly(submit, message);
                }
            });
        } else {
            submitQuietly(submit, message);
        }
    }

    /** The row is committed: a failed hand-over only delays the message until the sweep finds it. */
    private static void submitQuietly(Runnable submit, Message message) {
        try {
            submit.run();
        } catch (RuntimeException ex) {
            log.warn("Message {} queued, its first attempt not handed to the job engine (the sweep will): {}",
                    message.id(), ex.toString());
        }
    }

    private static String money(BigDecimal amount, String currency) {
        return amount == null ? "" : amount.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString()
                + (currency == null ? "" : " " + currency);
    }
}
