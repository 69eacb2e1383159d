package com.wizamart.identity.adapter.out.persistence;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.wizamart.identity.application.port.in.Invitation;
import com.wizamart.identity.application.port.in.MemberView;
import com.wizamart.identity.application.port.in.MembershipView;
import com.wizamart.identity.application.port.out.TeamStore;
import com.wizamart.identity.domain.Membership;
import com.wizamart.identity.domain.Role;
import com.wizamart.sharedkernel.persistence.SqlSort;
import com.wizamart.tenancy.VendorContext;

/**
 * Roles, memberships and invitations. Every statement names the bound vendor explicitly and Row-Level Security
 * enforces it again underneath.
 */
@Repository
class JdbcTeamStore implements TeamStore {

    private static final Map<String, String> MEMBER_SORT = Map.of("email", "u.email", "joinedAt", "m.created_at",
            "lastName", "u.last_name", "role", "r.name");
    private static final String MEMBER_SELECT = """
            select m.id, m.user_id, u.email, u.first_name, u.last_name, r.name as role, m.status, u.active,
              m.created_at
            from identity_memberships m join identity_users u on u.id = m.user_id
              join identity_roles r on r.id = m.role_id and r.vendor_id = m.vendor_id
            where m.vendor_id = :vendor""";
    private static final String INVITATION_SELECT = """
            select i.id, i.vendor_id, i.email, i.role_id, r.name as role_name, i.token_hash, i.invited_by,
              i.expires_at, i.accepted_at, i.created_at
            from identity_invitations i join identity_roles r on r.id = i.role_id and r.vendor_id = i.vendor_id""";

    private final JdbcClient jdbc;

    JdbcTeamStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static UUID vendor() {
        return VendorContext.require();
    }

    @Override
    public void insertRole(Role role) {
        jdbc.sql("""
                insert into identity_roles (id, vendor_id, name, permissions, system)
                values (:id, :vendor, :name, :permissions, :system)""")
                .param("id", role.id()).param("vendor", role.vendorId()).param("name", role.name())
                .param("permissions", role.orderedPermissions().toArray(String[]::new)).param("system", role.system())
                .update();
    }

    @Override
    public List<Role> roles() {
        return jdbc.sql("select id, vendor_id, name, permissions, system from identity_roles where vendor_id = :vendor"
                        + " order by system desc, created_at, name")
                .param("vendor", vendor()).query(JdbcTeamStore::role).list();
    }

    @Override
    public Optional<Role> roleByName(String name) {
        return jdbc.sql("select id, vendor_id, name, permissions, system from identity_roles"
                        + " where vendor_id = :vendor and lower(name) = lower(:name)")
                .param("vendor", vendor()).param("name", name).query(JdbcTeamStore::role).optional();
    }

    @Override
    public Optional<Role> roleById(UUID id) {
        return jdbc.sql("select id, vendor_id, name, permissions, system from identity_roles"
                        + " where vendor_id = :vendor and id = :id")
                .param("vendor", vendor()).param("id", id).query(JdbcTeamStore::role).optional();
    }

    @Override
    public void updateRole(Role role) {
        jdbc.sql("update identity_roles set name = :name, permissions = :permissions where vendor_id = :vendor"
                        + " and id = :id and not system")
                .param("name", role.name()).param("permissions", role.orderedPermissions().toArray(String[]::new))
                .param("vendor", vendor()).param("id", role.id()).update();
    }

    @Override
    public void deleteRole(UUID roleId) {
        jdbc.sql("""
                delete from identity_invitations where vendor_id = :vendor and role_id = :role
                  and (accepted_at is not null or expires_at <= now())""")
                .param("vendor", vendor()).param("role", roleId).update();
        jdbc.sql("delete from identity_roles where vendor_id = :vendor and id = :id and not system")
                .param("vendor", vendor()).param("id", roleId).update();
    }

    @Override
    public List<UUID> holdersOfRole(UUID roleId) {
        return jdbc.sql("select user_id from identity_memberships where vendor_id = :vendor and role_id = :role")
                .param("vendor", vendor()).param("role", roleId).query(UUID.class).list();
    }

    @Override
    public long openInvitationsToRole(UUID roleId) {
        return jdbc.sql("""
                select count(*) from identity_invitations
                where vendor_id = :vendor and role_id = :role and accepted_at is null and expires_at > now()""")
                .param("vendor", vendor()).param("role", roleId).query(Long.class).single();
    }

