package com.wizamart.tenancy;

import static com.wizamart.support.ProblemAssertions.assertFieldError;
import static com.wizamart.support.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.wizamart.support.ApiTest;
import com.wizamart.support.Fixtures;
import com.wizamart.support.Fixtures.Session;
import com.wizamart.support.Fixtures.VendorAccount;
import com.wizamart.support.Http;

import tools.jackson.databind.JsonNode;

/**
 * One vendor never sees, changes or even learns of another vendor's data: not through ids, lists, paths, hosts or
 * tokens, and not even when a query forgets its vendor filter (Row-Level Security underneath).
 */
class TenantIsolationIntegrationTests extends ApiTest {

    /** Two vendors, each with an Editor, a pending invitation, a custom role and a customer; made once. */
    private static Tenant a;
    private static Tenant b;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private VendorScope vendorScope;

    @Autowired
    private PlatformTransactionManager transactionManager;

    record Tenant(VendorAccount vendor, Session editor, UUID ownerMembershipId, UUID editorMembershipId,
                  String pendingInvitationEmail, UUID pendingInvitationId, String customRoleName, UUID customRoleId,
                  Session customer) {

        Session owner() {
            return vendor.owner();
        }

        String code() {
            return vendor.code();
        }
    }

    @BeforeEach
    void twoVendors() {
        if (a == null) {
            a = tenant();
            b = tenant();
        }
    }

    private Tenant tenant() {
        VendorAccount vendor = fixtures.vendor();
        Session editor = fixtures.member(vendor, "Editor");
        String pending = Fixtures.unique("pending") + "@team.test";
        Http.Response invited = http.post("/api/v1/vendor/team/invitations").bearer(vendor.owner().accessToken())
                .json(Map.of("email", pending, "role", "Viewer")).send();
        assertThat(invited.status()).as(invited.toString()).isEqualTo(201);
        String roleName = "Secret " + vendor.code();
        Http.Response role = http.post("/api/v1/vendor/team/roles").bearer(vendor.owner().accessToken())
                .json(Map.of("name", roleName, "permissions", List.of("products.view"))).send();
        assertThat(role.status()).as(role.toString()).isEqualTo(201);
        return new Tenant(vendor, editor, fixtures.membershipId(vendor, vendor.owner().email()),
                fixtures.membershipId(vendor, editor.email()), pending,
                UUID.fromString(invited.json().get("id").asString()), roleName,
                UUID.fromString(role.json().get("id").asString()), fixtures.customer(vendor));
    }

    // --- ids of another vendor -------------------------------------------------------------------------------

    @Test
    void vendorAsOwnerGetsNotFoundForEveryTeamMemberIdOfVendorB() {
        for (UUID foreign : List.of(b.ownerMembershipId(), b.editorMembershipId())) {
            assertProblem(http.put("/api/v1/vendor/team/members/" + foreign).bearer(a.owner().accessToken())
                    .json(Map.of("role", "Viewer")).send(), 404, "MEMBER_NOT_FOUND");
            assertProblem(http.delete("/api/v1/vendor/team/members/" + foreign).bearer(a.owner().accessToken())
                    .send(), 404, "MEMBER_NOT_FOUND");
        }
        // An id that exists nowhere answers exactly the same: a foreign id's existence is not revealed.
        assertProblem(http.delete("/api/v1/vendor/team/members/" + UUID.randomUUID()).bearer(a.owner().accessToken())
                .send(), 404, "MEMBER_NOT_FOUND");

        JsonNode members = http.get("/api/v1/vendor/team/members").bearer(b.owner().accessToken()).send().json();
        assertThat(members.get("page").get("totalElements").asLong()).isEqualTo(2);
        assertThat(roleOf(members, b.editorMembershipId())).isEqualTo("Editor");
        assertThat(roleOf(members, b.ownerMembershipId())).isEqualTo("Owner");
    }

