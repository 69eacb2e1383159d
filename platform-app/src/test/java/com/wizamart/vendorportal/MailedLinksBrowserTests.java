package com.wizamart.vendorportal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.test.context.TestPropertySource;

import com.wizamart.support.BrowserTest;
import com.wizamart.support.Fixtures;

/**
 * Once the platform sends mail (here {@code return-links: never}), the answers carry no invitation or activation
 * link: the vendor portal's team page and the admin app say the link went by email instead of showing one.
 */
@TestPropertySource(properties = "wizamart.identity.return-links=never")
class MailedLinksBrowserTests extends BrowserTest {

    @Test
    void theTeamPageSaysTheInvitationWentByEmail() {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        String email = Fixtures.unique("mailed") + "@team.test";
        signInToPortal(vendor.code(), vendor.owner().email());
        go("team");
        browser.until("the roles to choose", d -> d.findElements(By.cssSelector("#invite-role option")).size() >= 4);
        browser.type(By.id("invite-email"), email);
        new Select(browser.await(By.id("invite-role"))).selectByValue("Viewer");
        browser.click(By.id("invite-submit"));

        browser.awaitText(By.id("invitation-mailed"), "We sent the invitation link to " + email + " by email.");
        assertThat(browser.driver().findElements(By.id("invitation-link"))).isEmpty();
        browser.awaitText(By.cssSelector("#invitations-table tr[data-email='" + email + "']"), "Viewer");
    }

    @Test
    void theAdminAppSaysTheActivationLinkWentToTheOwner() {
        Fixtures.Session admin = fixtures.admin();
        signIn(admin.email(), Fixtures.PASSWORD);
        go("vendors");
        browser.click(By.id("vendor-new"));
        String code = Fixtures.unique("ml").toLowerCase();
        browser.type(By.id("vendor-name"), "Shop " + code);
        browser.type(By.id("vendor-code"), code);
        browser.type(By.id("vendor-subdomain"), code);
        browser.type(By.id("vendor-business-email"), "hello@" + code + ".test");
        browser.type(By.id("owner-email"), "owner-" + code + "@shop.test");
        browser.click(By.id("vendor-save"));

        browser.await(By.id("vendor-created"));
        browser.awaitText(By.id("activation-mailed"), "The owner gets the activation link by email");
        assertThat(browser.driver().findElements(By.id("activation-url"))).isEmpty();
    }
}
