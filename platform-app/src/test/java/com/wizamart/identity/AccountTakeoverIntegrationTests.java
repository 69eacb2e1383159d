package com.wizamart.identity;

import static com.wizamart.support.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.wizamart.support.ApiTest;
import com.wizamart.support.Fixtures;
import com.wizamart.support.Fixtures.Session;
import com.wizamart.support.Fixtures.VendorAccount;
import com.wizamart.support.Http;

import tools.jackson.databind.JsonNode;

/**
 * Can a member of vendor A use an invitation, an activation or a password flow to act as someone of vendor B? Each
 * test is an attempt; none may succeed.
 */
class AccountTakeoverIntegrationTests extends ApiTest {

    private static final String ATTACKER_PASSWORD = "Attacker-Chosen-1";

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private com.wizamart.tenancy.VendorScope vendorScope;

    /** A vendor whose owner has not activated yet, as the admin app and the bulk import create them by default. */
    private record PendingVendor(String code, String ownerEmail, String activationToken) {
    }

    /** What the admin sends to open vendor {@code code} for the owner {@code ownerEmail}; more keys may be put. */
    private static Map<String, Object> vendorRequest(String code, String ownerEmail) {
        return new HashMap<>(Map.of("code", code, "name", "Shop " + code, "subdomain", code,
                "businessEmail", "hello@" + code + ".example",
                "owner", Map.of("email", ownerEmail, "firstName", "Bea", "lastName", "Owner")));
    }

    private PendingVendor pendingVendor() {
        String code = Fixtures.unique("beta").toLowerCase();
        String ownerEmail = "owner@" + code + ".example";
        Http.Response created = http.post("/api/v1/admin/vendors").bearer(fixtures.sharedAdmin().accessToken())
                .json(vendorRequest(code, ownerEmail)).send();
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return new PendingVendor(code, ownerEmail, created.json().get("ownerActivationToken").asString());
    }

    private Session attacker(VendorAccount acme, String role) {
        return role.equals("Owner") ? acme.owner() : fixtures.member(acme, role);
    }

    private Http.Response vendorLogin(String email, String password, String code) {
        return http.post("/api/v1/vendor/auth/login")
                .json(Map.of("email", email, "password", password, "vendorCode", code)).send();
    }

