package com.wizamart.tenancy;

import static com.wizamart.support.AuditLog.assertEntry;
import static com.wizamart.support.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

import com.wizamart.support.ApiTest;
import com.wizamart.support.AuditLog;
import com.wizamart.support.Fixtures;
import com.wizamart.support.Fixtures.Session;
import com.wizamart.support.Fixtures.VendorAccount;
import com.wizamart.support.Http;
import com.wizamart.support.Shop;

import tools.jackson.databind.JsonNode;

/**
 * Every audited action done through the API and read back through {@code GET /api/v1/admin/audit-log}: who did it,
 * to which vendor, the target by name, from which address in which request, and never a password, hash or token.
 * The catalog's refresh decisions are checked with the guardrail they follow
 * ({@code CatalogPublishingIntegrationTests}).
 */
class AuditTrailIntegrationTests extends ApiTest {

    private static final String NEW_PASSWORD = "a-brand-new-passphrase";

    @Autowired
    private JdbcTemplate jdbc;

    private Session admin;
    private AuditLog log;

    @BeforeEach
    void anAdminReadsTheLog() {
        admin = fixtures.sharedAdmin();
        log = new AuditLog(http, admin.accessToken());
    }

    // --- vendors, owners, activation ------------------------------------------------------------------------

    @Test
    void openingAVendorRecordsTheVendorItsOwnersMembershipAndTheActivation() {
        String code = Fixtures.unique("au").toLowerCase();
        String ownerEmail = "owner-" + code + "@shop.test";
        String opening = AuditLog.requestId();
        Http.Response created = http.post("/api/v1/admin/vendors").bearer(admin.accessToken())
                .header("X-Request-Id", opening).json(Map.of("code", code, "name", "Audit " + code,
                        "subdomain", code, "businessEmail", "hello@" + code + ".test",
                        "owner", Map.of("email", ownerEmail, "firstName", "Ada"))).send();
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.header("X-Request-Id")).isEqualTo(opening);
        UUID vendorId = UUID.fromString(created.json().get("id").asString());
        String activationToken = created.json().get("ownerActivationToken").asString();

        assertEntry(log.entry("VENDOR_CREATED", vendorId), "VENDOR_CREATED", admin.email(), vendorId, "vendor",
                "Audit " + code, opening, activationToken);
        JsonNode joined = log.entryOfRequest("MEMBER_JOINED", opening, "vendorId=" + vendorId);
        assertEntry(joined, "MEMBER_JOINED", admin.email(), vendorId, "member", ownerEmail, opening, activationToken);
        assertThat(joined.get("after").get("role").asString()).isEqualTo("Owner");
        assertThat(joined.get("after").get("via").asString()).isEqualTo("VENDOR_CREATED");

        String activating = AuditLog.requestId();
        Http.Response activated = http.post("/api/v1/auth/activation/" + activationToken)
                .header("X-Request-Id", activating).json(Map.of("password", Fixtures.PASSWORD)).send();
        assertThat(activated.status()).as(activated.toString()).isEqualTo(204);
        Session owner = fixtures.loginMember(ownerEmail, code);
        JsonNode set = log.entry("PASSWORD_SET", owner.userId());
        assertEntry(set, "PASSWORD_SET", ownerEmail, null, "user", ownerEmail, activating, Fixtures.PASSWORD,
                activationToken);
        assertThat(set.get("after").get("via").asString()).isEqualTo("ACTIVATION");

