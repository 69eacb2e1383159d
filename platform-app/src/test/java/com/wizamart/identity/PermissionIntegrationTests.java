package com.wizamart.identity;

import static com.wizamart.support.ProblemAssertions.assertFieldError;
import static com.wizamart.support.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.wizamart.identity.domain.DefaultRoles;
import com.wizamart.support.ApiTest;
import com.wizamart.support.Concurrently;
import com.wizamart.support.Fixtures;
import com.wizamart.support.Fixtures.Session;
import com.wizamart.support.Fixtures.VendorAccount;
import com.wizamart.support.Http;

import tools.jackson.databind.JsonNode;

/** What each default role may do on the team endpoints, the Owner rules, and custom roles. */
class PermissionIntegrationTests extends ApiTest {

    private static VendorAccount vendor;
    private static Map<String, Session> sessions;
    /** A Viewer every denied call aims at (so a denial is never a 404 in disguise). */
    private static UUID target;

    @BeforeEach
    void teamWithEveryDefaultRole() {
        if (vendor == null) {
            vendor = fixtures.vendor();
            sessions = Map.of("Owner", vendor.owner(), "Manager", fixtures.member(vendor, "Manager"),
                    "Editor", fixtures.member(vendor, "Editor"), "Viewer", fixtures.member(vendor, "Viewer"));
            target = newMember(vendor, "Viewer");
        }
    }

    @ParameterizedTest(name = "{0}: {1} {2} -> {3}")
    @CsvSource({
            // role,  method, endpoint,            expected  (permission checked)
            "Owner,   GET,    members,             200",  // team.view
            "Owner,   POST,   invitations,         201",  // team.invite
            "Owner,   PUT,    members/{target},    200",  // team.manage
            "Owner,   DELETE, members/{target},    204",  // team.remove
            "Owner,   GET,    roles,               200",  // team.view
            "Owner,   POST,   roles,               201",  // team.manage
            "Manager, GET,    members,             200",
            "Manager, POST,   invitations,         201",
            "Manager, PUT,    members/{target},    403",
            "Manager, DELETE, members/{target},    403",
            "Manager, GET,    roles,               200",
            "Manager, POST,   roles,               403",
            "Editor,  GET,    members,             200",
            "Editor,  POST,   invitations,         403",
            "Editor,  PUT,    members/{target},    403",
            "Editor,  DELETE, members/{target},    403",
            "Editor,  GET,    roles,               200",
            "Editor,  POST,   roles,               403",
            "Viewer,  GET,    members,             200",
            "Viewer,  POST,   invitations,         403",
            "Viewer,  PUT,    members/{target},    403",
            "Viewer,  DELETE, members/{target},    403",
            "Viewer,  GET,    roles,               200",
            "Viewer,  POST,   roles,               403",
    })
    void eachDefaultRoleIsAllowedOnlyWhatItsPermissionsGrant(String role, String method, String endpoint,
                                                             int expected) {
        boolean allowed = expected < 400;
        UUID aim = allowed && endpoint.contains("{target}") ? newMember(vendor, "Viewer") : target;
        Http.Request request = http.method(method, "/api/v1/vendor/team/" + endpoint.replace("{target}", aim.toString()))
                .bearer(sessions.get(role).accessToken());
        switch (method + " " + endpoint) {
            case "POST invitations" -> request.json(Map.of("email", Fixtures.unique("inv") + "@team.test",
                    "role", "Viewer"));
            case "PUT members/{target}" -> request.json(Map.of("role", "Editor"));
            case "POST roles" -> request.json(Map.of("name", Fixtures.unique("Role"),
                    "permissions", List.of("products.view")));
            default -> { }
        }
        Http.Response response = request.send();
        if (allowed) {
            assertThat(response.status()).as(response.toString()).isEqualTo(expected);
        } else {
            assertProblem(response, expected, "ACCESS_DENIED");
        }
        if (method.equals("PUT") && allowed) {
            assertThat(response.json().get("role").asString()).isEqualTo("Editor");
        }
        // a denied change changed nothing
        if (!allowed && endpoint.contains("{target}")) {
            assertThat(roleOf(vendor, target)).isEqualTo("Viewer");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"Owner", "Manager", "Editor", "Viewer"})
    void eachDefaultRoleLogsInWithItsPermissions(String role) {
        Http.Response login = http.post("/api/v1/vendor/auth/login").json(Map.of("email",
                sessions.get(role).email(), "password", Fixtures.PASSWORD, "vendorCode", vendor.code())).send();
        assertThat(login.status()).isEqualTo(200);
        assertThat(login.json().get("role").asString()).isEqualTo(role);
        List<String> permissions = new ArrayList<>();
        login.json().get("permissions").forEach(p -> permissions.add(p.asString()));
        assertThat(permissions).containsExactlyInAnyOrderElementsOf(DefaultRoles.PERMISSIONS.get(role));
    }

