package com.wizamart.identity;

import static com.wizamart.support.ProblemAssertions.assertFieldError;
import static com.wizamart.support.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.wizamart.support.AccountMails;
import com.wizamart.support.ApiTest;
import com.wizamart.support.Fixtures;
import com.wizamart.support.Fixtures.Session;
import com.wizamart.support.Fixtures.VendorAccount;
import com.wizamart.support.Http;
import com.wizamart.tenancy.VendorScope;

/**
 * Forgotten passwords of team members and customers, and the proof of a new customer's address (ADR 0036), over
 * real HTTP: the links are taken from the published events, as a person takes them from the mail. Every flow is
 * also tried by someone it is not for: another shop, the other kind of account, someone without the mailbox.
 */
class AccountMailFlowsIntegrationTests extends ApiTest {

    private static final String NEW_PASSWORD = "a-brand-new-secret";

    @Autowired
    private AccountMails mails;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private VendorScope vendorScope;

    private static VendorAccount first;
    private static VendorAccount second;

    @BeforeEach
    void twoShops() {
        if (first == null) {
            first = fixtures.vendor();
            second = fixtures.vendor();
        }
    }

    // --- team members ---------------------------------------------------------------------------------------

    @Test
    void aTeamMemberSetsANewPasswordThroughTheMailedLinkAndEverySessionOfTheOldOneEnds() {
        Session member = fixtures.member(first, "Manager");
        Session otherDevice = fixtures.loginMember(member.email(), first.code());

        Http.Response asked = http.post("/api/v1/auth/password-reset").json(Map.of("email", member.email())).send();
        assertThat(asked.status()).as(asked.toString()).isEqualTo(202);
        assertThat(asked.body()).doesNotContain("token");
        PasswordResetRequested mail = mails.latest(PasswordResetRequested.class, member.email()).orElseThrow();
        assertThat(mail.audience()).isEqualTo(PasswordResetRequested.Audience.TEAM_MEMBER);
        assertThat(mail.vendorId()).isNull();
        assertThat(mail.accountId()).isEqualTo(member.userId());
        assertThat(mail.resetUrl()).startsWith("http://localhost:8080/vendor/#/reset-password?token=");
        assertThat(mail.expiresAt()).isBetween(java.time.Instant.now().plusSeconds(3500),
                java.time.Instant.now().plusSeconds(3700));

        assertThat(confirmTeam(AccountMails.tokenOf(mail.resetUrl()), NEW_PASSWORD).status()).isEqualTo(204);

        assertThat(teamLogin(member.email(), NEW_PASSWORD).status()).isEqualTo(200);
        assertProblem(teamLogin(member.email(), Fixtures.PASSWORD), 401, "INVALID_CREDENTIALS");
        // the sessions of before: their access tokens no longer write, their refresh tokens are revoked
        for (Session before : new Session[] {member, otherDevice}) {
            assertProblem(http.post("/api/v1/vendor/team/roles").bearer(before.accessToken())
                    .json(Map.of("name", "Late", "permissions", java.util.List.of("team.view"))).send(), 401,
                    "TOKEN_REVOKED");
            assertProblem(http.post("/api/v1/auth/refresh").json(Map.of("refreshToken", before.refreshToken()))
                    .send(), 401, "INVALID_REFRESH_TOKEN");
        }
    }

    @Test
    void aPlatformAdminResetsTheirPasswordLikeATeamMember() {
        Session admin = fixtures.admin();
        assertThat(http.post("/api/v1/auth/password-reset").json(Map.of("email", admin.email())).send().status())
                .isEqualTo(202);
        assertThat(confirmTeam(mails.resetToken(admin.email()), NEW_PASSWORD).status()).isEqualTo(204);
        assertThat(http.post("/api/v1/admin/auth/login").json(Map.of("email", admin.email(), "password", NEW_PASSWORD))
                .send().status()).isEqualTo(200);
        assertProblem(http.get("/api/v1/admin/users").bearer(admin.accessToken()).send(), 401, "TOKEN_REVOKED");
    }