    @Test
    void vendorAsRoleAndInvitationPathsAnswerTheSameNotFoundForVendorBsIdsAsForUnknownOnes() {
        Map<String, String> codes = Map.of("/api/v1/vendor/team/roles/", "ROLE_NOT_FOUND",
                "/api/v1/vendor/team/invitations/", "INVITATION_NOT_FOUND");
        Map<String, UUID> bIds = Map.of("/api/v1/vendor/team/roles/", b.customRoleId(),
                "/api/v1/vendor/team/invitations/", b.pendingInvitationId());
        codes.forEach((base, code) -> {
            assertThat(http.get(base + bIds.get(base)).bearer(b.owner().accessToken()).send().status())
                    .as("B reads its own " + base).isEqualTo(200);
            assertProblem(http.get(base + bIds.get(base)).bearer(a.owner().accessToken()).send(), 404, code);
            assertProblem(http.get(base + UUID.randomUUID()).bearer(a.owner().accessToken()).send(), 404, code);
            for (String method : List.of("PUT", "DELETE")) {
                // the same answer for B's ids as for unknown ones: 405 where there is no such operation, 404 where
                // there is (changing and deleting a role, withdrawing an invitation)
                boolean roles = base.endsWith("/roles/");
                Http.Request foreign = http.method(method, base + bIds.get(base)).bearer(a.owner().accessToken());
                Http.Request unknown = http.method(method, base + UUID.randomUUID()).bearer(a.owner().accessToken());
                if (method.equals("PUT")) {
                    Map<String, Object> body = roles
                            ? Map.of("name", "Taken over", "permissions", List.of("products.view"))
                            : Map.of("role", "Viewer");
                    foreign.json(body);
                    unknown.json(body);
                }
                int expected = method.equals("DELETE") || roles ? 404 : 405;
                assertThat(foreign.send().status()).isEqualTo(unknown.send().status()).isEqualTo(expected);
            }
        });
        // B still has its role and its invitation.
        assertThat(http.get("/api/v1/vendor/team/roles").bearer(b.owner().accessToken()).send().body())
                .contains(b.customRoleId().toString());
        assertThat(http.get("/api/v1/vendor/team/invitations").bearer(b.owner().accessToken()).send().body())
                .contains(b.pendingInvitationId().toString());
    }

    @Test
    void vendorACannotGrantOrInviteWithVendorBsCustomRole() {
        assertProblem(http.put("/api/v1/vendor/team/members/" + a.editorMembershipId()).bearer(a.owner().accessToken())
                .json(Map.of("role", b.customRoleName())).send(), 422, "VALIDATION_FAILED");
        assertProblem(http.post("/api/v1/vendor/team/invitations").bearer(a.owner().accessToken())
                .json(Map.of("email", Fixtures.unique("x") + "@team.test", "role", b.customRoleName())).send(),
                422, "VALIDATION_FAILED");
    }

    @Test
    void anInvitationTokenReboundToAnotherVendorIsNotFound() {
        String email = Fixtures.unique("rebound") + "@team.test";
        String token = fixtures.invite(a.owner(), email, "Viewer");
        String forged = b.vendor().id() + token.substring(token.indexOf('.'));
        assertProblem(http.post("/api/v1/auth/invitations/" + forged + "/accept")
                .json(Map.of("password", Fixtures.PASSWORD)).send(), 404, "INVITATION_NOT_FOUND");
        // the genuine token still works, and joins vendor A only
        JsonNode accepted = fixtures.accept(token).json();
        assertThat(accepted.get("vendorId").asString()).isEqualTo(a.vendor().id().toString());
    }

    // --- lists ---------------------------------------------------------------------------------------------

    @Test
    void vendorBsDataNeverAppearsInVendorAsLists() {
        Set<String> secretsOfB = Set.of(b.vendor().id().toString(), b.code(), b.owner().email(), b.editor().email(),
                b.pendingInvitationEmail(), b.customRoleName(), b.customRoleId().toString(),
                b.ownerMembershipId().toString(), b.editorMembershipId().toString(),
                b.pendingInvitationId().toString());
        for (Session session : List.of(a.owner(), a.editor())) {
            for (String path : List.of("/api/v1/vendor/team/members?size=200", "/api/v1/vendor/team/roles",
                    "/api/v1/vendor/team/invitations", "/api/v1/vendor/me")) {
                Http.Response response = http.get(path).bearer(session.accessToken()).send();
                assertThat(response.status()).as(path + " " + response).isEqualTo(200);
                for (String secret : secretsOfB) {
                    assertThat(response.body()).as(path + " shows B's " + secret).doesNotContain(secret);
                }
            }
        }
        // ... while A's own data is there (the lists are not simply empty).
        String members = http.get("/api/v1/vendor/team/members").bearer(a.owner().accessToken()).send().body();
        assertThat(members).contains(a.owner().email(), a.editor().email());
        assertThat(http.get("/api/v1/vendor/team/invitations").bearer(a.owner().accessToken()).send().body())
                .contains(a.pendingInvitationEmail());
    }

