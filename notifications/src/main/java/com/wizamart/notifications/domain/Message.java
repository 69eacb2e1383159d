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
 * @param textBody    the body as the log keeps it: a one-time link's token is redacted ({@link LinkRedaction}).
 * @param sendTextBody the body as mailed, with the working link, when it differs from the kept one (a message with a
 *                    one-time link); {@literal null} otherwise. Kept only until the message is sent or fails.
 * @param orderId     the order the message is about; {@literal null} for account messages.
 */
public record Message(UUID id, UUID vendorId, String dedupKey, MessageKind kind, String recipient,
                      String recipientName, String language, String subject, String fromAddress, String fromName,
                      String replyTo, String textBody, String htmlBody, String sendTextBody,
                      String sendHtmlBody, UUID orderId, String orderNumber,
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
        if ((sendTextBody == null) != (sendHtmlBody == null)) {
            throw new IllegalArgumentException("Both bodies to send or none");
        }
        Objects.requireNonNull(createdAt, "createdAt");
        recipient = recipient.strip();
        recipientName = HeaderText.of(recipientName);
        subject = Objects.requireNonNullElse(HeaderText.of(subject), kind.key());
        fromName = HeaderText.of(fromName);
    }
}
