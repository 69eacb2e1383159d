package com.wizamart.identity;

import static com.wizamart.support.ProblemAssertions.assertFieldError;
import static com.wizamart.support.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import com.wizamart.identity.config.IdentityProperties;
import com.wizamart.support.ApiTest;
import com.wizamart.support.Fixtures;
import com.wizamart.support.Fixtures.Session;
import com.wizamart.support.Fixtures.VendorAccount;
import com.wizamart.support.Http;

import tools.jackson.databind.JsonNode;

/**
 * Invitation links open the portal's page, which reads what the invitation offers before accepting it; a team's
 * custom roles are renamed, given other permissions and deleted; a member is read by id. Another vendor's ids, a
 * tampered token and a role without the permission are refused.
 */
class TeamRolesAndInvitationLinksIntegrationTests extends ApiTest {

    private static final String ROLES = "/api/v1/vendor/team/roles";

    @Autowired
    private org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Autowired
    private com.wizamart.tenancy.VendorScope vendorScope;

    @Autowired
    private org.springframework.transaction.PlatformTransactionManager transactionManager;

    @Autowired
    private IdentityProperties identity;

    private static VendorAccount acme;
    private static VendorAccount other;

    @BeforeEach
    void twoVendors() {
        if (acme == null) {
            acme = fixtures.vendor();
            other = fixtures.vendor();
        }
    }

    // --- invitation links -------------------------------------------------------------------------------------

    @Test
    void anInvitationLinkOpensThePortalWithTheTokenInTheFragment() {
        Http.Response invited = invite(acme.owner(), Fixtures.unique("link") + "@team.test", "Editor");
        String token = invited.json().get("token").asString();
        assertThat(invited.json().get("acceptUrl").asString())
                .isEqualTo(identity.publicBaseUrl() + "/vendor/#/invitation?token=" + token);
    }

    @Test
    void theLinkShowsWhoInvitesWithWhichRoleAndToWhichAddressAndNothingMore() {
        String email = Fixtures.unique("preview") + "@team.test";
        String token = invite(acme.owner(), email, "Editor").json().get("token").asString();

        // no token needed; one sent along (an expired one, say) is ignored
        for (Http.Response preview : List.of(http.get("/api/v1/auth/invitations/" + token).send(),
                http.get("/api/v1/auth/invitations/" + token).bearer("not-a-token").send())) {
            assertThat(preview.status()).as(preview.toString()).isEqualTo(200);
            JsonNode body = preview.json();
            assertThat(fieldsOf(body)).containsExactly("email", "expiresAt", "role", "vendorCode", "vendorName");
            assertThat(body.get("email").asString()).isEqualTo(email);
            assertThat(body.get("role").asString()).isEqualTo("Editor");
            assertThat(body.get("vendorCode").asString()).isEqualTo(acme.code());
            assertThat(body.get("vendorName").asString()).isEqualTo("Shop " + acme.code());
        }
        // reading it changes nothing: it can still be accepted
        fixtures.accept(token);
    }

