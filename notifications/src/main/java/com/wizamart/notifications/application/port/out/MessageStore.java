package com.wizamart.notifications.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

import com.wizamart.notifications.application.port.in.NotificationQuery;
import com.wizamart.notifications.application.port.in.NotificationView;
import com.wizamart.notifications.domain.Message;
import com.wizamart.notifications.domain.OutgoingMail;

/**
 * The queued messages and their log, under Row-Level Security: a vendor's rows need that vendor bound; platform
 * messages (no vendor) are visible and writable only while no vendor is bound; reading across vendors goes through
 * the audited cross-vendor path.
 */
public interface MessageStore {

    /** @return whether it was queued now: {@literal false} when a message with its key exists already. */
    boolean queue(Message message);

    /** A message some sender should look at: due, or claimed by a sender whose lease ran out. */
    record Due(UUID id, UUID vendorId) {
    }

    /**
     * @return up to {@code limit} messages due at {@code dueBy} (or whose lease ran out by then), oldest first (needs a
     *         cross-vendor read).
     */
    List<Due> due(Instant dueBy, int limit);

    /**
     * Claims the message for one attempt: only when it is due (queued or retrying, its time come), when it waits for
     * exactly the attempt numbered {@code scheduledAttempt} (the job of that attempt, which its engine may start a little
     * before its time), or when its sender's lease ran out; counts the attempt and holds it until {@code leaseUntil}.
     *
     * @param scheduledAttempt the attempt a scheduled job was made for, or 0 for a sweep (which takes only what is due).
     * @return the mail to send, or empty when another sender has it, it is done, or not due yet.
     */
    Optional<OutgoingMail> claim(UUID id, int scheduledAttempt, Instant now, Instant leaseUntil);

    /** Records the outcome of the attempt ({@code SENT} or {@code LOGGED}); nothing when the attempt is not current. */
    boolean markDelivered(UUID id, int attempt, boolean logged, Instant at);

    /** The attempt failed; another one is due at {@code next}. */
    boolean markRetrying(UUID id, int attempt, String error, Instant next);

    /** The attempt failed and none follows. */
    boolean markFailed(UUID id, int attempt, String error);

    /** @return the vendors (a {@literal null} element for platform messages) with bodies older than {@code before}. */
    List<UUID> vendorsWithBodiesBefore(Instant before);

    /** Forgets the bodies of the bound vendor's (or unbound: platform) settled messages created before {@code before}. */
    int purgeBodies(Instant before, Instant now);

    /** @return a page of the log as filtered (RLS decides whose rows are visible). */
    Page<NotificationView> search(NotificationQuery query, Pageable pageable);

    /** @return one message of the log with its bodies while kept. */
    Optional<NotificationView> find(UUID id);
}
