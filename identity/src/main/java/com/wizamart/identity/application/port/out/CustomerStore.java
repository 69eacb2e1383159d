package com.wizamart.identity.application.port.out;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

import com.wizamart.identity.domain.Customer;
import com.wizamart.identity.domain.EmailAddress;

/** Customers, vendor-owned (Row-Level Security): always read within the bound vendor. */
public interface CustomerStore {

    /** @return {@literal false} when the email is already registered at this vendor. */
    boolean insert(Customer customer);

    Optional<Customer> findByEmail(EmailAddress email);

    Optional<Customer> findById(UUID id);

    /**
     * A page of the bound vendor's customers.
     *
     * @param search   part of "first last" or the email (case-insensitive); {@literal null} for all.
     * @param pageable sort properties {@code registeredAt}, {@code name}, {@code email}; unsorted: newest first.
     */
    Page<Customer> search(String search, Pageable pageable);
}
