package com.wizamart.identity.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import com.wizamart.identity.application.SessionTokens.TokenPair;
import com.wizamart.identity.application.port.out.AccessTokenIssuer.Claims;
import com.wizamart.identity.application.port.out.CredentialTokenStore;
import com.wizamart.identity.application.port.out.CredentialTokenStore.RefreshToken;
import com.wizamart.identity.application.port.out.CustomerStore;
import com.wizamart.identity.application.port.out.CustomerTokenStore;
import com.wizamart.identity.application.port.out.PasswordHasher;
import com.wizamart.identity.application.port.out.TeamStore;
import com.wizamart.identity.application.port.out.UserStore;
import com.wizamart.identity.domain.Customer;
import com.wizamart.identity.domain.EmailAddress;
import com.wizamart.identity.domain.IdentityException;
import com.wizamart.identity.domain.Membership;
import com.wizamart.identity.domain.PasswordPolicy;
import com.wizamart.identity.domain.Role;
import com.wizamart.identity.domain.User;
import com.wizamart.sharedkernel.ValidationException;
import com.wizamart.tenancy.VendorScope;
import com.wizamart.tenancy.VendorSummary;
import com.wizamart.tenancy.Vendors;

/**
 * Logins of admins, vendor team members and customers; refresh with rotation and reuse detection; logout; password
 * change and account activation. Every failure to log in says only {@code INVALID_CREDENTIALS} and counts towards
 * the throttle.
 */
@Service
public class Authentication {

    private final UserStore users;
    private final CustomerStore customers;
    private final TeamStore team;
    private final CredentialTokenStore tokens;
    private final PasswordHasher hasher;
    private final SessionTokens sessions;
    private final LoginThrottle throttle;
    private final VendorScope vendorScope;
    private final Vendors vendors;
    private final TeamAudit audit;
    private final TransactionTemplate transactions;
    private final CustomerTokenStore customerTokens;

    Authentication(UserStore users, CustomerStore customers, TeamStore team, CredentialTokenStore tokens,
                   PasswordHasher hasher, SessionTokens sessions, LoginThrottle throttle, VendorScope vendorScope,
                   Vendors vendors, TeamAudit audit, TransactionTemplate transactions,
                   CustomerTokenStore customerTokens) {
        this.customerTokens = customerTokens;
        this.audit = audit;
        this.transactions = transactions;
        this.users = users;
        this.customers = customers;
        this.team = team;
        this.tokens = tokens;
        this.hasher = hasher;
        this.sessions = sessions;
        this.throttle = throttle;
        this.vendorScope = vendorScope;
        this.vendors = vendors;
    }

    /** Who logged in, besides the tokens. */
    public record LoginResult(TokenPair tokens, UUID subjectId, String email, String firstName, String lastName,
                              VendorSummary vendor, String role, List<String> permissions) {
    }

    public LoginResult loginAdmin(String email, String password, String address) {
        String key = accountKey(email);
        throttle.check(key, address);
        Optional<User> user = verifiedUser(email, password).filter(User::platformAdmin);
        if (user.isEmpty()) {
            throttle.failed(key, address);
            throw IdentityException.invalidCredentials();
        }
        throttle.succeeded(key);
        User admin = requireNoPasswordChange(user.get());
        users.recordLogin(admin.id());
        TokenPair pair = sessions.issue(SessionTokens.adminClaims(admin), null);
        return new LoginResult(pair, admin.id(), admin.email().value(), admin.firstName(), admin.lastName(), null,
                null, List.of());
    }