    // --- path and host disagreeing with the token ------------------------------------------------------------

    @Test
    void aCustomerOfVendorAIsRefusedOnVendorBsPublicPaths() {
        for (Session session : List.of(a.customer(), a.owner())) {
            assertProblem(http.get("/api/v1/public/vendors/" + b.code() + "/products").bearer(session.accessToken())
                    .send(), 403, "UNAUTHORIZED_VENDOR_ACCESS");
            assertProblem(http.post("/api/v1/public/vendors/" + b.code() + "/auth/logout")
                    .bearer(session.accessToken()).json(Map.of("refreshToken", session.refreshToken())).send(),
                    403, "UNAUTHORIZED_VENDOR_ACCESS");
        }
        // the refused logout revoked nothing
        Http.Response refreshed = http.post("/api/v1/auth/refresh")
                .json(Map.of("refreshToken", a.owner().refreshToken())).send();
        assertThat(refreshed.status()).as(refreshed.toString()).isEqualTo(200);
    }

    @Test
    void aHostNamingVendorBIsRefusedForVendorAsToken() {
        assertProblem(http.get("/api/v1/vendor/team/members").bearer(a.owner().accessToken())
                .header("Host", b.code() + ".wizamart.localhost").send(), 403, "UNAUTHORIZED_VENDOR_ACCESS");
        assertProblem(http.get("/api/v1/public/vendors/" + a.code() + "/products").bearer(a.customer().accessToken())
                .header("Host", b.code() + ".wizamart.localhost").send(), 403, "UNAUTHORIZED_VENDOR_ACCESS");
        // with A's own host the same call passes
        Http.Response own = http.get("/api/v1/vendor/team/members").bearer(a.owner().accessToken())
                .header("Host", a.code() + ".wizamart.localhost").send();
        assertThat(own.status()).as(own.toString()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"localhost", "127.0.0.1", "wizamart.localhost", "WWW.wizamart.localhost",
            "api.wizamart.localhost", "admin.wizamart.localhost", "app.wizamart.localhost"})
    void thePlatformsOwnHostsNameNoVendor(String host) {
        Http.Response me = http.get("/api/v1/vendor/me").bearer(a.owner().accessToken()).header("Host", host).send();
        assertThat(me.status()).as(host + ": " + me).isEqualTo(200);
        assertThat(me.json().get("vendor").get("id").asString()).isEqualTo(a.vendor().id().toString());
    }

    @Test
    void aVerifiedCustomDomainNamesItsVendorAndAnUnverifiedOneNoVendorAtAll() {
        VendorAccount shop = fixtures.vendor();
        String verified = Fixtures.unique("shop").toLowerCase() + ".example.lu";
        String unverified = Fixtures.unique("pending").toLowerCase() + ".example.lu";
        Http.Response edited = http.put("/api/v1/admin/vendors/" + shop.id()).bearer(fixtures.sharedAdmin().accessToken())
                .json(Map.of("customDomains", List.of(Map.of("domain", verified.toUpperCase(), "verified", true),
                        Map.of("domain", unverified, "verified", false)))).send();
        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);

