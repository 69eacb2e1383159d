package com.wizamart.identity.application;

import java.time.Instant;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import com.wizamart.identity.PasswordResetRequested;
import com.wizamart.identity.application.port.out.CredentialTokenStore;
import com.wizamart.identity.application.port.out.CustomerStore;
import com.wizamart.identity.application.port.out.CustomerTokenStore;
import com.wizamart.identity.application.port.out.CustomerTokenStore.Purpose;
import com.wizamart.identity.application.port.out.PasswordHasher;
import com.wizamart.identity.application.port.out.UserStore;
import com.wizamart.identity.config.IdentityProperties;
import com.wizamart.identity.domain.Customer;
import com.wizamart.identity.domain.EmailAddress;
import com.wizamart.identity.domain.IdentityException;
import com.wizamart.identity.domain.PasswordPolicy;
import com.wizamart.identity.domain.User;
import com.wizamart.tenancy.VendorScope;
import com.wizamart.tenancy.VendorSummary;

/**
 * Forgotten passwords (ADR 0036), of platform accounts (team members, platform admins) and of customers, each shop's
 * apart. Asking answers the same whether or not the address has an account, and does the same work up to the one
 * insert of a token; the link travels by mail only ({@link PasswordResetRequested}, published in the transaction that
 * stores the token's hash). Following it sets a new password once: the token and every other open reset token of the
 * account are used up, every session ends, and access tokens issued before stop writing (the credentials version
 * moves on).
 *
 * <p>The two audiences never mix: a platform account's token is looked for among platform accounts' tokens only, a
 * customer's among the tokens of the shop named in the request (Row-Level Security hides every other shop's).
 */
@Service
public class PasswordResets {

    private final UserStore users;
    private final CustomerStore customers;
    private final CredentialTokenStore tokens;
    private final CustomerTokenStore customerTokens;
    private final PasswordHasher hasher;
    private final LoginThrottle throttle;
    private final VendorScope vendorScope;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final AccountLinks links;
    private final IdentityProperties properties;
    private final TeamAudit audit;

    PasswordResets(UserStore users, CustomerStore customers, CredentialTokenStore tokens,
                   CustomerTokenStore customerTokens, PasswordHasher hasher, LoginThrottle throttle,
                   VendorScope vendorScope, TransactionTemplate transactions, ApplicationEventPublisher events,
                   AccountLinks links, IdentityProperties properties, TeamAudit audit) {
        this.users = users;
        this.customers = customers;
        this.tokens = tokens;
        this.customerTokens = customerTokens;
        this.hasher = hasher;
        this.throttle = throttle;
        this.vendorScope = vendorScope;
        this.transactions = transactions;
        this.events = events;
        this.links = links;
        this.properties = properties;
        this.audit = audit;
    }

    /**
     * Mails a reset link to the platform account with this address, if there is one that can sign in (not a pending
     * account: that one is completed through its activation link only; not a deactivated one). Says nothing either way.
     *
     * @param address the client address, for throttling.
     * @throws com.wizamart.sharedkernel.ValidationException when {@code email} is no email address at all.
     * @throws com.wizamart.sharedkernel.ThrottledException when the client or the addressee asked too often lately.
     */
    public void requestForTeamAccount(String email, String address) {
        EmailAddress recipient = EmailAddress.of(email);
        throttle.mailRequest(Authentication.accountKey(recipient.value()), address);
        Issued issued = issue();
        transactions.executeWithoutResult(status -> users.findByEmail(recipient).filter(User::canLogIn)
                .ifPresent(user -> {
                    tokens.insertPasswordReset(user.id(), issued.hash(), issued.expiresAt());
                    events.publishEvent(new PasswordResetRequested(user.id(),
                            PasswordResetRequested.Audience.TEAM_MEMBER, null, user.email().value(),
                            blankToNull(user.firstName()), null, links.teamPasswordReset(issued.token()),
                            issued.expiresAt()));
                }));
    }