    @Override
    public void insertMembership(Membership m) {
        jdbc.sql("""
                insert into identity_memberships (id, vendor_id, user_id, role_id, status, created_at)
                values (:id, :vendor, :user, :role, :status, :createdAt)""")
                .param("id", m.id()).param("vendor", m.vendorId()).param("user", m.userId()).param("role", m.roleId())
                .param("status", m.status().name()).param("createdAt", Timestamp.from(m.createdAt())).update();
    }

    @Override
    public Optional<Membership> membershipOf(UUID userId) {
        return jdbc.sql("select id, vendor_id, user_id, role_id, status, created_at from identity_memberships"
                        + " where vendor_id = :vendor and user_id = :user")
                .param("vendor", vendor()).param("user", userId).query(JdbcTeamStore::membership).optional();
    }

    @Override
    public Optional<Membership> membershipById(UUID id) {
        return jdbc.sql("select id, vendor_id, user_id, role_id, status, created_at from identity_memberships"
                        + " where vendor_id = :vendor and id = :id")
                .param("vendor", vendor()).param("id", id).query(JdbcTeamStore::membership).optional();
    }

    @Override
    public void changeRole(UUID membershipId, UUID roleId) {
        jdbc.sql("update identity_memberships set role_id = :role where vendor_id = :vendor and id = :id")
                .param("role", roleId).param("vendor", vendor()).param("id", membershipId).update();
    }

    @Override
    public void deleteMembership(UUID membershipId) {
        jdbc.sql("delete from identity_memberships where vendor_id = :vendor and id = :id")
                .param("vendor", vendor()).param("id", membershipId).update();
    }

    @Override
    public long countActiveOwners() {
        // Locks the owners' rows so two concurrent demotions cannot both see a second owner.
        return jdbc.sql("""
                select m.id from identity_memberships m join identity_roles r on r.id = m.role_id
                where m.vendor_id = :vendor and m.status = 'ACTIVE' and r.system and r.name = 'Owner'
                for update of m""").param("vendor", vendor()).query(UUID.class).list().size();
    }

    @Override
    public long countActiveMembers() {
        return jdbc.sql("""
                select count(*) from identity_memberships m join identity_users u on u.id = m.user_id
                where m.vendor_id = :vendor and m.status = 'ACTIVE' and u.active""")
                .param("vendor", vendor()).query(Long.class).single();
    }

    @Override
    public Page<MemberView> members(Pageable pageable) {
        long total = jdbc.sql("select count(*) from identity_memberships where vendor_id = :vendor")
                .param("vendor", vendor()).query(Long.class).single();
        List<MemberView> content = jdbc.sql(MEMBER_SELECT + " order by "
                        + SqlSort.orderBy(pageable.getSort(), MEMBER_SORT, "m.created_at") + ", m.id"
                        + (pageable.isPaged() ? " limit " + pageable.getPageSize() + " offset " + pageable.getOffset() : ""))
                .param("vendor", vendor()).query(JdbcTeamStore::member).list();
        return pageable.isPaged() ? new PageImpl<>(content, pageable, total) : new PageImpl<>(content);
    }

    @Override
    public Optional<MemberView> member(UUID membershipId) {
        return jdbc.sql(MEMBER_SELECT + " and m.id = :id").param("vendor", vendor()).param("id", membershipId)
                .query(JdbcTeamStore::member).optional();
    }