    // --- Owner rules ---------------------------------------------------------------------------------------

    @Test
    void theOnlyOwnerCannotDemoteOrRemoveThemselves() {
        VendorAccount shop = fixtures.vendor();
        UUID self = fixtures.membershipId(shop, shop.owner().email());
        assertProblem(http.put("/api/v1/vendor/team/members/" + self).bearer(shop.owner().accessToken())
                .json(Map.of("role", "Manager")).send(), 409, "LAST_OWNER");
        assertProblem(http.delete("/api/v1/vendor/team/members/" + self).bearer(shop.owner().accessToken()).send(),
                409, "LAST_OWNER");
        assertThat(roleOf(shop, self)).isEqualTo("Owner");
    }

    @Test
    void withASecondOwnerAnOwnerCanStepDownAndTheLastOneStaysProtected() {
        VendorAccount shop = fixtures.vendor();
        String secondEmail = Fixtures.unique("second") + "@team.test";
        fixtures.accept(fixtures.invite(shop.owner(), secondEmail, "Owner"));
        Session second = fixtures.loginMember(secondEmail, shop.code());
        assertThat(second.role()).isEqualTo("Owner");
        UUID first = fixtures.membershipId(shop, shop.owner().email());
        UUID secondId = fixtures.membershipId(shop, secondEmail);

        Http.Response stepDown = http.put("/api/v1/vendor/team/members/" + first).bearer(shop.owner().accessToken())
                .json(Map.of("role", "Manager")).send();
        assertThat(stepDown.status()).as(stepDown.toString()).isEqualTo(200);
        assertThat(stepDown.json().get("role").asString()).isEqualTo("Manager");
        // a changed role ends the member's sessions: the next login carries the new role
        assertProblem(http.post("/api/v1/auth/refresh").json(Map.of("refreshToken", shop.owner().refreshToken()))
                .send(), 401, "INVALID_REFRESH_TOKEN");
        assertThat(fixtures.loginMember(shop.owner().email(), shop.code()).role()).isEqualTo("Manager");

        // now the second owner is the last one
        assertProblem(http.put("/api/v1/vendor/team/members/" + secondId).bearer(second.accessToken())
                .json(Map.of("role", "Viewer")).send(), 409, "LAST_OWNER");
        assertProblem(http.delete("/api/v1/vendor/team/members/" + secondId).bearer(second.accessToken()).send(),
                409, "LAST_OWNER");
        Http.Response removed = http.delete("/api/v1/vendor/team/members/" + first).bearer(second.accessToken()).send();
        assertThat(removed.status()).as(removed.toString()).isEqualTo(204);
        assertThat(http.get("/api/v1/vendor/team/members").bearer(second.accessToken()).send().body())
                .doesNotContain(shop.owner().email());
    }

