package com.wizamart.identity.application.port.out;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

import com.wizamart.identity.UserStatistics.UserCounts;
import com.wizamart.identity.application.port.in.UserQuery;
import com.wizamart.identity.domain.EmailAddress;
import com.wizamart.identity.domain.User;

/** Platform accounts (admins and team members). Not vendor-owned: a user may belong to several vendors. */
public interface UserStore {

    /** Inserts (version {@literal null}) or updates with optimistic locking. */
    User save(User user);

    Optional<User> findById(UUID id);

    Optional<User> findByEmail(EmailAddress email);

    /** @return the account's current credentials version; empty when it does not exist or is deactivated. */
    Optional<Long> credentialsVersion(UUID id);

    /**
     * Moves the account's credentials version on without a password change (a role change or removal), so access
     * tokens issued before stop writing.
     */
    void moveCredentialsVersion(UUID id);

    void recordLogin(UUID id);

    Page<User> search(UserQuery query, Pageable pageable);

    /** @return the numbers of all, active and platform-admin accounts. */
    UserCounts counts();
}