    @Override
    public List<MemberView> members(java.util.Collection<UUID> membershipIds) {
        if (membershipIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(MEMBER_SELECT + " and m.id in (:ids)").param("vendor", vendor())
                .param("ids", List.copyOf(membershipIds)).query(JdbcTeamStore::member).list();
    }

    @Override
    public List<MembershipView> membershipsOfUser(UUID userId) {
        return jdbc.sql("""
                select m.id, m.vendor_id, m.role_id, r.name, m.status from identity_memberships m
                  join identity_roles r on r.id = m.role_id and r.vendor_id = m.vendor_id
                where m.user_id = :user order by m.created_at""")
                .param("user", userId)
                .query((rs, n) -> new MembershipView(rs.getObject("id", UUID.class), rs.getObject("vendor_id", UUID.class),
                        rs.getObject("role_id", UUID.class), rs.getString("name"),
                        Membership.Status.valueOf(rs.getString("status"))))
                .list();
    }

    @Override
    public void insertInvitation(Invitation i) {
        jdbc.sql("""
                insert into identity_invitations (id, vendor_id, email, role_id, token_hash, invited_by, expires_at,
                  created_at)
                values (:id, :vendor, :email, :role, :hash, :by, :expires, :created)""")
                .param("id", i.id()).param("vendor", i.vendorId()).param("email", i.email()).param("role", i.roleId())
                .param("hash", i.tokenHash()).param("by", i.invitedBy()).param("expires", Timestamp.from(i.expiresAt()))
                .param("created", Timestamp.from(i.createdAt())).update();
    }

    @Override
    public Optional<Invitation> lockedInvitationByTokenHash(String tokenHash) {
        return jdbc.sql(INVITATION_SELECT + " where i.vendor_id = :vendor and i.token_hash = :hash for update of i")
                .param("vendor", vendor()).param("hash", tokenHash).query(JdbcTeamStore::invitation).optional();
    }

    @Override
    public Optional<Invitation> invitationByTokenHash(String tokenHash) {
        return jdbc.sql(INVITATION_SELECT + " where i.vendor_id = :vendor and i.token_hash = :hash")
                .param("vendor", vendor()).param("hash", tokenHash).query(JdbcTeamStore::invitation).optional();
    }

    @Override
    public Optional<Invitation> invitationById(UUID id) {
        return jdbc.sql(INVITATION_SELECT + " where i.vendor_id = :vendor and i.id = :id")
                .param("vendor", vendor()).param("id", id).query(JdbcTeamStore::invitation).optional();
    }

    @Override
    public void markInvitationAccepted(UUID invitationId, Instant at) {
        jdbc.sql("update identity_invitations set accepted_at = :at where vendor_id = :vendor and id = :id")
                .param("at", Timestamp.from(at)).param("vendor", vendor()).param("id", invitationId).update();
    }

    @Override
    public boolean deleteOpenInvitation(UUID invitationId) {
        // Re-checked under the row lock: an accept that committed meanwhile leaves nothing to delete.
        return jdbc.sql("""
                delete from identity_invitations
                where vendor_id = :vendor and id = :id and accepted_at is null and expires_at > now()""")
                .param("vendor", vendor()).param("id", invitationId).update() > 0;
    }

    @Override
    public List<Invitation> pendingInvitations() {
        return jdbc.sql(INVITATION_SELECT + " where i.vendor_id = :vendor and i.accepted_at is null"
                        + " and i.expires_at > now() order by i.created_at desc")
                .param("vendor", vendor()).query(JdbcTeamStore::invitation).list();
    }

    private static Role role(ResultSet rs, int n) throws SQLException {
        Array permissions = rs.getArray("permissions");
        return new Role(rs.getObject("id", UUID.class), rs.getObject("vendor_id", UUID.class), rs.getString("name"),
                new LinkedHashSet<>(Arrays.asList((String[]) permissions.getArray())), rs.getBoolean("system"));
    }

    private static Membership membership(ResultSet rs, int n) throws SQLException {
        return new Membership(rs.getObject("id", UUID.class), rs.getObject("vendor_id", UUID.class),
                rs.getObject("user_id", UUID.class), rs.getObject("role_id", UUID.class),
                Membership.Status.valueOf(rs.getString("status")), rs.getTimestamp("created_at").toInstant());
    }

    private static MemberView member(ResultSet rs, int n) throws SQLException {
        return new MemberView(rs.getObject("id", UUID.class), rs.getObject("user_id", UUID.class),
                rs.getString("email"), rs.getString("first_name"), rs.getString("last_name"), rs.getString("role"),
                Membership.Status.valueOf(rs.getString("status")), rs.getBoolean("active"),
                rs.getTimestamp("created_at").toInstant());
    }

    private static Invitation invitation(ResultSet rs, int n) throws SQLException {
        Timestamp accepted = rs.getTimestamp("accepted_at");
        return new Invitation(rs.getObject("id", UUID.class), rs.getObject("vendor_id", UUID.class),
                rs.getString("email"), rs.getObject("role_id", UUID.class), rs.getString("role_name"),
                rs.getString("token_hash"), rs.getObject("invited_by", UUID.class),
                rs.getTimestamp("expires_at").toInstant(), accepted == null ? null : accepted.toInstant(),
                rs.getTimestamp("created_at").toInstant());
    }
}
