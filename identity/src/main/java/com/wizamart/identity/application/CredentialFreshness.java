package com.wizamart.identity.application;

import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.wizamart.identity.CredentialChecks;
import com.wizamart.identity.application.port.out.UserStore;

/** Compares a token's credentials version with the account's: one primary-key read. */
@Service
class CredentialFreshness implements CredentialChecks {

    private final UserStore users;

    CredentialFreshness(UserStore users) {
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isCurrent(UUID userId, long credentialsVersion) {
        return users.credentialsVersion(userId).filter(current -> current == credentialsVersion).isPresent();
    }
}
