package com.wizamart.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.wizamart.identity.application.Authentication;
import com.wizamart.identity.config.IdentityProperties;
import com.wizamart.sharedkernel.DomainException;
import com.wizamart.sharedkernel.ThrottledException;
import com.wizamart.tenancy.VendorScope;
import com.wizamart.tenancy.VendorSummary;
import com.wizamart.tenancy.Vendors;

/**
 * Password guessing is slowed down per account, wherever the account's password is checked, and per shop for a
 * customer; a failure says only {@code INVALID_CREDENTIALS}.
 */
@IdentityModuleTest
class LoginThrottleModuleTests {

    private static final String WRONG = "not the password";

    @Autowired
    Authentication authentication;

    @Autowired
    PlatformAccounts accounts;

    @Autowired
    Vendors vendors;

    @Autowired
    VendorScope vendorScope;

    @Autowired
    IdentityProperties properties;

    @Autowired
    Teams teams;

    @Test
    void afterTooManyFailuresEvenTheRightPasswordIsRefused_fromAnyAddress() {
        String admin = admin();
        String address = Teams.address();

        for (int i = 0; i < maxFailures(); i++) {
            assertRefused(() -> authentication.loginAdmin(admin, WRONG, address), "INVALID_CREDENTIALS");
        }

        assertThatThrownBy(() -> authentication.loginAdmin(admin, Teams.PASSWORD, address))
                .isInstanceOfSatisfying(ThrottledException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo("TOO_MANY_ATTEMPTS");
                    assertThat(e.retryAfter()).isPositive();
                });
        assertRefused(() -> authentication.loginAdmin(admin, Teams.PASSWORD, Teams.address()), "TOO_MANY_ATTEMPTS");
    }

    @Test
    void aSuccessfulLoginStartsTheCountAgain() {
        String admin = admin();
        String address = Teams.address();

        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < maxFailures() - 1; i++) {
                assertRefused(() -> authentication.loginAdmin(admin, WRONG, address), "INVALID_CREDENTIALS");
            }
            assertThat(authentication.loginAdmin(admin, Teams.PASSWORD, address).email()).isEqualTo(admin);
        }
    }

    @Test
    void anAccountHasOneBudgetWhereverItsPasswordIsChecked() {
        Teams.Shop shop = teams.open();
        VendorSummary vendor = vendors.findById(shop.vendorId()).orElseThrow();

        for (int i = 0; i < maxFailures(); i++) {
            String address = Teams.address();
            ThrowingCallable guess = i % 2 == 0
                    ? () -> authentication.loginVendorMember(shop.ownerEmail(), WRONG, vendor, address)
                    : () -> authentication.changePassword(shop.ownerEmail(), WRONG, "a brand new password", address);
            assertRefused(guess, "INVALID_CREDENTIALS");
        }

        assertRefused(() -> authentication.loginVendorMember(shop.ownerEmail(), Teams.PASSWORD, vendor, Teams.address()),
                "TOO_MANY_ATTEMPTS");
    }

    @Test
    void anUnknownAccountAnswersAsAWrongPasswordDoes() {
        String address = Teams.address();

        assertRefused(() -> authentication.loginAdmin(Teams.label() + "@nobody.example", WRONG, address),
                "INVALID_CREDENTIALS");
        assertRefused(() -> authentication.loginAdmin("not an address", WRONG, address), "INVALID_CREDENTIALS");
    }

    @Test
    void aTeamMemberIsNoPlatformAdmin_andAnAdminNoTeamMember() {
        Teams.Shop shop = teams.open();
        String admin = admin();

        assertRefused(() -> authentication.loginAdmin(shop.ownerEmail(), Teams.PASSWORD, Teams.address()),
                "INVALID_CREDENTIALS");
        assertRefused(() -> authentication.loginVendorMember(admin, Teams.PASSWORD,
                vendors.findById(shop.vendorId()).orElseThrow(), Teams.address()), "INVALID_CREDENTIALS");
    }

    @Test
    void aCustomerLockedOutAtOneShopStillLogsInAtAnother() {
        VendorSummary here = vendors.findById(teams.open().vendorId()).orElseThrow();
        VendorSummary there = vendors.findById(teams.open().vendorId()).orElseThrow();
        String email = Teams.label() + "@shoppers.example";
        register(here, email);
        register(there, email);

        for (int i = 0; i < maxFailures(); i++) {
            assertRefused(() -> authentication.loginCustomer(email, WRONG, here, Teams.address()),
                    "INVALID_CREDENTIALS");
        }

        assertRefused(() -> authentication.loginCustomer(email, Teams.PASSWORD, here, Teams.address()),
                "TOO_MANY_ATTEMPTS");
        assertThat(authentication.loginCustomer(email, Teams.PASSWORD, there, Teams.address()).vendor().id())
                .isEqualTo(there.id());
    }

    private void register(VendorSummary vendor, String email) {
        teams.customer(vendor, email);
    }

    private String admin() {
        String email = Teams.label() + "@admins.example";
        assertThat(accounts.ensurePlatformAdmin(email, Teams.PASSWORD, "Ada", "Admin")).isTrue();
        return email;
    }

    private int maxFailures() {
        return properties.throttle().maxFailuresPerAccount();
    }

    private static void assertRefused(ThrowingCallable call, String errorCode) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.errorCode()).isEqualTo(errorCode));
    }
}
