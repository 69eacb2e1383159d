package com.wizamart.notifications.application.port.in;

import java.util.UUID;

import com.wizamart.notifications.domain.MessageKind;
import com.wizamart.notifications.domain.MessageStatus;

/**
 * Filters of the notification log; {@literal null} means any.
 *
 * @param vendorId  only this vendor's messages (admins; a vendor's own log is always its own).
 * @param recipient part of the recipient's address (case-insensitive).
 */
public record NotificationQuery(UUID vendorId, MessageStatus status, MessageKind kind, String recipient) {
}