        Http.Response own = http.get("/api/v1/vendor/me").bearer(shop.owner().accessToken()).header("Host", verified)
                .send();
        assertThat(own.status()).as(own.toString()).isEqualTo(200);
        assertProblem(http.get("/api/v1/vendor/me").bearer(a.owner().accessToken()).header("Host", verified).send(),
                403, "UNAUTHORIZED_VENDOR_ACCESS");
        assertProblem(http.get("/api/v1/public/vendors/" + a.code() + "/products").header("Host", verified).send(),
                403, "UNAUTHORIZED_VENDOR_ACCESS");
        assertProblem(http.get("/api/v1/vendor/me").bearer(shop.owner().accessToken()).header("Host", unverified)
                .send(), 404, "VENDOR_NOT_FOUND");
        // another vendor cannot claim the domain
        assertProblem(http.put("/api/v1/admin/vendors/" + a.vendor().id()).bearer(fixtures.sharedAdmin().accessToken())
                .json(Map.of("customDomains", List.of(Map.of("domain", verified, "verified", true)))).send(),
                409, "VENDOR_ALREADY_EXISTS");
    }

    @Test
    void anUnknownVendorIsNotFoundByCodeByHostAndAtLogin() {
        String unknown = Fixtures.unique("nobody");
        assertProblem(http.get("/api/v1/public/vendors/" + unknown + "/products").send(), 404, "VENDOR_NOT_FOUND");
        assertProblem(http.post("/api/v1/public/vendors/" + unknown + "/auth/register")
                .json(Map.of("email", "x@mail.test", "password", Fixtures.PASSWORD, "firstName", "X")).send(),
                404, "VENDOR_NOT_FOUND");
        assertProblem(http.get("/api/v1/vendor/team/members").bearer(a.owner().accessToken())
                .header("Host", unknown + ".wizamart.localhost").send(), 404, "VENDOR_NOT_FOUND");
        assertProblem(http.post("/api/v1/vendor/auth/login").json(Map.of("email", a.owner().email(),
                "password", Fixtures.PASSWORD, "vendorCode", unknown)).send(), 404, "VENDOR_NOT_FOUND");
    }

    // --- deactivated vendor ------------------------------------------------------------------------------------

    @Test
    void aDeactivatedVendorsOwnerIsLockedOutUntilItIsActivatedAgain() {
        VendorAccount vendor = fixtures.vendor();
        Session customer = fixtures.customer(vendor);
        Session admin = fixtures.sharedAdmin();
        Http.Response off = http.put("/api/v1/admin/vendors/" + vendor.id() + "/status").bearer(admin.accessToken())
                .json(Map.of("active", false)).send();
        assertThat(off.status()).as(off.toString()).isEqualTo(200);
        assertThat(off.json().get("active").asBoolean()).isFalse();

        assertProblem(http.get("/api/v1/vendor/team/members").bearer(vendor.owner().accessToken()).send(),
                404, "VENDOR_NOT_FOUND");
        assertProblem(http.get("/api/v1/vendor/me").bearer(vendor.owner().accessToken()).send(),
                404, "VENDOR_NOT_FOUND");
        assertProblem(http.post("/api/v1/vendor/auth/login").json(Map.of("email", vendor.owner().email(),
                "password", Fixtures.PASSWORD, "vendorCode", vendor.code())).send(), 404, "VENDOR_NOT_FOUND");
        assertProblem(http.post("/api/v1/auth/refresh").json(Map.of("refreshToken", vendor.owner().refreshToken()))
                .send(), 401, "INVALID_REFRESH_TOKEN");
        assertProblem(http.get("/api/v1/public/vendors/" + vendor.code() + "/products").send(),
                404, "VENDOR_NOT_FOUND");
        assertProblem(http.post("/api/v1/public/vendors/" + vendor.code() + "/auth/login")
                .json(Map.of("email", customer.email(), "password", Fixtures.PASSWORD)).send(),
                404, "VENDOR_NOT_FOUND");
        assertProblem(http.post("/api/v1/auth/refresh").json(Map.of("refreshToken", customer.refreshToken())).send(),
                401, "INVALID_REFRESH_TOKEN");

        Http.Response on = http.put("/api/v1/admin/vendors/" + vendor.id() + "/status").bearer(admin.accessToken())
                .json(Map.of("active", true)).send();
        assertThat(on.status()).as(on.toString()).isEqualTo(200);
        Session again = fixtures.loginMember(vendor.owner().email(), vendor.code());
        assertThat(http.get("/api/v1/vendor/team/members").bearer(again.accessToken()).send().status()).isEqualTo(200);
    }

    @Test
    void aClosedVendorsSessionsAreRevokedAndStayRevokedAfterReopening() {
        VendorAccount vendor = fixtures.vendor();
        Session otherDevice = fixtures.loginMember(vendor.owner().email(), vendor.code());
        Session customer = fixtures.customer(vendor);
        Session admin = fixtures.sharedAdmin();
        assertThat(liveRefreshTokens(vendor.id())).isPositive();

        assertThat(http.put("/api/v1/admin/vendors/" + vendor.id() + "/status").bearer(admin.accessToken())
                .json(Map.of("active", false)).send().status()).isEqualTo(200);
        // identity revokes the sessions after the commit, asynchronously
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10))
                .until(() -> liveRefreshTokens(vendor.id()) == 0);
        assertThat(http.put("/api/v1/admin/vendors/" + vendor.id() + "/status").bearer(admin.accessToken())
                .json(Map.of("active", true)).send().status()).isEqualTo(200);

        for (Session session : List.of(otherDevice, customer)) {
            assertProblem(http.post("/api/v1/auth/refresh").json(Map.of("refreshToken", session.refreshToken()))
                    .send(), 401, "INVALID_REFRESH_TOKEN");
        }
    }

    private long liveRefreshTokens(UUID vendorId) {
        return jdbc.queryForObject("select count(*) from identity_refresh_tokens where vendor_id = ? and revoked_at"
                + " is null", Long.class, vendorId);
    }

    @Test
    void aTeamMemberLogsInThroughTheVendorsHostButNotWithAnotherVendorsCode() {
        Http.Response login = http.post("/api/v1/vendor/auth/login").header("Host", a.code() + ".wizamart.localhost")
                .json(Map.of("email", a.editor().email(), "password", Fixtures.PASSWORD)).send();
        assertThat(login.status()).as(login.toString()).isEqualTo(200);
        assertThat(login.json().get("vendor").get("id").asString()).isEqualTo(a.vendor().id().toString());
        assertThat(login.json().get("role").asString()).isEqualTo("Editor");
        assertProblem(http.post("/api/v1/vendor/auth/login").header("Host", b.code() + ".wizamart.localhost")
                .json(Map.of("email", a.editor().email(), "password", Fixtures.PASSWORD, "vendorCode", a.code()))
                .send(), 403, "UNAUTHORIZED_VENDOR_ACCESS");
        // a member of A is nobody at B
        assertProblem(http.post("/api/v1/vendor/auth/login").json(Map.of("email", a.editor().email(),
                "password", Fixtures.PASSWORD, "vendorCode", b.code())).send(), 401, "INVALID_CREDENTIALS");
        assertFieldError(http.post("/api/v1/vendor/auth/login").json(Map.of("email", a.editor().email(),
                "password", Fixtures.PASSWORD)).send(), 422, "VALIDATION_FAILED", "vendorCode");
    }

    @Test
    void aCustomerOfVendorAIsNobodyAtVendorB() {
        assertProblem(http.post("/api/v1/public/vendors/" + b.code() + "/auth/login")
                .json(Map.of("email", a.customer().email(), "password", Fixtures.PASSWORD)).send(),
                401, "INVALID_CREDENTIALS");
    }

    // --- Row-Level Security underneath -----------------------------------------------------------------------

    // the schema-wide checks (RLS on every vendor table, the application role) are in
    // com.wizamart.platform.database.RowLevelSecurityCoverageIntegrationTests

    @ParameterizedTest
    @ValueSource(strings = {"identity_memberships", "identity_roles", "identity_invitations", "identity_customers"})
    void aQueryWithoutVendorFilterSeesOnlyTheBoundVendorsRows(String table) {
        String sql = "select vendor_id from " + table;
        List<UUID> asA = vendorScope.callAs(a.vendor().id(), () -> jdbc.queryForList(sql, UUID.class));
        assertThat(asA).isNotEmpty().containsOnly(a.vendor().id());

        // the rows of B are there: the explicit cross-vendor path sees both vendors
        Set<UUID> all = new HashSet<>(vendorScope.acrossVendors("isolation test",
                () -> jdbc.queryForList(sql, UUID.class)));
        assertThat(all).contains(a.vendor().id(), b.vendor().id());
    }

    @Test
    void withNoVendorBoundVendorOwnedTablesReadEmpty() {
        assertThat(VendorContext.current()).isEmpty();
        TransactionTemplate tx = new TransactionTemplate(transactionManager);
        Long inTransaction = tx.execute(status -> jdbc.queryForObject("select count(*) from identity_memberships",
                Long.class));
        assertThat(inTransaction).isZero();
        // outside any transaction (auto-commit) no vendor is bound either
        assertThat(jdbc.queryForObject("select count(*) from identity_memberships", Long.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from identity_customers", Long.class)).isZero();
        // and a vendor binding does not leak into the next transaction on the same pooled connection (an unbound
        // transaction sends no set_config at all: it relies on the bound one's settings having been local)
        // (the pool usually hands this thread the same connection again; the loop makes sure one pair shared it)
        String rolesAndBackend = "select count(*) || '@' || pg_backend_pid() from identity_roles";
        boolean sameConnectionSeen = false;
        for (int attempt = 0; attempt < 20 && !sameConnectionSeen; attempt++) {
            String bound = vendorScope.callAs(a.vendor().id(), () -> jdbc.queryForObject(rolesAndBackend, String.class));
            String afterwards = tx.execute(status -> jdbc.queryForObject(rolesAndBackend, String.class));
            assertThat(bound).doesNotStartWith("0@");
            assertThat(afterwards).startsWith("0@");
            sameConnectionSeen = afterwards.equals("0@" + bound.substring(bound.indexOf('@') + 1));
        }
        assertThat(sameConnectionSeen).as("an unbound transaction ran on the connection a bound one had used").isTrue();
    }

    @Test
    void writingARowForVendorBWhileVendorAIsBoundIsRefusedByRowLevelSecurity() {
        String name = Fixtures.unique("smuggled");
        assertThatThrownBy(() -> vendorScope.runAs(a.vendor().id(), () -> jdbc.update("""
                insert into identity_roles (id, vendor_id, name, permissions, system)
                values (?, ?, ?, array['team.manage'], false)""", UUID.randomUUID(), b.vendor().id(), name)))
                .isInstanceOf(DataAccessException.class)
                .rootCause().hasMessageContaining("violates row-level security policy");
        assertThatThrownBy(() -> vendorScope.runAs(a.vendor().id(), () -> jdbc.update("""
                insert into identity_memberships (id, vendor_id, user_id, role_id, status, created_at)
                values (?, ?, ?, ?, 'ACTIVE', now())""", UUID.randomUUID(), b.vendor().id(), a.owner().userId(),
                b.customRoleId())))
                .isInstanceOf(DataAccessException.class)
                .rootCause().hasMessageContaining("violates row-level security policy");
        // moving one of A's rows over to B is refused as well, and B's rows cannot be touched from A
        assertThatThrownBy(() -> vendorScope.runAs(a.vendor().id(), () -> jdbc.update(
                "update identity_roles set vendor_id = ? where id = ?", b.vendor().id(), a.customRoleId())))
                .isInstanceOf(DataAccessException.class)
                .rootCause().hasMessageContaining("violates row-level security policy");
        Integer touched = vendorScope.callAs(a.vendor().id(), () -> jdbc.update(
                "update identity_roles set name = name || '!' where vendor_id = ?", b.vendor().id()));
        assertThat(touched).isZero();

        Long smuggled = vendorScope.callAs(b.vendor().id(), () -> jdbc.queryForObject(
                "select count(*) from identity_roles where name = ? or name like '%!'", Long.class, name));
        assertThat(smuggled).isZero();
        Long membersOfB = vendorScope.callAs(b.vendor().id(), () -> jdbc.queryForObject(
                "select count(*) from identity_memberships", Long.class));
        assertThat(membersOfB).isEqualTo(2L);
    }

    private static String roleOf(JsonNode members, UUID membershipId) {
        for (JsonNode m : members.get("content")) {
            if (m.get("id").asString().equals(membershipId.toString())) {
                return m.get("role").asString();
            }
        }
        return null;
    }
}
