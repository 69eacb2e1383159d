package com.wizamart.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

import com.wizamart.identity.application.Authentication;
import com.wizamart.identity.application.Authentication.LoginResult;
import com.wizamart.identity.application.TeamAdministration;
import com.wizamart.identity.application.TeamAdministration.AcceptInvitationCommand;
import com.wizamart.identity.application.TeamAdministration.IssuedInvitation;
import com.wizamart.identity.application.port.in.MemberView;
import com.wizamart.identity.domain.DefaultRoles;
import com.wizamart.identity.domain.Membership;
import com.wizamart.identity.domain.PermissionCatalog;
import com.wizamart.identity.domain.Role;
import com.wizamart.sharedkernel.DomainException;
import com.wizamart.tenancy.VendorScope;
import com.wizamart.tenancy.VendorSummary;
import com.wizamart.tenancy.Vendors;
import com.wizamart.tenancy.application.AuditViews;
import com.wizamart.tenancy.application.port.in.AuditQuery;
import com.wizamart.tenancy.application.port.in.AuditRecord;

/**
 * A vendor's team: invitations, roles and who may change them, each asked also the other way round: can a member of
 * one vendor use it to act in another's team?
 */
@IdentityModuleTest
class TeamModuleTests {

    @Autowired
    TeamAdministration team;

    @Autowired
    Authentication authentication;

    @Autowired
    Vendors vendors;

    @Autowired
    VendorScope vendorScope;

    @Autowired
    AuditViews audit;

    @Autowired
    Teams teams;

    @Test
    void anInvitedPersonJoinsWithTheRoleTheyWereInvitedWith() {
        Teams.Shop shop = teams.open();

        Teams.Member editor = teams.join(shop, "Editor");

        MemberView member = teams.member(shop, editor.email());
        assertThat(member.role()).isEqualTo("Editor");
        assertThat(member.status()).isEqualTo(Membership.Status.ACTIVE);
        assertThat(as(shop, team::pendingInvitations)).isEmpty();
        LoginResult login = authentication.loginVendorMember(editor.email(), Teams.PASSWORD, vendor(shop),
                Teams.address());
        assertThat(login.role()).isEqualTo("Editor");
        assertThat(login.permissions()).containsExactlyInAnyOrderElementsOf(DefaultRoles.PERMISSIONS.get("Editor"));
        assertThat(actions(shop)).contains("INVITATION_SENT", "INVITATION_ACCEPTED", "MEMBER_JOINED");
    }

    @Test
    void anInvitationIsAcceptedOnce() {
        Teams.Shop shop = teams.open();
        IssuedInvitation invitation = invite(shop, Teams.label() + "@members.example", "Viewer");
        team.accept(accept(invitation.token()));

        assertRefused(() -> team.accept(accept(invitation.token())), "INVITATION_NOT_FOUND");
    }

    @Test
    void aWithdrawnInvitationNoLongerWorks() {
        Teams.Shop shop = teams.open();
        IssuedInvitation invitation = invite(shop, Teams.label() + "@members.example", "Viewer");
        assertThat(as(shop, team::pendingInvitations)).hasSize(1);

        vendorScope.runAs(shop.vendorId(), () -> team.revokeInvitation(invitation.invitation().id(), shop.ownerId()));

        assertThat(as(shop, team::pendingInvitations)).isEmpty();
        assertRefused(() -> team.accept(accept(invitation.token())), "INVITATION_NOT_FOUND");
    }

    @Test
    void aManagerNeitherInvitesAnOwnerNorGrantsWhatTheyDoNotHold() {
        Teams.Shop shop = teams.open();
        Teams.Member manager = teams.join(shop, "Manager");

        assertRefused(() -> invite(shop, Teams.label() + "@members.example", Role.OWNER, manager),
                "OWNER_ROLE_RESERVED");
        assertRefused(() -> as(shop, () -> team.createRole("Accountant", List.of(PermissionCatalog.SETTINGS_EDIT),
                manager.userId())), "ROLE_EXCEEDS_OWN_PERMISSIONS");
        assertThat(as(shop, () -> team.createRole("Packer", List.of(PermissionCatalog.ORDERS_VIEW,
                PermissionCatalog.ORDERS_EDIT), manager.userId())).permissions())
                .containsExactlyInAnyOrder(PermissionCatalog.ORDERS_VIEW, PermissionCatalog.ORDERS_EDIT);
    }

