package com.wizamart.notifications.adapter.in.web;

import java.util.Arrays;
import java.util.UUID;

import com.wizamart.notifications.application.port.in.NotificationQuery;
import com.wizamart.notifications.domain.MessageKind;
import com.wizamart.notifications.domain.MessageStatus;
import com.wizamart.sharedkernel.ValidationException;

/** The log's query parameters, checked: an unknown status or kind is a 422 naming the parameter. */
final class NotificationFilters {

    private NotificationFilters() {
    }

    static NotificationQuery query(UUID vendorId, String status, String kind, String recipient) {
        MessageStatus s = null;
        if (status != null && !status.isBlank()) {
            s = MessageStatus.parse(status);
            if (s == null) {
                throw ValidationException.of("status", "must be one of " + Arrays.toString(MessageStatus.values()));
            }
        }
        MessageKind k = null;
        if (kind != null && !kind.isBlank()) {
            k = MessageKind.parse(kind);
            if (k == null) {
                throw ValidationException.of("kind", "must be one of " + Arrays.toString(MessageKind.values()));
            }
        }
        return new NotificationQuery(vendorId, s, k, recipient == null || recipient.isBlank() ? null : recipient);
    }
}
