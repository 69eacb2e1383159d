package com.wizamart.notifications.adapter.in.event;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

import com.wizamart.identity.CustomerEmailVerificationRequested;
import com.wizamart.identity.CustomerRegistrationRepeated;
import com.wizamart.identity.OwnerActivationIssued;
import com.wizamart.identity.PasswordResetRequested;
import com.wizamart.identity.TeamInvitationIssued;
import com.wizamart.notifications.application.Queueing;
import com.wizamart.ordering.OrderPaymentStatusChanged;
import com.wizamart.ordering.OrderPlaced;
import com.wizamart.ordering.OrderRefunded;
import com.wizamart.ordering.OrderStatusChanged;

/**
 * Each event that someone must be told of becomes a queued message, after the publishing transaction committed (a
 * checkout never waits for it, nor fails with it). The event publication registry delivers an event again when its
 * listener did not complete (a crash, a failure); queuing is idempotent, so nothing is queued twice. No transaction
 * around the listeners: queuing stores the message in a transaction of its own and hands it to the job engine after
 * that one is over, so a listener never holds two connections of the pool at once.
 */
@Component
class NotificationListeners {

    private final Queueing queueing;

    NotificationListeners(Queueing queueing) {
        this.queueing = queueing;
    }

    @ApplicationModuleListener(id = "notifications.order-placed", propagation = Propagation.NOT_SUPPORTED)
    void on(OrderPlaced event) {
        queueing.orderPlaced(event);
    }

    @ApplicationModuleListener(id = "notifications.order-payment-status-changed", propagation = Propagation.NOT_SUPPORTED)
    void on(OrderPaymentStatusChanged event) {
        queueing.paymentStatusChanged(event);
    }

    @ApplicationModuleListener(id = "notifications.order-status-changed", propagation = Propagation.NOT_SUPPORTED)
    void on(OrderStatusChanged event) {
        queueing.statusChanged(event);
    }

    @ApplicationModuleListener(id = "notifications.order-refunded", propagation = Propagation.NOT_SUPPORTED)
    void on(OrderRefunded event) {
        queueing.refunded(event);
    }

    @ApplicationModuleListener(id = "notifications.team-invitation-issued", propagation = Propagation.NOT_SUPPORTED)
    void on(TeamInvitationIssued event) {
        queueing.invitationIssued(event);
    }

    @ApplicationModuleListener(id = "notifications.owner-activation-issued", propagation = Propagation.NOT_SUPPORTED)
    void on(OwnerActivationIssued event) {
        queueing.activationIssued(event);
    }

    @ApplicationModuleListener(id = "notifications.password-reset-requested", propagation = Propagation.NOT_SUPPORTED)
    void on(PasswordResetRequested event) {
        queueing.passwordResetRequested(event);
    }

    @ApplicationModuleListener(id = "notifications.customer-email-verification-requested", propagation = Propagation.NOT_SUPPORTED)
    void on(CustomerEmailVerificationRequested event) {
        queueing.verificationRequested(event);
    }

    @ApplicationModuleListener(id = "notifications.customer-registration-repeated", propagation = Propagation.NOT_SUPPORTED)
    void on(CustomerRegistrationRepeated event) {
        queueing.registrationRepeated(event);
    }
}