    @ParameterizedTest
    @ValueSource(strings = {"PUT", "DELETE"})
    void twoOwnersDemotingOrRemovingEachOtherAtOnceLeaveExactlyOneOwner(String method) {
        VendorAccount shop = fixtures.vendor();
        String secondEmail = Fixtures.unique("rival") + "@team.test";
        fixtures.accept(fixtures.invite(shop.owner(), secondEmail, "Owner"));
        Session second = fixtures.loginMember(secondEmail, shop.code());
        UUID firstId = fixtures.membershipId(shop, shop.owner().email());
        UUID secondId = fixtures.membershipId(shop, secondEmail);

        List<Http.Response> responses = Concurrently.send(
                () -> demoteOrRemove(method, secondId, shop.owner()),
                () -> demoteOrRemove(method, firstId, second));
        // exactly one wins; the other is refused either as the last owner (both checked their role before either
        // committed: 409), or because its caller is no longer an owner (the winner committed first: 403), or, when the
        // winner committed before the loser's request was let in, because the loser's session ended with its
        // membership change (401 TOKEN_REVOKED, ADR 0013)
        List<Integer> statuses = responses.stream().map(Http.Response::status).sorted().toList();
        assertThat(statuses).as(responses.toString()).contains(method.equals("PUT") ? 200 : 204);
        assertThat(statuses).as(responses.toString()).anyMatch(s -> s == 401 || s == 403 || s == 409);
        responses.stream().filter(r -> r.status() == 409).forEach(r -> assertProblem(r, 409, "LAST_OWNER"));
        responses.stream().filter(r -> r.status() == 401).forEach(r -> assertProblem(r, 401, "TOKEN_REVOKED"));

        Session survivor = responses.get(0).status() >= 400 ? shop.owner() : second;
        JsonNode members = http.get("/api/v1/vendor/team/members").bearer(survivor.accessToken()).send().json();
        long owners = 0;
        for (JsonNode m : members.get("content")) {
            owners += m.get("role").asString().equals("Owner") ? 1 : 0;
        }
        assertThat(owners).as(members.toString()).isEqualTo(1);
    }

    private Http.Response demoteOrRemove(String method, UUID membershipId, Session caller) {
        Http.Request request = http.method(method, "/api/v1/vendor/team/members/" + membershipId)
                .bearer(caller.accessToken());
        if (method.equals("PUT")) {
            request.json(Map.of("role", "Manager"));
        }
        return request.send();
    }

    @Test
    void aManagerCannotInviteAnOwner() {
        assertProblem(http.post("/api/v1/vendor/team/invitations").bearer(sessions.get("Manager").accessToken())
                .json(Map.of("email", Fixtures.unique("boss") + "@team.test", "role", "Owner")).send(),
                403, "OWNER_ROLE_RESERVED");
        assertProblem(http.post("/api/v1/vendor/team/invitations").bearer(sessions.get("Manager").accessToken())
                .json(Map.of("email", Fixtures.unique("boss") + "@team.test", "role", "owner")).send(),
                403, "OWNER_ROLE_RESERVED");
    }

    @Test
    void aNonOwnerWhoMayManageTheTeamStillCannotGrantOrTakeAwayTheOwnerRole() {
        VendorAccount shop = fixtures.vendor();
        createRole(shop.owner(), "Team lead", List.of("team.view", "team.invite", "team.manage", "team.remove"));
        String leadEmail = Fixtures.unique("lead") + "@team.test";
        fixtures.accept(fixtures.invite(shop.owner(), leadEmail, "Team lead"));
        Session lead = fixtures.loginMember(leadEmail, shop.code());
        UUID viewer = newMember(shop, "Viewer");
        UUID owner = fixtures.membershipId(shop, shop.owner().email());

        assertProblem(http.put("/api/v1/vendor/team/members/" + viewer).bearer(lead.accessToken())
                .json(Map.of("role", "Owner")).send(), 403, "OWNER_ROLE_RESERVED");
        assertProblem(http.put("/api/v1/vendor/team/members/" + owner).bearer(lead.accessToken())
                .json(Map.of("role", "Viewer")).send(), 403, "OWNER_ROLE_RESERVED");
        assertProblem(http.delete("/api/v1/vendor/team/members/" + owner).bearer(lead.accessToken()).send(),
                403, "OWNER_ROLE_RESERVED");
        assertThat(roleOf(shop, viewer)).isEqualTo("Viewer");
        assertThat(roleOf(shop, owner)).isEqualTo("Owner");
        // what the lead may do (a role within the lead's own permissions), works
        createRole(shop.owner(), "Team reader", List.of("team.view"));
        Http.Response moved = http.put("/api/v1/vendor/team/members/" + viewer).bearer(lead.accessToken())
                .json(Map.of("role", "Team reader")).send();
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
    }

