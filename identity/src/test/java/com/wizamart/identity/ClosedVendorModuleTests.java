package com.wizamart.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.Scenario;

import com.wizamart.identity.application.Authentication;
import com.wizamart.identity.application.SessionTokens.TokenPair;
import com.wizamart.sharedkernel.DomainException;
import com.wizamart.tenancy.VendorScope;
import com.wizamart.tenancy.VendorStatusChanged;
import com.wizamart.tenancy.VendorSummary;
import com.wizamart.tenancy.Vendors;

/**
 * When tenancy announces that a vendor closed ({@link VendorStatusChanged}), its team members' and customers' sessions
 * end: identity revokes their refresh tokens after the announcing transaction commits. The vendor itself stays
 * active in these tests, so a refused refresh can only come from the revocation.
 */
@IdentityModuleTest
class ClosedVendorModuleTests {

    @Autowired
    Authentication authentication;

    @Autowired
    Vendors vendors;

    @Autowired
    VendorScope vendorScope;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Teams teams;

    @Test
    void aDeactivatedVendorsTeamLosesItsSessions_andAnotherVendorsTeamKeepsTheirs(Scenario scenario) {
        Teams.Shop closing = teams.open();
        Teams.Shop staying = teams.open();
        TokenPair member = memberSession(closing, teams.join(closing, "Editor"));
        TokenPair owner = memberSession(closing, new Teams.Member(closing.ownerId(), null, closing.ownerEmail()));
        TokenPair elsewhere = memberSession(staying, teams.join(staying, "Editor"));

        scenario.publish(new VendorStatusChanged(closing.vendorId(), false, false))
                .andWaitForStateChange(() -> openSessions(closing.vendorId()), open -> open == 0)
                .andVerify(open -> {
                    assertEnded(member);
                    assertEnded(owner);
                    assertThat(authentication.refresh(elsewhere.refreshToken()).refreshToken()).isNotBlank();
                });
    }

    @Test
    void aDeletedVendorsCustomersLoseTheirSessions(Scenario scenario) {
        VendorSummary shop = vendors.findById(teams.open().vendorId()).orElseThrow();
        String email = Teams.label() + "@shoppers.example";
        teams.customer(shop, email);
        TokenPair customer = authentication.loginCustomer(email, Teams.PASSWORD, shop, Teams.address()).tokens();

        scenario.publish(new VendorStatusChanged(shop.id(), false, true))
                .andWaitForStateChange(() -> openSessions(shop.id()), open -> open == 0)
                .andVerify(open -> assertEnded(customer));
    }

    private TokenPair memberSession(Teams.Shop shop, Teams.Member member) {
        return authentication.loginVendorMember(member.email(), Teams.PASSWORD,
                vendors.findById(shop.vendorId()).orElseThrow(), Teams.address()).tokens();
    }

    /** Refresh tokens of the vendor's people that are not revoked (used or not). */
    private long openSessions(UUID vendorId) {
        return jdbc.sql("select count(*) from identity_refresh_tokens where vendor_id = ? and revoked_at is null")
                .param(vendorId).query(Long.class).single();
    }

    private void assertEnded(TokenPair session) {
        assertThatThrownBy(() -> authentication.refresh(session.refreshToken()))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.errorCode()).isEqualTo("INVALID_REFRESH_TOKEN"));
    }
}
