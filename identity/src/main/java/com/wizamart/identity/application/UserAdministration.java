package com.wizamart.identity.application;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.wizamart.identity.UserStatistics;
import com.wizamart.identity.application.port.in.MembershipView;
import com.wizamart.identity.application.port.in.UserQuery;
import com.wizamart.identity.application.port.out.CredentialTokenStore;
import com.wizamart.identity.application.port.out.TeamStore;
import com.wizamart.identity.application.port.out.UserStore;
import com.wizamart.identity.domain.IdentityException;
import com.wizamart.identity.domain.User;
import com.wizamart.tenancy.Actor;
import com.wizamart.tenancy.AuditEntry;
import com.wizamart.tenancy.AuditTrail;
import com.wizamart.tenancy.VendorScope;

/** Platform admins' view of all users (admins and vendor team members) and their on/off switch. */
@Service
public class UserAdministration implements UserStatistics {

    private final UserStore users;
    private final TeamStore team;
    private final VendorScope vendorScope;
    private final CredentialTokenStore tokens;
    private final AuditTrail audit;
    private final TeamAudit teamAudit;

    UserAdministration(UserStore users, TeamStore team, VendorScope vendorScope, CredentialTokenStore tokens,
                       AuditTrail audit, TeamAudit teamAudit) {
        this.teamAudit = teamAudit;
        this.users = users;
        this.team = team;
        this.vendorScope = vendorScope;
        this.tokens = tokens;
        this.audit = audit;
    }

    /** A user with all their memberships. */
    public record UserWithMemberships(User user, List<MembershipView> memberships) {
    }

    @Override
    @Transactional(readOnly = true)
    public UserCounts counts() {
        return users.counts();
    }

    @Transactional(readOnly = true)
    public Page<UserWithMemberships> search(UserQuery query, Pageable pageable) {
        return users.search(query, pageable).map(this::withMemberships);
    }

    @Transactional
    public UserWithMemberships changeStatus(UUID userId, boolean active, Actor actor) {
        User user = users.findById(userId).orElseThrow(() -> IdentityException.userNotFound());
        if (!active && userId.equals(actor.id())) {
            throw IdentityException.conflict("CANNOT_DEACTIVATE_SELF", "You cannot deactivate your own account.");
        }
        User saved = users.save(user.withActive(active));
        if (!active) {
            tokens.revokeAllOfSubject(userId, Instant.now());
            teamAudit.sessionsRevoked(actor, userId, null, TeamAudit.Revocation.USER_DEACTIVATED);
        }
        audit.record(new AuditEntry(actor, active ? "USER_ACTIVATED" : "USER_DEACTIVATED", null, "user",
                userId.toString(), user.email().value(), Map.of("active", user.active()), Map.of("active", active)));
        return withMemberships(saved);
    }

    /** The caller's own memberships across vendors (for {@code /me}). */
    @Transactional(readOnly = true)
    public UserWithMemberships self(UUID userId) {
        return withMemberships(users.findById(userId).orElseThrow(() -> IdentityException.userNotFound()));
    }

    private UserWithMemberships withMemberships(User user) {
        return new UserWithMemberships(user, vendorScope.acrossVendors("memberships of user " + user.id(),
                () -> team.membershipsOfUser(user.id())));
    }
}
