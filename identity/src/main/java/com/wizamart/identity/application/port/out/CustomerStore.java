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

    /** The customer, its row locked until the transaction ends (for a read-modify-write of the account). */
    Optional<Customer> lockById(UUID id);

    /**
     * Writes the customer's profile and password hash. The credentials version moves on (in the statement, so no
     * flow can forget it) when the password hash changes.
     */
    void update(Customer customer);

    /** Records that the customer proved their address; @return {@literal false} when it was proven before. */
    boolean markEmailVerified(UUID id, java.time.Instant at);

    /** @return the active customer's credentials version; empty when there is no such active customer. */
    Optional<Long> credentialsVersion(UUID id);

    /**
     * A page of the bound vendor's customers.
     *
     * @param search   part of "first last" or the email (case-insensitive); {@literal null} for all.
     * @param pageable sort properties {@code registeredAt}, {@code name}, {@code email}; unsorted: newest first.
     */
    Page<Customer> search(String search, Pageable pageable);
}
