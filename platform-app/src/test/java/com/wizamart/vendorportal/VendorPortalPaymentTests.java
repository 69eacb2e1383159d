package com.wizamart.vendorportal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

import com.wizamart.ordering.OrderPayments;
import com.wizamart.ordering.PaymentStatus;
import com.wizamart.support.BrowserTest;
import com.wizamart.support.Fixtures;
import com.wizamart.support.Http;
import com.wizamart.support.Shop;

/**
 * The payment side of the portal's orders: each order's method and payment status in the list and its filter, the
 * payment and its history in the order's detail, a bank transfer that is not paid refused at shipping, "Mark paid"
 * offered only to members who edit orders; and the admin app's count of orders by payment status.
 */
class VendorPortalPaymentTests extends BrowserTest {

    @Autowired
    OrderPayments payments;

    @Test
    void theTeamSeesHowEachOrderIsPaidFiltersByItAndAnUnpaidTransferDoesNotShip() {
        Fixtures.VendorAccount vendor = transferShop();
        Shop shop = new Shop(http, vendor);
        UUID mug = shop.product("Mug", "12.00", "17", 10);
        Fixtures.Session customer = fixtures.customer(vendor);
        String session = Shop.newSession();
        assertThat(shop.add(session, customer.accessToken(), mug, 1).status()).isEqualTo(200);
        Http.Response placed = shop.checkout(customer.accessToken(), UUID.randomUUID().toString(),
                Map.of("cartSessionId", session, "shippingAddress", Shop.address("Chris"), "paymentMethod",
                        "BANK_TRANSFER"));
        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        UUID transfer = UUID.fromString(placed.json().get("id").asString());
        UUID cash = UUID.fromString(shop.buy(customer, mug, 1).json().get("id").asString());
        payments.recordPaymentStatus(vendor.id(), cash, PaymentStatus.PAID, null, "paid to the driver", null);

        signInToPortal(vendor.code(), vendor.owner().email());
        go("orders");
        By transferRow = By.cssSelector("tr[data-order-id='" + transfer + "']");
        By cashRow = By.cssSelector("tr[data-order-id='" + cash + "']");
        browser.awaitText(By.cssSelector("tr[data-order-id='" + transfer + "'] .order-payment"), "PENDING");
        assertThat(browser.driver().findElement(transferRow).findElement(By.cssSelector(".order-payment-method"))
                .getText()).isEqualTo("Bank transfer");
        assertThat(browser.driver().findElement(cashRow).findElement(By.cssSelector(".order-payment")).getText())
                .isEqualTo("PAID");
        assertThat(browser.driver().findElement(cashRow).findElement(By.cssSelector(".order-payment-method"))
                .getText()).isEqualTo("Cash on delivery");

        // the payment status filter
        new Select(browser.await(By.id("order-payment-status"))).selectByValue("PAID");
        browser.awaitGone(transferRow);
        assertThat(browser.driver().findElements(cashRow)).hasSize(1);
        new Select(browser.await(By.id("order-payment-status"))).selectByValue("");
        browser.await(transferRow);

        // the order's payment, its history, and shipping refused while the transfer is not paid
        browser.click(By.cssSelector("tr[data-order-id='" + transfer + "'] .order-link"));
        browser.awaitText(By.id("order-payment-method"), "Bank transfer");
        assertThat(browser.driver().findElement(By.id("order-payment-status-now")).getText()).isEqualTo("PENDING");
        assertThat(browser.driver().findElements(By.cssSelector("#order-payment-history .payment-history-text"))
                .stream().map(WebElement::getText).toList()).containsExactly("PENDING · 12.00 EUR");
        assertThat(browser.await(By.id("order-mark-paid-button")).getText()).isEqualTo("Mark paid");
        assertAccessible("order payment", 1280);
        new Select(browser.await(By.id("order-next"))).selectByValue("CONFIRMED");
        browser.click(By.id("order-change"));
        browser.awaitText(By.id("order-status-now"), "CONFIRMED");
        new Select(browser.await(By.id("order-next"))).selectByValue("SHIPPED");
        browser.click(By.id("order-change"));
        browser.awaitText(By.id("order-change-error"), "ships once it is paid");
        assertThat(browser.driver().findElement(By.id("order-status-now")).getText()).isEqualTo("CONFIRMED");

        // the transfer arrives (its reference is the order number): marked paid, the history shows the move and who
        // made it, and the order ships
        browser.awaitText(By.id("order-payment-reference"), placed.json().get("orderNumber").asString());
        browser.type(By.id("order-mark-note"), "transfer received");
        browser.click(By.id("order-mark-paid-button"));
        browser.awaitText(By.id("order-payment-status-now"), "PAID");
        assertThat(browser.driver().findElements(By.cssSelector("#order-payment-history li")).get(1).getText())
                .contains("PENDING → PAID · 12.00 EUR", vendor.owner().email(), "transfer received");
        assertThat(browser.driver().findElements(By.id("order-mark-paid-button"))).as("paid already").isEmpty();
        new Select(browser.await(By.id("order-next"))).selectByValue("SHIPPED");
        browser.click(By.id("order-change"));
        browser.awaitText(By.id("order-status-now"), "SHIPPED");
        assertNoConsoleErrorsBut("status of 409");
    }