    public LoginResult loginVendorMember(String email, String password, VendorSummary vendor, String address) {
        String key = accountKey(email);
        throttle.check(key, address);
        Optional<User> user = verifiedUser(email, password);
        Optional<MemberGrant> grant = user.flatMap(u -> vendorScope.callAs(vendor.id(), () -> grantOf(u.id())));
        if (grant.isEmpty() || !vendor.active()) {
            throttle.failed(key, address);
            throw IdentityException.invalidCredentials();
        }
        throttle.succeeded(key);
        User member = requireNoPasswordChange(user.get());
        users.recordLogin(member.id());
        Role role = grant.get().role();
        TokenPair pair = vendorScope.callAs(vendor.id(),
                () -> sessions.issue(SessionTokens.vendorClaims(member, vendor.id(), role), null));
        return new LoginResult(pair, member.id(), member.email().value(), member.firstName(), member.lastName(),
                vendor, role.name(), role.orderedPermissions());
    }

    public LoginResult loginCustomer(String email, String password, VendorSummary vendor, String address) {
        String key = customerKey(vendor.id(), email);
        throttle.check(key, address);
        Optional<Customer> found = vendorScope.callAs(vendor.id(), () -> findCustomer(email));
        if (found.isEmpty()) {
            hasher.simulateCheck();
        }
        // A customer who has not proven their address yet fails exactly as a wrong password does (and counts towards
        // the throttle): otherwise registering an address and signing in with it would tell whether it was new.
        Optional<Customer> customer = found.filter(c -> checkPassword(password, c.passwordHash()) && c.active()
                && c.emailVerified());
        if (customer.isEmpty()) {
            throttle.failed(key, address);
            throw IdentityException.invalidCredentials();
        }
        throttle.succeeded(key);
        return customerSession(customer.get(), vendor);
    }

    LoginResult customerSession(Customer c, VendorSummary vendor) {
        TokenPair pair = sessions.issue(SessionTokens.customerClaims(c, vendor.id()), null);
        return new LoginResult(pair, c.id(), c.email().value(), c.firstName(), c.lastName(), vendor, null, List.of());
    }

    /**
     * Exchanges a refresh token for a new pair (rotation). Presenting a token twice revokes its whole family: one of
     * the two presenters is not the legitimate client.
     */
    @Transactional(noRollbackFor = IdentityException.class)
    public TokenPair refresh(String refreshToken) {
        if (refreshToken == null || refreshToken.isBlank()) {
            throw IdentityException.invalidRefreshToken();
        }
        Instant now = Instant.now();
        RefreshToken token = tokens.lockRefreshToken(Tokens.hash(refreshToken))
                .orElseThrow(IdentityException::invalidRefreshToken);
        if (token.revokedAt() != null) {
            throw IdentityException.invalidRefreshToken();
        }
        if (token.usedAt() != null) {
            tokens.revokeFamily(token.familyId(), now);
            audit.sessionRevoked(token, TeamAudit.Revocation.REFRESH_REUSE);
            throw IdentityException.refreshTokenReused();
        }
        if (token.expiresAt().isBefore(now)) {
            throw IdentityException.invalidRefreshToken();
        }
        tokens.markUsed(token.id(), now);
        Claims claims = currentClaims(token).orElseThrow(() -> {
            tokens.revokeFamily(token.familyId(), now);
            audit.sessionRevoked(token, TeamAudit.Revocation.ACCESS_ENDED);
            return IdentityException.invalidRefreshToken();
        });
        return sessions.issue(claims, token.familyId());
    }

    /** Revokes the session the refresh token belongs to; unknown tokens are ignored (logout is idempotent). */
    @Transactional
    public void logout(String refreshToken) {
        if (refreshToken == null || refreshToken.isBlank()) {
            return;
        }
        tokens.lockRefreshToken(Tokens.hash(refreshToken)).ifPresent(t -> {
            tokens.revokeFamily(t.familyId(), Instant.now());
            if (t.revokedAt() == null) {
                audit.sessionRevoked(t, TeamAudit.Revocation.LOGOUT);
            }
        });
    }

    /**
     * Ends every session (refresh token family) of the vendor's team members and customers at this vendor: a closed
     * vendor's people cannot go on working there. Access tokens already issued stop at the vendor's status check.
     * Idempotent.
     */
    @Transactional
    public void endSessionsAtVendor(UUID vendorId) {
        tokens.revokeAllOfVendor(vendorId, Instant.now());
    }