    private Http.Response accept(String token, Map<String, ?> body) {
        return http.post("/api/v1/auth/invitations/" + token + "/accept").json(body).send();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Manager", "Owner"})
    void aMemberOfOneVendorCannotTakeOverAnotherVendorsPendingOwner(String role) {
        VendorAccount acme = fixtures.vendor();
        Session attacker = attacker(acme, role);
        PendingVendor beta = pendingVendor();

        // step 2: the invitation itself may be sent (the address is just an address) ...
        String token = fixtures.invite(attacker, beta.ownerEmail(), "Viewer");
        // step 3: ... but accepting it never sets the existing (pending) account's password
        assertProblem(accept(token, Map.of("password", ATTACKER_PASSWORD, "firstName", "Mal")), 401,
                "SIGN_IN_REQUIRED");
        assertProblem(accept(token, Map.of("currentPassword", ATTACKER_PASSWORD)), 401, "INVALID_CREDENTIALS");
        // nor does a token of the attacker's own session speak for the invited account
        assertProblem(http.post("/api/v1/auth/invitations/" + token + "/accept").bearer(attacker.accessToken())
                .json(Map.of("password", ATTACKER_PASSWORD)).send(), 401, "SIGN_IN_REQUIRED");
        // step 4: the attacker's password opens nothing
        assertProblem(vendorLogin(beta.ownerEmail(), ATTACKER_PASSWORD, beta.code()), 401, "INVALID_CREDENTIALS");
        assertThat(jdbc.queryForObject("select password_hash is null from identity_users where email = ?",
                Boolean.class, beta.ownerEmail())).isTrue();

        // the real owner completes the account through its own activation link and is beta's Owner
        assertThat(http.post("/api/v1/auth/activation/" + beta.activationToken())
                .json(Map.of("password", Fixtures.PASSWORD)).send().status()).isEqualTo(204);
        Session owner = fixtures.loginMember(beta.ownerEmail(), beta.code());
        assertThat(owner.role()).isEqualTo("Owner");
        // ... and, signed in, may still choose to join acme (consent), which adds a membership and nothing else
        fixtures.acceptAs(owner, token);
        assertThat(fixtures.loginMember(beta.ownerEmail(), acme.code()).role()).isEqualTo("Viewer");
        assertProblem(vendorLogin(beta.ownerEmail(), ATTACKER_PASSWORD, beta.code()), 401, "INVALID_CREDENTIALS");
    }

    @Test
    void anInvitationNeverChangesTheCredentialsOfAnActivatedAccount() {
        VendorAccount acme = fixtures.vendor();
        VendorAccount victim = fixtures.vendor();
        String token = fixtures.invite(acme.owner(), victim.owner().email(), "Viewer");
        String hashBefore = passwordHash(victim.owner().email());

        assertProblem(accept(token, Map.of("password", ATTACKER_PASSWORD)), 401, "SIGN_IN_REQUIRED");
        assertProblem(accept(token, Map.of("password", ATTACKER_PASSWORD, "currentPassword", ATTACKER_PASSWORD)), 401,
                "INVALID_CREDENTIALS");

        assertThat(passwordHash(victim.owner().email())).isEqualTo(hashBefore);
        assertProblem(vendorLogin(victim.owner().email(), ATTACKER_PASSWORD, victim.code()), 401,
                "INVALID_CREDENTIALS");
        // the victim's sessions live on: nothing revoked them
        assertThat(http.post("/api/v1/auth/refresh").json(Map.of("refreshToken", victim.owner().refreshToken()))
                .send().status()).isEqualTo(200);
        // the invitation is still open for its addressee, who accepts it knowing their password
        Http.Response joined = accept(token, Map.of("currentPassword", Fixtures.PASSWORD));
        assertThat(joined.status()).as(joined.toString()).isEqualTo(200);
        assertThat(passwordHash(victim.owner().email())).isEqualTo(hashBefore);
    }

    @Test
    void aSignedInAccountCannotAcceptAnInvitationAddressedToAnotherAccount() {
        VendorAccount acme = fixtures.vendor();
        VendorAccount other = fixtures.vendor();
        String token = fixtures.invite(acme.owner(), other.owner().email(), "Manager");
        Session someoneElse = fixtures.member(acme, "Viewer");
        assertProblem(http.post("/api/v1/auth/invitations/" + token + "/accept").bearer(someoneElse.accessToken())
                .json(Map.of()).send(), 401, "SIGN_IN_REQUIRED");
        // a customer token is no team session either
        Session customer = fixtures.customer(other);
        assertProblem(http.post("/api/v1/auth/invitations/" + token + "/accept").bearer(customer.accessToken())
                .json(Map.of()).send(), 401, "SIGN_IN_REQUIRED");
        assertThat(teamEmails(acme)).doesNotContain(other.owner().email());
    }

    @Test
    void aPlatformAdminCannotBeInvitedNorJoinByAnInvitation() {
        VendorAccount acme = fixtures.vendor();
        Session admin = fixtures.admin();
        Http.Response invited = http.post("/api/v1/vendor/team/invitations").bearer(acme.owner().accessToken())
                .json(Map.of("email", admin.email(), "role", "Viewer")).send();
        assertProblem(invited, 422, "INVITEE_NOT_ALLOWED");
        assertThat(invited.body()).doesNotContain(admin.userId().toString());
        assertThat(teamEmails(acme)).doesNotContain(admin.email());
    }

    @Test
    void anInvitationTellsNobodyWhereTheInviteeIsAMember() {
        VendorAccount acme = fixtures.vendor();
        VendorAccount elsewhere = fixtures.vendor();
        Session member = fixtures.member(elsewhere, "Editor");
        Http.Response invited = http.post("/api/v1/vendor/team/invitations").bearer(acme.owner().accessToken())
                .json(Map.of("email", member.email(), "role", "Viewer")).send();
        assertThat(invited.status()).as(invited.toString()).isEqualTo(201);
        String pending = http.get("/api/v1/vendor/team/invitations").bearer(acme.owner().accessToken()).send().body();
        for (String body : new String[] {invited.body(), pending}) {
            assertThat(body).contains(member.email()).doesNotContain(elsewhere.id().toString())
                    .doesNotContain(elsewhere.code()).doesNotContain("Editor").doesNotContain(member.userId().toString());
        }
    }

    @Test
    void aWithdrawnInvitationOpensNothingAndOnlyThoseWhoMayGrantItsRoleWithdrawIt() {
        VendorAccount acme = fixtures.vendor();
        VendorAccount other = fixtures.vendor();
        Session manager = fixtures.member(acme, "Manager");
        String email = Fixtures.unique("withdrawn") + "@team.test";
        Http.Response invited = http.post("/api/v1/vendor/team/invitations").bearer(acme.owner().accessToken())
                .json(Map.of("email", email, "role", "Owner")).send();
        assertThat(invited.status()).as(invited.toString()).isEqualTo(201);
        String id = invited.json().get("id").asString();
        String token = invited.json().get("token").asString();

        // another vendor's owner finds no such invitation; a Manager may not withdraw an Owner invitation
        assertProblem(http.delete("/api/v1/vendor/team/invitations/" + id).bearer(other.owner().accessToken()).send(),
                404, "INVITATION_NOT_FOUND");
        assertProblem(http.delete("/api/v1/vendor/team/invitations/" + id).bearer(manager.accessToken()).send(),
                403, "OWNER_ROLE_RESERVED");
        assertThat(http.delete("/api/v1/vendor/team/invitations/" + id).bearer(acme.owner().accessToken()).send()
                .status()).isEqualTo(204);
        assertProblem(http.delete("/api/v1/vendor/team/invitations/" + id).bearer(acme.owner().accessToken()).send(),
                404, "INVITATION_NOT_FOUND");
        assertProblem(accept(token, Map.of("password", Fixtures.PASSWORD, "firstName", "Late")), 404,
                "INVITATION_NOT_FOUND");
        assertThat(http.get("/api/v1/vendor/team/invitations").bearer(acme.owner().accessToken()).send().body())
                .doesNotContain(email);
        assertThat(http.get("/api/v1/admin/audit-log?action=INVITATION_REVOKED&targetId=" + id)
                .bearer(fixtures.sharedAdmin().accessToken()).send().json().get("content").get(0).get("targetName")
                .asString()).isEqualTo(email);
    }

    @Test
    void anInitialPasswordNeverCompletesAPendingAccountOfAnotherVendor() {
        PendingVendor beta = pendingVendor();
        String code = Fixtures.unique("gamma").toLowerCase();
        Map<String, Object> request = vendorRequest(code, beta.ownerEmail());
        request.put("initialPassword", ATTACKER_PASSWORD);
        // an existing account becomes an owner only when the admin confirms it is the owner's
        assertProblem(http.post("/api/v1/admin/vendors").bearer(fixtures.sharedAdmin().accessToken()).json(request)
                .send(), 409, "OWNER_ACCOUNT_EXISTS");
        request.put("attachExistingOwner", true);
        Http.Response created = http.post("/api/v1/admin/vendors").bearer(fixtures.sharedAdmin().accessToken())
                .json(request).send();
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().get("owner").get("existingUser").asBoolean()).isTrue();
        assertProblem(vendorLogin(beta.ownerEmail(), ATTACKER_PASSWORD, code), 401, "INVALID_CREDENTIALS");
        assertThat(passwordHash(beta.ownerEmail())).isNull();
        // the account is completed through an activation link of its own, and then owns both vendors
        String activation = created.json().get("ownerActivationToken").asString();
        assertThat(http.post("/api/v1/auth/activation/" + activation).json(Map.of("password", Fixtures.PASSWORD))
                .send().status()).isEqualTo(204);
        assertThat(fixtures.loginMember(beta.ownerEmail(), code).role()).isEqualTo("Owner");
        assertThat(fixtures.loginMember(beta.ownerEmail(), beta.code()).role()).isEqualTo("Owner");
    }

