package com.wizamart.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.PublishedEvents;
import org.springframework.modulith.test.Scenario;

import com.wizamart.identity.application.PasswordResets;
import com.wizamart.identity.application.TeamAdministration;
import com.wizamart.sharedkernel.DomainException;
import com.wizamart.tenancy.Actor;
import com.wizamart.tenancy.VendorScope;

/**
 * The account events mails are sent for: published by the use cases that make the one-time tokens, in their
 * transaction, with links to the web apps' pages (the token in the fragment); nothing for an address without account.
 */
@IdentityModuleTest
class AccountEventsModuleTests {

    @Autowired
    VendorOnboarding onboarding;

    @Autowired
    TeamAdministration team;

    @Autowired
    PasswordResets resets;

    @Autowired
    VendorScope vendorScope;

    @Autowired
    Teams teams;

    @Test
    void openingAVendorWhoseOwnerHasNoPasswordPublishesTheActivationLink(Scenario scenario) {
        String label = Teams.label();
        String email = "owner@" + label + ".example";

        scenario.stimulate(() -> onboarding.open(Teams.register(label, email), null, false, Actor.system()))
                .andWaitForEventOfType(OwnerActivationIssued.class)
                .matchingMappedValue(OwnerActivationIssued::email, email)
                .toArriveAndVerify((event, opened) -> {
                    assertThat(event.vendorId()).isEqualTo(opened.vendor().id());
                    assertThat(event.userId()).isEqualTo(opened.owner().id());
                    assertThat(event.firstName()).isEqualTo("Olive");
                    assertThat(event.activationUrl())
                            .isEqualTo("http://localhost:8080/vendor/#/activate?token=" + opened.ownerActivationToken());
                    assertThat(event.expiresAt()).isAfter(Instant.now().plusSeconds(71 * 3600));
                });
    }

    @Test
    void anOwnerWithAnInitialPasswordGetsNoActivationMail(PublishedEvents events) {
        String label = Teams.label();
        String email = "owner@" + label + ".example";

        onboarding.open(Teams.register(label, email), "a first password", false, Actor.system());

        assertThat(events.ofType(OwnerActivationIssued.class).matching(OwnerActivationIssued::email, email::equals)).isEmpty();
    }

    @Test
    void invitingSomeonePublishesTheInvitationWithTheLinkAndWhoInvited(Scenario scenario) {
        Teams.Shop shop = teams.open();
        String email = Teams.label() + "@invitee.example";

        scenario.stimulate(() -> vendorScope.callAs(shop.vendorId(), () -> team.invite(email, "Editor", shop.ownerId())))
                .andWaitForEventOfType(TeamInvitationIssued.class)
                .matchingMappedValue(TeamInvitationIssued::email, email)
                .toArriveAndVerify((event, issued) -> {
                    assertThat(event.vendorId()).isEqualTo(shop.vendorId());
                    assertThat(event.invitationId()).isEqualTo(issued.invitation().id());
                    assertThat(event.roleName()).isEqualTo("Editor");
                    assertThat(event.invitedBy()).isEqualTo("Olive Owner");
                    assertThat(event.acceptUrl()).isEqualTo(issued.acceptUrl())
                            .startsWith("http://localhost:8080/vendor/#/invitation?token=" + shop.vendorId() + ".");
                    assertThat(event.expiresAt()).isEqualTo(issued.invitation().expiresAt());
                });
    }

    @Test
    void anInvitationThatFailsPublishesNothing(PublishedEvents events) {
        Teams.Shop shop = teams.open();
        Teams.Member viewer = teams.join(shop, "Viewer");
        String email = Teams.label() + "@invitee.example";

        assertThatThrownBy(() -> vendorScope.callAs(shop.vendorId(), () -> team.invite(email, "Owner", viewer.userId())))
                .isInstanceOf(DomainException.class);

        assertThat(events.ofType(TeamInvitationIssued.class).matching(TeamInvitationIssued::email, email::equals)).isEmpty();
    }

    @Test
    void aResetRequestOfAnAccountPublishesTheLinkAndOfAnUnknownAddressNothing(Scenario scenario,
                                                                             PublishedEvents events) {
        Teams.Shop shop = teams.open();
        String unknown = Teams.label() + "@nobody.example";

        resets.requestForTeamAccount(unknown, Teams.address());
        assertThat(events.ofType(PasswordResetRequested.class).matching(PasswordResetRequested::email, unknown::equals))
                .isEmpty();

        scenario.stimulate(() -> resets.requestForTeamAccount(shop.ownerEmail().toUpperCase(), Teams.address()))
                .andWaitForEventOfType(PasswordResetRequested.class)
                .matchingMappedValue(PasswordResetRequested::email, shop.ownerEmail())
                .toArriveAndVerify(event -> {
                    assertThat(event.accountId()).isEqualTo(shop.ownerId());
                    assertThat(event.audience()).isEqualTo(PasswordResetRequested.Audience.TEAM_MEMBER);
                    assertThat(event.vendorId()).isNull();
                    assertThat(event.resetUrl()).startsWith("http://localhost:8080/vendor/#/reset-password?token=");
                });
    }

    @Test
    void aPendingOwnerGetsNoResetLinkButCompletesTheAccountThroughTheActivationLink(PublishedEvents events) {
        String label = Teams.label();
        String email = "owner@" + label + ".example";
        onboarding.open(Teams.register(label, email), null, false, Actor.system());

        resets.requestForTeamAccount(email, Teams.address());

        assertThat(events.ofType(PasswordResetRequested.class).matching(PasswordResetRequested::email, email::equals))
                .isEmpty();
    }
}