    /**
     * Checks that the caller holds an existing, activated account's current password, against the account's one
     * failure budget.
     *
     * @throws IdentityException {@code INVALID_CREDENTIALS} otherwise; {@code ThrottledException} while locked.
     */
    public User verifyAccount(String email, String password, String address) {
        String key = accountKey(email);
        throttle.check(key, address);
        Optional<User> user = verifiedUser(email, password);
        if (user.isEmpty()) {
            throttle.failed(key, address);
            throw IdentityException.invalidCredentials();
        }
        throttle.succeeded(key);
        return user.get();
    }

    /**
     * Replaces a (temporary or known) password; the caller proves the current one. The proof (with its throttle
     * counting in transactions of its own) and the hashing happen before the writing transaction opens.
     */
    public void changePassword(String email, String currentPassword, String newPassword, String address) {
        User user = verifyAccount(email, currentPassword, address);
        if (newPassword != null && newPassword.equals(currentPassword)) {
            throw ValidationException.of("newPassword", "must differ from the current password");
        }
        PasswordPolicy.check(newPassword, user.email(), "newPassword");
        String hash = hasher.hash(newPassword);
        transactions.executeWithoutResult(status -> {
            users.save(user.withPassword(hash, false));
            tokens.revokeAllOfSubject(user.id(), Instant.now());
            // a reset link mailed before no longer works: the password it would replace is gone
            tokens.consumePasswordResetsOf(user.id(), Instant.now());
            audit.passwordChanged(user);
            audit.sessionsRevoked(TeamAudit.actor(user), user.id(), null, TeamAudit.Revocation.PASSWORD_CHANGED);
        });
    }

    /**
     * A signed-in customer replaces their password, proving the current one against the account's failure budget (the
     * one their logins at this shop count against). The credentials version moves on, so access tokens issued before
     * stop writing, and every refresh token of the customer is revoked; the caller continues with the new session this
     * answers. The proof (its throttle counting in transactions of its own) and the hashing happen before the writing
     * transaction opens.
     *
     * @param customerId the signed-in customer (the token's subject) of the bound vendor.
     * @throws IdentityException {@code INVALID_CREDENTIALS} for a wrong current password (or an account that may not
     *         log in); {@code ThrottledException} while the account or the address is locked.
     */
    public LoginResult changeCustomerPassword(VendorSummary vendor, UUID customerId, String currentPassword,
                                              String newPassword, String address) {
        Customer customer = transactions.execute(status -> customers.findById(customerId)).filter(Customer::active)
                .orElseThrow(IdentityException::invalidCredentials);
        String key = customerKey(vendor.id(), customer.email().value());
        throttle.check(key, address);
        if (!checkPassword(currentPassword, customer.passwordHash())) {
            throttle.failed(key, address);
            throw IdentityException.invalidCredentials();
        }
        throttle.succeeded(key);
        if (newPassword != null && newPassword.equals(currentPassword)) {
            throw ValidationException.of("newPassword", "must differ from the current password");
        }
        PasswordPolicy.check(newPassword, customer.email(), "newPassword");
        String hash = hasher.hash(newPassword);
        Customer changed = transactions.execute(status -> {
            Customer locked = customers.lockById(customerId).filter(Customer::active)
                    .orElseThrow(IdentityException::invalidCredentials);
            if (!locked.passwordHash().equals(customer.passwordHash())) {
                // another change won meanwhile: the password proven above is no longer the current one
                throw IdentityException.invalidCredentials();
            }
            customers.update(locked.withPassword(hash));
            tokens.revokeAllOfSubject(customerId, Instant.now());
            // a reset link mailed before no longer works: the password it would replace is gone
            customerTokens.consumeAllOf(customerId, CustomerTokenStore.Purpose.PASSWORD_RESET, Instant.now());
            audit.customerPasswordChanged(locked);
            return customers.findById(customerId).orElseThrow();
        });
        return customerSession(changed, vendor);
    }

