package com.wizamart.identity.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AccountLinksTests {

    @Test
    void teamLinksOpenTheVendorPortalsPagesWithTheTokenInTheFragment() {
        AccountLinks links = new AccountLinks("https://wizamart.example/", null);

        assertThat(links.teamPasswordReset("t0k")).isEqualTo("https://wizamart.example/vendor/#/reset-password?token=t0k");
        assertThat(links.ownerActivation("t0k")).isEqualTo("https://wizamart.example/vendor/#/activate?token=t0k");
        assertThat(links.invitation("v.t0k")).isEqualTo("https://wizamart.example/vendor/#/invitation?token=v.t0k");
    }

    @Test
    void customerLinksOpenTheirShopsStorefrontByDefaultUnderThePublicBaseUrl() {
        AccountLinks links = new AccountLinks("https://wizamart.example", "");

        assertThat(links.customerPasswordReset("acme", "t0k"))
                .isEqualTo("https://wizamart.example/shop/acme/#/reset-password?token=t0k");
        assertThat(links.customerVerification("acme", "t0k"))
                .isEqualTo("https://wizamart.example/shop/acme/#/verify-email?token=t0k");
    }

    @Test
    void aConfiguredStorefrontUrlGetsTheShopsCodeWhereItSaysSo() {
        AccountLinks links = new AccountLinks("https://wizamart.example", "https://{vendorCode}.shops.example/");

        assertThat(links.customerPasswordReset("acme", "t0k"))
                .isEqualTo("https://acme.shops.example/#/reset-password?token=t0k");
    }

    @Test
    void aShopCodeCannotBreakOutOfItsPlaceInTheLink() {
        AccountLinks links = new AccountLinks("https://wizamart.example", null);

        assertThat(links.customerVerification("a/b?c#d", "t0k"))
                .isEqualTo("https://wizamart.example/shop/a%2Fb%3Fc%23d/#/verify-email?token=t0k");
    }
}
