package com.wizamart.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import com.wizamart.support.AccountMails;
import com.wizamart.support.ApiTest;
import com.wizamart.support.Fixtures;
import com.wizamart.support.Fixtures.VendorAccount;
import com.wizamart.support.Http;

import tools.jackson.databind.JsonNode;

/**
 * With {@code wizamart.identity.return-links: never} (what {@code auto} does once a mail server is configured), the
 * API answers carry no invitation or activation link nor token: only the addressee's mail does, and it works. The
 * other tests run with {@code always}, and see the links in the answers.
 */
@TestPropertySource(properties = "wizamart.identity.return-links=never")
class ReturnedLinksIntegrationTests extends ApiTest {

    @Autowired
    private AccountMails mails;

    @Test
    void anInvitationAnswerCarriesNoLinkAndTheInviteeAcceptsWithTheMailedOne() {
        VendorAccount vendor = fixtures.vendor();
        String email = Fixtures.unique("mailed") + "@team.test";

        Http.Response invited = http.post("/api/v1/vendor/team/invitations").bearer(vendor.owner().accessToken())
                .json(Map.of("email", email, "role", "Editor")).send();

        assertThat(invited.status()).as(invited.toString()).isEqualTo(201);
        assertThat(invited.json().hasNonNull("token")).isFalse();
        assertThat(invited.json().hasNonNull("acceptUrl")).isFalse();
        assertThat(invited.body()).doesNotContain("token=");
        TeamInvitationIssued mail = mails.latest(TeamInvitationIssued.class, email).orElseThrow();
        assertThat(invited.body()).doesNotContain(AccountMails.tokenOf(mail.acceptUrl()));
        fixtures.accept(AccountMails.tokenOf(mail.acceptUrl()));
        assertThat(fixtures.loginMember(email, vendor.code()).role()).isEqualTo("Editor");
    }

    @Test
    void aNewVendorsAnswerSaysTheActivationLinkWasMailedAndTheOwnerActivatesWithIt() {
        String code = Fixtures.unique("m").toLowerCase();
        String ownerEmail = "owner-" + code + "@shop.test";

        Http.Response created = http.post("/api/v1/admin/vendors").bearer(fixtures.sharedAdmin().accessToken())
                .json(Map.of("code", code, "name", "Shop " + code, "subdomain", code,
                        "businessEmail", "hello@" + code + ".test",
                        "owner", Map.of("email", ownerEmail, "firstName", "Olga"))).send();

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode body = created.json();
        assertThat(body.hasNonNull("ownerActivationUrl")).isFalse();
        assertThat(body.hasNonNull("ownerActivationToken")).isFalse();
        assertThat(body.get("ownerActivationMailed").asBoolean()).isTrue();
        OwnerActivationIssued mail = mails.latest(OwnerActivationIssued.class, ownerEmail).orElseThrow();
        assertThat(mail.activationUrl()).startsWith("http://localhost:8080/vendor/#/activate?token=");
        assertThat(created.body()).doesNotContain(AccountMails.tokenOf(mail.activationUrl()));
        assertThat(http.post("/api/v1/auth/activation/" + AccountMails.tokenOf(mail.activationUrl()))
                .json(Map.of("password", Fixtures.PASSWORD)).send().status()).isEqualTo(204);
        assertThat(fixtures.loginMember(ownerEmail, code).role()).isEqualTo("Owner");
    }

    @Test
    void aVendorWhoseOwnerGotAnInitialPasswordHasNothingMailed() {
        String code = Fixtures.unique("p").toLowerCase();
        Http.Response created = http.post("/api/v1/admin/vendors").bearer(fixtures.sharedAdmin().accessToken())
                .json(Map.of("code", code, "name", "Shop " + code, "subdomain", code,
                        "businessEmail", "hello@" + code + ".test", "initialPassword", "a-temporary-secret",
                        "owner", Map.of("email", "owner-" + code + "@shop.test", "firstName", "Olga"))).send();

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().get("ownerActivationMailed").asBoolean()).isFalse();
        assertThat(mails.to(OwnerActivationIssued.class, "owner-" + code + "@shop.test")).isEmpty();
    }
}