    @Test
    void aResetLinkWorksOnceAndUsingItEndsEveryOtherOpenLinkOfTheAccount() {
        Session member = fixtures.member(first, "Viewer");
        requestTeamReset(member.email());
        String older = mails.resetToken(member.email());
        requestTeamReset(member.email());
        String newer = mails.resetToken(member.email());
        assertThat(newer).isNotEqualTo(older);

        assertThat(confirmTeam(newer, NEW_PASSWORD).status()).isEqualTo(204);
        assertProblem(confirmTeam(newer, "yet-another-secret"), 400, "RESET_TOKEN_INVALID");
        assertProblem(confirmTeam(older, "yet-another-secret"), 400, "RESET_TOKEN_INVALID");
        assertThat(teamLogin(member.email(), NEW_PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void changingThePasswordEndsTheResetLinksMailedBefore() {
        Session member = fixtures.member(first, "Viewer");
        requestTeamReset(member.email());
        String open = mails.resetToken(member.email());

        Http.Response changed = http.post("/api/v1/auth/password").json(Map.of("email", member.email(),
                "currentPassword", Fixtures.PASSWORD, "newPassword", NEW_PASSWORD)).send();
        assertThat(changed.status()).as(changed.toString()).isEqualTo(204);

        assertProblem(confirmTeam(open, "yet-another-secret"), 400, "RESET_TOKEN_INVALID");
        assertThat(teamLogin(member.email(), NEW_PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void aCustomerChangingTheirPasswordEndsTheResetLinksMailedBefore() {
        Session customer = fixtures.customer(first);
        assertThat(requestCustomerReset(first, customer.email()).status()).isEqualTo(202);
        String open = mails.resetToken(customer.email());

        Http.Response changed = http.post("/api/v1/public/vendors/" + first.code() + "/customers/me/password")
                .bearer(customer.accessToken())
                .json(Map.of("currentPassword", Fixtures.PASSWORD, "newPassword", NEW_PASSWORD)).send();
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);

        assertProblem(confirmCustomer(first, open, "yet-another-secret"), 400, "RESET_TOKEN_INVALID");
        assertThat(customerLogin(first, customer.email(), NEW_PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void anExpiredResetLinkIsRefused() {
        Session member = fixtures.member(first, "Viewer");
        requestTeamReset(member.email());
        jdbc.update("update identity_password_reset_tokens set expires_at = now() - interval '1 second' where user_id = ?",
                member.userId());
        assertProblem(confirmTeam(mails.resetToken(member.email()), NEW_PASSWORD), 400, "RESET_TOKEN_INVALID");
        assertThat(teamLogin(member.email(), Fixtures.PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void aWeakNewPasswordIsRefusedAndTheLinkStaysUsable() {
        Session member = fixtures.member(first, "Viewer");
        requestTeamReset(member.email());
        String token = mails.resetToken(member.email());
        assertFieldError(confirmTeam(token, "short"), 422, "VALIDATION_FAILED", "password");
        assertFieldError(confirmTeam(token, member.email()), 422, "VALIDATION_FAILED", "password");
        assertThat(confirmTeam(token, NEW_PASSWORD).status()).isEqualTo(204);
    }

    @Test
    void anUnknownAddressGetsTheSameAnswerAndNoMailIsSent() {
        Session member = fixtures.member(first, "Viewer");
        String unknown = Fixtures.unique("nobody") + "@team.test";
        Http.Response known = http.post("/api/v1/auth/password-reset").json(Map.of("email", member.email())).send();
        Http.Response none = http.post("/api/v1/auth/password-reset").json(Map.of("email", unknown)).send();
        assertThat(none.status()).isEqualTo(known.status()).isEqualTo(202);
        assertThat(none.body()).isEqualTo(known.body());
        assertThat(mails.to(PasswordResetRequested.class, unknown)).isEmpty();

        Session customer = fixtures.customer(first);
        String unknownCustomer = Fixtures.unique("nobody") + "@mail.test";
        Http.Response knownAtShop = requestCustomerReset(first, customer.email());
        Http.Response noneAtShop = requestCustomerReset(first, unknownCustomer);
        assertThat(noneAtShop.status()).isEqualTo(knownAtShop.status()).isEqualTo(202);
        assertThat(noneAtShop.body()).isEqualTo(knownAtShop.body());
        assertThat(mails.to(PasswordResetRequested.class, unknownCustomer)).isEmpty();
        // a customer of the first shop is unknown at the second, and as a team member
        requestCustomerReset(second, customer.email());
        requestTeamReset(customer.email());
        assertThat(mails.to(PasswordResetRequested.class, customer.email())).singleElement()
                .satisfies(m -> assertThat(m.vendorId()).isEqualTo(first.id()));
    }

    @Test
    void aMemberOfOneVendorAskingForAnotherVendorsMemberOnlyMailsThatMemberAndLearnsNothing() {
        Session victim = fixtures.member(second, "Owner");
        // signed in at the first vendor, the token is ignored: the answer and the mail are the same as anyone's
        Http.Response asked = http.post("/api/v1/auth/password-reset").bearer(first.owner().accessToken())
                .json(Map.of("email", victim.email())).send();
        assertThat(asked.status()).isEqualTo(202);
        assertThat(asked.body()).doesNotContain(victim.userId().toString()).doesNotContain("token=");
        PasswordResetRequested mail = mails.latest(PasswordResetRequested.class, victim.email()).orElseThrow();
        assertThat(mail.email()).isEqualTo(victim.email());
        assertThat(mails.to(PasswordResetRequested.class, first.owner().email())).isEmpty();
    }

    @Test
    void resetRequestsAreThrottledPerAddresseeWhetherOrNotItHasAnAccount() {
        Session member = fixtures.member(first, "Viewer");
        String unknown = Fixtures.unique("nobody") + "@team.test";
        for (String email : new String[] {member.email(), unknown}) {
            for (int i = 0; i < 5; i++) {
                assertThat(http.post("/api/v1/auth/password-reset").json(Map.of("email", email)).send().status())
                        .isEqualTo(202);
            }
            Http.Response locked = http.post("/api/v1/auth/password-reset").json(Map.of("email", email)).send();
            assertProblem(locked, 429, "TOO_MANY_ATTEMPTS");
            assertThat(locked.header("Retry-After")).isNotBlank();
        }
        assertThat(mails.to(PasswordResetRequested.class, member.email())).hasSize(5);
    }

    // --- customers ------------------------------------------------------------------------------------------

    @Test
    void aCustomerSetsANewPasswordAtTheirShopAndEverySessionOfTheOldOneEnds() {
        Session customer = fixtures.customer(first);
        assertThat(requestCustomerReset(first, customer.email()).status()).isEqualTo(202);
        PasswordResetRequested mail = mails.latest(PasswordResetRequested.class, customer.email()).orElseThrow();
        assertThat(mail.audience()).isEqualTo(PasswordResetRequested.Audience.CUSTOMER);
        assertThat(mail.vendorId()).isEqualTo(first.id());
        assertThat(mail.accountId()).isEqualTo(customer.userId());
        assertThat(mail.firstName()).isEqualTo("Chris");
        assertThat(mail.resetUrl()).startsWith("http://localhost:8080/shop/" + first.code() + "/#/reset-password?token=");
        String token = AccountMails.tokenOf(mail.resetUrl());

        assertThat(confirmCustomer(first, token, NEW_PASSWORD).status()).isEqualTo(204);
        assertProblem(confirmCustomer(first, token, "yet-another-secret"), 400, "RESET_TOKEN_INVALID");

        assertThat(customerLogin(first, customer.email(), NEW_PASSWORD).status()).isEqualTo(200);
        assertProblem(customerLogin(first, customer.email(), Fixtures.PASSWORD), 401, "INVALID_CREDENTIALS");
        assertProblem(http.method("PATCH", "/api/v1/public/vendors/" + first.code() + "/customers/me")
                .bearer(customer.accessToken()).json(Map.of("firstName", "Late")).send(), 401, "TOKEN_REVOKED");
        assertProblem(http.post("/api/v1/auth/refresh").json(Map.of("refreshToken", customer.refreshToken())).send(),
                401, "INVALID_REFRESH_TOKEN");
    }

    @Test
    void aCustomerTokenOfOneShopIsRefusedAtAnotherAndTellsNothingThere() {
        String email = Fixtures.unique("twoshops") + "@mail.test";
        fixtures.customer(first.code(), email, "first-shop-password");
        fixtures.customer(second.code(), email, "second-shop-password");
        requestCustomerReset(first, email);
        String firstShopToken = mails.resetToken(email);

        Http.Response atSecond = confirmCustomer(second, firstShopToken, NEW_PASSWORD);
        Http.Response garbage = confirmCustomer(second, "no-such-token", NEW_PASSWORD);
        assertProblem(atSecond, 400, "RESET_TOKEN_INVALID");
        assertThat(problem(atSecond)).isEqualTo(problem(garbage));
        assertThat(atSecond.body()).doesNotContain(first.code()).doesNotContain(first.id().toString());
        // neither account changed, and the token still works where it belongs
        assertThat(customerLogin(second, email, "second-shop-password").status()).isEqualTo(200);
        assertThat(confirmCustomer(first, firstShopToken, NEW_PASSWORD).status()).isEqualTo(204);
        assertThat(customerLogin(first, email, NEW_PASSWORD).status()).isEqualTo(200);
        assertThat(customerLogin(second, email, "second-shop-password").status()).isEqualTo(200);
    }

    @Test
    void aCustomerTokenDoesNotResetATeamAccountNorTheOtherWayRound() {
        Session member = fixtures.member(first, "Viewer");
        // the member's address is also a customer of the shop: two accounts, two kinds of token
        fixtures.customer(first.code(), member.email(), "the-customer-password");
        requestTeamReset(member.email());
        String teamToken = mails.resetToken(member.email());
        requestCustomerReset(first, member.email());
        String customerToken = mails.resetToken(member.email());

        assertProblem(confirmTeam(customerToken, NEW_PASSWORD), 400, "RESET_TOKEN_INVALID");
        assertProblem(confirmCustomer(first, teamToken, NEW_PASSWORD), 400, "RESET_TOKEN_INVALID");
        assertThat(teamLogin(member.email(), Fixtures.PASSWORD).status()).isEqualTo(200);
        assertThat(customerLogin(first, member.email(), "the-customer-password").status()).isEqualTo(200);
        // a verification link is no reset link either
        assertProblem(confirmCustomer(first, verificationTokenOfNewCustomer(first), NEW_PASSWORD), 400,
                "RESET_TOKEN_INVALID");

        assertThat(confirmTeam(teamToken, NEW_PASSWORD).status()).isEqualTo(204);
        assertThat(confirmCustomer(first, customerToken, "customer-new-secret").status()).isEqualTo(204);
    }

    @Test
    void anExpiredCustomerLinkIsRefused() {
        Session customer = fixtures.customer(first);
        requestCustomerReset(first, customer.email());
        vendorScope.runAs(first.id(), () -> jdbc.update("""
                update identity_customer_tokens set expires_at = now() - interval '1 second'
                where customer_id = ? and purpose = 'PASSWORD_RESET'""", customer.userId()));
        assertProblem(confirmCustomer(first, mails.resetToken(customer.email()), NEW_PASSWORD), 400,
                "RESET_TOKEN_INVALID");
    }

    // --- proving a new customer's address -------------------------------------------------------------------

    @Test
    void aNewCustomerSignsInOnlyAfterFollowingTheMailedLinkAndUntilThenFailsLikeAWrongPassword() {
        String email = Fixtures.unique("fresh") + "@mail.test";
        assertThat(fixtures.register(first.code(), email, Fixtures.PASSWORD, "Fay", "Fresh").status()).isEqualTo(202);
        CustomerEmailVerificationRequested mail = mails.latest(CustomerEmailVerificationRequested.class, email)
                .orElseThrow();
        assertThat(mail.vendorId()).isEqualTo(first.id());
        assertThat(mail.firstName()).isEqualTo("Fay");
        assertThat(mail.verifyUrl()).startsWith("http://localhost:8080/shop/" + first.code() + "/#/verify-email?token=");

        Http.Response unverified = customerLogin(first, email, Fixtures.PASSWORD);
        Http.Response wrong = customerLogin(first, email, "not-the-password");
        assertProblem(unverified, 401, "INVALID_CREDENTIALS");
        assertThat(problem(unverified)).isEqualTo(problem(wrong));

        String token = AccountMails.tokenOf(mail.verifyUrl());
        assertProblem(verify(second, token), 400, "VERIFICATION_TOKEN_INVALID");
        assertThat(verify(first, token).status()).isEqualTo(204);
        assertProblem(verify(first, token), 400, "VERIFICATION_TOKEN_INVALID");
        assertThat(customerLogin(first, email, Fixtures.PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void registeringAKnownAddressMailsItsHolderAndTouchesNothing() {
        Session customer = fixtures.customer(first);
        Http.Response again = http.post("/api/v1/public/vendors/" + first.code() + "/auth/register").json(Map.of(
                "email", customer.email(), "password", "the-intruders-password", "firstName", "Intruder")).send();
        assertThat(again.status()).isEqualTo(202);

        CustomerRegistrationRepeated repeated = mails.latest(CustomerRegistrationRepeated.class, customer.email())
                .orElseThrow();
        assertThat(repeated.customerId()).isEqualTo(customer.userId());
        assertThat(repeated.vendorId()).isEqualTo(first.id());
        assertThat(repeated.firstName()).isEqualTo("Chris");
        assertThat(mails.to(CustomerEmailVerificationRequested.class, customer.email())).hasSize(1);
        assertThat(customerLogin(first, customer.email(), Fixtures.PASSWORD).status()).isEqualTo(200);
        assertProblem(customerLogin(first, customer.email(), "the-intruders-password"), 401, "INVALID_CREDENTIALS");
        assertThat(vendorScope.callAs(first.id(), () -> jdbc.queryForObject(
                "select first_name from identity_customers where id = ?", String.class, customer.userId())))
                .isEqualTo("Chris");
        // the same address registering at another shop is a new customer there, not a repeat
        fixtures.register(second.code(), customer.email(), Fixtures.PASSWORD, "Chris", "Elsewhere");
        assertThat(mails.to(CustomerRegistrationRepeated.class, customer.email())).hasSize(1);
    }

    @Test
    void aNewLinkIsMailedOnlyToACustomerWhoHasNotProvenTheAddressAndTheAnswerIsAlwaysTheSame() {
        String pending = Fixtures.unique("pending") + "@mail.test";
        fixtures.register(first.code(), pending, Fixtures.PASSWORD, "Pia", "Pending");
        Session proven = fixtures.customer(first);
        String unknown = Fixtures.unique("nobody") + "@mail.test";

        Http.Response toPending = resend(first, pending);
        Http.Response toProven = resend(first, proven.email());
        Http.Response toUnknown = resend(first, unknown);
        assertThat(toPending.status()).isEqualTo(toProven.status()).isEqualTo(toUnknown.status()).isEqualTo(202);
        assertThat(toPending.body()).isEqualTo(toProven.body()).isEqualTo(toUnknown.body());
        assertThat(mails.to(CustomerEmailVerificationRequested.class, pending)).hasSize(2);
        assertThat(mails.to(CustomerEmailVerificationRequested.class, proven.email())).hasSize(1);
        assertThat(mails.to(CustomerEmailVerificationRequested.class, unknown)).isEmpty();
        // at another shop the address is unknown
        resend(second, pending);
        assertThat(mails.to(CustomerEmailVerificationRequested.class, pending)).hasSize(2);

        // the newest link proves the address, and uses up the first one
        String first1 = AccountMails.tokenOf(mails.to(CustomerEmailVerificationRequested.class, pending).getFirst()
                .verifyUrl());
        assertThat(verify(first, mails.verificationToken(first.id(), pending)).status()).isEqualTo(204);
        assertProblem(verify(first, first1), 400, "VERIFICATION_TOKEN_INVALID");
        assertThat(customerLogin(first, pending, Fixtures.PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void aForgottenPasswordLinkAlsoProvesTheAddressOfACustomerWhoNeverFollowedTheFirstLink() {
        String email = Fixtures.unique("lost") + "@mail.test";
        fixtures.register(first.code(), email, Fixtures.PASSWORD, "Lou", "Lost");
        requestCustomerReset(first, email);
        assertThat(confirmCustomer(first, mails.resetToken(email), NEW_PASSWORD).status()).isEqualTo(204);
        assertThat(customerLogin(first, email, NEW_PASSWORD).status()).isEqualTo(200);
        // the verification link is used up with it
        assertProblem(verify(first, mails.verificationToken(first.id(), email)), 400, "VERIFICATION_TOKEN_INVALID");
    }

    // --- helpers --------------------------------------------------------------------------------------------

    /** What a problem answer says, without what differs per request (its time and id). */
    private static java.util.List<String> problem(Http.Response response) {
        return java.util.stream.Stream.of("status", "title", "detail", "errorCode", "type")
                .map(field -> field + "=" + response.json().path(field).asString()).toList();
    }

    private String verificationTokenOfNewCustomer(VendorAccount shop) {
        String email = Fixtures.unique("other") + "@mail.test";
        fixtures.register(shop.code(), email, Fixtures.PASSWORD, "Otto", "Other");
        return mails.verificationToken(shop.id(), email);
    }

    private void requestTeamReset(String email) {
        Http.Response asked = http.post("/api/v1/auth/password-reset").json(Map.of("email", email)).send();
        assertThat(asked.status()).as(asked.toString()).isEqualTo(202);
    }

    private Http.Response confirmTeam(String token, String password) {
        return http.post("/api/v1/auth/password-reset/confirm").json(Map.of("token", token, "password", password))
                .send();
    }

    private Http.Response requestCustomerReset(VendorAccount shop, String email) {
        return http.post("/api/v1/public/vendors/" + shop.code() + "/auth/password-reset")
                .json(Map.of("email", email)).send();
    }

    private Http.Response confirmCustomer(VendorAccount shop, String token, String password) {
        return http.post("/api/v1/public/vendors/" + shop.code() + "/auth/password-reset/confirm")
                .json(Map.of("token", token, "password", password)).send();
    }

    private Http.Response verify(VendorAccount shop, String token) {
        return http.post("/api/v1/public/vendors/" + shop.code() + "/auth/verify-email")
                .json(Map.of("token", token)).send();
    }

    private Http.Response resend(VendorAccount shop, String email) {
        return http.post("/api/v1/public/vendors/" + shop.code() + "/auth/verify-email/resend")
                .json(Map.of("email", email)).send();
    }

    private Http.Response teamLogin(String email, String password) {
        return http.post("/api/v1/vendor/auth/login")
                .json(Map.of("email", email, "password", password, "vendorCode", first.code())).send();
    }

    private Http.Response customerLogin(VendorAccount shop, String email, String password) {
        return http.post("/api/v1/public/vendors/" + shop.code() + "/auth/login")
                .json(Map.of("email", email, "password", password)).send();
    }
}