    @Test
    void theLastOwnerCanNeitherBeDemotedNorRemoved() {
        Teams.Shop shop = teams.open();
        MemberView owner = teams.member(shop, shop.ownerEmail());

        assertRefused(() -> as(shop, () -> team.changeRole(owner.id(), "Manager", shop.ownerId())), "LAST_OWNER");
        assertRefused(() -> vendorScope.runAs(shop.vendorId(), () -> team.remove(owner.id(), shop.ownerId())),
                "LAST_OWNER");
        assertThat(teams.member(shop, shop.ownerEmail()).role()).isEqualTo(Role.OWNER);
    }

    @Test
    void theOwnerOfOneVendorCannotChangeAnotherVendorsTeam() {
        Teams.Shop mine = teams.open();
        Teams.Shop theirs = teams.open();
        Teams.Member theirViewer = teams.join(theirs, "Viewer");

        // bound to their own vendor, the other team's memberships do not exist
        assertRefused(() -> as(mine, () -> team.changeRole(theirViewer.membershipId(), "Manager", mine.ownerId())),
                "MEMBER_NOT_FOUND");
        assertRefused(() -> vendorScope.runAs(mine.vendorId(), () -> team.remove(theirViewer.membershipId(),
                mine.ownerId())), "MEMBER_NOT_FOUND");
        // bound to the other vendor, they are nobody there
        assertRefused(() -> as(theirs, () -> team.changeRole(theirViewer.membershipId(), "Manager", mine.ownerId())),
                "ACCESS_DENIED");
        assertRefused(() -> invite(theirs, Teams.label() + "@members.example", "Manager", mine.ownerId()),
                "ACCESS_DENIED");

        assertThat(teams.member(theirs, theirViewer.email()).role()).isEqualTo("Viewer");
    }

    @Test
    void anExistingAccountJoinsAnotherTeamOnlyWhenItProvesItIsThatAccount() {
        Teams.Shop first = teams.open();
        Teams.Shop second = teams.open();
        Teams.Member member = teams.join(first, "Editor");
        String token = invite(second, member.email(), "Viewer").token();

        // a first password for an account that exists is never taken
        assertRefused(() -> team.accept(accept(token)), "SIGN_IN_REQUIRED");
        assertRefused(() -> team.accept(new AcceptInvitationCommand(token, null, null, null, null, "not the password",
                Teams.address())), "INVALID_CREDENTIALS");
        assertRefused(() -> team.accept(new AcceptInvitationCommand(token, null, null, null, first.ownerId(), null,
                Teams.address())), "SIGN_IN_REQUIRED");

        team.accept(new AcceptInvitationCommand(token, null, null, null, null, Teams.PASSWORD, Teams.address()));

        assertThat(teams.member(second, member.email()).role()).isEqualTo("Viewer");
        assertThat(authentication.loginVendorMember(member.email(), Teams.PASSWORD, vendor(first), Teams.address())
                .role()).isEqualTo("Editor");
    }

    @Test
    void aRoleChangeEndsTheMembersSessionsAtThatVendor() {
        Teams.Shop shop = teams.open();
        Teams.Member member = teams.join(shop, "Viewer");
        LoginResult login = authentication.loginVendorMember(member.email(), Teams.PASSWORD, vendor(shop),
                Teams.address());

        as(shop, () -> team.changeRole(member.membershipId(), "Editor", shop.ownerId()));

        assertRefused(() -> authentication.refresh(login.tokens().refreshToken()), "INVALID_REFRESH_TOKEN");
        assertThat(authentication.loginVendorMember(member.email(), Teams.PASSWORD, vendor(shop), Teams.address())
                .role()).isEqualTo("Editor");
    }

    private IssuedInvitation invite(Teams.Shop shop, String email, String role) {
        return invite(shop, email, role, shop.ownerId());
    }

    private IssuedInvitation invite(Teams.Shop shop, String email, String role, Teams.Member by) {
        return invite(shop, email, role, by.userId());
    }

    private IssuedInvitation invite(Teams.Shop shop, String email, String role, UUID by) {
        return as(shop, () -> team.invite(email, role, by));
    }

    private static AcceptInvitationCommand accept(String token) {
        return new AcceptInvitationCommand(token, Teams.PASSWORD, "New", "Member", null, null, Teams.address());
    }

    private <T> T as(Teams.Shop shop, Supplier<T> work) {
        return vendorScope.callAs(shop.vendorId(), work);
    }

    private VendorSummary vendor(Teams.Shop shop) {
        return vendors.findById(shop.vendorId()).orElseThrow();
    }

    private List<String> actions(Teams.Shop shop) {
        return audit.search(new AuditQuery(shop.vendorId(), null, null, null, null, null, null), PageRequest.of(0, 50))
                .map(AuditRecord::action).getContent();
    }

    private static void assertRefused(ThrowingCallable call, String errorCode) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.errorCode()).isEqualTo(errorCode));
    }
}
