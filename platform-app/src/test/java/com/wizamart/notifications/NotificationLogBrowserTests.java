package com.wizamart.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import com.wizamart.support.BrowserTest;
import com.wizamart.support.Fixtures;
import com.wizamart.support.Shop;

/**
 * The notification logs in a real browser: a customer's order confirmation (logged, the tests have no mail server)
 * in the vendor portal's Notifications page, filtered and opened with its text; the same message in the admin app
 * among every vendor's; another vendor's message id in the portal's address is "not found". Both pages pass the
 * accessibility check.
 */
class NotificationLogBrowserTests extends BrowserTest {

    @Test
    void theTeamSeesTheConfirmationItsCustomerWasSent_opensItsText_andAnotherVendorsMessageIsNotFound() {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        Shop shop = new Shop(http, vendor);
        UUID soap = shop.product("Olive soap", "6.00", "17", 4);
        Fixtures.Session customer = fixtures.customer(vendor);
        String number = shop.buy(customer, soap, 1).json().get("orderNumber").asString();
        // the list shows what it loaded: wait until the job engine wrote the confirmation (it polls every few
        // seconds and shares its workers with imports; a loaded machine takes longer)
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(90)).until(() -> http
                .get("/api/v1/vendor/notifications?kind=ORDER_CONFIRMATION").bearer(vendor.owner().accessToken())
                .send().json().get("content").valueStream().anyMatch(n -> n.get("status").asString().equals("LOGGED")));

        signInToPortal(vendor.code(), vendor.owner().email());
        go("notifications");
        browser.await(By.cssSelector("#notifications-table .notification-link"));
        new Select(browser.driver().findElement(By.id("notification-kind"))).selectByValue("ORDER_CONFIRMATION");
        browser.awaitText(By.cssSelector("#notifications-table .notification-status"), "LOGGED");
        assertAccessible("notifications", 1280);

        browser.click(By.cssSelector("#notifications-table .notification-link"));
        assertThat(browser.awaitText(By.id("notification-text"), number).getText())
                .contains("Olive soap", "Hello");
        assertThat(browser.driver().findElement(By.id("notification-detail-status")).getText()).isEqualTo("LOGGED");
        assertAccessible("a notification's detail", 1280);
        browser.resize(390, 844);
        assertAccessible("a notification's detail on a phone", 390);
        browser.resize(1280, 900);
        String id = browser.driver().getCurrentUrl().replaceAll(".*id=", "");

        Fixtures.VendorAccount other = fixtures.vendor();
        browser.click(By.id("logout"));
        browser.await(By.id("login-vendor"));
        signInToPortal(other.code(), other.owner().email());
        browser.open(portalUrl() + "#/notifications?id=" + id);
        browser.awaitText(By.id("notification-error"), "not found");
        assertThat(browser.driver().findElements(By.id("notification-detail"))).isEmpty();
        assertNoConsoleErrorsBut("404");

        Fixtures.Session admin = fixtures.sharedAdmin();
        signIn(admin.email(), Fixtures.PASSWORD);
        go("notifications");
        browser.type(By.id("notification-recipient"), customer.email());
        browser.awaitText(By.cssSelector("#notifications-table .notification-vendor"), vendor.code());
        browser.click(By.cssSelector("#notifications-table .notification-link"));
        assertThat(browser.awaitText(By.id("notification-text"), number).getText()).contains("Olive soap");
        assertAccessible("the admin's notifications", 1280);
    }
}
