package com.wizamart.identity.application;

import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.wizamart.identity.CredentialChecks;
import com.wizamart.identity.application.port.out.CustomerStore;
import com.wizamart.identity.application.port.out.UserStore;
import com.wizamart.tenancy.VendorScope;

/** Compares a token's credentials version with the account's (or the customer's): one primary-key read. */
@Service
class CredentialFreshness implements CredentialChecks {

    private final UserStore users;
    private final CustomerStore customers;
    private final VendorScope vendorScope;

    CredentialFreshness(UserStore users, CustomerStore customers, VendorScope vendorScope) {
        this.users = users;
        this.customers = customers;
        this.vendorScope = vendorScope;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isCurrent(UUID userId, long credentialsVersion) {
        return users.credentialsVersion(userId).filter(current -> current == credentialsVersion).isPresent();
    }

    /** Customers are the shop's (Row-Level Security): read with the token's vendor bound. */
    @Override
    @Transactional(readOnly = true)
    public boolean isCurrentCustomer(UUID vendorId, UUID customerId, long credentialsVersion) {
        return vendorScope.callAs(vendorId, () -> customers.credentialsVersion(customerId))
                .filter(current -> current == credentialsVersion).isPresent();
    }
}
