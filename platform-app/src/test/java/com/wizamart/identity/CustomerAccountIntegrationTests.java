package com.wizamart.identity;

import static com.wizamart.support.ProblemAssertions.assertFieldError;
import static com.wizamart.support.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.wizamart.support.ApiTest;
import com.wizamart.support.AuditLog;
import com.wizamart.support.Fixtures;
import com.wizamart.support.Fixtures.Session;
import com.wizamart.support.Fixtures.VendorAccount;
import com.wizamart.support.Http;
import com.wizamart.support.Shop;

import tools.jackson.databind.JsonNode;

/**
 * A shopper's own account at one shop through HTTP: reading and changing the profile, and changing the password
 * (which ends every other session and stops older access tokens from writing), with the refusals around them.
 */
class CustomerAccountIntegrationTests extends ApiTest {

    private static String me(VendorAccount vendor) {
        return "/api/v1/public/vendors/" + vendor.code() + "/customers/me";
    }

    private Http.Response patch(VendorAccount vendor, Session customer, Map<String, Object> body) {
        return http.method("PATCH", me(vendor)).bearer(customer.accessToken()).json(body).send();
    }

    private Http.Response changePassword(VendorAccount vendor, Session customer, String current, String next) {
        return http.post(me(vendor) + "/password").bearer(customer.accessToken())
                .json(Map.of("currentPassword", current, "newPassword", next)).send();
    }

    private Http.Response login(VendorAccount vendor, String email, String password) {
        return http.post("/api/v1/public/vendors/" + vendor.code() + "/auth/login")
                .json(Map.of("email", email, "password", password)).send();
    }

    @Test
    void aCustomerReadsAndChangesTheirProfile() {
        VendorAccount vendor = fixtures.vendor();
        String email = Fixtures.unique("profile") + "@mail.test";
        Session customer = fixtures.customer(vendor.code(), email, Fixtures.PASSWORD, "Chris", "Muller");

        Http.Response read = http.get(me(vendor)).bearer(customer.accessToken()).send();
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        JsonNode profile = read.json();
        assertThat(profile.get("id").asString()).isEqualTo(customer.userId().toString());
        assertThat(profile.get("email").asString()).isEqualTo(email);
        assertThat(profile.get("firstName").asString()).isEqualTo("Chris");
        assertThat(profile.get("lastName").asString()).isEqualTo("Muller");
        assertThat(profile.get("phone").isNull()).isTrue();
        assertThat(profile.get("preferredLanguage").isNull()).isTrue();
        assertThat(profile.get("marketingConsent").asBoolean()).isFalse();
        assertThat(profile.get("marketingConsentAt").isNull()).isTrue();
        assertThat(profile.get("registeredAt").asString()).isNotBlank();

        Http.Response changed = patch(vendor, customer, Map.of("firstName", "  Christiane ", "phone", "+352 621 123 456",
                "preferredLanguage", "FR", "marketingConsent", true));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.json().get("firstName").asString()).isEqualTo("Christiane");
        assertThat(changed.json().get("lastName").asString()).as("absent fields stay").isEqualTo("Muller");
        assertThat(changed.json().get("phone").asString()).isEqualTo("+352 621 123 456");
        assertThat(changed.json().get("preferredLanguage").asString()).isEqualTo("fr");
        assertThat(changed.json().get("marketingConsent").asBoolean()).isTrue();
        String consentAt = changed.json().get("marketingConsentAt").asString();
        assertThat(consentAt).isNotBlank();

