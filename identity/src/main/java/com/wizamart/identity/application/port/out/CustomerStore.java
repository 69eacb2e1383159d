package com.wizamart.identity.application.port.out;

import java.util.Optional;
import java.util.UUID;

import com.wizamart.identity.domain.Customer;
import com.wizamart.identity.domain.EmailAddress;

/** Customers, vendor-owned (Row-Level Security): always read within the bound vendor. */
public interface CustomerStore {

    /** @return {@literal false} when the email is already registered at this vendor. */
    boolean insert(Customer customer);

    Optional<Customer> findByEmail(EmailAddress email);

    Optional<Customer> findById(UUID id);
}
