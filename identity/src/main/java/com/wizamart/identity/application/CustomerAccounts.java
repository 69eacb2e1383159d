package com.wizamart.identity.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import com.wizamart.identity.CustomerEmailVerificationRequested;
import com.wizamart.identity.CustomerRegistrationRepeated;
import com.wizamart.identity.application.port.out.CustomerStore;
import com.wizamart.identity.application.port.out.CustomerTokenStore;
import com.wizamart.identity.application.port.out.CustomerTokenStore.Purpose;
import com.wizamart.identity.application.port.out.PasswordHasher;
import com.wizamart.identity.config.IdentityProperties;
import com.wizamart.identity.domain.Customer;
import com.wizamart.identity.domain.CustomerFields;
import com.wizamart.identity.domain.IdentityException;
import com.wizamart.identity.domain.ProfileEdit;
import com.wizamart.identity.domain.EmailAddress;
import com.wizamart.identity.domain.PasswordPolicy;
import com.wizamart.sharedkernel.FieldViolation;
import com.wizamart.sharedkernel.ValidationException;
import com.wizamart.tenancy.VendorScope;
import com.wizamart.tenancy.VendorSummary;

/**
 * Customers register per vendor (the same email may hold separate accounts at several vendors) and keep their own
 * profile. Their password change is {@link Authentication#changeCustomerPassword}. A new customer proves their address
 * through a mailed link before they can sign in (ADR 0036).
 */
@Service
public class CustomerAccounts {

    private static final Logger log = LoggerFactory.getLogger(CustomerAccounts.class);

    private final CustomerStore customers;
    private final PasswordHasher hasher;
    private final LoginThrottle throttle;
    private final TransactionTemplate transactions;
    private final TeamAudit audit;
    private final CustomerTokenStore customerTokens;
    private final ApplicationEventPublisher events;
    private final AccountLinks links;
    private final IdentityProperties properties;
    private final VendorScope vendorScope;

    CustomerAccounts(CustomerStore customers, PasswordHasher hasher, LoginThrottle throttle,
                     TransactionTemplate transactions, TeamAudit audit, CustomerTokenStore customerTokens,
                     ApplicationEventPublisher events, AccountLinks links, IdentityProperties properties,
                     VendorScope vendorScope) {
        this.vendorScope = vendorScope;
        this.audit = audit;
        this.customerTokens = customerTokens;
        this.events = events;
        this.links = links;
        this.properties = properties;
        this.customers = customers;
        this.hasher = hasher;
        this.throttle = throttle;
        this.transactions = transactions;
    }

    /**
     * Registers a customer of the bound vendor. The outcome is not told: an email already registered at this shop
     * gets the same answer as a new one (and its account stays untouched), so registration cannot be used to find
     * out who shops where. A new customer is mailed a link that proves the address ({@link
     * CustomerEmailVerificationRequested}), and signs in once they followed it; the holder of a known address is mailed
     * instead ({@link CustomerRegistrationRepeated}), with the way to sign in or reset the password. Attempts are
     * throttled per client address and per shop.
     *
     * The throttle counts, and the password is hashed, before the inserting transaction opens: a request never holds a
     * connection while it waits for another or for the hash.
     *
     * @param address the client address, for throttling.
     */
    public void register(VendorSummary vendor, String email, String password, String firstName, String lastName,
                         String phone, String address) {
        throttle.registration(vendor.id(), address);
        EmailAddress emailAddress = EmailAddress.of(email);
        PasswordPolicy.check(password, emailAddress, "password");
        List<FieldViolation> errors = new ArrayList<>();
        String first = CustomerFields.firstName(errors, "firstName", firstName);
        String last = CustomerFields.lastName(errors, "lastName", lastName);
        String phoneNumber = CustomerFields.phone(errors, "phone", phone);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        // Hashed either way, so a known email answers in the time of a new one.
        Customer customer = Customer.register(UUID.randomUUID(), vendor.id(), emailAddress, hasher.hash(password),
                first, last, phoneNumber, Instant.now());
        String token = Tokens.random();
        Instant expiresAt = Instant.now().plus(properties.emailVerificationTtl());
        transactions.executeWithoutResult(status -> {
            if (customers.insert(customer)) {
                customerTokens.insert(customer.id(), Purpose.EMAIL_VERIFICATION, Tokens.hash(token), expiresAt);
                events.publishEvent(new CustomerEmailVerificationRequested(customer.id(), vendor.id(),
                        emailAddress.value(), first, null, links.customerVerification(vendor.code(), token),
                        expiresAt));
                return;
            }
            log.info("Registration for an email already registered at vendor {}; nothing changed", vendor.id());
            customers.findByEmail(emailAddress).filter(Customer::active).ifPresent(known -> events.publishEvent(
                    new CustomerRegistrationRepeated(known.id(), vendor.id(), known.email().value(), known.firstName(),
                            known.preferredLanguage())));
        });
    }

