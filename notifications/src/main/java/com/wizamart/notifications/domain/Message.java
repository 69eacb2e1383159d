package com.wizamart.notifications.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A message as queued: rendered, addressed, waiting to be sent. Header values (subject, names) are single lines
 * ({@link HeaderText}).
 *
 * @param vendorId    the shop or team the message is about; {@literal null} for a platform message (a team
 *                    member's password reset).
 * @param dedupKey    the same event, recipient and kind give the same key: a message is queued once per key.
 * @param messageId   the {@code Message-ID} header, the same on every attempt (a receiving system that saw it already
 *                    can tell a repeat).
 * @param orderId     the order the message is about; {@literal null} for account messages.
 */
public record Message(UUID id, UUID vendorId, String dedupKey, MessageKind kind, String recipient,
                      String recipientName, String language, String subject, String fromAddress, String fromName,
                      String replyTo, String textBody, String htmlBody, UUID orderId, String orderNumber,
                      String messageId, Instant createdAt) {

    public Message {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(dedupKey, "dedupKey");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(fromAddress, "fromAddress");
        Objects.requireNonNull(textBody, "textBody");
        Objects.requireNonNull(htmlBody, "htmlBody");
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(createdAt, "createdAt");
        recipient = recipient.strip();
        recipientName = HeaderText.of(recipientName);
        subject = Objects.requireNonNullElse(HeaderText.of(subject), kind.key());
        fromName = HeaderText.of(fromName);
    }
}
