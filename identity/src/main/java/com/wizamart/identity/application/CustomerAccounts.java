package com.wizamart.identity.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import com.wizamart.identity.application.port.out.CustomerStore;
import com.wizamart.identity.application.port.out.PasswordHasher;
import com.wizamart.identity.domain.Customer;
import com.wizamart.identity.domain.CustomerFields;
import com.wizamart.identity.domain.IdentityException;
import com.wizamart.identity.domain.ProfileEdit;
import com.wizamart.identity.domain.EmailAddress;
import com.wizamart.identity.domain.PasswordPolicy;
import com.wizamart.sharedkernel.FieldViolation;
import com.wizamart.sharedkernel.ValidationException;
import com.wizamart.tenancy.VendorSummary;

/**
 * Customers register per vendor (the same email may hold separate accounts at several vendors) and keep their own
 * profile. Their password change is {@link Authentication#changeCustomerPassword}.
 */
@Service
public class CustomerAccounts {

    private static final Logger log = LoggerFactory.getLogger(CustomerAccounts.class);

    private final CustomerStore customers;
    private final PasswordHasher hasher;
    private final LoginThrottle throttle;
    private final TransactionTemplate transactions;
    private final TeamAudit audit;

    CustomerAccounts(CustomerStore customers, PasswordHasher hasher, LoginThrottle throttle,
                     TransactionTemplate transactions, TeamAudit audit) {
        this.audit = audit;
        this.customers = customers;
        this.hasher = hasher;
        this.throttle = throttle;
        this.transactions = transactions;
    }

    /**
     * Registers a customer of the bound vendor. The outcome is not told: an email already registered at this shop
     * gets the same answer as a new one (and its account stays untouched), so registration cannot be used to find
     * out who shops where. The customer signs in afterwards. Attempts are throttled per client address and per shop.
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
        if (!Boolean.TRUE.equals(transactions.execute(status -> customers.insert(customer)))) {
            log.info("Registration for an email already registered at vendor {}; nothing changed", vendor.id());
        }
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
