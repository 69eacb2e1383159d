package com.wizamart.notifications.application.port.in;

import java.time.Instant;
import java.util.UUID;

/**
 * A message of the log. Bodies are {@literal null} in lists, and after the retention time ({@code bodyPurgedAt}).
 *
 * @param vendorId   {@literal null} for a platform message.
 * @param vendorName {@literal null} for a platform message.
 */
public record NotificationView(UUID id, UUID vendorId, String vendorName, String kind, String recipient,
                               String subject, String language, String status, int attempts, String lastError,
                               Instant createdAt, Instant sentAt, Instant nextAttemptAt, String orderNumber,
                               String textBody, String htmlBody, Instant bodyPurgedAt) {
}
