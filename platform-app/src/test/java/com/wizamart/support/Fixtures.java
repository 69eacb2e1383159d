package com.wizamart.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import com.wizamart.identity.PlatformAccounts;

import tools.jackson.databind.JsonNode;

/**
 * Builds what tests need through the real API: admins, vendors with owners, team members of any role, customers.
 * Names are unique per call, so tests never collide in the shared database.
 */
@Component
public class Fixtures {

    public static final String PASSWORD = "correct-horse-battery";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final PlatformAccounts accounts;
    private Http http;

    @Autowired
    public Fixtures(PlatformAccounts accounts) {
        this.accounts = accounts;
    }

    /** Must be called with the server's port before use (the base class does). */
    public Fixtures on(int port) {
        this.http = new Http(port);
        return this;
    }

    public Http http() {
        return http;
    }

    public static String unique(String prefix) {
        return prefix + "-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36) + SEQUENCE.incrementAndGet();
    }

    /** A fresh platform admin and its access token. */
    public Session admin() {
        String email = unique("admin") + "@wizamart.test";
        accounts.ensurePlatformAdmin(email, PASSWORD, "Test", "Admin");
        Http.Response login = http.post("/api/v1/admin/auth/login")
                .json(Map.of("email", email, "password", PASSWORD)).send();
        assertThat(login.status()).as(login.toString()).isEqualTo(200);
        return Session.of(login.json(), email, null, null);
    }

    /** A fresh vendor with an activated owner, and the owner's session. */
    public VendorAccount vendor() {
        return vendor(admin());
    }

    public VendorAccount vendor(Session admin) {
        String code = unique("v").toLowerCase();
        String ownerEmail = "owner-" + code + "@shop.test";
        Http.Response created = http.post("/api/v1/admin/vendors").bearer(admin.accessToken()).json(Map.of(
                "code", code, "name", "Shop " + code, "subdomain", code, "businessEmail", "hello@" + code + ".test",
                "owner", Map.of("email", ownerEmail, "firstName", "Olga", "lastName", "Owner"))).send();
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode body = created.json();
        String token = body.get("ownerActivationToken").asString();
        Http.Response activated = http.post("/api/v1/auth/activation/" + token)
                .json(Map.of("password", PASSWORD)).send();
        assertThat(activated.status()).as(activated.toString()).isEqualTo(204);
        UUID id = UUID.fromString(body.get("id").asString());
        return new VendorAccount(id, code, loginMember(ownerEmail, code));
    }

    /** Logs a team member in at a vendor. */
    public Session loginMember(String email, String vendorCode) {
        Http.Response login = http.post("/api/v1/vendor/auth/login")
                .json(Map.of("email", email, "password", PASSWORD, "vendorCode", vendorCode)).send();
        assertThat(login.status()).as(login.toString()).isEqualTo(200);
        return Session.of(login.json(), email, vendorCode, login.json().get("role").asString());
    }

    /** Invites a new person into the vendor's team with {@code role}, accepts, and logs them in. */
    public Session member(VendorAccount vendor, String role) {
        String email = unique(role.toLowerCase()) + "@team.test";
        Http.Response invited = http.post("/api/v1/vendor/team/invitations").bearer(vendor.owner().accessToken())
                .json(Map.of("email", email, "role", role)).send();
        assertThat(invited.status()).as(invited.toString()).isEqualTo(201);
        Http.Response accepted = http.post("/api/v1/auth/invitations/" + invited.json().get("token").asString()
                + "/accept").json(Map.of("password", PASSWORD, "firstName", "Tess", "lastName", role)).send();
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        return loginMember(email, vendor.code());
    }

    /** Registers a customer at the vendor's shop and answers their session. */
    public Session customer(VendorAccount vendor) {
        String email = unique("customer") + "@mail.test";
        Http.Response registered = http.post("/api/v1/public/vendors/" + vendor.code() + "/auth/register")
                .json(Map.of("email", email, "password", PASSWORD, "firstName", "Chris", "lastName", "Customer"))
                .send();
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        return Session.of(registered.json(), email, vendor.code(), null);
    }

    /** A logged-in account. */
    public record Session(String accessToken, String refreshToken, UUID userId, String email, String vendorCode,
                          String role) {

        static Session of(JsonNode login, String email, String vendorCode, String role) {
            return new Session(login.get("accessToken").asString(), login.get("refreshToken").asString(),
                    UUID.fromString(login.get("user").get("id").asString()), email, vendorCode, role);
        }
    }

    /** A vendor and its owner's session. */
    public record VendorAccount(UUID id, String code, Session owner) {
    }
}
