package com.wizamart.identity;

import static com.wizamart.support.ProblemAssertions.assertFieldError;
import static com.wizamart.support.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.wizamart.support.ApiTest;
import com.wizamart.support.Concurrently;
import com.wizamart.support.Fixtures;
import com.wizamart.support.Fixtures.Session;
import com.wizamart.support.Fixtures.VendorAccount;
import com.wizamart.support.Http;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Customer accounts per shop, password rules, login throttling, people in several teams, one-time tokens. */
class IdentityIntegrationTests extends ApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @org.springframework.beans.factory.annotation.Autowired
    private org.springframework.jdbc.core.JdbcTemplate jdbc;

    @org.springframework.beans.factory.annotation.Autowired
    private com.wizamart.tenancy.VendorScope vendorScope;

    private static VendorAccount first;
    private static VendorAccount second;

    @BeforeEach
    void twoShops() {
        if (first == null) {
            first = fixtures.vendor();
            second = fixtures.vendor();
        }
    }

    // --- customers ----------------------------------------------------------------------------------------------

    @Test
    void theSameEmailRegistersAsSeparateCustomersAtTwoShops() {
        String email = Fixtures.unique("shopper") + "@mail.test";
        Session atFirst = fixtures.customer(first.code(), email, "first-shop-password");
        Session atSecond = fixtures.customer(second.code(), email, "second-shop-password");

        assertThat(atFirst.userId()).isNotEqualTo(atSecond.userId());
        assertThat(claims(atFirst.accessToken()).get("vendor_id").asString()).isEqualTo(first.id().toString());
        assertThat(claims(atSecond.accessToken()).get("vendor_id").asString()).isEqualTo(second.id().toString());
        assertThat(claims(atFirst.accessToken()).get("typ").asString()).isEqualTo("customer");

        // each account has its own password
        assertProblem(customerLogin(first, email, "second-shop-password"), 401, "INVALID_CREDENTIALS");
        Http.Response login = customerLogin(first, email, "first-shop-password");
        assertThat(login.status()).as(login.toString()).isEqualTo(200);
        assertThat(login.json().get("user").get("id").asString()).isEqualTo(atFirst.userId().toString());
        assertThat(login.json().get("vendor").get("code").asString()).isEqualTo(first.code());
        assertThat(customerLogin(second, email, "second-shop-password").json().get("user").get("id").asString())
                .isEqualTo(atSecond.userId().toString());
    }

    @Test
    void registeringAKnownEmailAnswersAsForANewOneAndChangesNothing() {
        String email = Fixtures.unique("twice") + "@mail.test";
        Http.Response fresh = fixtures.register(first.code(), email, Fixtures.PASSWORD, "First", "Time");
        Http.Response again = http.post("/api/v1/public/vendors/" + first.code() + "/auth/register").json(Map.of(
                "email", "  " + email.toUpperCase() + " ", "password", "another-password", "firstName", "Copy")).send();
        Http.Response unknown = fixtures.register(first.code(), Fixtures.unique("new") + "@mail.test",
                "another-password", "Copy", "Cat");
        // same status and the same shape of body, whether the email was known or not
        assertThat(List.of(fresh.status(), again.status(), unknown.status())).containsOnly(202);
        assertThat(fieldNames(again.json())).isEqualTo(fieldNames(unknown.json()));
        assertThat(again.json().get("status").asString()).isEqualTo(unknown.json().get("status").asString());
        assertThat(again.json().get("message").asString()).isEqualTo(unknown.json().get("message").asString());
        assertThat(again.body()).doesNotContainIgnoringCase("exist").doesNotContain("First");
        // the first account is untouched
        fixtures.verifyEmail(first.code(), email);
        assertThat(customerLogin(first, email, Fixtures.PASSWORD).status()).isEqualTo(200);
        assertProblem(customerLogin(first, email, "another-password"), 401, "INVALID_CREDENTIALS");
    }

    @Test
    void twoRegistrationsOfOneEmailAtOnceCreateOneCustomer() {
        String email = Fixtures.unique("racer") + "@mail.test";
        Map<String, String> first409 = Map.of("email", email, "password", Fixtures.PASSWORD, "firstName", "Rae");
        Map<String, String> second = Map.of("email", email, "password", "another-password", "firstName", "Ray");
        List<Http.Response> responses = Concurrently.send(
                () -> http.post("/api/v1/public/vendors/" + first.code() + "/auth/register").json(first409).send(),
                () -> http.post("/api/v1/public/vendors/" + first.code() + "/auth/register").json(second).send());
        assertThat(responses.stream().map(Http.Response::status).toList()).as(responses.toString())
                .containsExactly(202, 202);
        fixtures.verifyEmail(first.code(), email);
        // exactly one of the two passwords opens the one account
        int opened = 0;
        for (String password : List.of(Fixtures.PASSWORD, "another-password")) {
            opened += customerLogin(first, email, password).status() == 200 ? 1 : 0;
        }
        assertThat(opened).isEqualTo(1);
        assertThat(vendorScope.callAs(first.id(), () -> jdbc.queryForObject(
                "select count(*) from identity_customers where email = ?", Long.class, email))).isEqualTo(1L);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>(node.propertyNames());
        names.sort(null);
        return names;
    }

    // --- password policy ---------------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"short", "nine-char", "{email}", "{EMAIL}", "{local}", "{long}"})
    void aPasswordBreakingThePolicyIs422AtRegistration(String password) {
        String local = Fixtures.unique("policyholder");
        String email = local + "@mail.test";
        String candidate = password.replace("{email}", email).replace("{EMAIL}", email.toUpperCase())
                .replace("{local}", local).replace("{long}", "x".repeat(129));
        Http.Response response = http.post("/api/v1/public/vendors/" + first.code() + "/auth/register").json(Map.of(
                "email", email, "password", candidate, "firstName", "Pat")).send();
        assertFieldError(response, 422, "VALIDATION_FAILED", "password");
        // nothing was registered: the email is still free
        assertThat(fixtures.customer(first.code(), email, Fixtures.PASSWORD).email()).isEqualTo(email);
    }

    @Test
    void aWeakPasswordAtActivationIsRefusedAndTheLinkStaysUsable() {
        String code = Fixtures.unique("act").toLowerCase();
        String token = createVendor(code).get("ownerActivationToken").asString();
        String ownerEmail = "owner-" + code + "@shop.test";
        assertFieldError(http.post("/api/v1/auth/activation/" + token).json(Map.of("password", "short")).send(),
                422, "VALIDATION_FAILED", "password");
        assertFieldError(http.post("/api/v1/auth/activation/" + token).json(Map.of("password", ownerEmail)).send(),
                422, "VALIDATION_FAILED", "password");
        assertThat(http.post("/api/v1/auth/activation/" + token).json(Map.of("password", Fixtures.PASSWORD)).send()
                .status()).isEqualTo(204);
        assertThat(fixtures.loginMember(ownerEmail, code).role()).isEqualTo("Owner");
    }

    @Test
    void aWeakPasswordAtInvitationAcceptIsRefusedAndTheInvitationStaysUsable() {
        String email = Fixtures.unique("weakling") + "@team.test";
        String token = fixtures.invite(first.owner(), email, "Viewer");
        assertFieldError(http.post("/api/v1/auth/invitations/" + token + "/accept")
                .json(Map.of("password", "tiny", "firstName", "Wes")).send(), 422, "VALIDATION_FAILED", "password");
        assertFieldError(http.post("/api/v1/auth/invitations/" + token + "/accept")
                .json(Map.of("firstName", "Wes")).send(), 422, "VALIDATION_FAILED", "password");
        fixtures.accept(token);
        assertThat(fixtures.loginMember(email, first.code()).role()).isEqualTo("Viewer");
    }

    // --- throttling -------------------------------------------------------------------------------------------

    @Test
    void fiveFailedCustomerLoginsLockTheAccountWith429AndRetryAfter() {
        String email = Fixtures.unique("guesser") + "@mail.test";
        fixtures.customer(first.code(), email, Fixtures.PASSWORD);
        fixtures.customer(second.code(), email, Fixtures.PASSWORD);
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertProblem(customerLogin(first, email, "wrong-password-" + attempt), 401, "INVALID_CREDENTIALS");
        }
        Http.Response locked = customerLogin(first, email, Fixtures.PASSWORD);
        assertProblem(locked, 429, "TOO_MANY_ATTEMPTS");
        long retryAfter = Long.parseLong(locked.header("Retry-After"));
        assertThat(retryAfter).isBetween(1L, 15 * 60L + 1);
        // the lock is per account: the same email at another shop, and other customers, still log in
        assertThat(customerLogin(second, email, Fixtures.PASSWORD).status()).isEqualTo(200);
        assertThat(customerLogin(first, fixtures.customer(first).email(), Fixtures.PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void fiveFailedTeamLoginsLockTheMemberWith429() {
        Session member = fixtures.member(first, "Viewer");
        Map<String, String> wrong = new HashMap<>(Map.of("email", member.email(), "password", "wrong-password",
                "vendorCode", first.code()));
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertProblem(http.post("/api/v1/vendor/auth/login").json(wrong).send(), 401, "INVALID_CREDENTIALS");
        }
        wrong.put("password", Fixtures.PASSWORD);
        Http.Response locked = http.post("/api/v1/vendor/auth/login").json(wrong).send();
        assertProblem(locked, 429, "TOO_MANY_ATTEMPTS");
        assertThat(locked.header("Retry-After")).matches("[1-9][0-9]*");
    }

    @Test
    void aSuccessfulLoginResetsTheFailureCount() {
        String email = Fixtures.unique("forgetful") + "@mail.test";
        fixtures.customer(first.code(), email, Fixtures.PASSWORD);
        for (int round = 0; round < 2; round++) {
            for (int attempt = 1; attempt <= 4; attempt++) {
                assertProblem(customerLogin(first, email, "wrong-password"), 401, "INVALID_CREDENTIALS");
            }
            assertThat(customerLogin(first, email, Fixtures.PASSWORD).status()).isEqualTo(200);
        }
    }

    // --- several teams --------------------------------------------------------------------------------------

    @Test
    void aPersonInTwoTeamsJoinsTheSecondWithoutANewPasswordAndSeesBothTeams() {
        String email = Fixtures.unique("twoteams") + "@team.test";
        fixtures.accept(fixtures.invite(first.owner(), email, "Editor"));
        String secondInvitation = fixtures.invite(second.owner(), email, "Viewer");
        // an existing account joins only signed in as itself; a password sent without a session changes nothing
        assertProblem(http.post("/api/v1/auth/invitations/" + secondInvitation + "/accept")
                .json(Map.of("password", "not-my-new-password")).send(), 401, "SIGN_IN_REQUIRED");
        Http.Response joined = fixtures.acceptAs(fixtures.loginMember(email, first.code()), secondInvitation);
        assertThat(joined.json().get("vendorId").asString()).isEqualTo(second.id().toString());
        assertThat(joined.json().get("role").asString()).isEqualTo("Viewer");
        assertProblem(http.post("/api/v1/vendor/auth/login").json(Map.of("email", email,
                "password", "not-my-new-password", "vendorCode", second.code())).send(), 401, "INVALID_CREDENTIALS");

        Session atFirst = fixtures.loginMember(email, first.code());
        Session atSecond = fixtures.loginMember(email, second.code());
        assertThat(atFirst.role()).isEqualTo("Editor");
        assertThat(atSecond.role()).isEqualTo("Viewer");
        assertThat(atFirst.userId()).isEqualTo(atSecond.userId());

        JsonNode me = http.get("/api/v1/vendor/me").bearer(atFirst.accessToken()).send().json();
        assertThat(me.get("vendor").get("id").asString()).isEqualTo(first.id().toString());
        assertThat(me.get("member").get("email").asString()).isEqualTo(email);
        assertThat(me.get("role").asString()).isEqualTo("Editor");
        Map<String, String> teams = new HashMap<>();
        me.get("vendors").forEach(t -> teams.put(t.get("vendor").get("code").asString(), t.get("role").asString()));
        assertThat(teams).containsExactlyInAnyOrderEntriesOf(Map.of(first.code(), "Editor", second.code(), "Viewer"));

        // each token still works at its own vendor only
        assertThat(http.get("/api/v1/vendor/me").bearer(atSecond.accessToken()).send().json().get("vendor").get("id")
                .asString()).isEqualTo(second.id().toString());
        assertProblem(http.post("/api/v1/vendor/team/invitations").bearer(atSecond.accessToken())
                .json(Map.of("email", "x@team.test", "role", "Viewer")).send(), 403, "ACCESS_DENIED");
    }

    @Test
    void invitingSomeoneAlreadyInTheTeamIs409() {
        assertProblem(http.post("/api/v1/vendor/team/invitations").bearer(first.owner().accessToken())
                .json(Map.of("email", first.owner().email(), "role", "Viewer")).send(), 409, "ALREADY_A_MEMBER");
    }

    // --- one-time tokens -----------------------------------------------------------------------------------------

    @Test
    void anInvitationTokenWorksOnce() {
        String email = Fixtures.unique("once") + "@team.test";
        String token = fixtures.invite(first.owner(), email, "Viewer");
        fixtures.accept(token);
        assertProblem(http.post("/api/v1/auth/invitations/" + token + "/accept")
                .json(Map.of("password", Fixtures.PASSWORD)).send(), 404, "INVITATION_NOT_FOUND");
        for (String bogus : List.of("nonsense", first.id() + ".nonsense", token + "x")) {
            assertProblem(http.post("/api/v1/auth/invitations/" + bogus + "/accept")
                    .json(Map.of("password", Fixtures.PASSWORD)).send(), 404, "INVITATION_NOT_FOUND");
        }
        // accepted invitations are no longer pending
        assertThat(http.get("/api/v1/vendor/team/invitations").bearer(first.owner().accessToken()).send().body())
                .doesNotContain(email);
    }

    @Test
    void anInvitationAcceptedTwiceAtOnceJoinsOnce() {
        String email = Fixtures.unique("eager") + "@team.test";
        String token = fixtures.invite(first.owner(), email, "Viewer");
        Map<String, String> body = Map.of("password", Fixtures.PASSWORD, "firstName", "Eve");
        List<Http.Response> responses = Concurrently.send(
                () -> http.post("/api/v1/auth/invitations/" + token + "/accept").json(body).send(),
                () -> http.post("/api/v1/auth/invitations/" + token + "/accept").json(body).send());
        assertThat(responses.stream().map(Http.Response::status).sorted().toList()).as(responses.toString())
                .containsExactly(200, 404);
        assertThat(fixtures.loginMember(email, first.code()).role()).isEqualTo("Viewer");
    }

    @Test
    void anActivationTokenWorksOnce() {
        String code = Fixtures.unique("once").toLowerCase();
        String token = createVendor(code).get("ownerActivationToken").asString();
        assertThat(http.post("/api/v1/auth/activation/" + token).json(Map.of("password", Fixtures.PASSWORD)).send()
                .status()).isEqualTo(204);
        assertProblem(http.post("/api/v1/auth/activation/" + token).json(Map.of("password", "another-password-1"))
                .send(), 404, "ACTIVATION_NOT_FOUND");
        assertProblem(http.post("/api/v1/auth/activation/no-such-token").json(Map.of("password", Fixtures.PASSWORD))
                .send(), 404, "ACTIVATION_NOT_FOUND");
        // the second use changed nothing
        assertProblem(http.post("/api/v1/vendor/auth/login").json(Map.of("email", "owner-" + code + "@shop.test",
                "password", "another-password-1", "vendorCode", code)).send(), 401, "INVALID_CREDENTIALS");
        assertThat(fixtures.loginMember("owner-" + code + "@shop.test", code).role()).isEqualTo("Owner");
    }

    @Test
    void expiredInvitationAndActivationLinksAreNotFound() {
        String email = Fixtures.unique("late") + "@team.test";
        String invitation = fixtures.invite(first.owner(), email, "Viewer");
        vendorScope.runAs(first.id(), () -> jdbc.update(
                "update identity_invitations set expires_at = now() - interval '1 minute' where email = ?", email));
        assertProblem(http.post("/api/v1/auth/invitations/" + invitation + "/accept")
                .json(Map.of("password", Fixtures.PASSWORD)).send(), 404, "INVITATION_NOT_FOUND");
        assertThat(http.get("/api/v1/vendor/team/invitations").bearer(first.owner().accessToken()).send().body())
                .doesNotContain(email);

        String code = Fixtures.unique("stale").toLowerCase();
        JsonNode created = createVendor(code);
        jdbc.update("update identity_activation_tokens set expires_at = now() - interval '1 minute' where user_id = ?",
                java.util.UUID.fromString(created.get("owner").get("id").asString()));
        assertProblem(http.post("/api/v1/auth/activation/" + created.get("ownerActivationToken").asString())
                .json(Map.of("password", Fixtures.PASSWORD)).send(), 404, "ACTIVATION_NOT_FOUND");
    }

    @Test
    void changingThePasswordEndsAllSessionsAndWrongCurrentPasswordsAreThrottled() {
        Session member = fixtures.member(first, "Viewer");
        Session otherDevice = fixtures.loginMember(member.email(), first.code());
        Http.Response changed = http.post("/api/v1/auth/password").json(Map.of("email", member.email(),
                "currentPassword", Fixtures.PASSWORD, "newPassword", "a-brand-new-password")).send();
        assertThat(changed.status()).as(changed.toString()).isEqualTo(204);
        for (Session session : List.of(member, otherDevice)) {
            assertProblem(http.post("/api/v1/auth/refresh").json(Map.of("refreshToken", session.refreshToken())).send(),
                    401, "INVALID_REFRESH_TOKEN");
        }
        assertProblem(http.post("/api/v1/vendor/auth/login").json(Map.of("email", member.email(),
                "password", Fixtures.PASSWORD, "vendorCode", first.code())).send(), 401, "INVALID_CREDENTIALS");

        // the failed login above counts too: one budget of five per account, whichever endpoint checked
        for (int attempt = 2; attempt <= 5; attempt++) {
            assertProblem(http.post("/api/v1/auth/password").json(Map.of("email", member.email(),
                    "currentPassword", "guess-number-" + attempt, "newPassword", "mine-now-1234")).send(),
                    401, "INVALID_CREDENTIALS");
        }
        Http.Response locked = http.post("/api/v1/auth/password").json(Map.of("email", member.email(),
                "currentPassword", "a-brand-new-password", "newPassword", "mine-now-1234")).send();
        assertProblem(locked, 429, "TOO_MANY_ATTEMPTS");
        assertThat(locked.header("Retry-After")).isNotBlank();
    }

    // --- helpers --------------------------------------------------------------------------------------------

    private Http.Response customerLogin(VendorAccount shop, String email, String password) {
        return http.post("/api/v1/public/vendors/" + shop.code() + "/auth/login")
                .json(Map.of("email", email, "password", password)).send();
    }

    private JsonNode createVendor(String code) {
        Http.Response created = http.post("/api/v1/admin/vendors").bearer(fixtures.sharedAdmin().accessToken())
                .json(Map.of("code", code, "name", "Shop " + code, "subdomain", code,
                        "businessEmail", "hello@" + code + ".test",
                        "owner", Map.of("email", "owner-" + code + "@shop.test", "firstName", "Olga"))).send();
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json();
    }

    private static JsonNode claims(String accessToken) {
        return JSON.readTree(Base64.getUrlDecoder().decode(accessToken.split("\\.")[1]));
    }
}