    @Test
    void anAccountPreparedThroughAnInvitationDoesNotSilentlyBecomeTheOwnerOfANewVendor() {
        VendorAccount acme = fixtures.vendor();
        Session manager = fixtures.member(acme, "Manager");
        String code = Fixtures.unique("delta").toLowerCase();
        String futureOwner = "owner@" + code + ".example";
        // acme's manager prepares an account for an address that will own a vendor later
        Http.Response prepared = accept(fixtures.invite(manager, futureOwner, "Viewer"),
                Map.of("password", ATTACKER_PASSWORD, "firstName", "Mal"));
        assertThat(prepared.status()).as(prepared.toString()).isEqualTo(200);

        Map<String, Object> request = vendorRequest(code, futureOwner.toUpperCase());
        Http.Response refused = http.post("/api/v1/admin/vendors").bearer(fixtures.sharedAdmin().accessToken())
                .json(request).send();
        assertProblem(refused, 409, "OWNER_ACCOUNT_EXISTS");
        assertThat(http.get("/api/v1/admin/vendors?search=" + code).bearer(fixtures.sharedAdmin().accessToken())
                .send().json().get("page").get("totalElements").asLong()).isZero();
        assertProblem(vendorLogin(futureOwner, ATTACKER_PASSWORD, code), 404, "VENDOR_NOT_FOUND");

        // the bulk import refuses the row alike, and says which owners it attached when told to
        String csv = "vendor_name,subdomain,owner_email\nDelta," + code + "," + futureOwner + "\n";
        Http.Response bulk = http.post("/api/v1/admin/vendors/bulk-import").bearer(fixtures.sharedAdmin().accessToken())
                .multipartFile("file", "vendors.csv", "text/csv", csv.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .send();
        assertThat(bulk.status()).as(bulk.toString()).isEqualTo(200);
        JsonNode row = bulk.json().get("rows").get(0);
        assertThat(row.get("status").asString()).isEqualTo("FAILED");
        assertThat(row.get("errors").toString()).contains("attach_existing_owner");
        assertThat(row.get("existingOwner").asBoolean()).isFalse();
    }

    @Test
    void aConcurrentlyCreatedAccountNeverReceivesTheInitialPassword() {
        // onboarding creates the owner's account before the vendor: an accept for the same address afterwards is a
        // conflict, not an account the initial password could land on
        VendorAccount acme = fixtures.vendor();
        String code = Fixtures.unique("eps").toLowerCase();
        String ownerEmail = "owner@" + code + ".example";
        String invitation = fixtures.invite(acme.owner(), ownerEmail, "Viewer");
        Map<String, Object> request = vendorRequest(code, ownerEmail);
        request.put("initialPassword", "Temporary-Secret-1");
        java.util.List<Http.Response> responses = com.wizamart.support.Concurrently.send(
                () -> http.post("/api/v1/admin/vendors").bearer(fixtures.sharedAdmin().accessToken()).json(request)
                        .send(),
                () -> accept(invitation, Map.of("password", ATTACKER_PASSWORD, "firstName", "Mal")));
        Http.Response created = responses.get(0);
        Http.Response accepted = responses.get(1);
        assertThat(created.status() == 201 || accepted.status() == 200).as(responses.toString()).isTrue();
        assertThat(created.status()).as(created.toString()).isIn(201, 409);
        assertThat(accepted.status()).as(accepted.toString()).isIn(200, 401, 409);
        if (created.status() == 201) {
            // the owner's account is the one onboarding made: the temporary password opens it, the attacker's never
            assertThat(created.json().get("owner").get("existingUser").asBoolean()).isFalse();
            assertProblem(vendorLogin(ownerEmail, ATTACKER_PASSWORD, code), 401, "INVALID_CREDENTIALS");
            assertProblem(vendorLogin(ownerEmail, "Temporary-Secret-1", code), 403, "PASSWORD_CHANGE_REQUIRED");
        } else {
            assertThat(created.errorCode()).isIn("OWNER_ACCOUNT_EXISTS", "CONFLICT");
        }
    }

    // --- after a password changes --------------------------------------------------------------------------------

    @Test
    void changingThePasswordEndsEverySessionAndOldAccessTokensCanNoLongerWrite() {
        VendorAccount acme = fixtures.vendor();
        Session manager = fixtures.member(acme, "Manager");
        Http.Response changed = http.post("/api/v1/auth/password").json(Map.of("email", manager.email(),
                "currentPassword", Fixtures.PASSWORD, "newPassword", "a-brand-new-password")).send();
        assertThat(changed.status()).as(changed.toString()).isEqualTo(204);

        assertProblem(http.post("/api/v1/auth/refresh").json(Map.of("refreshToken", manager.refreshToken())).send(),
                401, "INVALID_REFRESH_TOKEN");
        Http.Response write = http.post("/api/v1/vendor/team/invitations").bearer(manager.accessToken())
                .json(Map.of("email", Fixtures.unique("late") + "@team.test", "role", "Viewer")).send();
        assertProblem(write, 401, "TOKEN_REVOKED");
        assertThat(write.header("WWW-Authenticate")).contains("invalid_token");
        // reads of the member's own vendor go on until the token expires
        assertThat(http.get("/api/v1/vendor/me").bearer(manager.accessToken()).send().status()).isEqualTo(200);

        Http.Response login = vendorLogin(manager.email(), "a-brand-new-password", acme.code());
        assertThat(login.status()).as(login.toString()).isEqualTo(200);
        assertThat(http.post("/api/v1/vendor/team/invitations").bearer(login.json().get("accessToken").asString())
                .json(Map.of("email", Fixtures.unique("fresh") + "@team.test", "role", "Viewer")).send().status())
                .isEqualTo(201);
    }

    @Test
    void anAdminTokenIssuedBeforeAPasswordChangeReadsNoVendorAnyMore() {
        Session admin = fixtures.admin();
        assertThat(http.get("/api/v1/admin/vendors").bearer(admin.accessToken()).send().status()).isEqualTo(200);
        assertThat(http.post("/api/v1/auth/password").json(Map.of("email", admin.email(),
                "currentPassword", Fixtures.PASSWORD, "newPassword", "another-admin-password")).send().status())
                .isEqualTo(204);
        assertProblem(http.get("/api/v1/admin/vendors").bearer(admin.accessToken()).send(), 401, "TOKEN_REVOKED");
        assertProblem(http.post("/api/v1/auth/refresh").json(Map.of("refreshToken", admin.refreshToken())).send(),
                401, "INVALID_REFRESH_TOKEN");
    }

    @Test
    void aDeactivatedMembersTokensStopWritingAtOnce() {
        VendorAccount acme = fixtures.vendor();
        // a deactivated account moves its credentials version on as well: its tokens stop writing at once
        Session editor = fixtures.member(acme, "Editor");
        Http.Response deactivated = http.put("/api/v1/admin/users/" + editor.userId() + "/status")
                .bearer(fixtures.sharedAdmin().accessToken()).json(Map.of("active", false)).send();
        assertThat(deactivated.status()).as(deactivated.toString()).isEqualTo(200);
        assertProblem(http.post("/api/v1/vendor/products").bearer(editor.accessToken())
                .json(Map.of("sku", "X-1", "name", "X", "price", 1, "currency", "EUR")).send(), 401, "TOKEN_REVOKED");
    }

    @Test
    void aRemovedOrDemotedMembersTokensStopWritingAtOnce() {
        VendorAccount acme = fixtures.vendor();
        Session editor = fixtures.member(acme, "Editor");
        Session manager = fixtures.member(acme, "Manager");
        Map<String, Object> product = Map.of("sku", Fixtures.unique("SKU"), "name", "Mug", "price", 9.5,
                "currency", "EUR");
        Http.Response before = http.post("/api/v1/vendor/products").bearer(editor.accessToken()).json(product).send();
        assertThat(before.status()).as(before.toString()).isEqualTo(201);

        assertThat(http.delete("/api/v1/vendor/team/members/" + fixtures.membershipId(acme, editor.email()))
                .bearer(acme.owner().accessToken()).send().status()).isEqualTo(204);
        assertProblem(http.post("/api/v1/vendor/products").bearer(editor.accessToken())
                .json(Map.of("sku", Fixtures.unique("SKU"), "name", "Cup", "price", 1, "currency", "EUR")).send(),
                401, "TOKEN_REVOKED");

        Http.Response demoted = http.put("/api/v1/vendor/team/members/" + fixtures.membershipId(acme, manager.email()))
                .bearer(acme.owner().accessToken()).json(Map.of("role", "Viewer")).send();
        assertThat(demoted.status()).as(demoted.toString()).isEqualTo(200);
        assertProblem(http.post("/api/v1/vendor/inventory/locations").bearer(manager.accessToken())
                .json(Map.of("code", Fixtures.unique("L"), "name", "Back room")).send(), 401, "TOKEN_REVOKED");
        // a fresh login carries the new role, and the Viewer may not write
        Session asViewer = fixtures.loginMember(manager.email(), acme.code());
        assertThat(asViewer.role()).isEqualTo("Viewer");
        assertThat(http.post("/api/v1/vendor/inventory/locations").bearer(asViewer.accessToken())
                .json(Map.of("code", Fixtures.unique("L"), "name", "Back room")).send().status()).isEqualTo(403);
    }

    @Test
    void aRefreshThatFindsTheMembershipSuspendedEndsTheSessionOnTheRecord() {
        VendorAccount acme = fixtures.vendor();
        Session editor = fixtures.member(acme, "Editor");
        vendorScope.runAs(acme.id(), () -> jdbc.update(
                "update identity_memberships set status = 'SUSPENDED' where user_id = ?", editor.userId()));
        assertProblem(http.post("/api/v1/auth/refresh").json(Map.of("refreshToken", editor.refreshToken())).send(),
                401, "INVALID_REFRESH_TOKEN");
        JsonNode entries = http.get("/api/v1/admin/audit-log?action=SESSIONS_REVOKED&targetId=" + editor.userId())
                .bearer(fixtures.sharedAdmin().accessToken()).send().json().get("content");
        assertThat(entries.toString()).contains("ACCESS_ENDED");
    }

    // --- one failure budget per account --------------------------------------------------------------------------

    @Test
    void everyEndpointThatChecksAPasswordSharesOneFailureBudgetPerAccount() {
        VendorAccount first = fixtures.vendor();
        VendorAccount second = fixtures.vendor();
        Session member = fixtures.member(first, "Editor");
        fixtures.acceptAs(member, fixtures.invite(second.owner(), member.email(), "Viewer"));
        String invitation = fixtures.invite(fixtures.vendor().owner(), member.email(), "Viewer");
        String hashBefore = passwordHash(member.email());

        // five failures spread over four endpoints and two vendor memberships
        assertProblem(vendorLogin(member.email(), "wrong-1", first.code()), 401, "INVALID_CREDENTIALS");
        assertProblem(vendorLogin(member.email(), "wrong-2", second.code()), 401, "INVALID_CREDENTIALS");
        assertProblem(http.post("/api/v1/admin/auth/login").json(Map.of("email", member.email(),
                "password", "wrong-3")).send(), 401, "INVALID_CREDENTIALS");
        assertProblem(http.post("/api/v1/auth/password").json(Map.of("email", member.email(),
                "currentPassword", "wrong-4", "newPassword", "whatever-new-password")).send(), 401, "INVALID_CREDENTIALS");
        assertProblem(accept(invitation, Map.of("currentPassword", "wrong-5")), 401, "INVALID_CREDENTIALS");

        // now every such endpoint answers 429, with the right password as with a wrong one
        for (String password : new String[] {Fixtures.PASSWORD, "wrong-6"}) {
            Http.Response[] locked = {
                    vendorLogin(member.email(), password, first.code()),
                    vendorLogin(member.email(), password, second.code()),
                    http.post("/api/v1/admin/auth/login").json(Map.of("email", member.email(), "password", password))
                            .send(),
                    http.post("/api/v1/auth/password").json(Map.of("email", member.email(), "currentPassword", password,
                            "newPassword", "whatever-new-password")).send(),
                    accept(invitation, Map.of("currentPassword", password))};
            for (Http.Response response : locked) {
                assertProblem(response, 429, "TOO_MANY_ATTEMPTS");
                assertThat(Long.parseLong(response.header("Retry-After"))).isBetween(1L, 15 * 60L + 1);
                assertThat(response.json().get("detail").asString()).isEqualTo(locked[0].json().get("detail").asString());
            }
        }
        // the password was not changed by any of it
        assertThat(passwordHash(member.email())).isEqualTo(hashBefore);
    }

    private String passwordHash(String email) {
        return jdbc.queryForObject("select password_hash from identity_users where email = ?", String.class, email);
    }

    private java.util.List<String> teamEmails(VendorAccount vendor) {
        JsonNode members = http.get("/api/v1/vendor/team/members?size=100").bearer(vendor.owner().accessToken()).send()
                .json();
        java.util.List<String> emails = new java.util.ArrayList<>();
        members.get("content").forEach(m -> emails.add(m.get("email").asString()));
        return emails;
    }
}
