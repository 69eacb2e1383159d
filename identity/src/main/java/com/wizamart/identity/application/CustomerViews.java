package com.wizamart.identity.application;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.wizamart.identity.CustomerDirectory;
import com.wizamart.identity.application.port.out.CustomerStore;
import com.wizamart.identity.domain.Customer;

/** {@link CustomerDirectory}: the bound vendor's customers, read within that vendor's transaction. */
@Service
@Transactional(readOnly = true)
public class CustomerViews implements CustomerDirectory {

    private final CustomerStore customers;

    CustomerViews(CustomerStore customers) {
        this.customers = customers;
    }

    @Override
    public Page<RegisteredCustomer> customers(String search, Pageable pageable) {
        return customers.search(search == null || search.isBlank() ? null : search.strip(), pageable)
                .map(CustomerViews::registered);
    }

    @Override
    public Optional<RegisteredCustomer> find(UUID id) {
        return customers.findById(id).map(CustomerViews::registered);
    }

    private static RegisteredCustomer registered(Customer c) {
        return new RegisteredCustomer(c.id(), c.email().value(), c.firstName(), c.lastName(), c.active(),
                c.createdAt(), c.preferredLanguage());
    }
}
