package com.wizamart.identity.application;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import com.wizamart.identity.TeamDirectory;
import com.wizamart.identity.TeamInvitationIssued;
import com.wizamart.identity.TeamMemberCard;
import com.wizamart.identity.application.port.in.Invitation;
import com.wizamart.identity.application.port.in.MemberView;
import com.wizamart.identity.application.port.out.CredentialTokenStore;
import com.wizamart.identity.application.port.out.PasswordHasher;
import com.wizamart.identity.application.port.out.TeamStore;
import com.wizamart.identity.application.port.out.UserStore;
import com.wizamart.identity.config.IdentityProperties;
import com.wizamart.identity.domain.EmailAddress;
import com.wizamart.identity.domain.IdentityException;
import com.wizamart.identity.domain.Membership;
import com.wizamart.identity.domain.PasswordPolicy;
import com.wizamart.identity.domain.Role;
import com.wizamart.identity.domain.User;
import com.wizamart.sharedkernel.ValidationException;
import com.wizamart.tenancy.VendorContext;
import com.wizamart.tenancy.VendorScope;
import com.wizamart.tenancy.VendorSummary;
import com.wizamart.tenancy.Vendors;

/**
 * A vendor's team: members, their roles, invitations and custom roles. Runs within the bound vendor (the caller's
 * token); Row-Level Security keeps every read and write inside it.
 */
@Service
public class TeamAdministration implements TeamDirectory {

    private final TeamStore team;
    private final UserStore users;
    private final PasswordHasher hasher;
    private final VendorScope vendorScope;
    private final CredentialTokenStore tokens;
    private final IdentityProperties properties;
    private final Authentication authentication;
    private final TeamAudit audit;
    private final TransactionTemplate transactions;
    private final Vendors vendors;
    private final ApplicationEventPublisher events;
    private final AccountLinks links;

    TeamAdministration(TeamStore team, UserStore users, PasswordHasher hasher, VendorScope vendorScope,
                   CredentialTokenStore tokens, IdentityProperties properties, Authentication authentication,
                   TeamAudit audit, TransactionTemplate transactions, Vendors vendors,
                   ApplicationEventPublisher events, AccountLinks links) {
        this.events = events;
        this.links = links;
        this.transactions = transactions;
        this.vendors = vendors;
        this.authentication = authentication;
        this.audit = audit;
        this.team = team;
        this.users = users;
        this.hasher = hasher;
        this.vendorScope = vendorScope;
        this.tokens = tokens;
        this.properties = properties;
    }

