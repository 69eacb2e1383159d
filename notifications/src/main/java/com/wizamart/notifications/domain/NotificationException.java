package com.wizamart.notifications.domain;

import com.wizamart.sharedkernel.DomainException;

/** Notifications' broken rules, each with its stable error code. */
public final class NotificationException {

    private NotificationException() {
    }

    /** Also for another vendor's message: it does not exist for the caller. */
    public static DomainException notificationNotFound() {
        return new DomainException(DomainException.Kind.NOT_FOUND, "NOTIFICATION_NOT_FOUND", "No such notification.");
    }
}
