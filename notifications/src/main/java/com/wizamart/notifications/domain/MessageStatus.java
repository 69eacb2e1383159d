package com.wizamart.notifications.domain;

/**
 * Where a message stands. {@code QUEUED}: waiting for its first attempt; {@code SENDING}: claimed by a sender (for
 * the length of a lease); {@code SENT}: the mail server accepted it; {@code LOGGED}: no mail server is configured, it
 * went to the application log; {@code RETRYING}: an attempt failed, the next one is due at a later time;
 * {@code FAILED}: every attempt failed, or the recipient's address is unusable.
 */
public enum MessageStatus {

    QUEUED, SENDING, SENT, LOGGED, RETRYING, FAILED;

    /** @return the status named {@code name} (case-insensitive), or {@literal null} when there is none. */
    public static MessageStatus parse(String name) {
        if (name == null) {
            return null;
        }
        for (MessageStatus s : values()) {
            if (s.name().equalsIgnoreCase(name.strip())) {
                return s;
            }
        }
        return null;
    }
}
