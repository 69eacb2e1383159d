package com.wizamart.notifications.domain;

import java.util.UUID;

/**
 * One attempt at sending a claimed message.
 *
 * @param attempt the attempt number this sender claimed (1 for the first); marking the outcome checks it, so a sender
 *                whose lease ran out cannot overwrite the outcome of the one that took over.
 */
public record OutgoingMail(UUID id, UUID vendorId, MessageKind kind, String recipient, String recipientName,
                           String subject, String fromAddress, String fromName, String replyTo, String textBody,
                           String htmlBody, String messageId, int attempt) {
}