        // the change is kept; naming a field in clear empties it; an unchanged consent keeps its time
        Http.Response cleared = patch(vendor, customer, Map.of("clear", List.of("phone", "lastName"),
                "marketingConsent", true));
        assertThat(cleared.status()).as(cleared.toString()).isEqualTo(200);
        JsonNode again = http.get(me(vendor)).bearer(customer.accessToken()).send().json();
        assertThat(again.get("phone").isNull()).isTrue();
        assertThat(again.get("lastName").asString()).isEmpty();
        assertThat(again.get("firstName").asString()).isEqualTo("Christiane");
        assertThat(again.get("preferredLanguage").asString()).isEqualTo("fr");
        assertThat(again.get("marketingConsentAt").asString()).isEqualTo(consentAt);
        // the vendor sees the new name
        JsonNode seen = http.get("/api/v1/vendor/customers/" + customer.userId()).bearer(vendor.owner().accessToken())
                .send().json();
        assertThat(seen.get("name").asString()).isEqualTo("Christiane");
    }

    @Test
    void aChangeOfTheMarketingConsentIsAudited() {
        VendorAccount vendor = fixtures.vendor();
        Session customer = fixtures.customer(vendor);
        String requestId = AuditLog.requestId();
        Http.Response given = http.method("PATCH", me(vendor)).bearer(customer.accessToken())
                .header("X-Request-Id", requestId).json(Map.of("marketingConsent", true)).send();
        assertThat(given.status()).as(given.toString()).isEqualTo(200);

        JsonNode entry = new AuditLog(http, fixtures.sharedAdmin().accessToken())
                .entry("MARKETING_CONSENT_CHANGED", customer.userId());
        AuditLog.assertEntry(entry, "MARKETING_CONSENT_CHANGED", customer.email(), vendor.id(), "customer",
                customer.email(), requestId);
        assertThat(entry.get("before").get("marketingConsent").asBoolean()).isFalse();
        assertThat(entry.get("after").get("marketingConsent").asBoolean()).isTrue();
    }

    @Test
    void aProfileWithBadFieldsIsRefusedNamingEachAndChangesNothing() {
        VendorAccount vendor = fixtures.vendor();
        Session customer = fixtures.customer(vendor);

        Map<String, Object> bad = new HashMap<>();
        bad.put("firstName", " ");
        bad.put("phone", "call me maybe");
        bad.put("preferredLanguage", "xx");
        Http.Response refused = patch(vendor, customer, bad);
        assertFieldError(refused, 422, "VALIDATION_FAILED", "firstName");
        assertFieldError(refused, 422, "VALIDATION_FAILED", "phone");
        assertFieldError(refused, 422, "VALIDATION_FAILED", "preferredLanguage");
        assertFieldError(patch(vendor, customer, Map.of("phone", "12")), 422, "VALIDATION_FAILED", "phone");
        assertFieldError(patch(vendor, customer, Map.of("firstName", "x".repeat(101))), 422, "VALIDATION_FAILED",
                "firstName");
        assertFieldError(patch(vendor, customer, Map.of("clear", List.of("firstName"))), 422, "VALIDATION_FAILED",
                "clear");
        assertFieldError(patch(vendor, customer, Map.of("clear", List.of("email"))), 422, "VALIDATION_FAILED",
                "clear");
        assertFieldError(patch(vendor, customer, Map.of("phone", "+352 621 123 456", "clear", List.of("phone"))), 422,
                "VALIDATION_FAILED", "clear");
        // the email is not the customer's to change here
        assertProblem(patch(vendor, customer, Map.of("email", "other@mail.test")), 400, "UNKNOWN_FIELD");

        JsonNode profile = http.get(me(vendor)).bearer(customer.accessToken()).send().json();
        assertThat(profile.get("firstName").asString()).isEqualTo("Chris");
        assertThat(profile.get("phone").isNull()).isTrue();
        assertThat(profile.get("email").asString()).isEqualTo(customer.email());
    }

    @Test
    void onlyTheShopsOwnCustomersHaveAnAccountThere() {
        VendorAccount vendor = fixtures.vendor();
        VendorAccount other = fixtures.vendor();
        Session customer = fixtures.customer(vendor);
        Session elsewhere = fixtures.customer(other);
        Map<String, Object> password = Map.of("currentPassword", Fixtures.PASSWORD, "newPassword",
                "a-new-password-for-all");

        // no token, a team token of the shop, an admin token: no customer account
        assertProblem(http.get(me(vendor)).send(), 401, "UNAUTHENTICATED");
        for (Session notACustomer : List.of(vendor.owner(), fixtures.sharedAdmin())) {
            assertProblem(http.get(me(vendor)).bearer(notACustomer.accessToken()).send(), 403, "ACCESS_DENIED");
            assertProblem(http.method("PATCH", me(vendor)).bearer(notACustomer.accessToken())
                    .json(Map.of("firstName", "Mallory")).send(), 403, "ACCESS_DENIED");
            assertProblem(http.post(me(vendor) + "/password").bearer(notACustomer.accessToken()).json(password)
                    .send(), 403, "ACCESS_DENIED");
        }
        // another shop's customer at this shop
        assertProblem(http.get(me(vendor)).bearer(elsewhere.accessToken()).send(), 403, "UNAUTHORIZED_VENDOR_ACCESS");
        assertProblem(http.post(me(vendor) + "/password").bearer(elsewhere.accessToken()).json(password).send(), 403,
                "UNAUTHORIZED_VENDOR_ACCESS");
        // nothing changed: both still sign in with their password
        assertThat(login(vendor, customer.email(), Fixtures.PASSWORD).status()).isEqualTo(200);
        assertThat(login(other, elsewhere.email(), Fixtures.PASSWORD).status()).isEqualTo(200);
        assertThat(login(vendor, vendor.owner().email(), Fixtures.PASSWORD).status())
                .as("a team member is no customer").isEqualTo(401);
    }

    @Test
    void changingThePasswordEndsEveryOtherSessionAndOlderTokensStopWriting() {
        VendorAccount vendor = fixtures.vendor();
        Shop shop = new Shop(http, vendor);
        UUID tea = shop.product("Green tea", "4.00", "3", 20);
        Session customer = fixtures.customer(vendor);
        Session otherDevice = fixtures.customer(vendor.code(), customer.email(), Fixtures.PASSWORD);
        String requestId = AuditLog.requestId();

        Http.Response changed = http.post(me(vendor) + "/password").bearer(customer.accessToken())
                .header("X-Request-Id", requestId)
                .json(Map.of("currentPassword", Fixtures.PASSWORD, "newPassword", "a-brand-new-password")).send();
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        String newAccess = changed.json().get("accessToken").asString();
        String newRefresh = changed.json().get("refreshToken").asString();
        assertThat(changed.json().get("user").get("id").asString()).isEqualTo(customer.userId().toString());

        // tokens issued before may read until they expire, but never write again, on any device
        for (Session before : List.of(customer, otherDevice)) {
            Http.Response write = shop.add(Shop.newSession(), before.accessToken(), tea, 1);
            assertProblem(write, 401, "TOKEN_REVOKED");
            assertThat(write.header("WWW-Authenticate")).contains("invalid_token");
            assertProblem(http.method("PATCH", me(vendor)).bearer(before.accessToken())
                    .json(Map.of("firstName", "Mallory")).send(), 401, "TOKEN_REVOKED");
            assertThat(http.get(me(vendor)).bearer(before.accessToken()).send().status()).isEqualTo(200);
            // and their refresh tokens are revoked
            assertProblem(http.post("/api/v1/auth/refresh").json(Map.of("refreshToken", before.refreshToken())).send(),
                    401, "INVALID_REFRESH_TOKEN");
        }
        // the session the change answered writes, and refreshes
        assertThat(shop.add(Shop.newSession(), newAccess, tea, 1).status()).isEqualTo(200);
        Http.Response refreshed = http.post("/api/v1/auth/refresh").json(Map.of("refreshToken", newRefresh)).send();
        assertThat(refreshed.status()).as(refreshed.toString()).isEqualTo(200);
        assertThat(shop.add(Shop.newSession(), refreshed.json().get("accessToken").asString(), tea, 1).status())
                .isEqualTo(200);
        // the old password no longer signs in, the new one does, and its token writes
        assertProblem(login(vendor, customer.email(), Fixtures.PASSWORD), 401, "INVALID_CREDENTIALS");
        Http.Response login = login(vendor, customer.email(), "a-brand-new-password");
        assertThat(login.status()).as(login.toString()).isEqualTo(200);
        assertThat(shop.add(Shop.newSession(), login.json().get("accessToken").asString(), tea, 1).status())
                .isEqualTo(200);

        AuditLog audit = new AuditLog(http, fixtures.sharedAdmin().accessToken());
        JsonNode entry = audit.entryOfRequest("PASSWORD_CHANGED", requestId, "targetId=" + customer.userId());
        AuditLog.assertEntry(entry, "PASSWORD_CHANGED", customer.email(), vendor.id(), "customer", customer.email(),
                requestId, Fixtures.PASSWORD, "a-brand-new-password", newAccess, newRefresh);
        JsonNode revoked = audit.entryOfRequest("SESSIONS_REVOKED", requestId, "targetId=" + customer.userId());
        assertThat(revoked.get("after").get("reason").asString()).isEqualTo("PASSWORD_CHANGED");
    }

    @Test
    void aWrongCurrentPasswordChangesNothingAndCountsTowardsTheLoginLockout() {
        VendorAccount vendor = fixtures.vendor();
        Session customer = fixtures.customer(vendor);
        Session other = fixtures.customer(vendor);

        assertProblem(changePassword(vendor, customer, "not-my-password", "a-brand-new-password"), 401,
                "INVALID_CREDENTIALS");
        // another customer's current password proves nothing for this account
        assertProblem(changePassword(vendor, other, "not-my-password-either", "a-brand-new-password"), 401,
                "INVALID_CREDENTIALS");
        // the session is intact and the password unchanged
        assertThat(http.method("PATCH", me(vendor)).bearer(customer.accessToken()).json(Map.of("firstName", "Chris"))
                .send().status()).isEqualTo(200);
        assertThat(login(vendor, customer.email(), Fixtures.PASSWORD).status()).isEqualTo(200);

        // the new password follows the registration policy
        assertFieldError(changePassword(vendor, customer, Fixtures.PASSWORD, "short"), 422, "VALIDATION_FAILED",
                "newPassword");
        assertFieldError(changePassword(vendor, customer, Fixtures.PASSWORD, customer.email()), 422,
                "VALIDATION_FAILED", "newPassword");
        assertFieldError(changePassword(vendor, customer, Fixtures.PASSWORD, Fixtures.PASSWORD), 422,
                "VALIDATION_FAILED", "newPassword");

        // (a success resets the count) five failures, changes and logins alike, lock the account: then even the right
        // password is refused
        for (int i = 0; i < 4; i++) {
            assertProblem(changePassword(vendor, customer, "still-not-my-password", "a-brand-new-password"), 401,
                    "INVALID_CREDENTIALS");
        }
        assertProblem(login(vendor, customer.email(), "wrong-password-again"), 401, "INVALID_CREDENTIALS");
        Http.Response locked = changePassword(vendor, customer, Fixtures.PASSWORD, "a-brand-new-password");
        assertProblem(locked, 429, "TOO_MANY_ATTEMPTS");
        assertThat(locked.header("Retry-After")).isNotBlank();
        assertProblem(login(vendor, customer.email(), Fixtures.PASSWORD), 429, "TOO_MANY_ATTEMPTS");
        // another customer of the shop is not locked
        assertThat(login(vendor, other.email(), Fixtures.PASSWORD).status()).isEqualTo(200);
    }
}