    @Test
    void readingAnInvitationTakesNoLock_soAnAcceptUnderWayDoesNotHoldThePageUp() throws Exception {
        String email = Fixtures.unique("unlocked") + "@team.test";
        String token = invite(acme.owner(), email, "Viewer").json().get("token").asString();
        java.util.concurrent.CountDownLatch locked = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        // another transaction holds the invitation's row as an accept does, for up to 20 s
        Thread holder = Thread.ofVirtual().start(() -> new TransactionTemplate(transactionManager).executeWithoutResult(
                status -> vendorScope.runAs(acme.id(), () -> {
                    jdbc.queryForList("select id from identity_invitations where email = ? for update", email);
                    locked.countDown();
                    try {
                        release.await(20, java.util.concurrent.TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                })));
        try {
            assertThat(locked.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            long started = System.nanoTime();
            Http.Response preview = http.get("/api/v1/auth/invitations/" + token).send();
            long millis = (System.nanoTime() - started) / 1_000_000;
            assertThat(preview.status()).as(preview.toString()).isEqualTo(200);
            assertThat(millis).as("the preview's time while the row is locked").isLessThan(5_000);
        } finally {
            release.countDown();
            holder.join();
        }
    }

    @Test
    void aGuessedTamperedReboundUsedOrWithdrawnTokenShowsNothing() {
        String token = invite(acme.owner(), Fixtures.unique("abuse") + "@team.test", "Viewer").json().get("token")
                .asString();
        String secret = token.substring(token.indexOf('.') + 1);
        char last = secret.charAt(secret.length() - 1);
        List<String> bogus = List.of("nonsense", acme.id() + ".nonsense", token + "x",
                acme.id() + "." + secret.substring(0, secret.length() - 1) + (last == 'A' ? 'B' : 'A'),
                // the secret of acme's invitation under another vendor's id
                other.id() + "." + secret,
                java.util.UUID.randomUUID() + "." + secret);
        for (String guess : bogus) {
            JsonNode problem = assertProblem(http.get("/api/v1/auth/invitations/" + guess).send(), 404,
                    "INVITATION_NOT_FOUND");
            assertThat(problem.toString()).doesNotContain(acme.code(), other.code(), "Shop ");
        }
        assertThat(http.get("/api/v1/auth/invitations/" + token).send().status()).isEqualTo(200);

        // withdrawn: not found; the same for a used one
        String withdrawnEmail = Fixtures.unique("withdrawn") + "@team.test";
        Http.Response withdrawn = invite(acme.owner(), withdrawnEmail, "Viewer");
        assertThat(http.delete("/api/v1/vendor/team/invitations/" + withdrawn.json().get("id").asString())
                .bearer(acme.owner().accessToken()).send().status()).isEqualTo(204);
        assertProblem(http.get("/api/v1/auth/invitations/" + withdrawn.json().get("token").asString()).send(), 404,
                "INVITATION_NOT_FOUND");
        fixtures.accept(token);
        assertProblem(http.get("/api/v1/auth/invitations/" + token).send(), 404, "INVITATION_NOT_FOUND");
    }

    // --- members ----------------------------------------------------------------------------------------------

    @Test
    void aMemberIsReadByIdWithinTheirVendorOnly() {
        Session viewer = fixtures.member(acme, "Viewer");
        String id = fixtures.membershipId(acme, viewer.email()).toString();
        Http.Response read = http.get("/api/v1/vendor/team/members/" + id).bearer(viewer.accessToken()).send();
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        assertThat(read.json().get("email").asString()).isEqualTo(viewer.email());
        assertThat(read.json().get("role").asString()).isEqualTo("Viewer");
        assertProblem(http.get("/api/v1/vendor/team/members/" + id).bearer(other.owner().accessToken()).send(), 404,
                "MEMBER_NOT_FOUND");
    }

    // --- custom roles -----------------------------------------------------------------------------------------

    @Test
    void anOwnerRenamesACustomRoleAndChangesItsPermissionsAndItsMembersSignInAgain() {
        String name = Fixtures.unique("Packer");
        String roleId = createRole(acme.owner(), name, List.of("orders.view", "team.view")).get("id").asString();
        Session packer = fixtures.member(acme, name);

        Http.Response updated = http.put(ROLES + "/" + roleId).bearer(acme.owner().accessToken())
                .json(Map.of("name", name + " plus", "permissions", List.of("orders.edit", "orders.view", "team.view")))
                .send();
        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        assertThat(updated.json().get("name").asString()).isEqualTo(name + " plus");
        assertThat(updated.json().get("permissions").values().stream().map(JsonNode::asString).toList())
                .containsExactly("team.view", "orders.edit", "orders.view");
        assertThat(http.get(ROLES + "/" + roleId).bearer(acme.owner().accessToken()).send().json().get("name")
                .asString()).isEqualTo(name + " plus");
        // the member's session ends; logging in again brings the new permissions
        assertThat(http.post("/api/v1/auth/refresh").json(Map.of("refreshToken", packer.refreshToken())).send()
                .status()).isEqualTo(401);
        Session again = fixtures.loginMember(packer.email(), acme.code());
        assertThat(again.role()).isEqualTo(name + " plus");
        assertThat(http.get("/api/v1/vendor/me").bearer(again.accessToken()).send().json().get("permissions")
                .values().stream().map(JsonNode::asString).toList()).contains("orders.edit");

        // another role's name is taken; a name only differing in case from its own is not
        String taken = Fixtures.unique("Taken");
        createRole(acme.owner(), taken, List.of("products.view"));
        assertProblem(http.put(ROLES + "/" + roleId).bearer(acme.owner().accessToken())
                .json(Map.of("name", taken.toUpperCase(), "permissions", List.of("orders.view"))).send(), 409,
                "ROLE_ALREADY_EXISTS");
        assertThat(http.put(ROLES + "/" + roleId).bearer(acme.owner().accessToken())
                .json(Map.of("name", (name + " plus").toUpperCase(), "permissions", List.of("orders.view"))).send()
                .status()).isEqualTo(200);
        assertFieldError(http.put(ROLES + "/" + roleId).bearer(acme.owner().accessToken())
                .json(Map.of("name", name, "permissions", List.of("orders.fly"))).send(), 422, "VALIDATION_FAILED",
                "permissions");
    }

    @Test
    void aRoleThatMembersOrPendingInvitationsHoldIsNotDeletedAndTheDefaultRolesStay() {
        String name = Fixtures.unique("Seasonal");
        String roleId = createRole(acme.owner(), name, List.of("products.view")).get("id").asString();
        Session seasonal = fixtures.member(acme, name);
        Http.Response pending = invite(acme.owner(), Fixtures.unique("seasonal") + "@team.test", name);

        assertProblem(http.delete(ROLES + "/" + roleId).bearer(acme.owner().accessToken()).send(), 409, "ROLE_IN_USE");
        assertThat(http.put("/api/v1/vendor/team/members/" + fixtures.membershipId(acme, seasonal.email()))
                .bearer(acme.owner().accessToken()).json(Map.of("role", "Viewer")).send().status()).isEqualTo(200);
        assertProblem(http.delete(ROLES + "/" + roleId).bearer(acme.owner().accessToken()).send(), 409, "ROLE_IN_USE");
        assertThat(http.delete("/api/v1/vendor/team/invitations/" + pending.json().get("id").asString())
                .bearer(acme.owner().accessToken()).send().status()).isEqualTo(204);
        // the accepted invitation of the member who had the role does not keep it
        assertThat(http.delete(ROLES + "/" + roleId).bearer(acme.owner().accessToken()).send().status())
                .isEqualTo(204);
        assertProblem(http.get(ROLES + "/" + roleId).bearer(acme.owner().accessToken()).send(), 404, "ROLE_NOT_FOUND");

        String viewerRole = roleNamed(acme.owner(), "Viewer").get("id").asString();
        assertProblem(http.put(ROLES + "/" + viewerRole).bearer(acme.owner().accessToken())
                .json(Map.of("name", "Viewer", "permissions", List.of("products.view"))).send(), 409, "SYSTEM_ROLE");
        assertProblem(http.delete(ROLES + "/" + viewerRole).bearer(acme.owner().accessToken()).send(), 409,
                "SYSTEM_ROLE");
    }

    @Test
    void onlyWhoManagesTheTeamChangesItsOwnVendorsRolesWithinTheirOwnPermissions() {
        String name = Fixtures.unique("Curator");
        String roleId = createRole(acme.owner(), name, List.of("products.view", "products.edit")).get("id").asString();
        Map<String, Object> change = Map.of("name", name, "permissions", List.of("products.view"));
        for (String role : List.of("Manager", "Editor", "Viewer")) {
            Session member = fixtures.member(acme, role);
            assertProblem(http.put(ROLES + "/" + roleId).bearer(member.accessToken()).json(change).send(), 403,
                    "ACCESS_DENIED");
            assertProblem(http.delete(ROLES + "/" + roleId).bearer(member.accessToken()).send(), 403, "ACCESS_DENIED");
        }
        // another vendor's Owner: no such role
        assertProblem(http.put(ROLES + "/" + roleId).bearer(other.owner().accessToken()).json(change).send(), 404,
                "ROLE_NOT_FOUND");
        assertProblem(http.delete(ROLES + "/" + roleId).bearer(other.owner().accessToken()).send(), 404,
                "ROLE_NOT_FOUND");

        // a member whose custom role manages the team, without the products permissions: neither edits that role
        // nor gives it (or their own role) what they lack
        String teamLead = Fixtures.unique("Team lead");
        String leadRoleId = createRole(acme.owner(), teamLead, List.of("team.view", "team.manage", "products.view"))
                .get("id").asString();
        Session lead = fixtures.member(acme, teamLead);
        assertProblem(http.put(ROLES + "/" + roleId).bearer(lead.accessToken()).json(change).send(), 403,
                "ROLE_EXCEEDS_OWN_PERMISSIONS");
        assertProblem(http.delete(ROLES + "/" + roleId).bearer(lead.accessToken()).send(), 403,
                "ROLE_EXCEEDS_OWN_PERMISSIONS");
        assertProblem(http.put(ROLES + "/" + leadRoleId).bearer(lead.accessToken()).json(Map.of("name", teamLead,
                "permissions", List.of("team.view", "team.manage", "settings.edit"))).send(), 403,
                "ROLE_EXCEEDS_OWN_PERMISSIONS");
        assertThat(http.get(ROLES + "/" + roleId).bearer(acme.owner().accessToken()).send().json().get("permissions")
                .size()).isEqualTo(2);
    }

    private Http.Response invite(Session inviter, String email, String role) {
        Http.Response invited = http.post("/api/v1/vendor/team/invitations").bearer(inviter.accessToken())
                .json(Map.of("email", email, "role", role)).send();
        assertThat(invited.status()).as(invited.toString()).isEqualTo(201);
        return invited;
    }

    private JsonNode createRole(Session owner, String name, List<String> permissions) {
        Http.Response created = http.post(ROLES).bearer(owner.accessToken())
                .json(Map.of("name", name, "permissions", permissions)).send();
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json();
    }

    private JsonNode roleNamed(Session owner, String name) {
        for (JsonNode role : http.get(ROLES).bearer(owner.accessToken()).send().json()) {
            if (role.get("name").asString().equals(name)) {
                return role;
            }
        }
        throw new AssertionError("no role " + name);
    }

    private static Set<String> fieldsOf(JsonNode body) {
        return new TreeSet<>(body.propertyNames());
    }
}
