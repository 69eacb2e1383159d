package com.wizamart.notifications.application.port.out;

import com.wizamart.notifications.domain.OutgoingMail;

/** Hands a message to the mail server, or, where none is configured, to the application log. */
public interface MailTransport {

    /** @return whether messages go to a mail server (else to the log). */
    boolean configured();

    /**
     * Sends (or logs) the mail. Returning means the server accepted it.
     *
     * @throws DeliveryFailure when the server is unreachable or refused it.
     */
    void send(OutgoingMail mail) throws DeliveryFailure;

    /**
     * The mail was not accepted.
     *
     * @param permanent whether trying again cannot help (the address is malformed).
     */
    final class DeliveryFailure extends Exception {

        private final boolean permanent;

        public DeliveryFailure(String message, boolean permanent, Throwable cause) {
            super(message, cause);
            this.permanent = permanent;
        }

        public boolean permanent() {
            return permanent;
        }
    }
}
