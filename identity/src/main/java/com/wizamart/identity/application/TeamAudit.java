package com.wizamart.identity.application;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import com.wizamart.identity.application.port.in.Invitation;
import com.wizamart.identity.application.port.out.CredentialTokenStore.RefreshToken;
import com.wizamart.identity.application.port.out.CustomerStore;
import com.wizamart.identity.application.port.out.UserStore;
import com.wizamart.identity.domain.Customer;
import com.wizamart.identity.domain.Membership;
import com.wizamart.identity.domain.Role;
import com.wizamart.identity.domain.User;
import com.wizamart.tenancy.Actor;
import com.wizamart.tenancy.AuditEntry;
import com.wizamart.tenancy.AuditTrail;
import com.wizamart.tenancy.VendorScope;

/**
 * Identity's entries in the audit trail, one method per audited action, each called by the application service in
 * the transaction of the change. Targets are named by email (members, users, customers, invitations) or by name
 * (roles). Nothing here ever receives a password, its hash or a token: the entries say that a credential changed and
 * how, never what it is.
 *
 * <p>Account events (passwords, sessions of admins) carry no vendor: an account may belong to several vendors.
 */
@Component
class TeamAudit {

    /** Why sessions (refresh token families) were revoked, as the {@code reason} of {@code SESSIONS_REVOKED}. */
    enum Revocation { LOGOUT, REFRESH_REUSE, PASSWORD_CHANGED, ROLE_CHANGED, MEMBER_REMOVED, USER_DEACTIVATED,
        /** A refresh found the account, the membership or the vendor no longer active. */
        ACCESS_ENDED }

    /** How a password came to be set, as the {@code via} of {@code PASSWORD_SET}. */
    enum PasswordSetVia { ACTIVATION, INVITATION, INITIAL, RESET }

    /** How someone joined a team, as the {@code via} of {@code MEMBER_JOINED}. */
    enum JoinedVia { INVITATION, VENDOR_CREATED }

    private final AuditTrail trail;
    private final UserStore users;
    private final CustomerStore customers;
    private final VendorScope vendorScope;

    TeamAudit(AuditTrail trail, UserStore users, CustomerStore customers, VendorScope vendorScope) {
        this.trail = trail;
        this.users = users;
        this.customers = customers;
        this.vendorScope = vendorScope;
    }

    /** The user with this id as an actor, with their current email. */
    Actor actor(UUID userId) {
        return new Actor(userId, users.findById(userId).map(u -> u.email().value()).orElse("unknown"));
    }

    static Actor actor(User user) {
        return new Actor(user.id(), user.email().value());
    }

    void roleCreated(Role role, UUID callerId) {
        record(actor(callerId), "ROLE_CREATED", role.vendorId(), "role", role.id(), role.name(), Map.of(),
                Map.of("name", role.name(), "permissions", role.orderedPermissions()));
    }

    void roleChanged(Role before, Role after, UUID callerId) {
        record(actor(callerId), "ROLE_CHANGED", after.vendorId(), "role", after.id(), after.name(),
                Map.of("name", before.name(), "permissions", before.orderedPermissions()),
                Map.of("name", after.name(), "permissions", after.orderedPermissions()));
    }

    void roleDeleted(Role role, UUID callerId) {
        record(actor(callerId), "ROLE_DELETED", role.vendorId(), "role", role.id(), role.name(),
                Map.of("name", role.name(), "permissions", role.orderedPermissions()), Map.of());
    }

    void memberJoined(Membership membership, User user, String roleName, Actor actor, JoinedVia via) {
        record(actor, "MEMBER_JOINED", membership.vendorId(), "member", membership.id(), user.email().value(),
                Map.of(), Map.of("role", roleName, "userId", user.id().toString(), "via", via.name()));
    }

    void memberRoleChanged(Membership membership, Role from, Role to, UUID callerId) {
        record(actor(callerId), "MEMBER_ROLE_CHANGED", membership.vendorId(), "member", membership.id(),
                emailOf(membership.userId()), Map.of("role", from.name()), Map.of("role", to.name()));
    }

    void memberRemoved(Membership membership, Role role, UUID callerId) {
        record(actor(callerId), "MEMBER_REMOVED", membership.vendorId(), "member", membership.id(),
                emailOf(membership.userId()), Map.of("role", role.name(), "userId", membership.userId().toString()),
                Map.of());
    }

