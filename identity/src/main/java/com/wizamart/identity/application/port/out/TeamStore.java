package com.wizamart.identity.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

import com.wizamart.identity.application.port.in.Invitation;
import com.wizamart.identity.application.port.in.MemberView;
import com.wizamart.identity.application.port.in.MembershipView;
import com.wizamart.identity.domain.Membership;
import com.wizamart.identity.domain.Role;

/**
 * Roles, memberships and invitations: vendor-owned (Row-Level Security), read within the bound vendor except where
 * a method says otherwise.
 */
public interface TeamStore {

    void insertRole(Role role);

    List<Role> roles();

    Optional<Role> roleByName(String name);

    Optional<Role> roleById(UUID id);

    /** Renames the role and replaces its permissions. */
    void updateRole(Role role);

    /**
     * Deletes the role with the invitations to it that can no longer be accepted (accepted or expired: the audit
     * trail keeps their story).
     */
    void deleteRole(UUID roleId);

    /** @return the users whose membership has this role. */
    List<UUID> holdersOfRole(UUID roleId);

    /** @return how many invitations to this role can still be accepted. */
    long openInvitationsToRole(UUID roleId);

    void insertMembership(Membership membership);

    Optional<Membership> membershipOf(UUID userId);

    Optional<Membership> membershipById(UUID id);

    void changeRole(UUID membershipId, UUID roleId);

    void deleteMembership(UUID membershipId);

    long countActiveOwners();

    long countActiveMembers();

    Page<MemberView> members(Pageable pageable);

    Optional<MemberView> member(UUID membershipId);

    /** @return the members among {@code membershipIds} (unknown ids are absent). */
    List<MemberView> members(java.util.Collection<UUID> membershipIds);

    /** All memberships of a user across vendors; call inside an explicit cross-vendor read. */
    List<MembershipView> membershipsOfUser(UUID userId);

    void insertInvitation(Invitation invitation);

    /** The invitation with this token's hash, locked until the transaction ends (it is about to be accepted). */
    Optional<Invitation> lockedInvitationByTokenHash(String tokenHash);

    /** The invitation with this token's hash, read without a lock (a preview). */
    Optional<Invitation> invitationByTokenHash(String tokenHash);

    Optional<Invitation> invitationById(UUID id);

    void markInvitationAccepted(UUID invitationId, Instant at);

    /** Deletes the invitation if it is still open (not accepted, not expired). @return whether it was. */
    boolean deleteOpenInvitation(UUID invitationId);

    List<Invitation> pendingInvitations();
}