    @Test
    void aMemberWhoOnlyViewsOrdersIsNotOfferedToMarkThemPaid() {
        Fixtures.VendorAccount vendor = transferShop();
        Shop shop = new Shop(http, vendor);
        UUID mug = shop.product("Mug", "12.00", "17", 10);
        Fixtures.Session customer = fixtures.customer(vendor);
        String session = Shop.newSession();
        assertThat(shop.add(session, customer.accessToken(), mug, 1).status()).isEqualTo(200);
        String order = shop.checkout(customer.accessToken(), UUID.randomUUID().toString(),
                Map.of("cartSessionId", session, "shippingAddress", Shop.address("Chris"), "paymentMethod",
                        "BANK_TRANSFER")).json().get("id").asString();
        Fixtures.Session viewer = fixtures.member(vendor, "Viewer");

        signInToPortal(vendor.code(), viewer.email());
        browser.open(portalUrl() + "#/orders?id=" + order);
        browser.awaitText(By.id("order-payment-status-now"), "PENDING");

        assertThat(browser.driver().findElements(By.id("order-mark-paid-button"))).isEmpty();
        assertThat(browser.await(By.id("order-view-only")).getText()).contains("not change them");
        assertNoConsoleErrorsBut();
    }

    @Test
    void theAdminDashboardCountsOrdersAwaitingPayment() {
        Fixtures.Session admin = fixtures.admin();
        signIn(admin.email(), Fixtures.PASSWORD);

        browser.await(By.id("dashboard-payments"));
        String awaiting = browser.await(By.id("count-awaiting-payment")).getText();
        assertThat(Long.parseLong(awaiting)).isNotNegative();
        assertThat(browser.driver().findElements(By.cssSelector("#payment-statuses li")).stream()
                .map(WebElement::getText).map(t -> t.substring(0, t.indexOf(':'))).toList())
                .containsExactlyInAnyOrder("PENDING", "AUTHORIZED", "PAID", "FAILED", "REFUNDED", "PARTIALLY_REFUNDED");
        assertAccessible("dashboard", 1280);
        assertNoConsoleErrorsBut();
    }

    /** A vendor whose shop takes bank transfers (it set its account) and cash on delivery. */
    private Fixtures.VendorAccount transferShop() {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        Http.Response settings = http.put("/api/v1/vendor/payments/settings").bearer(vendor.owner().accessToken())
                .json(Map.of("methods", java.util.List.of("BANK_TRANSFER", "CASH_ON_DELIVERY"), "bankTransfer",
                        Map.of("accountHolder", "Shop " + vendor.code(), "iban", "LU28 0019 4006 4475 0000")))
                .send();
        assertThat(settings.status()).as(settings.toString()).isEqualTo(200);
        return vendor;
    }
}