    /**
     * Sets the first password of a pending account through its one-time activation token, the only way a pending
     * account is completed. Whatever sessions the account had end (there should be none; if there are, they were
     * not the owner's).
     */
    @Transactional
    public void activate(String activationToken, String password) {
        UUID userId = tokens.consumeActivation(Tokens.hash(activationToken == null ? "" : activationToken), Instant.now())
                .orElseThrow(() -> IdentityException.activationLinkInvalid());
        User user = users.findById(userId).filter(User::pending)
                .orElseThrow(() -> IdentityException.activationLinkInvalid());
        PasswordPolicy.check(password, user.email(), "password");
        users.save(user.withPassword(hasher.hash(password), false));
        tokens.revokeAllOfSubject(user.id(), Instant.now());
        audit.passwordSet(user, TeamAudit.actor(user), TeamAudit.PasswordSetVia.ACTIVATION, null);
    }

    private Optional<Claims> currentClaims(RefreshToken token) {
        return switch (token.subjectType()) {
            case "admin" -> users.findById(token.subjectId()).filter(u -> u.canLogIn() && u.platformAdmin())
                    .map(SessionTokens::adminClaims);
            case "vendor" -> openVendor(token.vendorId()).flatMap(v -> users.findById(token.subjectId())
                    .filter(User::canLogIn)
                    .flatMap(u -> vendorScope.callAs(v.id(), () -> grantOf(u.id()))
                            .map(g -> SessionTokens.vendorClaims(u, v.id(), g.role()))));
            case "customer" -> openVendor(token.vendorId()).flatMap(v -> vendorScope.callAs(v.id(),
                    () -> customers.findById(token.subjectId())).filter(Customer::active)
                    .map(c -> SessionTokens.customerClaims(c, v.id())));
            default -> Optional.empty();
        };
    }

    private Optional<VendorSummary> openVendor(UUID vendorId) {
        return vendorId == null ? Optional.empty() : vendors.findById(vendorId).filter(VendorSummary::active);
    }

    private record MemberGrant(Membership membership, Role role) {
    }

    private Optional<MemberGrant> grantOf(UUID userId) {
        return team.membershipOf(userId).filter(m -> m.status() == Membership.Status.ACTIVE)
                .flatMap(m -> team.roleById(m.roleId()).map(r -> new MemberGrant(m, r)));
    }

    private Optional<User> verifiedUser(String email, String password) {
        Optional<User> user = parse(email).flatMap(users::findByEmail);
        if (user.isEmpty() || user.get().passwordHash() == null) {
            hasher.simulateCheck();
            return Optional.empty();
        }
        return user.filter(u -> hasher.matches(password == null ? "" : password, u.passwordHash()) && u.active());
    }

    private Optional<Customer> findCustomer(String email) {
        return parse(email).flatMap(customers::findByEmail);
    }

    private boolean checkPassword(String password, String hash) {
        return hasher.matches(password == null ? "" : password, hash);
    }

    private static User requireNoPasswordChange(User user) {
        if (user.mustChangePassword()) {
            throw IdentityException.passwordChangeRequired();
        }
        return user;
    }

    private static Optional<EmailAddress> parse(String email) {
        try {
            return Optional.of(EmailAddress.of(email));
        } catch (ValidationException e) {
            return Optional.empty();
        }
    }

    /**
     * One failure budget per platform account, whichever endpoint checks its password (admin login, team login at any
     * vendor, password change, accepting an invitation as an existing account).
     */
    static String accountKey(String email) {
        return "account:" + normalize(email);
    }

    /** One failure budget per customer account (one per shop): its logins and its password changes. */
    static String customerKey(UUID vendorId, String email) {
        return "customer:" + vendorId + ":" + normalize(email);
    }

    private static String normalize(String email) {
        return email == null ? "" : email.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