    @Test
    void nobodyGrantsOrCreatesPermissionsTheyDoNotHold() {
        VendorAccount shop = fixtures.vendor();
        createRole(shop.owner(), "Team lead", List.of("team.view", "team.invite", "team.manage", "team.remove"));
        String leadEmail = Fixtures.unique("lead") + "@team.test";
        fixtures.accept(fixtures.invite(shop.owner(), leadEmail, "Team lead"));
        Session lead = fixtures.loginMember(leadEmail, shop.code());
        UUID viewer = newMember(shop, "Viewer");

        assertProblem(http.post("/api/v1/vendor/team/roles").bearer(lead.accessToken())
                .json(Map.of("name", "Power", "permissions", List.of("team.view", "orders.edit"))).send(),
                403, "ROLE_EXCEEDS_OWN_PERMISSIONS");
        assertProblem(http.put("/api/v1/vendor/team/members/" + viewer).bearer(lead.accessToken())
                .json(Map.of("role", "Manager")).send(), 403, "ROLE_EXCEEDS_OWN_PERMISSIONS");
        assertProblem(http.post("/api/v1/vendor/team/invitations").bearer(lead.accessToken())
                .json(Map.of("email", Fixtures.unique("x") + "@team.test", "role", "Editor")).send(),
                403, "ROLE_EXCEEDS_OWN_PERMISSIONS");
        assertThat(roleOf(shop, viewer)).isEqualTo("Viewer");
        Http.Response own = http.post("/api/v1/vendor/team/roles").bearer(lead.accessToken())
                .json(Map.of("name", "Inviter", "permissions", List.of("team.view", "team.invite"))).send();
        assertThat(own.status()).as(own.toString()).isEqualTo(201);
        assertThat(http.get(own.header("Location")).bearer(lead.accessToken()).send().status()).isEqualTo(200);
    }

    @Test
    void aDemotedOwnerCannotUseTheirStillValidTokenToPromoteThemselvesBack() {
        VendorAccount shop = fixtures.vendor();
        String secondEmail = Fixtures.unique("owner2") + "@team.test";
        fixtures.accept(fixtures.invite(shop.owner(), secondEmail, "Owner"));
        Session second = fixtures.loginMember(secondEmail, shop.code());
        UUID first = fixtures.membershipId(shop, shop.owner().email());

        Http.Response demoted = http.put("/api/v1/vendor/team/members/" + first).bearer(second.accessToken())
                .json(Map.of("role", "Manager")).send();
        assertThat(demoted.status()).as(demoted.toString()).isEqualTo(200);
        // the first owner's access token still says "Owner" for a few minutes, but the demotion moved the account's
        // credentials version: the token writes nothing any more
        assertProblem(http.put("/api/v1/vendor/team/members/" + first).bearer(shop.owner().accessToken())
                .json(Map.of("role", "Owner")).send(), 401, "TOKEN_REVOKED");
        // signed in again, as a Manager, they may not manage the team at all
        Session manager = fixtures.loginMember(shop.owner().email(), shop.code());
        assertThat(manager.role()).isEqualTo("Manager");
        assertThat(http.put("/api/v1/vendor/team/members/" + first).bearer(manager.accessToken())
                .json(Map.of("role", "Owner")).send().status()).isEqualTo(403);
        assertThat(roleOf(shop, first)).isEqualTo("Manager");
    }

    // --- custom roles ---------------------------------------------------------------------------------------

