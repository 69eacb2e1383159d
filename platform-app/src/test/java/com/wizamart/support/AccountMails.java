package com.wizamart.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import com.wizamart.identity.CustomerEmailVerificationRequested;
import com.wizamart.identity.CustomerRegistrationRepeated;
import com.wizamart.identity.OwnerActivationIssued;
import com.wizamart.identity.PasswordResetRequested;
import com.wizamart.identity.TeamInvitationIssued;

/**
 * The account events identity publishes for mails (invitations, activations, resets, address proofs), as committed:
 * what the addressee would find in their mailbox. Tests take the one-time links from here, as a person takes them
 * from the mail.
 */
@Component
public class AccountMails {

    private final List<Object> events = new CopyOnWriteArrayList<>();

    @TransactionalEventListener
    void on(TeamInvitationIssued event) {
        events.add(event);
    }

    @TransactionalEventListener
    void on(OwnerActivationIssued event) {
        events.add(event);
    }

    @TransactionalEventListener
    void on(PasswordResetRequested event) {
        events.add(event);
    }

    @TransactionalEventListener
    void on(CustomerEmailVerificationRequested event) {
        events.add(event);
    }

    @TransactionalEventListener
    void on(CustomerRegistrationRepeated event) {
        events.add(event);
    }

    /** Every committed event of this type for this address (case-insensitive), oldest first. */
    public <T> List<T> to(Class<T> type, String email) {
        List<T> found = new ArrayList<>();
        for (Object event : events) {
            if (type.isInstance(event) && email.equalsIgnoreCase(recipient(event))) {
                found.add(type.cast(event));
            }
        }
        return found;
    }

    /** The newest event of this type for this address. */
    public <T> Optional<T> latest(Class<T> type, String email) {
        List<T> found = to(type, email);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.getLast());
    }

    /** How many links to prove the address were mailed to this customer of this shop. */
    public int verificationsTo(java.util.UUID vendorId, String email) {
        return (int) to(CustomerEmailVerificationRequested.class, email).stream()
                .filter(e -> e.vendorId().equals(vendorId)).count();
    }

    /** The token of the newest link mailed to a new customer of this shop to prove their address. */
    public String verificationToken(java.util.UUID vendorId, String email) {
        CustomerEmailVerificationRequested mail = to(CustomerEmailVerificationRequested.class, email).stream()
                .filter(e -> e.vendorId().equals(vendorId)).reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError("no verification mail to " + email));
        return tokenOf(mail.verifyUrl());
    }

    /** The token of the newest password reset link mailed to this address (of whichever audience and shop). */
    public String resetToken(String email) {
        return tokenOf(latest(PasswordResetRequested.class, email)
                .orElseThrow(() -> new AssertionError("no reset mail to " + email)).resetUrl());
    }

    /** The one-time token inside a mailed link ({@code ...#/page?token=...}). */
    public static String tokenOf(String url) {
        int at = url.indexOf("token=");
        assertThat(at).as("a token in " + url).isPositive();
        return url.substring(at + "token=".length());
    }

    private static String recipient(Object event) {
        return switch (event) {
            case TeamInvitationIssued e -> e.email();
            case OwnerActivationIssued e -> e.email();
            case PasswordResetRequested e -> e.email();
            case CustomerEmailVerificationRequested e -> e.email();
            case CustomerRegistrationRepeated e -> e.email();
            default -> null;
        };
    }
}
