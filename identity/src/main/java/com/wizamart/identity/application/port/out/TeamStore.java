package com.wizamart.identity.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

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

    Optional<Invitation> invitationByTokenHash(String tokenHash);

    Optional<Invitation> invitationById(UUID id);

    void markInvitationAccepted(UUID invitationId, Instant at);

    /** Deletes the invitation if it is still open (not accepted, not expired). @return whether it was. */
    boolean deleteOpenInvitation(UUID invitationId);

    List<Invitation> pendingInvitations();

    /** A team member as the team list shows it. */
    record MemberView(UUID id, UUID userId, String email, String firstName, String lastName, String role,
                      Membership.Status status, boolean userActive, Instant joinedAt) {
    }

    /** One of a user's memberships, with its vendor and role. */
    record MembershipView(UUID membershipId, UUID vendorId, UUID roleId, String role, Membership.Status status) {
    }

    /** An invitation to join a vendor's team; only the token's hash is stored. */
    record Invitation(UUID id, UUID vendorId, String email, UUID roleId, String roleName, String tokenHash,
                      UUID invitedBy, Instant expiresAt, Instant acceptedAt, Instant createdAt) {
    }
}