    /**
     * Sets a platform account's new password through its reset token.
     *
     * @throws IdentityException {@code RESET_TOKEN_INVALID} for a token that is unknown, used, expired, or a
     *         customer's; {@code ValidationException} (and the token stays usable) when the password breaks the policy.
     */
    public void confirmForTeamAccount(String token, String password) {
        Instant now = Instant.now();
        User reset = transactions.execute(status -> {
            UUID userId = tokens.consumePasswordReset(Tokens.hash(token == null ? "" : token), now)
                    .orElseThrow(IdentityException::resetTokenInvalid);
            User user = users.findById(userId).filter(User::canLogIn)
                    .orElseThrow(IdentityException::resetTokenInvalid);
            PasswordPolicy.check(password, user.email(), "password");
            // a new hash moves the credentials version on: access tokens issued before stop writing
            users.save(user.withPassword(hasher.hash(password), false));
            tokens.consumePasswordResetsOf(userId, now);
            tokens.revokeAllOfSubject(userId, now);
            audit.passwordSet(user, TeamAudit.actor(user), TeamAudit.PasswordSetVia.RESET, null);
            audit.sessionsRevoked(TeamAudit.actor(user), userId, null, TeamAudit.Revocation.PASSWORD_CHANGED);
            return user;
        });
        // whoever holds the mailbox may sign in again at once, even if someone guessed at the account meanwhile
        throttle.succeeded(Authentication.accountKey(reset.email().value()));
    }

    /**
     * Mails a reset link to the shop's customer with this address, if there is an active one (also one who has not
     * proven the address yet: following the link proves it). Says nothing either way.
     *
     * @throws com.wizamart.sharedkernel.ThrottledException when the client or the addressee asked too often lately.
     */
    public void requestForCustomer(VendorSummary vendor, String email, String address) {
        EmailAddress recipient = EmailAddress.of(email);
        throttle.mailRequest(Authentication.customerKey(vendor.id(), recipient.value()), address);
        Issued issued = issue();
        transactions.executeWithoutResult(status -> vendorScope.runAs(vendor.id(), () -> customers
                .findByEmail(recipient).filter(Customer::active).ifPresent(customer -> {
                    customerTokens.insert(customer.id(), Purpose.PASSWORD_RESET, issued.hash(), issued.expiresAt());
                    events.publishEvent(new PasswordResetRequested(customer.id(),
                            PasswordResetRequested.Audience.CUSTOMER, vendor.id(), customer.email().value(),
                            customer.firstName(), customer.preferredLanguage(),
                            links.customerPasswordReset(vendor.code(), issued.token()), issued.expiresAt()));
                })));
    }

    /**
     * Sets a customer's new password through a reset token of this shop. The address is proven by the same token.
     *
     * @throws IdentityException {@code RESET_TOKEN_INVALID} for a token that is unknown, used, expired, of another
     *         shop or a platform account's; {@code ValidationException} (the token stays usable) for a weak password.
     */
    public void confirmForCustomer(VendorSummary vendor, String token, String password) {
        Instant now = Instant.now();
        Customer reset = transactions.execute(status -> vendorScope.callAs(vendor.id(), () -> {
            UUID customerId = customerTokens.consume(Tokens.hash(token == null ? "" : token), Purpose.PASSWORD_RESET, now)
                    .orElseThrow(IdentityException::resetTokenInvalid);
            Customer customer = customers.lockById(customerId).filter(Customer::active)
                    .orElseThrow(IdentityException::resetTokenInvalid);
            PasswordPolicy.check(password, customer.email(), "password");
            customers.update(customer.withPassword(hasher.hash(password)));
            customers.markEmailVerified(customerId, now);
            customerTokens.consumeAllOf(customerId, Purpose.PASSWORD_RESET, now);
            customerTokens.consumeAllOf(customerId, Purpose.EMAIL_VERIFICATION, now);
            tokens.revokeAllOfSubject(customerId, now);
            audit.customerPasswordChanged(customer);
            return customer;
        }));
        throttle.succeeded(Authentication.customerKey(vendor.id(), reset.email().value()));
    }

    /** A fresh token, made whether or not it will be stored, so both answers cost the same. */
    private Issued issue() {
        String token = Tokens.random();
        return new Issued(token, Tokens.hash(token), Instant.now().plus(properties.passwordResetTtl()));
    }

    private record Issued(String token, String hash, Instant expiresAt) {
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
