package com.wizamart.identity.application;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.wizamart.identity.OwnerActivationIssued;
import com.wizamart.identity.PlatformAccounts;
import com.wizamart.identity.VendorOnboarding;
import com.wizamart.identity.application.port.out.CredentialTokenStore;
import com.wizamart.identity.application.port.out.PasswordHasher;
import com.wizamart.identity.application.port.out.TeamStore;
import com.wizamart.identity.application.port.out.UserStore;
import com.wizamart.identity.config.IdentityProperties;
import com.wizamart.identity.domain.DefaultRoles;
import com.wizamart.identity.domain.EmailAddress;
import com.wizamart.identity.domain.IdentityException;
import com.wizamart.identity.domain.Membership;
import com.wizamart.identity.domain.PasswordPolicy;
import com.wizamart.identity.domain.Role;
import com.wizamart.identity.domain.User;
import com.wizamart.tenancy.Actor;
import com.wizamart.tenancy.RegisterVendor;
import com.wizamart.tenancy.VendorCreated;
import com.wizamart.tenancy.VendorScope;
import com.wizamart.tenancy.VendorSummary;
import com.wizamart.tenancy.Vendors;

/**
 * Opening vendors with their owners, and bootstrapping platform accounts. A vendor, its default roles and its
 * owner's account and membership are created in one transaction: tenancy publishes {@link VendorCreated} inside
 * it and {@link #provision(VendorCreated)} answers synchronously.
 */
@Service
public class Onboarding implements VendorOnboarding, PlatformAccounts {

    private static final Logger log = LoggerFactory.getLogger(Onboarding.class);

    private final Vendors vendors;
    private final VendorScope vendorScope;
    private final UserStore users;
    private final TeamStore team;
    private final CredentialTokenStore tokens;
    private final PasswordHasher hasher;
    private final IdentityProperties properties;
    private final Authentication authentication;
    private final TeamAudit audit;
    private final ApplicationEventPublisher events;
    private final AccountLinks links;

    Onboarding(Vendors vendors, VendorScope vendorScope, UserStore users, TeamStore team, CredentialTokenStore tokens,
               PasswordHasher hasher, IdentityProperties properties, Authentication authentication, TeamAudit audit,
               ApplicationEventPublisher events, AccountLinks links) {
        this.events = events;
        this.links = links;
        this.authentication = authentication;
        this.audit = audit;
        this.vendors = vendors;
        this.vendorScope = vendorScope;
        this.users = users;
        this.team = team;
        this.tokens = tokens;
        this.hasher = hasher;
        this.properties = properties;
    }

    @Override
    @Transactional
    public OnboardedVendor open(RegisterVendor command, String initialPassword, boolean attachExistingOwner,
                                Actor actor) {
        EmailAddress ownerEmail = EmailAddress.of(command.owner() == null ? null : command.owner().email());
        if (initialPassword != null) {
            PasswordPolicy.check(initialPassword, ownerEmail, "initialPassword");
        }
        // Whether the owner's account exists is decided, and a new one created, before the vendor: provisioning then
        // finds this very account, and an account someone creates meanwhile (accepting an invitation) collides with it
        // on the email's unique index instead of slipping in. An initial password is set only on an account made here.
        Optional<User> before = users.findByEmail(ownerEmail);
        if (before.isPresent() && !attachExistingOwner) {
            throw IdentityException.ownerAccountExists();
        }
        if (before.isEmpty()) {
            users.save(User.invited(ownerEmail, command.owner().firstName(), command.owner().lastName()));
        }
        VendorSummary vendor = vendors.register(command, actor);
        User owner = users.findByEmail(ownerEmail).orElseThrow();
        boolean existing = before.isPresent();
        String activationToken = null;
        if (!existing && initialPassword != null) {
            owner = users.save(owner.withPassword(hasher.hash(initialPassword), true));
            audit.passwordSet(owner, actor, TeamAudit.PasswordSetVia.INITIAL, vendor.id());
        } else if (owner.pending()) {
            // A pending account (new, or pending from an earlier vendor) gets a fresh link of its own.
            activationToken = Tokens.random();
            Instant expiresAt = Instant.now().plus(properties.activationTtl());
            tokens.insertActivation(owner.id(), Tokens.hash(activationToken), expiresAt);
            // the mailed link opens the portal's page (the token in its fragment); the API answer keeps its own form
            events.publishEvent(new OwnerActivationIssued(owner.id(), vendor.id(), owner.email().value(),
                    owner.firstName().isBlank() ? null : owner.firstName(), links.ownerActivation(activationToken),
                    expiresAt));
        }
        return new OnboardedVendor(vendors.detailsWithFeedSources(vendor.id()),
                new OwnerAccount(owner.id(), owner.email().value(), owner.firstName(), owner.lastName(), existing,
                        owner.mustChangePassword()),
                activationToken == null ? null : activationUrl(activationToken), activationToken);
    }

    /**
     * Gives a new vendor its default roles and its owner's membership (creating the owner's account when the email
     * is new), in the vendor-creating transaction.
     */
    @Transactional
    public void provision(VendorCreated event) {
        EmailAddress email = EmailAddress.of(event.owner().email());
        User owner = users.findByEmail(email).orElseGet(() -> users.save(
                User.invited(email, event.owner().firstName(), event.owner().lastName())));
        vendorScope.runAs(event.vendorId(), () -> {
            Role ownerRole = null;
            for (Role role : DefaultRoles.forVendor(event.vendorId())) {
                team.insertRole(role);
                if (role.isOwner()) {
                    ownerRole = role;
                }
            }
            Membership ownership = Membership.join(event.vendorId(), owner.id(), ownerRole.id());
            team.insertMembership(ownership);
            audit.memberJoined(ownership, owner, ownerRole.name(),
                    event.createdBy() == null ? Actor.system() : audit.actor(event.createdBy()),
                    TeamAudit.JoinedVia.VENDOR_CREATED);
        });
    }

    @Override
    @Transactional
    public boolean ensurePlatformAdmin(String email, String password, String firstName, String lastName) {
        EmailAddress address = EmailAddress.of(email);
        Optional<User> existing = users.findByEmail(address);
        if (existing.isPresent()) {
            // An existing account is never promoted: whoever held an invitation for this address may have made it,
            // and would become a platform admin with their own password.
            if (!existing.get().platformAdmin()) {
                log.error("The configured platform admin {} is an existing team account; it was not made a platform "
                        + "admin. Configure an address that has no account.", address.value());
            }
            return false;
        }
        PasswordPolicy.check(password, address, "password");
        users.save(User.invited(address, firstName, lastName).asPlatformAdmin()
                .withPassword(hasher.hash(password), false));
        return true;
    }

    @Override
    public void activate(String activationToken, String password) {
        authentication.activate(activationToken, password);
    }

    String activationUrl(String token) {
        return properties.publicBaseUrl() + "/api/v1/auth/activation/" + token;
    }

    /** @return the id of the vendor's Owner role, for tests and tools. */
    UUID ownerRoleId(UUID vendorId) {
        return vendorScope.callAs(vendorId, () -> team.roleByName(Role.OWNER).orElseThrow().id());
    }
}
