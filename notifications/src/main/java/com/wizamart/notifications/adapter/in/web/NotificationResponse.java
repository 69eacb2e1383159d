package com.wizamart.notifications.adapter.in.web;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import com.wizamart.notifications.application.port.in.NotificationView;

/**
 * A message of the notification log, as lists show it; {@code vendorId}/{@code vendorName} only in the admin view
 * ({@literal null} there for a platform message). {@code nextAttemptAt} while an attempt is due.
 */
record NotificationResponse(UUID id, @JsonInclude(JsonInclude.Include.NON_NULL) UUID vendorId,
                            @JsonInclude(JsonInclude.Include.NON_NULL) String vendorName, String kind,
                            String recipient, String subject, String language, String status, int attempts,
                            String lastError, Instant createdAt, Instant sentAt, Instant nextAttemptAt,
                            String orderNumber, Instant bodyPurgedAt) {

    static NotificationResponse of(NotificationView v, boolean admin) {
        return new NotificationResponse(v.id(), admin ? v.vendorId() : null, admin ? v.vendorName() : null,
                v.kind(), v.recipient(), v.subject(), v.language(), v.status(), v.attempts(), v.lastError(),
                v.createdAt(), v.sentAt(), next(v), v.orderNumber(), v.bodyPurgedAt());
    }

    /** The next attempt's time matters only while one is due. */
    static Instant next(NotificationView v) {
        return "QUEUED".equals(v.status()) || "RETRYING".equals(v.status()) ? v.nextAttemptAt() : null;
    }

    /** One message with its bodies, {@literal null} once the retention time passed ({@code bodyPurgedAt}). */
    record Detail(UUID id, @JsonInclude(JsonInclude.Include.NON_NULL) UUID vendorId,
                  @JsonInclude(JsonInclude.Include.NON_NULL) String vendorName, String kind, String recipient,
                  String subject, String language, String status, int attempts, String lastError, Instant createdAt,
                  Instant sentAt, Instant nextAttemptAt, String orderNumber, String textBody, String htmlBody,
                  Instant bodyPurgedAt) {

        static Detail of(NotificationView v, boolean admin) {
            return new Detail(v.id(), admin ? v.vendorId() : null, admin ? v.vendorName() : null, v.kind(),
                    v.recipient(), v.subject(), v.language(), v.status(), v.attempts(), v.lastError(),
                    v.createdAt(), v.sentAt(), next(v), v.orderNumber(), v.textBody(), v.htmlBody(),
                    v.bodyPurgedAt());
        }
    }
}
