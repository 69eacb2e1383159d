package com.wizamart.identity.application;

import java.time.Instant;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.wizamart.identity.application.port.out.CustomerStore;
import com.wizamart.identity.application.port.out.PasswordHasher;
import com.wizamart.identity.domain.Customer;
import com.wizamart.identity.domain.EmailAddress;
import com.wizamart.identity.domain.IdentityException;
import com.wizamart.identity.domain.PasswordPolicy;
import com.wizamart.sharedkernel.ValidationException;
import com.wizamart.tenancy.VendorSummary;

/** Customers register per vendor: the same email may hold separate accounts at several vendors. */
@Service
public class CustomerAccounts {

    private final CustomerStore customers;
    private final PasswordHasher hasher;
    private final Authentication authentication;

    CustomerAccounts(CustomerStore customers, PasswordHasher hasher, Authentication authentication) {
        this.customers = customers;
        this.hasher = hasher;
        this.authentication = authentication;
    }

    /** Registers a customer of the bound vendor and logs them in. */
    @Transactional
    public Authentication.LoginResult register(VendorSummary vendor, String email, String password, String firstName,
                                               String lastName, String phone) {
        EmailAddress address = EmailAddress.of(email);
        PasswordPolicy.check(password, address, "password");
        if (firstName == null || firstName.isBlank()) {
            throw ValidationException.of("firstName", "must not be blank");
        }
        Customer customer = new Customer(UUID.randomUUID(), vendor.id(), address, hasher.hash(password),
                firstName.strip(), lastName == null ? "" : lastName.strip(), phone, true, Instant.now(), 0L);
        if (!customers.insert(customer)) {
            throw IdentityException.conflict("CUSTOMER_ALREADY_EXISTS",
                    "An account with this email already exists at this shop.");
        }
        return authentication.customerSession(customer, vendor);
    }
}
