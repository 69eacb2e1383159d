package com.wizamart.vendorportal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import com.wizamart.payments.PaymentsBrowserTest;
import com.wizamart.support.Fixtures;
import com.wizamart.support.Http;

import tools.jackson.databind.JsonNode;

/**
 * The portal's Payments page in a real browser against the running platform: the owner chooses the methods the shop
 * offers and the default, is refused an IBAN next to its field, saves the bank details; card payments are shown as
 * the platform's team left them (not available, then available once the shop's Stripe account is linked); a Viewer
 * reads the page and is offered no change, and the server refuses them too.
 */
class VendorPortalPaymentSettingsTests extends PaymentsBrowserTest {

    private static final String SETTINGS = "/api/v1/vendor/payments/settings";

    @Test
    void anOwnerChoosesTheMethodsAndTheDefault_isRefusedABadIbanNextToIt_andSavesTheBankDetails() {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        signInToPortal(vendor.code(), vendor.owner().email());
        go("payments");
        browser.await(By.id("pay-settings-form"));

        // nothing chosen yet: the platform's defaults, cards not available without a connected account
        assertThat(browser.await(By.id("pay-settings-defaults")).isDisplayed()).isTrue();
        assertThat(browser.awaitText(By.id("pay-card-state"), "Not available").getText()).isEqualTo("Not available");
        assertThat(browser.driver().findElement(By.id("pay-card-account")).getText()).isEqualTo("None linked");
        assertThat(browser.driver().findElement(By.id("pay-offer-card")).isEnabled()).isFalse();
        // the platform's default is cash on delivery; a bank transfer needs the shop's account first
        assertThat(browser.driver().findElement(By.id("pay-offer-bank")).isSelected()).isFalse();
        assertThat(browser.driver().findElement(By.id("pay-offer-cash")).isSelected()).isTrue();
        assertThat(new Select(browser.driver().findElement(By.id("pay-default"))).getOptions())
                .extracting(WebElement::getText).containsExactly("Cash on delivery");

        // the owner offers bank transfers too
        browser.click(By.id("pay-offer-bank"));
        assertThat(new Select(browser.driver().findElement(By.id("pay-default"))).getOptions())
                .extracting(WebElement::getText).containsExactlyInAnyOrder("Bank transfer", "Cash on delivery");

        // an IBAN that is not one: the server's message next to it, nothing saved
        new Select(browser.driver().findElement(By.id("pay-default"))).selectByValue("CASH_ON_DELIVERY");
        browser.type(By.id("pay-holder"), "Shop " + vendor.code() + " Sàrl");
        browser.type(By.id("pay-iban"), "LU00 1234 5678");
        browser.click(By.id("pay-settings-save"));
        assertThat(browser.awaitText(By.id("pay-iban-error"), "IBAN").getText()).contains("not a valid IBAN");
        assertThat(browser.driver().findElement(By.id("pay-iban")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.driver().findElement(By.id("pay-holder-error")).getText()).isEmpty();
        assertThat(settings(vendor).get("configured").asBoolean()).isFalse();
        assertAccessible("payments with a field error", 1280);
        try {
            browser.resize(390, 844);
            assertAccessible("payments with a field error", 390);
        } finally {
            browser.resize(1280, 900);
        }

        // a good one: saved, as the server has it (without spaces)
        browser.type(By.id("pay-iban"), "LU28 0019 4006 4475 0000");
        browser.click(By.id("pay-settings-save"));
        browser.awaitText(By.id("pay-settings-saved"), "saved");
        assertThat(browser.driver().findElement(By.id("pay-iban")).getAttribute("value"))
                .isEqualTo("LU280019400644750000");
        assertThat(browser.driver().findElement(By.id("pay-iban-error")).getText()).isEmpty();
        JsonNode saved = settings(vendor);
        assertThat(saved.get("configured").asBoolean()).isTrue();
        assertThat(saved.get("defaultMethod").asString()).isEqualTo("CASH_ON_DELIVERY");
        assertThat(saved.get("bankTransfer").get("iban").asString()).isEqualTo("LU280019400644750000");
        assertThat(saved.get("bankTransfer").get("accountHolder").asString()).isEqualTo("Shop " + vendor.code() + " Sàrl");

        // offering nothing is refused before anything is sent
        browser.click(By.id("pay-offer-bank"));
        browser.click(By.id("pay-offer-cash"));
        browser.click(By.id("pay-settings-save"));
        assertThat(browser.awaitText(By.id("pay-methods-error"), "at least one").getText()).contains("at least one");
        assertThat(settings(vendor).get("methods").toString()).isEqualTo("[\"CASH_ON_DELIVERY\",\"BANK_TRANSFER\"]");
        assertNoConsoleErrorsBut("status of 4");
    }

    @Test
    void cardsBecomeAvailableOnceThePlatformLinksTheShopsStripeAccount_andTheOwnerOffersThemFirst() {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        assertThat(connect(vendor, accountOf(vendor)).status()).isEqualTo(200);
        signInToPortal(vendor.code(), vendor.owner().email());
        go("payments");

        assertThat(browser.awaitText(By.id("pay-card-state"), "Available").getText()).isEqualTo("Available");
        assertThat(browser.driver().findElement(By.id("pay-card-account")).getText()).isEqualTo(accountOf(vendor));
        browser.click(By.id("pay-offer-card"));
        new Select(browser.driver().findElement(By.id("pay-default"))).selectByValue("CARD");
        browser.click(By.id("pay-settings-save"));
        browser.awaitText(By.id("pay-settings-saved"), "saved");

        JsonNode offered = http.get("/api/v1/public/vendors/" + vendor.code() + "/payment-methods").send().json();
        assertThat(offered.get("default").asString()).isEqualTo("CARD");
        assertThat(offered.get("methods").toString()).isEqualTo("[\"CARD\",\"CASH_ON_DELIVERY\"]");
        assertThat(browser.driver().getPageSource()).doesNotContain(secretKey(), "whsec_");
        assertNoConsoleErrorsBut();
    }

    @Test
    void aViewerSeesHowTheShopIsPaidButIsOfferedNoChange_andTheServerRefusesThemToo() {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        Fixtures.Session viewer = fixtures.member(vendor, "Viewer");
        signInToPortal(vendor.code(), viewer.email());
        go("payments");
        browser.await(By.id("pay-settings-form"));

        assertThat(browser.await(By.id("pay-settings-view-only")).getText()).contains("not change it");
        assertThat(browser.driver().findElement(By.id("pay-iban")).isEnabled()).isFalse();
        assertThat(browser.driver().findElement(By.id("pay-offer-cash")).isEnabled()).isFalse();
        assertThat(browser.driver().findElements(By.id("pay-settings-save")).stream().filter(WebElement::isDisplayed))
                .isEmpty();
        Http.Response refused = http.put(SETTINGS).bearer(viewer.accessToken())
                .json(Map.of("methods", List.of("CASH_ON_DELIVERY"))).send();
        assertThat(refused.status()).isEqualTo(403);
        assertAccessible("payments read-only", 1280);
        assertNoConsoleErrorsBut();
    }

    private JsonNode settings(Fixtures.VendorAccount vendor) {
        Http.Response response = http.get(SETTINGS).bearer(vendor.owner().accessToken()).send();
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }
}