    @Test
    void aCustomRoleWithAnUnknownPermissionIsRefused() {
        assertFieldError(http.post("/api/v1/vendor/team/roles").bearer(vendor.owner().accessToken())
                .json(Map.of("name", Fixtures.unique("Bad"), "permissions", List.of("team.view", "root.everything")))
                .send(), 422, "VALIDATION_FAILED", "permissions");
        assertFieldError(http.post("/api/v1/vendor/team/roles").bearer(vendor.owner().accessToken())
                .json(Map.of("name", Fixtures.unique("Empty"), "permissions", List.of())).send(),
                422, "VALIDATION_FAILED", "permissions");
        assertFieldError(http.post("/api/v1/vendor/team/roles").bearer(vendor.owner().accessToken())
                .json(Map.of("name", " ", "permissions", List.of("team.view"))).send(),
                422, "VALIDATION_FAILED", "name");
    }

    @Test
    void aCustomRoleCannotTakeTheNameOfAnExistingRole() {
        for (String name : List.of("Owner", "owner", "VIEWER")) {
            assertProblem(http.post("/api/v1/vendor/team/roles").bearer(vendor.owner().accessToken())
                    .json(Map.of("name", name, "permissions", List.of("team.view"))).send(),
                    409, "ROLE_ALREADY_EXISTS");
        }
    }

    @Test
    void aCustomRoleIsUsableInAnInvitationAndGrantsExactlyItsPermissions() {
        String name = Fixtures.unique("Stock clerk");
        Http.Response created = createRole(vendor.owner(), name, List.of("products.view", "team.view"));
        assertThat(created.header("Location")).endsWith("/api/v1/vendor/team/roles/" + created.json().get("id").asString());
        assertThat(created.json().get("system").asBoolean()).isFalse();
        assertThat(http.get("/api/v1/vendor/team/roles").bearer(sessions.get("Viewer").accessToken()).send().body())
                .contains(name);

        String email = Fixtures.unique("clerk") + "@team.test";
        fixtures.accept(fixtures.invite(vendor.owner(), email, name));
        Session clerk = fixtures.loginMember(email, vendor.code());
        assertThat(clerk.role()).isEqualTo(name);
        Http.Response me = http.get("/api/v1/vendor/me").bearer(clerk.accessToken()).send();
        assertThat(me.json().get("role").asString()).isEqualTo(name);
        List<String> permissions = new ArrayList<>();
        me.json().get("permissions").forEach(p -> permissions.add(p.asString()));
        assertThat(permissions).containsExactly("team.view", "products.view");

        assertThat(http.get("/api/v1/vendor/team/members").bearer(clerk.accessToken()).send().status()).isEqualTo(200);
        assertProblem(http.post("/api/v1/vendor/team/invitations").bearer(clerk.accessToken())
                .json(Map.of("email", Fixtures.unique("x") + "@team.test", "role", "Viewer")).send(),
                403, "ACCESS_DENIED");
    }

    // --- helpers --------------------------------------------------------------------------------------------

    private Http.Response createRole(Session owner, String name, List<String> permissions) {
        Http.Response created = http.post("/api/v1/vendor/team/roles").bearer(owner.accessToken())
                .json(Map.of("name", name, "permissions", permissions)).send();
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created;
    }

    /** A new member of the shop with {@code role} (invited and accepted, not logged in): its membership id. */
    private UUID newMember(VendorAccount shop, String role) {
        String email = Fixtures.unique("m") + "@team.test";
        fixtures.accept(fixtures.invite(shop.owner(), email, role));
        return fixtures.membershipId(shop, email);
    }

    private String roleOf(VendorAccount shop, UUID membershipId) {
        JsonNode members = http.get("/api/v1/vendor/team/members?size=200").bearer(shop.owner().accessToken()).send()
                .json();
        for (JsonNode m : members.get("content")) {
            if (m.get("id").asString().equals(membershipId.toString())) {
                return m.get("role").asString();
            }
        }
        return null;
    }
}
