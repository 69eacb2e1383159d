package com.wizamart.adminapp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;

import com.stripe.StripeClient;
import com.stripe.model.PaymentIntent;
import com.stripe.param.PaymentIntentCreateParams;
import com.wizamart.payments.PaymentsBrowserTest;
import com.wizamart.support.Fixtures;
import com.wizamart.support.Http;

import tools.jackson.databind.JsonNode;

/**
 * The admin app's payment pages in a real browser: a vendor's connected account set in the vendor form (a malformed
 * id refused next to the field, then linked and removed); the reconciliation run from the Payments page finds a
 * charge at the provider that the platform never recorded, the admin filters by vendor, resolves it with a note (a
 * missing note refused next to the field), and finds it among the resolved ones.
 */
class AdminAppPaymentsTests extends PaymentsBrowserTest {

    @Test
    void anAdminLinksAVendorsStripeAccountInTheVendorForm() {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        Fixtures.Session admin = fixtures.admin();
        signIn(admin.email(), Fixtures.PASSWORD);
        go("vendors");
        browser.type(By.id("vendor-search"), vendor.code());
        By edit = By.cssSelector("tr[data-vendor-code='" + vendor.code() + "'] button[aria-label^='Edit']");
        browser.click(edit);
        browser.await(By.id("connected-account-form"));
        browser.awaitText(By.id("connected-account-state"), "No connected account");

        browser.type(By.id("connected-account"), "paypal:shop");
        browser.click(By.id("connected-account-save"));
        assertThat(browser.awaitText(By.id("connected-account-error"), "acct_").getText()).contains("acct_");
        assertThat(browser.driver().findElement(By.id("connected-account")).getAttribute("aria-invalid"))
                .isEqualTo("true");
        assertThat(account(vendor).isNull()).isTrue();
        assertAccessible("vendor form with the connected account", 1280);

        browser.type(By.id("connected-account"), accountOf(vendor));
        browser.click(By.id("connected-account-save"));
        browser.awaitText(By.id("connected-account-message"), "saved");
        assertThat(browser.driver().findElement(By.id("connected-account-state")).getText())
                .contains(accountOf(vendor), "may offer card payments");
        assertThat(account(vendor).asString()).isEqualTo(accountOf(vendor));

        browser.driver().findElement(By.id("connected-account")).sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        browser.click(By.id("connected-account-save"));
        browser.awaitText(By.id("connected-account-message"), "removed");
        assertThat(account(vendor).isNull()).isTrue();
        assertNoConsoleErrorsBut();
    }

    @Test
    void anAdminRunsTheReconciliation_filtersItsFindingsByVendor_andResolvesOneWithANote() throws Exception {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        assertThat(connect(vendor, accountOf(vendor)).status()).isEqualTo(200);
        // planted: a payment taken at the provider for this vendor that no order of the platform knows
        StripeClient direct = StripeClient.builder().setApiKey(secretKey()).setApiBase(stripe().baseUrl()).build();
        PaymentIntent planted = direct.v1().paymentIntents().create(PaymentIntentCreateParams.builder()
                .setAmount(4321L).setCurrency("eur").setPaymentMethod("pm_card_visa").setConfirm(true)
                .setTransferData(PaymentIntentCreateParams.TransferData.builder()
                        .setDestination(accountOf(vendor)).build())
                .putMetadata("vendor_id", vendor.id().toString()).build());
        Fixtures.Session admin = fixtures.admin();
        signIn(admin.email(), Fixtures.PASSWORD);
        // the vendor filter lists the first hundred vendors by name, and the route's vendor besides: the suite's
        // database holds many more, so the page is opened with the vendor in its route
        browser.open(adminUrl() + "#/payments?vendorId=" + vendor.id());
        browser.await(By.id("page-payments"));

        browser.click(By.id("reconciliation-run"));
        assertThat(browser.awaitText(By.id("reconciliation-outcome"), "Reconciliation done").getText())
                .contains("new finding");
        new Select(browser.await(By.id("payments-vendor"))).selectByValue(vendor.id().toString());
        By rows = By.cssSelector("#mismatch-table tbody tr");
        browser.until("only the vendor's finding listed", driver -> driver.findElements(rows).size() == 1
                && driver.findElement(rows).getText().contains(planted.getLatestCharge()));
        By row = By.cssSelector("#mismatch-table tbody tr[data-kind='MISSING_ON_PLATFORM']");
        assertThat(browser.driver().findElement(row).getText())
                .contains("At the provider, not recorded here", planted.getLatestCharge(), "43.21 EUR", "Open");
        assertAccessible("payments findings", 1280);
        try {
            browser.resize(390, 844);
            assertAccessible("payments findings", 390);
        } finally {
            browser.resize(1280, 900);
        }

        browser.click(By.cssSelector("#mismatch-table tbody tr button"));
        browser.click(By.id("resolve-save"));
        assertThat(browser.awaitText(By.id("resolve-note-error"), "note").getText()).contains("note");
        browser.type(By.id("resolve-note"), "a manual charge made in Stripe's dashboard");
        browser.click(By.id("resolve-save"));
        browser.awaitText(By.id("mismatch-resolved"), "resolved");
        browser.awaitText(By.id("payments-empty"), "No finding");

        new Select(browser.await(By.id("payments-resolved"))).selectByValue("true");
        browser.awaitText(By.cssSelector("#mismatch-table tbody tr .mismatch-resolution"), "manual charge");
        assertThat(browser.driver().findElement(By.cssSelector("#mismatch-table tbody tr .mismatch-resolution"))
                .getText()).contains(admin.email(), "a manual charge made in Stripe's dashboard");
        Http.Response open = http.get("/api/v1/admin/payments/mismatches?resolved=false&vendorId=" + vendor.id())
                .bearer(admin.accessToken()).send();
        assertThat(open.json().get("content")).isEmpty();
        assertNoConsoleErrorsBut();
    }

    private JsonNode account(Fixtures.VendorAccount vendor) {
        Http.Response response = http.get("/api/v1/admin/vendors/" + vendor.id() + "/payments/connected-account")
                .bearer(fixtures.sharedAdmin().accessToken()).send();
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json().get("card").get("connectedAccount");
    }
}
