package com.wizamart.vendorportal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

import com.wizamart.identity.PasswordResetRequested;
import com.wizamart.support.AccountMails;
import com.wizamart.support.BrowserTest;
import com.wizamart.support.Fixtures;
import com.wizamart.support.Fixtures.Session;
import com.wizamart.support.Fixtures.VendorAccount;

/**
 * A team member who forgot their password, in the browser: "Forgot password?" on the sign-in form, the same answer
 * for any address, the mailed link (taken from the published event, as from the mailbox) opens the portal's page, the
 * new password signs in. The admin app offers the same request.
 */
class VendorPortalPasswordResetTests extends BrowserTest {

    private static final String NEW_PASSWORD = "a-brand-new-secret";

    @Autowired
    private AccountMails mails;

    @Test
    void aMemberAsksForALinkSetsANewPasswordThroughItAndSignsInWithIt() {
        VendorAccount vendor = fixtures.vendor();
        Session member = fixtures.member(vendor, "Editor");

        browser.open(portalUrl());
        browser.type(By.id("login-email"), member.email());
        browser.click(By.id("login-forgot"));
        assertThat(browser.await(By.id("forgot-email")).getAttribute("value")).isEqualTo(member.email());
        browser.click(By.id("forgot-submit"));
        assertThat(browser.await(By.id("forgot-sent")).getText())
                .isEqualTo("If an account exists for " + member.email() + ", we sent a link to set a new password to "
                        + "it. The link works for an hour, once.");

        String link = mails.latest(PasswordResetRequested.class, member.email()).orElseThrow().resetUrl();
        browser.open(link.replace("http://localhost:8080", "http://localhost:" + port));
        browser.awaitText(By.id("set-password-title"), "Set a new password");
        browser.type(By.id("set-password"), NEW_PASSWORD);
        browser.type(By.id("set-password-again"), "not-the-same-one");
        browser.click(By.id("set-password-submit"));
        browser.awaitText(By.id("set-password-again-error"), "The two passwords differ.");
        browser.type(By.id("set-password-again"), NEW_PASSWORD);
        browser.click(By.id("set-password-submit"));
        browser.awaitText(By.id("set-password-done"), "Your password is set. Sign in with it.");

        browser.click(By.id("set-password-sign-in"));
        browser.type(By.id("login-vendor"), vendor.code());
        browser.type(By.id("login-email"), member.email());
        browser.type(By.id("login-password"), NEW_PASSWORD);
        browser.click(By.id("login-submit"));
        browser.await(By.id("logout"));

        // the link worked once
        browser.click(By.id("logout"));
        browser.open(link.replace("http://localhost:8080", "http://localhost:" + port) + "&again=1");
        browser.type(By.id("set-password"), "yet-another-secret");
        browser.type(By.id("set-password-again"), "yet-another-secret");
        browser.click(By.id("set-password-submit"));
        browser.await(By.id("set-password-invalid"));
        assertNoConsoleErrorsBut("password-reset/confirm");
    }

    @Test
    void anUnknownAddressGetsTheSameSentenceAndAnAdminFindsTheFormToo() {
        String unknown = Fixtures.unique("nobody") + "@team.test";
        browser.open(adminUrl());
        browser.click(By.id("login-forgot"));
        browser.type(By.id("forgot-email"), unknown);
        browser.click(By.id("forgot-submit"));
        assertThat(browser.await(By.id("forgot-sent")).getText()).startsWith("If an account exists for " + unknown
                + ", we sent a link");
        assertThat(mails.to(PasswordResetRequested.class, unknown)).isEmpty();
        browser.click(By.id("forgot-back"));
        browser.await(By.id("login-submit"));
    }

    @Test
    void aLinkWithoutTokenSaysSoAndLeadsToTheSignIn() {
        browser.open(portalUrl() + "#/reset-password");
        browser.await(By.id("set-password-invalid"));
        browser.click(By.id("set-password-sign-in-instead"));
        browser.await(By.id("login-submit"));
    }
}