    void invitationSent(Invitation invitation, UUID callerId) {
        record(actor(callerId), "INVITATION_SENT", invitation.vendorId(), "invitation", invitation.id(),
                invitation.email(), Map.of(),
                Map.of("role", invitation.roleName(), "expiresAt", invitation.expiresAt().toString()));
    }

    void invitationRevoked(Invitation invitation, UUID callerId) {
        record(actor(callerId), "INVITATION_REVOKED", invitation.vendorId(), "invitation", invitation.id(),
                invitation.email(), Map.of("role", invitation.roleName()), Map.of("revoked", true));
    }

    void invitationAccepted(Invitation invitation, User user) {
        record(actor(user), "INVITATION_ACCEPTED", invitation.vendorId(), "invitation", invitation.id(),
                invitation.email(), Map.of("accepted", false), Map.of("accepted", true, "role", invitation.roleName()));
    }

    void passwordSet(User user, Actor actor, PasswordSetVia via, UUID vendorId) {
        record(actor, "PASSWORD_SET", vendorId, "user", user.id(), user.email().value(), Map.of(),
                Map.of("via", via.name()));
    }

    void passwordChanged(User user) {
        record(actor(user), "PASSWORD_CHANGED", null, "user", user.id(), user.email().value(), Map.of(), Map.of());
    }

    /** A customer proved their address through the link mailed to it. */
    void customerEmailVerified(Customer customer) {
        Actor self = new Actor(customer.id(), customer.email().value());
        record(self, "EMAIL_VERIFIED", customer.vendorId(), "customer", customer.id(), customer.email().value(),
                Map.of(), Map.of());
    }

    /**
     * A customer changed their password (at their shop): recorded with the revocation of all their sessions that
     * follows it.
     */
    void customerPasswordChanged(Customer customer) {
        Actor self = new Actor(customer.id(), customer.email().value());
        record(self, "PASSWORD_CHANGED", customer.vendorId(), "customer", customer.id(), customer.email().value(),
                Map.of(), Map.of());
        record(self, "SESSIONS_REVOKED", customer.vendorId(), "customer", customer.id(), customer.email().value(),
                Map.of(), Map.of("reason", Revocation.PASSWORD_CHANGED.name(), "scope", "all",
                        "subjectType", "customer"));
    }

    /** A customer gave or withdrew their consent to marketing (the entry's time is the proof of when). */
    void marketingConsentChanged(Customer customer) {
        record(new Actor(customer.id(), customer.email().value()), "MARKETING_CONSENT_CHANGED", customer.vendorId(),
                "customer", customer.id(), customer.email().value(),
                Map.of("marketingConsent", !customer.marketingConsent()),
                Map.of("marketingConsent", customer.marketingConsent()));
    }

    /** All sessions of a user (at one vendor, or everywhere when {@code vendorId} is {@literal null}) revoked. */
    void sessionsRevoked(Actor actor, UUID userId, UUID vendorId, Revocation reason) {
        record(actor, "SESSIONS_REVOKED", vendorId, "user", userId, emailOf(userId), Map.of(),
                Map.of("reason", reason.name(), "scope", vendorId == null ? "all" : "vendor"));
    }

    /**
     * One session (a refresh token's family) revoked: by its holder logging out, or by the platform when a used
     * refresh token was presented again.
     */
    void sessionRevoked(RefreshToken session, Revocation reason) {
        boolean customer = "customer".equals(session.subjectType());
        String email = customer ? customerEmail(session.vendorId(), session.subjectId())
                : emailOf(session.subjectId());
        Actor actor = reason == Revocation.LOGOUT ? new Actor(session.subjectId(), email) : Actor.system();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("reason", reason.name());
        after.put("scope", "session");
        after.put("session", session.familyId().toString());
        after.put("subjectType", session.subjectType());
        record(actor, "SESSIONS_REVOKED", session.vendorId(), customer ? "customer" : "user", session.subjectId(),
                email, Map.of(), after);
    }

    private String emailOf(UUID userId) {
        return users.findById(userId).map(u -> u.email().value()).orElse(null);
    }

    private String customerEmail(UUID vendorId, UUID customerId) {
        return vendorId == null ? null : vendorScope.callAs(vendorId, () -> customers.findById(customerId))
                .map(c -> c.email().value()).orElse(null);
    }

    private void record(Actor actor, String action, UUID vendorId, String targetType, UUID targetId,
                        String targetName, Map<String, Object> before, Map<String, Object> after) {
        trail.record(new AuditEntry(actor, action, vendorId, targetType,
                Optional.ofNullable(targetId).map(UUID::toString).orElse(null), targetName, before, after));
    }
}