        String editing = AuditLog.requestId();
        assertThat(http.put("/api/v1/admin/vendors/" + vendorId).bearer(admin.accessToken())
                .header("X-Request-Id", editing).json(Map.of("name", "Renamed " + code,
                        "feedSources", List.of(Map.of("marketplace", "letzshop", "language", "fr",
                                "url", "https://feeds.test/" + code + ".csv?apikey=k3y-" + code))))
                .send().status()).isEqualTo(200);
        JsonNode updated = log.entry("VENDOR_UPDATED", vendorId);
        assertEntry(updated, "VENDOR_UPDATED", admin.email(), vendorId, "vendor", "Renamed " + code, editing,
                "k3y-" + code);
        assertThat(updated.get("after").get("feedSources").get(0).get("url").asString())
                .isEqualTo("https://feeds.test/" + code + ".csv?…");
        assertThat(updated.get("vendorName").asString()).isEqualTo("Renamed " + code);
    }

    @Test
    void anInitialPasswordAndItsChangeAreRecordedWithoutThePasswords() {
        String code = Fixtures.unique("ip").toLowerCase();
        String ownerEmail = "owner-" + code + "@shop.test";
        String temporary = "Temp-pass-" + code;
        String opening = AuditLog.requestId();
        Http.Response created = http.post("/api/v1/admin/vendors").bearer(admin.accessToken())
                .header("X-Request-Id", opening).json(Map.of("code", code, "name", "Initial " + code,
                        "subdomain", code, "businessEmail", "hello@" + code + ".test", "initialPassword", temporary,
                        "owner", Map.of("email", ownerEmail, "firstName", "Ida"))).send();
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        UUID vendorId = UUID.fromString(created.json().get("id").asString());
        UUID ownerId = UUID.fromString(created.json().get("owner").get("id").asString());

        JsonNode initial = log.entry("PASSWORD_SET", ownerId);
        assertEntry(initial, "PASSWORD_SET", admin.email(), vendorId, "user", ownerEmail, opening, temporary);
        assertThat(initial.get("after").get("via").asString()).isEqualTo("INITIAL");

        String changing = AuditLog.requestId();
        Http.Response changed = http.post("/api/v1/auth/password").header("X-Request-Id", changing)
                .json(Map.of("email", ownerEmail, "currentPassword", temporary, "newPassword", NEW_PASSWORD)).send();
        assertThat(changed.status()).as(changed.toString()).isEqualTo(204);
        assertEntry(log.entry("PASSWORD_CHANGED", ownerId), "PASSWORD_CHANGED", ownerEmail, null, "user", ownerEmail,
                changing, temporary, NEW_PASSWORD);
        JsonNode revoked = log.entryOfRequest("SESSIONS_REVOKED", changing, "targetId=" + ownerId);
        assertEntry(revoked, "SESSIONS_REVOKED", ownerEmail, null, "user", ownerEmail, changing, NEW_PASSWORD);
        assertThat(revoked.get("after").get("reason").asString()).isEqualTo("PASSWORD_CHANGED");
    }

    // --- team: invitations, memberships, roles --------------------------------------------------------------

    @Test
    void invitationsAndMembershipChangesAreRecordedByTheMembersEmail() {
        VendorAccount vendor = fixtures.vendor();
        Session owner = vendor.owner();
        String email = Fixtures.unique("joiner") + "@team.test";

        String inviting = AuditLog.requestId();
        Http.Response invited = http.post("/api/v1/vendor/team/invitations").bearer(owner.accessToken())
                .header("X-Request-Id", inviting).json(Map.of("email", email, "role", "Editor")).send();
        assertThat(invited.status()).as(invited.toString()).isEqualTo(201);
        String invitationToken = invited.json().get("token").asString();
        String invitationId = invited.json().get("id").asString();
        JsonNode sent = log.entry("INVITATION_SENT", invitationId);
        assertEntry(sent, "INVITATION_SENT", owner.email(), vendor.id(), "invitation", email, inviting,
                invitationToken, invitationToken.substring(37));
        assertThat(sent.get("after").get("role").asString()).isEqualTo("Editor");

        String accepting = AuditLog.requestId();
        Http.Response accepted = http.post("/api/v1/auth/invitations/" + invitationToken + "/accept")
                .header("X-Request-Id", accepting)
                .json(Map.of("password", Fixtures.PASSWORD, "firstName", "Jo", "lastName", "Iner")).send();
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        Session member = fixtures.loginMember(email, vendor.code());
        UUID membershipId = fixtures.membershipId(vendor, email);
        assertEntry(log.entry("INVITATION_ACCEPTED", invitationId), "INVITATION_ACCEPTED", email, vendor.id(),
                "invitation", email, accepting, invitationToken.substring(37), Fixtures.PASSWORD);
        JsonNode joined = log.entry("MEMBER_JOINED", membershipId);
        assertEntry(joined, "MEMBER_JOINED", email, vendor.id(), "member", email, accepting, Fixtures.PASSWORD);
        assertThat(joined.get("after").get("via").asString()).isEqualTo("INVITATION");
        JsonNode passwordSet = log.entry("PASSWORD_SET", member.userId());
        assertEntry(passwordSet, "PASSWORD_SET", email, vendor.id(), "user", email, accepting, Fixtures.PASSWORD);
        assertThat(passwordSet.get("after").get("via").asString()).isEqualTo("INVITATION");

        String demoting = AuditLog.requestId();
        assertThat(http.put("/api/v1/vendor/team/members/" + membershipId).bearer(owner.accessToken())
                .header("X-Request-Id", demoting).json(Map.of("role", "Viewer")).send().status()).isEqualTo(200);
        JsonNode changed = log.entry("MEMBER_ROLE_CHANGED", membershipId);
        assertEntry(changed, "MEMBER_ROLE_CHANGED", owner.email(), vendor.id(), "member", email, demoting);
        assertThat(changed.get("before").get("role").asString()).isEqualTo("Editor");
        assertThat(changed.get("after").get("role").asString()).isEqualTo("Viewer");
        JsonNode afterRoleChange = log.entryOfRequest("SESSIONS_REVOKED", demoting, "targetId=" + member.userId());
        assertEntry(afterRoleChange, "SESSIONS_REVOKED", owner.email(), vendor.id(), "user", email, demoting,
                member.refreshToken());
        assertThat(afterRoleChange.get("after").get("reason").asString()).isEqualTo("ROLE_CHANGED");

        String removing = AuditLog.requestId();
        assertThat(http.delete("/api/v1/vendor/team/members/" + membershipId).bearer(owner.accessToken())
                .header("X-Request-Id", removing).send().status()).isEqualTo(204);
        JsonNode removed = log.entry("MEMBER_REMOVED", membershipId);
        assertEntry(removed, "MEMBER_REMOVED", owner.email(), vendor.id(), "member", email, removing);
        assertThat(removed.get("before").get("role").asString()).isEqualTo("Viewer");
        assertThat(log.entryOfRequest("SESSIONS_REVOKED", removing, "targetId=" + member.userId())
                .get("after").get("reason").asString()).isEqualTo("MEMBER_REMOVED");
    }

    @Test
    void aCustomRoleIsRecordedByNameWithItsPermissions() {
        VendorAccount vendor = fixtures.vendor();
        String name = "Stock keeper " + vendor.code();
        String creating = AuditLog.requestId();
        Http.Response role = http.post("/api/v1/vendor/team/roles").bearer(vendor.owner().accessToken())
                .header("X-Request-Id", creating)
                .json(Map.of("name", name, "permissions", List.of("products.view", "orders.view"))).send();
        assertThat(role.status()).as(role.toString()).isEqualTo(201);
        JsonNode created = log.entry("ROLE_CREATED", role.json().get("id").asString());
        assertEntry(created, "ROLE_CREATED", vendor.owner().email(), vendor.id(), "role", name, creating);
        assertThat(created.get("after").get("permissions").toString()).contains("products.view", "orders.view");
    }

    // --- sessions -------------------------------------------------------------------------------------------

    @Test
    void loggingOutRevokesTheSessionOnTheRecordOnce() {
        VendorAccount vendor = fixtures.vendor();
        Session session = fixtures.loginMember(vendor.owner().email(), vendor.code());
        String leaving = AuditLog.requestId();
        assertThat(http.post("/api/v1/vendor/auth/logout").header("X-Request-Id", leaving)
                .json(Map.of("refreshToken", session.refreshToken())).send().status()).isEqualTo(204);
        JsonNode out = log.entryOfRequest("SESSIONS_REVOKED", leaving, "targetId=" + session.userId());
        assertEntry(out, "SESSIONS_REVOKED", session.email(), vendor.id(), "user", session.email(), leaving,
                session.refreshToken(), session.accessToken());
        assertThat(out.get("actorId").asString()).isEqualTo(session.userId().toString());
        assertThat(out.get("after").get("reason").asString()).isEqualTo("LOGOUT");

        String again = AuditLog.requestId();
        assertThat(http.post("/api/v1/vendor/auth/logout").header("X-Request-Id", again)
                .json(Map.of("refreshToken", session.refreshToken())).send().status()).isEqualTo(204);
        assertThat(log.entries("action=SESSIONS_REVOKED&targetId=" + session.userId()))
                .noneMatch(e -> again.equals(e.path("requestId").asString(null)));

        Session customer = fixtures.customer(vendor);
        String customerLeaving = AuditLog.requestId();
        assertThat(http.post("/api/v1/auth/logout").header("X-Request-Id", customerLeaving)
                .json(Map.of("refreshToken", customer.refreshToken())).send().status()).isEqualTo(204);
        assertEntry(log.entryOfRequest("SESSIONS_REVOKED", customerLeaving, "targetId=" + customer.userId()),
                "SESSIONS_REVOKED", customer.email(), vendor.id(), "customer", customer.email(), customerLeaving,
                customer.refreshToken());
    }

    @Test
    void aReusedRefreshTokenRevokesItsFamilyOnTheRecord() {
        VendorAccount vendor = fixtures.vendor();
        Session session = fixtures.loginMember(vendor.owner().email(), vendor.code());
        Http.Response rotated = http.post("/api/v1/auth/refresh").json(Map.of("refreshToken", session.refreshToken()))
                .send();
        assertThat(rotated.status()).as(rotated.toString()).isEqualTo(200);
        String replaying = AuditLog.requestId();
        assertProblem(http.post("/api/v1/auth/refresh").header("X-Request-Id", replaying)
                .json(Map.of("refreshToken", session.refreshToken())).send(), 401, "REFRESH_TOKEN_REUSED");
        JsonNode revoked = log.entryOfRequest("SESSIONS_REVOKED", replaying, "targetId=" + session.userId());
        assertEntry(revoked, "SESSIONS_REVOKED", "system", vendor.id(), "user", session.email(), replaying,
                session.refreshToken(), rotated.json().get("refreshToken").asString());
        assertThat(revoked.get("actorId").isNull()).isTrue();
        assertThat(revoked.get("after").get("reason").asString()).isEqualTo("REFRESH_REUSE");
    }

    @Test
    void deactivatingAUserRevokesTheirSessionsOnTheRecord() {
        VendorAccount vendor = fixtures.vendor();
        Session member = fixtures.member(vendor, "Viewer");
        String switching = AuditLog.requestId();
        assertThat(http.put("/api/v1/admin/users/" + member.userId() + "/status").bearer(admin.accessToken())
                .header("X-Request-Id", switching).json(Map.of("active", false)).send().status()).isEqualTo(200);
        assertEntry(log.entry("USER_DEACTIVATED", member.userId()), "USER_DEACTIVATED", admin.email(), null, "user",
                member.email(), switching);
        assertThat(log.entryOfRequest("SESSIONS_REVOKED", switching, "targetId=" + member.userId())
                .get("after").get("reason").asString()).isEqualTo("USER_DEACTIVATED");
    }

    // --- vendor settings, orders ----------------------------------------------------------------------------

    @Test
    void feedAndCatalogSettingsAreRecordedWithoutTheFeedsKeys() {
        VendorAccount vendor = fixtures.vendor();
        String configuring = AuditLog.requestId();
        Http.Response configured = http.put("/api/v1/vendor/marketplace/feed-sources")
                .bearer(vendor.owner().accessToken()).header("X-Request-Id", configuring)
                .json(Map.of("feedSources", List.of(Map.of("marketplace", "letzshop", "language", "en", "url",
                        "https://feeds.test/en.csv?user=u&password=pw-" + vendor.code() + "&key=k-" + vendor.code()))))
                .send();
        assertThat(configured.status()).as(configured.toString()).isEqualTo(200);
        JsonNode feeds = log.entryOfRequest("FEED_SOURCES_CHANGED", configuring, "vendorId=" + vendor.id());
        assertEntry(feeds, "FEED_SOURCES_CHANGED", vendor.owner().email(), vendor.id(), "feed_sources",
                "Feed sources", configuring, "k-" + vendor.code(), "pw-" + vendor.code());
        assertThat(feeds.get("after").get("feedSources").get(0).get("url").asString())
                .isEqualTo("https://feeds.test/en.csv?…");

        String setting = AuditLog.requestId();
        assertThat(http.put("/api/v1/vendor/catalog/settings").bearer(vendor.owner().accessToken())
                .header("X-Request-Id", setting).json(Map.of("defaultLanguage", "fr", "defaultTaxRate", 8))
                .send().status()).isEqualTo(200);
        JsonNode settings = log.entryOfRequest("CATALOG_SETTINGS_CHANGED", setting, "vendorId=" + vendor.id());
        assertEntry(settings, "CATALOG_SETTINGS_CHANGED", vendor.owner().email(), vendor.id(), "catalog_settings",
                "Catalog settings", setting);
        assertThat(settings.get("after").get("defaultLanguage").asString()).isEqualTo("fr");
    }

    @Test
    void orderStatusChangesAreRecordedByOrderNumber() {
        VendorAccount vendor = fixtures.vendor();
        Shop shop = new Shop(http, vendor);
        UUID product = shop.product("Audited tea", "5.00", "3", 4);
        Http.Response placed = shop.buy(fixtures.customer(vendor), product, 1);
        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        String orderId = placed.json().get("id").asString();
        String number = placed.json().get("orderNumber").asString();

        String confirming = AuditLog.requestId();
        assertThat(http.put("/api/v1/vendor/orders/" + orderId + "/status").bearer(vendor.owner().accessToken())
                .header("X-Request-Id", confirming).json(Map.of("status", "CONFIRMED")).send().status())
                .isEqualTo(200);
        JsonNode confirmed = log.entry("ORDER_STATUS_CHANGED", orderId);
        assertEntry(confirmed, "ORDER_STATUS_CHANGED", vendor.owner().email(), vendor.id(), "order", number,
                confirming);
        assertThat(confirmed.get("before").get("status").asString()).isEqualTo("PENDING");
        assertThat(confirmed.get("after").get("status").asString()).isEqualTo("CONFIRMED");
    }

    // --- the log itself -------------------------------------------------------------------------------------

    @Test
    void theLogFiltersByTargetAndRefusesAnInvertedPeriod() {
        VendorAccount vendor = fixtures.vendor();
        List<JsonNode> vendorOnly = log.entries("vendorId=" + vendor.id() + "&targetType=vendor");
        assertThat(vendorOnly).extracting(e -> e.get("action").asString()).containsExactly("VENDOR_CREATED");
        assertThat(log.entries("vendorId=" + vendor.id() + "&targetType=member"))
                .extracting(e -> e.get("action").asString()).containsExactly("MEMBER_JOINED");
        assertThat(log.entries("vendorId=" + vendor.id() + "&action=MEMBER_JOINED&from=2000-01-01T00:00:00Z"
                + "&to=2000-01-02T00:00:00Z")).isEmpty();
        assertProblem(http.get("/api/v1/admin/audit-log?from=2026-01-02T00:00:00Z&to=2026-01-01T00:00:00Z")
                .bearer(admin.accessToken()).send(), 422, "VALIDATION_FAILED");
        assertThat(http.get("/api/v1/admin/audit-log").bearer(vendor.owner().accessToken()).send().status())
                .as("vendor teams never read the audit log").isEqualTo(403);
    }

    @Test
    void theApplicationRoleAppendsButNeverUpdatesOrDeletesTheLog() {
        fixtures.vendor();
        assertThat(jdbc.queryForObject("select current_user", String.class)).isEqualTo("wizamart_app");
        assertThat(jdbc.queryForObject("select has_table_privilege('tenancy_audit_log', 'INSERT')", Boolean.class))
                .isTrue();
        assertThatThrownBy(() -> jdbc.update("update tenancy_audit_log set action = 'FORGED'"))
                .isInstanceOf(DataAccessException.class).rootCause()
                .hasMessageContaining("permission denied for table tenancy_audit_log");
        assertThatThrownBy(() -> jdbc.update("delete from tenancy_audit_log"))
                .isInstanceOf(DataAccessException.class).rootCause()
                .hasMessageContaining("permission denied for table tenancy_audit_log");
        assertThatThrownBy(() -> jdbc.update("truncate tenancy_audit_log"))
                .isInstanceOf(DataAccessException.class).rootCause()
                .hasMessageContaining("permission denied for table tenancy_audit_log");
        assertThat(jdbc.queryForObject("select count(*) from tenancy_audit_log where action = 'FORGED'", Long.class))
                .isZero();
    }
}
