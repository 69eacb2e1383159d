package com.wizamart.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import com.wizamart.identity.OwnerActivationIssued;
import com.wizamart.identity.PlatformAccounts;
import com.wizamart.identity.TeamInvitationIssued;
import com.wizamart.tenancy.Vendors;

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
    private final AccountMails mails;
    private final Vendors vendors;
    private Http http;
    private Session sharedAdmin;
    private long sharedAdminSince;

    @Autowired
    public Fixtures(PlatformAccounts accounts, AccountMails mails, Vendors vendors) {
        this.accounts = accounts;
        this.mails = mails;
        this.vendors = vendors;
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

    /**
     * One admin shared by all tests that only need "an admin" (saves a password hash and a login per use). Tests
     * that change an admin's account must make their own with {@link #admin()}.
     */
    public synchronized Session sharedAdmin() {
        // A context lives as long as the test classes that share it, longer than an access token (15 minutes): the
        // shared admin is made anew before its token could expire in the middle of a test.
        if (sharedAdmin == null || System.nanoTime() - sharedAdminSince > SHARED_ADMIN_RENEWAL.toNanos()) {
            sharedAdmin = admin();
            sharedAdminSince = System.nanoTime();
        }
        return sharedAdmin;
    }

    private static final java.time.Duration SHARED_ADMIN_RENEWAL = java.time.Duration.ofMinutes(5);

    /** A fresh vendor with an activated owner, and the owner's session. */
    public VendorAccount vendor() {
        return vendor(sharedAdmin());
    }

    public VendorAccount vendor(Session admin) {
        String code = unique("v").toLowerCase();
        String ownerEmail = "owner-" + code + "@shop.test";
        Http.Response created = http.post("/api/v1/admin/vendors").bearer(admin.accessToken()).json(Map.of(
                "code", code, "name", "Shop " + code, "subdomain", code, "businessEmail", "hello@" + code + ".test",
                "owner", Map.of("email", ownerEmail, "firstName", "Olga", "lastName", "Owner"))).send();
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode body = created.json();
        // the answer carries the token while links are returned; the owner's mail always does
        String token = body.hasNonNull("ownerActivationToken") ? body.get("ownerActivationToken").asString()
                : AccountMails.tokenOf(mails.latest(OwnerActivationIssued.class, ownerEmail).orElseThrow().activationUrl());
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
        String email = unique(role.toLowerCase().replaceAll("[^a-z0-9]", "")) + "@team.test";
        String token = invite(vendor.owner(), email, role);
        accept(token);
        return loginMember(email, vendor.code());
    }

    /** Invites {@code email} as {@code role} with the inviter's token; answers the one-time invitation token. */
    public String invite(Session inviter, String email, String role) {
        Http.Response invited = http.post("/api/v1/vendor/team/invitations").bearer(inviter.accessToken())
                .json(Map.of("email", email, "role", role)).send();
        assertThat(invited.status()).as(invited.toString()).isEqualTo(201);
        // the answer carries the token while links are returned; the invitee's mail always does
        return invited.json().hasNonNull("token") ? invited.json().get("token").asString()
                : AccountMails.tokenOf(mails.latest(TeamInvitationIssued.class, email).orElseThrow().acceptUrl());
    }

    /** A new person accepts an invitation, choosing {@link #PASSWORD} as their first password. */
    public Http.Response accept(String invitationToken) {
        Http.Response accepted = http.post("/api/v1/auth/invitations/" + invitationToken + "/accept")
                .json(Map.of("password", PASSWORD, "firstName", "Tess", "lastName", "Member")).send();
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        return accepted;
    }

    /** An existing account accepts an invitation signed in as itself (any of its team sessions). */
    public Http.Response acceptAs(Session account, String invitationToken) {
        Http.Response accepted = http.post("/api/v1/auth/invitations/" + invitationToken + "/accept")
                .bearer(account.accessToken()).json(Map.of()).send();
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        return accepted;
    }

    /** The id of the vendor's team membership of {@code email}, as the team list shows it. */
    public UUID membershipId(VendorAccount vendor, String email) {
        Http.Response members = http.get("/api/v1/vendor/team/members?size=200").bearer(vendor.owner().accessToken())
                .send();
        assertThat(members.status()).as(members.toString()).isEqualTo(200);
        for (JsonNode member : members.json().get("content")) {
            if (member.get("email").asString().equals(email)) {
                return UUID.fromString(member.get("id").asString());
            }
        }
        throw new AssertionError(email + " is not in the team of " + vendor.code() + ": " + members);
    }

    /** Registers a customer at the vendor's shop and answers their session. */
    public Session customer(VendorAccount vendor) {
        return customer(vendor.code(), unique("customer") + "@mail.test", PASSWORD);
    }

    /** Registers a customer with this email and password at the shop {@code vendorCode}. */
    public Session customer(String vendorCode, String email, String password) {
        return customer(vendorCode, email, password, "Chris", "Customer");
    }

    /**
     * Registers a customer with this email, password and name at the shop {@code vendorCode}, follows the link mailed
     * to prove the address (a new customer), and signs them in.
     */
    public Session customer(String vendorCode, String email, String password, String firstName, String lastName) {
        UUID vendorId = vendorId(vendorCode);
        int mailed = mails.verificationsTo(vendorId, email);
        Http.Response registered = register(vendorCode, email, password, firstName, lastName);
        assertThat(registered.status()).as(registered.toString()).isEqualTo(202);
        if (mails.verificationsTo(vendorId, email) > mailed) {
            // a new customer; registering a known address again (a second session) mails no link
            verifyEmail(vendorCode, email);
        }
        Http.Response login = http.post("/api/v1/public/vendors/" + vendorCode + "/auth/login")
                .json(Map.of("email", email, "password", password)).send();
        assertThat(login.status()).as(login.toString()).isEqualTo(200);
        return Session.of(login.json(), email, vendorCode, null);
    }

    /** Sends a registration at the shop {@code vendorCode}; it answers 202 alike for new and known emails. */
    public Http.Response register(String vendorCode, String email, String password, String firstName,
                                  String lastName) {
        return http.post("/api/v1/public/vendors/" + vendorCode + "/auth/register")
                .json(Map.of("email", email, "password", password, "firstName", firstName, "lastName", lastName))
                .send();
    }

    /**
     * Follows the newest link mailed to {@code email} to prove it as a customer of the shop {@code vendorCode} (as the
     * customer does after registering).
     */
    public void verifyEmail(String vendorCode, String email) {
        UUID vendorId = vendorId(vendorCode);
        Http.Response verified = http.post("/api/v1/public/vendors/" + vendorCode + "/auth/verify-email")
                .json(Map.of("token", mails.verificationToken(vendorId, email))).send();
        assertThat(verified.status()).as(verified.toString()).isEqualTo(204);
    }

    /** The id of the shop with this code. */
    public UUID vendorId(String vendorCode) {
        return vendors.findByCode(vendorCode).orElseThrow(() -> new AssertionError("no shop " + vendorCode)).id();
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
