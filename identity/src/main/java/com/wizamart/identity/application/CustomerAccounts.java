package com.wizamart.identity.application;

import java.time.Instant;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.wizamart.identity.application.port.out.CustomerStore;
import com.wizamart.identity.application.port.out.PasswordHasher;
import com.wizamart.identity.domain.Customer;
import com.wizamart.identity.domain.EmailAddress;
import com.wizamart.identity.domain.PasswordPolicy;
import com.wizamart.sharedkernel.ValidationException;
import com.wizamart.tenancy.VendorSummary;

/** Customers register per vendor: the same email may hold separate accounts at several vendors. */
@Service
public class CustomerAccounts {

    private static final Logger log = LoggerFactory.getLogger(CustomerAccounts.class);

    private final CustomerStore customers;
    private final PasswordHasher hasher;
    private final LoginThrottle throttle;

    CustomerAccounts(CustomerStore customers, PasswordHasher hasher, LoginThrottle throttle) {
        this.customers = customers;
        this.hasher = hasher;
        this.throttle = throttle;
    }

    /**
     * Registers a customer of the bound vendor. The outcome is not told: an email already registered at this shop
     * gets the same answer as a new one (and its account stays untouched), so registration cannot be used to find
     * out who shops where. The customer signs in afterwards. Attempts are throttled per client address and per shop.
     *
     * @param address the client address, for throttling.
     */
    @Transactional
    public void register(VendorSummary vendor, String email, String password, String firstName, String lastName,
                         String phone, String address) {
        throttle.registration(vendor.id(), address);
        EmailAddress emailAddress = EmailAddress.of(email);
        PasswordPolicy.check(password, emailAddress, "password");
        if (firstName == null || firstName.isBlank()) {
            throw ValidationException.of("firstName", "must not be blank");
        }
        // Hashed either way, so a known email answers in the time of a new one.
        Customer customer = new Customer(UUID.randomUUID(), vendor.id(), emailAddress, hasher.hash(password),
                firstName.strip(), lastName == null ? "" : lastName.strip(), phone, true, Instant.now(), 0L);
        if (!customers.insert(customer)) {
            log.info("Registration for an email already registered at vendor {}; nothing changed", vendor.id());
        }
    }
}
