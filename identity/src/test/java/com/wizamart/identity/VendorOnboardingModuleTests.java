package com.wizamart.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.modulith.test.Scenario;

import com.wizamart.identity.VendorOnboarding.OnboardedVendor;
import com.wizamart.identity.application.Authentication;
import com.wizamart.identity.application.Authentication.LoginResult;
import com.wizamart.identity.application.TeamAdministration;
import com.wizamart.identity.application.UserAdministration;
import com.wizamart.identity.application.UserAdministration.UserWithMemberships;
import com.wizamart.identity.application.port.in.MembershipView;
import com.wizamart.identity.application.port.in.UserQuery;
import com.wizamart.identity.domain.DefaultRoles;
import com.wizamart.identity.domain.Membership;
import com.wizamart.identity.domain.PermissionCatalog;
import com.wizamart.identity.domain.Role;
import com.wizamart.sharedkernel.DomainException;
import com.wizamart.sharedkernel.FieldViolation;
import com.wizamart.sharedkernel.ValidationException;
import com.wizamart.tenancy.Actor;
import com.wizamart.tenancy.VendorCreated;
import com.wizamart.tenancy.VendorScope;
import com.wizamart.tenancy.VendorSummary;
import com.wizamart.tenancy.Vendors;

/** A new vendor's team: identity answers tenancy's {@link VendorCreated} with the default roles and the owner. */
@IdentityModuleTest
class VendorOnboardingModuleTests {

    @Autowired
    Vendors vendors;

    @Autowired
    VendorOnboarding onboarding;

    @Autowired
    Authentication authentication;

    @Autowired
    UserAdministration users;

    @Autowired
    TeamAdministration team;

    @Autowired
    TeamDirectory directory;

    @Autowired
    VendorScope vendorScope;

    @Autowired
    Teams teams;

    @Test
    void aNewVendorGetsTheDefaultRolesAndItsOwnerANewAccountAsOwner(Scenario scenario) {
        String label = Teams.label();
        String email = "owner@" + label + ".example";

        scenario.stimulate(() -> vendors.register(Teams.register(label, email), Actor.system()))
                .andWaitForEventOfType(VendorCreated.class)
                .matchingMappedValue(VendorCreated::code, label)
                .toArriveAndVerify((event, vendor) -> {
                    UserWithMemberships owner = account(email);
                    assertThat(owner.user().pending()).as("the owner activates the account").isTrue();
                    assertThat(owner.user().firstName()).isEqualTo("Olive");
                    assertThat(owner.memberships()).singleElement().satisfies(m -> {
                        assertThat(m.vendorId()).isEqualTo(vendor.id());
                        assertThat(m.role()).isEqualTo(Role.OWNER);
                        assertThat(m.status()).isEqualTo(Membership.Status.ACTIVE);
                    });
                    assertThat(vendorScope.callAs(vendor.id(), team::roles)).extracting(Role::name)
                            .containsExactlyInAnyOrderElementsOf(DefaultRoles.PERMISSIONS.keySet());
                    assertThat(directory.membershipOf(vendor.id(), owner.user().id())).isPresent();
                    assertThat(directory.countMembers(vendor.id())).isOne();
                });
    }

    @Test
    void anOwnerWhoHasAnAccountBecomesOwnerOfTheNewVendorWithIt() {
        Teams.Shop first = teams.open();
        String label = Teams.label();

        VendorSummary second = vendors.register(Teams.register(label, first.ownerEmail().toUpperCase()),
                Actor.system());

        UserWithMemberships owner = account(first.ownerEmail());
        assertThat(owner.user().id()).isEqualTo(first.ownerId());
        assertThat(owner.memberships()).extracting(MembershipView::vendorId, MembershipView::role)
                .containsExactlyInAnyOrder(tuple(first.vendorId(), Role.OWNER),
                        tuple(second.id(), Role.OWNER));
    }

    @Test
    void aVendorWhoseOwnerCannotBeCreatedIsNotOpened() {
        String label = Teams.label();

        assertThatThrownBy(() -> vendors.register(Teams.register(label, "not an address"), Actor.system()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactly("email"));

        assertThat(vendors.findByCode(label)).isEmpty();
    }

    @Test
    void onboardingAttachesAnExistingAccountOnlyWhenTheAdminConfirmsItIsTheOwners() {
        Teams.Shop first = teams.open();
        String label = Teams.label();

        assertThatThrownBy(() -> onboarding.open(Teams.register(label, first.ownerEmail()), null, false, Actor.system()))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.errorCode()).isEqualTo("OWNER_ACCOUNT_EXISTS"));
        assertThat(vendors.findByCode(label)).isEmpty();

        OnboardedVendor attached = onboarding.open(Teams.register(label, first.ownerEmail()), "a temporary one",
                true, Actor.system());

        assertThat(attached.owner().id()).isEqualTo(first.ownerId());
        assertThat(attached.owner().existingUser()).isTrue();
        assertThat(attached.owner().mustChangePassword()).as("an existing account keeps its password").isFalse();
        assertThat(attached.ownerActivationUrl()).isNull();
        assertThat(authentication.loginVendorMember(first.ownerEmail(), Teams.PASSWORD,
                vendors.findById(attached.vendor().id()).orElseThrow(), Teams.address()).role()).isEqualTo(Role.OWNER);
    }

    @Test
    void anOwnerWithATemporaryPasswordChangesItBeforeTheFirstLogin() {
        String label = Teams.label();
        String email = "owner@" + label + ".example";
        OnboardedVendor opened = onboarding.open(Teams.register(label, email), "temporary password", false,
                Actor.system());
        VendorSummary vendor = vendors.findById(opened.vendor().id()).orElseThrow();
        String address = Teams.address();

        assertThat(opened.owner().mustChangePassword()).isTrue();
        assertThat(opened.ownerActivationUrl()).isNull();
        assertThatThrownBy(() -> authentication.loginVendorMember(email, "temporary password", vendor, address))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.errorCode()).isEqualTo("PASSWORD_CHANGE_REQUIRED"));

        authentication.changePassword(email, "temporary password", Teams.PASSWORD, address);
        LoginResult login = authentication.loginVendorMember(email, Teams.PASSWORD, vendor, address);

        assertThat(login.role()).isEqualTo(Role.OWNER);
        assertThat(login.permissions()).containsExactlyElementsOf(PermissionCatalog.ALL);
        assertThat(login.vendor().id()).isEqualTo(vendor.id());
    }

    private UserWithMemberships account(String email) {
        List<UserWithMemberships> found = users.search(new UserQuery(email, null, null), PageRequest.of(0, 10))
                .getContent();
        assertThat(found).as(email).hasSize(1);
        return found.getFirst();
    }
}