    @Override
    @Transactional(readOnly = true)
    public long countMembers(UUID vendorId) {
        return vendorScope.callAs(vendorId, team::countActiveMembers);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isActiveMember(UUID vendorId, UUID membershipId) {
        return vendorScope.callAs(vendorId, () -> team.membershipById(membershipId)
                .filter(m -> m.vendorId().equals(vendorId) && m.status() == Membership.Status.ACTIVE).isPresent());
    }

    @Override
    @Transactional(readOnly = true)
    public Map<UUID, TeamMemberCard> members(UUID vendorId, Collection<UUID> membershipIds) {
        if (membershipIds.isEmpty()) {
            return Map.of();
        }
        return vendorScope.callAs(vendorId, () -> {
            Map<UUID, TeamMemberCard> cards = new LinkedHashMap<>();
            for (MemberView m : team.members(membershipIds)) {
                cards.put(m.id(), new TeamMemberCard(m.id(), m.userId(), fullName(m.firstName(), m.lastName()),
                        m.email(), m.status() == Membership.Status.ACTIVE && m.userActive()));
            }
            return cards;
        });
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<UUID> membershipOf(UUID vendorId, UUID userId) {
        return vendorScope.callAs(vendorId, () -> team.membershipOf(userId).map(Membership::id));
    }

    private static String nameOrEmail(User user) {
        String name = fullName(user.firstName(), user.lastName());
        return name == null ? user.email().value() : name;
    }

    private static String fullName(String firstName, String lastName) {
        String name = ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).strip();
        return name.isEmpty() ? null : name;
    }

    @Transactional(readOnly = true)
    public Page<MemberView> members(Pageable pageable) {
        return team.members(pageable);
    }

    @Transactional(readOnly = true)
    public List<Role> roles() {
        return team.roles();
    }

    /**
     * Creates a custom role. Nobody can create a role with a permission they do not hold themselves.
     *
     * @param callerId the member creating it.
     */
    @Transactional
    public Role createRole(String name, List<String> permissions, UUID callerId) {
        if (team.roleByName(name == null ? "" : name.strip()).isPresent()) {
            throw IdentityException.conflict("ROLE_ALREADY_EXISTS", "A role named '" + name.strip() + "' exists.");
        }
        Role role = new Role(UUID.randomUUID(), VendorContext.require(), name,
                permissions == null ? null : new java.util.LinkedHashSet<>(permissions), false);
        requireWithinOwnPermissions(callerRole(callerId), role);
        team.insertRole(role);
        audit.roleCreated(role, callerId);
        return role;
    }

    /**
     * Renames a custom role and replaces its permissions. The caller must hold every permission the role had and
     * every one it gets (Owners hold all). The members who have the role lose their sessions at this vendor, as when
     * their own role changes: their next login carries the new permissions.
     *
     * @throws IdentityException {@code ROLE_NOT_FOUND} (also another vendor's role), {@code SYSTEM_ROLE},
     *                           {@code ROLE_ALREADY_EXISTS}, {@code ROLE_EXCEEDS_OWN_PERMISSIONS}.
     */
    @Transactional
    public Role updateRole(UUID roleId, String name, List<String> permissions, UUID callerId) {
        Role before = role(roleId);
        if (before.system()) {
            throw IdentityException.systemRole();
        }
        Role after = new Role(before.id(), before.vendorId(), name,
                permissions == null ? null : new java.util.LinkedHashSet<>(permissions), false);
        team.roleByName(after.name()).filter(other -> !other.id().equals(roleId)).ifPresent(other -> {
            throw IdentityException.conflict("ROLE_ALREADY_EXISTS", "A role named '" + after.name() + "' exists.");
        });
        Role caller = callerRole(callerId);
        requireWithinOwnPermissions(caller, before);
        requireWithinOwnPermissions(caller, after);
        if (before.name().equals(after.name()) && before.permissions().equals(after.permissions())) {
            return before; // the same role again: nothing to write, nothing to record, nobody signed out
        }
        team.updateRole(after);
        audit.roleChanged(before, after, callerId);
        if (!before.permissions().equals(after.permissions())) {
            Instant now = Instant.now();
            for (UUID holder : team.holdersOfRole(roleId)) {
                tokens.revokeSubjectAtVendor(holder, after.vendorId(), now);
                users.moveCredentialsVersion(holder);
                audit.sessionsRevoked(audit.actor(callerId), holder, after.vendorId(), TeamAudit.Revocation.ROLE_CHANGED);
            }
        }
        return after;
    }

    /**
     * Deletes a custom role nobody has: no member, no invitation that can still be accepted.
     *
     * @throws IdentityException {@code ROLE_NOT_FOUND} (also another vendor's role), {@code SYSTEM_ROLE},
     *                           {@code ROLE_IN_USE}, {@code ROLE_EXCEEDS_OWN_PERMISSIONS}.
     */
    @Transactional
    public void deleteRole(UUID roleId, UUID callerId) {
        Role role = role(roleId);
        if (role.system()) {
            throw IdentityException.systemRole();
        }
        requireWithinOwnPermissions(callerRole(callerId), role);
        if (!team.holdersOfRole(roleId).isEmpty() || team.openInvitationsToRole(roleId) > 0) {
            throw IdentityException.roleInUse();
        }
        team.deleteRole(roleId);
        audit.roleDeleted(role, callerId);
    }

    /**
     * The caller's role as stored now (not as their token says: a token lives 15 minutes and may predate a
     * demotion).
     */
    private Role callerRole(UUID callerId) {
        return team.membershipOf(callerId).filter(m -> m.status() == Membership.Status.ACTIVE)
                .flatMap(m -> team.roleById(m.roleId()))
                .orElseThrow(IdentityException::notAMember);
    }

    /** Only an Owner grants or takes away the Owner role; nobody grants permissions they do not hold. */
    private static void requireMayGrant(Role caller, Role granted) {
        if (granted.isOwner() && !caller.isOwner()) {
            throw IdentityException.ownerRoleReserved();
        }
        requireWithinOwnPermissions(caller, granted);
    }

    private static void requireWithinOwnPermissions(Role caller, Role granted) {
        if (!caller.isOwner() && !caller.permissions().containsAll(granted.permissions())) {
            throw IdentityException.exceedsOwnPermissions();
        }
    }

    /**
     * Gives a member another role. Only an Owner may grant or take away the Owner role, and the last Owner stays.
     */
    @Transactional
    public MemberView changeRole(UUID membershipId, String roleName, UUID callerId) {
        Membership membership = team.membershipById(membershipId).orElseThrow(() -> IdentityException.memberNotFound());
        Role current = team.roleById(membership.roleId()).orElseThrow();
        Role target = roleNamed(roleName);
        Role caller = callerRole(callerId);
        if (current.isOwner() && !caller.isOwner()) {
            throw IdentityException.ownerRoleReserved();
        }
        requireMayGrant(caller, target);
        if (current.isOwner() && !target.isOwner() && membership.status() == Membership.Status.ACTIVE
                && team.countActiveOwners() <= 1) {
            throw IdentityException.lastOwner();
        }
        team.changeRole(membershipId, target.id());
        tokens.revokeSubjectAtVendor(membership.userId(), membership.vendorId(), Instant.now());
        // the member's tokens (at any vendor) stop writing at once; a refresh brings the new role's
        users.moveCredentialsVersion(membership.userId());
        audit.memberRoleChanged(membership, current, target, callerId);
        audit.sessionsRevoked(audit.actor(callerId), membership.userId(), membership.vendorId(),
                TeamAudit.Revocation.ROLE_CHANGED);
        return member(membershipId);
    }

    @Transactional
    public void remove(UUID membershipId, UUID callerId) {
        Membership membership = team.membershipById(membershipId).orElseThrow(() -> IdentityException.memberNotFound());
        Role role = team.roleById(membership.roleId()).orElseThrow();
        if (role.isOwner() && !callerRole(callerId).isOwner()) {
            throw IdentityException.ownerRoleReserved();
        }
        if (role.isOwner() && membership.status() == Membership.Status.ACTIVE && team.countActiveOwners() <= 1) {
            throw IdentityException.lastOwner();
        }
        team.deleteMembership(membershipId);
        tokens.revokeSubjectAtVendor(membership.userId(), membership.vendorId(), Instant.now());
        users.moveCredentialsVersion(membership.userId());
        audit.memberRemoved(membership, role, callerId);
        audit.sessionsRevoked(audit.actor(callerId), membership.userId(), membership.vendorId(),
                TeamAudit.Revocation.MEMBER_REMOVED);
    }

    /** An invitation and, once only, its token. */
    public record IssuedInvitation(Invitation invitation, String token, String acceptUrl) {
    }

    @Transactional
    public IssuedInvitation invite(String email, String roleName, UUID invitedBy) {
        EmailAddress address = EmailAddress.of(email);
        Role role = roleNamed(roleName);
        requireMayGrant(callerRole(invitedBy), role);
        Optional<User> existing = users.findByEmail(address);
        if (existing.filter(User::platformAdmin).isPresent()) {
            throw IdentityException.platformAdminNotInvitable();
        }
        // Only this vendor's own team is looked at: whatever else the address belongs to stays unsaid.
        existing.flatMap(u -> team.membershipOf(u.id())).ifPresent(m -> {
            throw IdentityException.conflict("ALREADY_A_MEMBER", "This person is already in the team.");
        });
        UUID vendorId = VendorContext.require();
        // The vendor id travels inside the token so the public accept call can bind it before looking the token up.
        String token = vendorId + "." + Tokens.random();
        Instant now = Instant.now();
        Invitation invitation = new Invitation(UUID.randomUUID(), vendorId, address.value(), role.id(), role.name(),
                Tokens.hash(token), invitedBy, now.plus(properties.invitationTtl()), null, now);
        team.insertInvitation(invitation);
        audit.invitationSent(invitation, invitedBy);
        // The portal's page, the token in the fragment: browsers send neither to a server nor in a Referer.
        String acceptUrl = links.invitation(token);
        events.publishEvent(new TeamInvitationIssued(invitation.id(), vendorId, address.value(), role.name(),
                users.findById(invitedBy).map(TeamAdministration::nameOrEmail).orElse(null), acceptUrl,
                invitation.expiresAt()));
        return new IssuedInvitation(invitation, token, acceptUrl);
    }

    @Transactional(readOnly = true)
    public Role role(UUID id) {
        return team.roleById(id).orElseThrow(() -> IdentityException.roleNotFound());
    }

    @Transactional(readOnly = true)
    public Invitation invitation(UUID id) {
        return team.invitationById(id).orElseThrow(() -> IdentityException.invitationNotFound());
    }

    /**
     * Withdraws a pending invitation of the bound vendor; whoever may invite with its role may withdraw it (a Manager
     * cannot withdraw an Owner invitation). An accepted, expired or foreign invitation is not found.
     */
    @Transactional
    public void revokeInvitation(UUID invitationId, UUID callerId) {
        Invitation invitation = team.invitationById(invitationId)
                .filter(i -> i.acceptedAt() == null && i.expiresAt().isAfter(Instant.now()))
                .orElseThrow(() -> IdentityException.invitationNotFound());
        requireMayGrant(callerRole(callerId), team.roleById(invitation.roleId()).orElseThrow());
        if (!team.deleteOpenInvitation(invitation.id())) {
            // accepted (or withdrawn) while we looked
            throw IdentityException.invitationNotFound();
        }
        audit.invitationRevoked(invitation, callerId);
    }

    @Transactional(readOnly = true)
    public List<Invitation> pendingInvitations() {
        return team.pendingInvitations();
    }

    /**
     * Accepting an invitation.
     *
     * @param token           the one-time invitation token.
     * @param password        the first password of a brand-new account; ignored for an existing account.
     * @param signedInAs      the account the caller's access token speaks for, if any.
     * @param currentPassword instead of a session: the existing account's current password.
     * @param clientAddress   the caller's address, for throttling password checks.
     */
    public record AcceptInvitationCommand(String token, String password, String firstName, String lastName,
                                          UUID signedInAs, String currentPassword, String clientAddress) {
    }

    /**
     * Accepts an invitation. For an address without an account, creates the account with its first password. For an
     * existing account (activated or pending), only adds the membership, and only when the caller is that account:
     * signed in as it, or proving its current password. No invitation ever sets or changes the credentials of an
     * account that exists; a pending account is completed only through its own activation token.
     *
     * @return the accepted invitation.
     */
    public Invitation accept(AcceptInvitationCommand command) {
        UUID vendorId = vendorOf(command.token());
        // A current password is proven before the transaction that locks the invitation: the throttle counts in
        // transactions of its own, and a request never holds one connection while waiting for a second.
        UUID provenAccount = command.signedInAs() == null && command.currentPassword() != null
                && !command.currentPassword().isEmpty()
                ? authentication.verifyAccount(transactions.execute(status -> vendorScope.callAs(vendorId,
                        () -> openInvitation(command.token()).email())), command.currentPassword(),
                        command.clientAddress()).id()
                : command.signedInAs();
        return transactions.execute(status -> vendorScope.callAs(vendorId, () -> {
            Invitation invitation = openInvitation(command.token());
            EmailAddress email = EmailAddress.of(invitation.email());
            User user = users.findByEmail(email).map(existing -> requireAccountHolder(existing, provenAccount))
                    .orElseGet(() -> {
                        PasswordPolicy.check(command.password(), email, "password");
                        User created = users.save(User.invited(email, command.firstName(), command.lastName())
                                .withPassword(hasher.hash(command.password()), false));
                        audit.passwordSet(created, TeamAudit.actor(created), TeamAudit.PasswordSetVia.INVITATION,
                                vendorId);
                        return created;
                    });
            if (team.membershipOf(user.id()).isPresent()) {
                throw IdentityException.conflict("ALREADY_A_MEMBER", "This person is already in the team.");
            }
            Membership joined = Membership.join(vendorId, user.id(), invitation.roleId());
            team.insertMembership(joined);
            team.markInvitationAccepted(invitation.id(), Instant.now());
            audit.invitationAccepted(invitation, user);
            audit.memberJoined(joined, user, invitation.roleName(), TeamAudit.actor(user),
                    TeamAudit.JoinedVia.INVITATION);
            return invitation;
        }));
    }

    /**
     * What an invitation link offers, shown to whoever holds it before they accept.
     *
     * @param email the invited address (the holder of the link knows it).
     */
    public record InvitationPreview(String email, String vendorName, String vendorCode, String role,
                                    Instant expiresAt) {
    }

    /**
     * Looks an invitation up by its token, for the page that accepts it; says nothing else (not whether the address
     * has an account, nor where else it is a member).
     *
     * @throws IdentityException {@code INVITATION_NOT_FOUND} for a token that is unknown, tampered with, expired,
     *                           used or withdrawn, or whose vendor is gone.
     */
    public InvitationPreview preview(String token) {
        UUID vendorId = vendorOf(token);
        // read without a lock (a preview never holds up an accept), the invitation before its vendor
        Invitation invitation = transactions.execute(status -> vendorScope.callAs(vendorId,
                () -> acceptable(team.invitationByTokenHash(Tokens.hash(token)))));
        VendorSummary vendor = vendors.findById(vendorId).orElseThrow(IdentityException::invitationLinkInvalid);
        return new InvitationPreview(invitation.email(), vendor.name(), vendor.code(), invitation.roleName(),
                invitation.expiresAt());
    }

    /** An invitation that can still be accepted, locked; within the bound vendor. */
    private Invitation openInvitation(String token) {
        return acceptable(team.lockedInvitationByTokenHash(Tokens.hash(token)));
    }

    private static Invitation acceptable(Optional<Invitation> found) {
        return found.filter(i -> i.acceptedAt() == null && i.expiresAt().isAfter(Instant.now()))
                .orElseThrow(IdentityException::invitationLinkInvalid);
    }

    /**
     * The caller must be the existing account itself (signed in as it, or having proven its password); platform admins
     * never join a team by invitation.
     */
    private static User requireAccountHolder(User existing, UUID callerAccount) {
        if (!existing.id().equals(callerAccount)) {
            throw IdentityException.signInRequired();
        }
        if (existing.platformAdmin()) {
            throw IdentityException.platformAdminNotInvitable();
        }
        return existing;
    }

    private static UUID vendorOf(String token) {
        int dot = token == null ? -1 : token.indexOf('.');
        if (dot != 36) {
            throw IdentityException.invitationLinkInvalid();
        }
        try {
            return UUID.fromString(token.substring(0, dot));
        } catch (IllegalArgumentException e) {
            throw IdentityException.invitationLinkInvalid();
        }
    }

    /**
     * @return the member of the bound vendor with this membership id.
     * @throws IdentityException {@code MEMBER_NOT_FOUND} (also another vendor's member).
     */
    @Transactional(readOnly = true)
    public MemberView member(UUID membershipId) {
        return team.member(membershipId).orElseThrow(() -> IdentityException.memberNotFound());
    }

    private Role roleNamed(String name) {
        if (name == null || name.isBlank()) {
            throw ValidationException.of("role", "must not be blank");
        }
        return team.roleByName(name.strip()).orElseThrow(() -> ValidationException.of("role",
                "no role named '" + name.strip() + "'"));
    }
}