    /**
     * Proves a customer's address through the token mailed at registration (or a newer one); the customer may sign
     * in from now on. Every other verification token of the customer is used up.
     *
     * @throws com.wizamart.sharedkernel.DomainException {@code VERIFICATION_TOKEN_INVALID} for a token that is
     *         unknown, used, expired or of another shop.
     */
    public void verifyEmail(VendorSummary vendor, String token) {
        Instant now = Instant.now();
        // the shop's tokens only (Row-Level Security): another shop's token is not found
        transactions.executeWithoutResult(status -> vendorScope.runAs(vendor.id(), () -> {
            UUID customerId = customerTokens.consume(Tokens.hash(token == null ? "" : token),
                    Purpose.EMAIL_VERIFICATION, now).orElseThrow(IdentityException::verificationTokenInvalid);
            Customer customer = customers.findById(customerId).filter(Customer::active)
                    .orElseThrow(IdentityException::verificationTokenInvalid);
            customers.markEmailVerified(customerId, now);
            customerTokens.consumeAllOf(customerId, Purpose.EMAIL_VERIFICATION, now);
            audit.customerEmailVerified(customer);
        }));
    }

    /**
     * Mails a new verification link to the shop's customer with this address if they have not proven it yet. Says
     * nothing either way (nor whether the address is registered here).
     *
     * @throws com.wizamart.sharedkernel.ThrottledException when the client or the addressee asked too often lately.
     */
    public void resendVerification(VendorSummary vendor, String email, String address) {
        EmailAddress recipient = EmailAddress.of(email);
        throttle.mailRequest(Authentication.customerKey(vendor.id(), recipient.value()), address);
        String token = Tokens.random();
        Instant expiresAt = Instant.now().plus(properties.emailVerificationTtl());
        transactions.executeWithoutResult(status -> vendorScope.runAs(vendor.id(), () -> customers
                .findByEmail(recipient).filter(c -> c.active() && !c.emailVerified()).ifPresent(customer -> {
                    customerTokens.insert(customer.id(), Purpose.EMAIL_VERIFICATION, Tokens.hash(token), expiresAt);
                    events.publishEvent(new CustomerEmailVerificationRequested(customer.id(), vendor.id(),
                            customer.email().value(), customer.firstName(), customer.preferredLanguage(),
                            links.customerVerification(vendor.code(), token), expiresAt));
                })));
    }

    /**
     * The customer's own account, of the bound vendor.
     *
     * @throws com.wizamart.sharedkernel.DomainException {@code CUSTOMER_NOT_FOUND} when the bound vendor has no active
     *         customer with this id.
     */
    @Transactional(readOnly = true)
    public Customer profile(UUID customerId) {
        return customers.findById(customerId).filter(Customer::active)
                .orElseThrow(() -> IdentityException.customerNotFound());
    }

    /**
     * Changes the customer's own profile (never the email or password). A change of the marketing consent is recorded
     * in the audit trail with its time.
     */
    @Transactional
    public Customer editProfile(UUID customerId, ProfileEdit edit) {
        Customer before = customers.lockById(customerId).filter(Customer::active)
                .orElseThrow(() -> IdentityException.customerNotFound());
        Customer after = edit.applyTo(before, Instant.now());
        customers.update(after);
        if (after.marketingConsent() != before.marketingConsent()) {
            audit.marketingConsentChanged(after);
        }
        return customers.findById(customerId).orElseThrow();
    }
}
