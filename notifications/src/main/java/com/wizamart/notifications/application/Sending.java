package com.wizamart.notifications.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

import com.wizamart.notifications.application.port.out.MailTransport;
import com.wizamart.notifications.application.port.out.MailTransport.DeliveryFailure;
import com.wizamart.notifications.application.port.out.MessageStore;
import com.wizamart.notifications.application.port.out.SendQueue;
import com.wizamart.notifications.config.NotificationProperties;
import com.wizamart.notifications.domain.Backoff;
import com.wizamart.notifications.domain.OutgoingMail;

/**
 * Sends queued messages, each attempt in three steps: claim the row (status {@code SENDING}, attempt counted, a lease)
 * in a short transaction of its own; hand the mail to the server with no transaction open; record the outcome, only
 * if the attempt is still the current one. The mail server is never called inside a transaction, and a message that
 * is {@code SENT} is never claimed again.
 *
 * <p>A sender that dies between the server's acceptance and the record of it leaves the row {@code SENDING}; once its
 * lease runs out the sweep claims it again and sends it a second time, with the same {@code Message-ID}. That window
 * (milliseconds, per crash) is the one place delivery is at least once rather than exactly once.
 */
@Service
public class Sending {

    private static final Logger log = LoggerFactory.getLogger(Sending.class);
    private static final int SWEEP_BATCH = 100;

    private final MessageStore store;
    private final MailTransport transport;
    private final SendQueue sendQueue;
    private final Scopes scopes;
    private final NotificationProperties properties;
    private final Backoff backoff;
    private final Clock clock;

    Sending(MessageStore store, MailTransport transport, SendQueue sendQueue, Scopes scopes,
            NotificationProperties properties, ObjectProvider<Clock> clock) {
        this.store = store;
        this.transport = transport;
        this.sendQueue = sendQueue;
        this.scopes = scopes;
        this.properties = properties;
        this.backoff = new Backoff(properties.firstRetryAfter(), properties.maxRetryDelay());
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /**
     * One attempt at the message, if it is due (or its sender's lease ran out); nothing otherwise.
     *
     * @return whether the mail was handed over.
     */
    public boolean attempt(UUID messageId, UUID vendorId) {
        return attempt(messageId, vendorId, 0);
    }

    /**
     * The attempt numbered {@code scheduledAttempt}, run by the job made for it: it goes ahead even when started a little
     * before its time (the job engine hands scheduled jobs to its workers up to one poll interval early), so a retry is
     * not left to the sweep. Nothing when that attempt was already made or the message is done.
     *
     * @return whether the mail was handed over.
     */
    public boolean attempt(UUID messageId, UUID vendorId, int scheduledAttempt) {
        Instant now = clock.instant();
        Optional<OutgoingMail> claimed = scopes.as(vendorId,
                () -> store.claim(messageId, scheduledAttempt, now, now.plus(properties.sendingLease())));
        if (claimed.isEmpty()) {
            return false;
        }
        OutgoingMail mail = claimed.get();
        try {
            transport.send(mail);
        } catch (DeliveryFailure failure) {
            failed(mail, failure);
            return false;
        } catch (RuntimeException unexpected) {
            failed(mail, new DeliveryFailure(unexpected.toString(), false, unexpected));
            return false;
        }
        boolean logged = !transport.configured();
        if (!scopes.as(vendorId, () -> store.markDelivered(mail.id(), mail.attempt(), logged, clock.instant()))) {
            log.warn("Message {} sent, but attempt {} was no longer current when recorded", mail.id(), mail.attempt());
        }
        return true;
    }

    private void failed(OutgoingMail mail, DeliveryFailure failure) {
        String error = failure.getMessage();
        if (failure.permanent() || mail.attempt() >= properties.maxAttempts()) {
            scopes.as(mail.vendorId(), () -> store.markFailed(mail.id(), mail.attempt(), error));
            log.warn("Message {} ({}) failed for good after {} attempts: {}", mail.id(), mail.kind(), mail.attempt(),
                    error);
            return;
        }
        Instant next = clock.instant().plus(backoff.after(mail.attempt()));
        if (scopes.as(mail.vendorId(), () -> store.markRetrying(mail.id(), mail.attempt(), error, next))) {
            log.info("Message {} ({}) attempt {} failed, next at {}: {}", mail.id(), mail.kind(), mail.attempt(), next,
                    error);
            sendQueue.submit(mail.id(), mail.vendorId(), mail.attempt() + 1, next);
        }
    }

    /**
     * Attempts every message that is due and was not handed over (a lost hand-over, a restart), or whose sender's
     * lease ran out.
     *
     * @return how many were handed to the mail server.
     */
    public int sweep() {
        int sent = 0;
        List<MessageStore.Due> due = scopes.acrossVendors("send the notifications that are due",
                () -> store.due(clock.instant().minus(properties.sweepGrace()), SWEEP_BATCH));
        for (MessageStore.Due d : due) {
            try {
                if (attempt(d.id(), d.vendorId())) {
                    sent++;
                }
            } catch (RuntimeException e) {
                log.warn("Message {} could not be attempted: {}", d.id(), e.toString());
            }
        }
        return sent;
    }
}
