package com.wizamart.vendorportal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import com.wizamart.support.BrowserTest;
import com.wizamart.support.Feeds;
import com.wizamart.support.Fixtures;
import com.wizamart.support.Http;
import com.wizamart.support.Shop;

/**
 * The vendor portal in a real browser against the running platform: an owner's import, what each role is offered,
 * escaping, who gets in, and another vendor's session refused.
 */
class VendorPortalJourneyTests extends BrowserTest {

    private static final String MARKUP = "<img src=x onerror=alert(1)>";

    @TempDir
    Path files;

    @Test
    void anOwnerSignsInUploadsAFeedWatchesItAndReadsItsErrorsAsText() throws Exception {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        signInToPortal(vendor.code(), vendor.owner().email());
        browser.await(By.id("page-dashboard"));
        browser.awaitText(By.id("count-orders"), "0");
        browser.until("the dashboard charts are drawn", d -> (Boolean) browser.script(
                "return !!(window.Chart && Chart.getChart('chart-orders') && Chart.getChart('chart-revenue'))"));
        assertThat(browser.driver().findElement(By.id("vendor-name")).getText()).isNotBlank();
        assertThat(browser.driver().findElement(By.id("role")).getText()).isEqualTo("Owner");

        // An upload with 30 good rows and one whose title and price are markup: the price makes it a row error.
        String bad = Feeds.line(Map.of("id", "BAD-1", "title", MARKUP, "price", MARKUP));
        byte[] feed = (new String(Feeds.generated("P", 30, 0), StandardCharsets.UTF_8) + bad + "\n")
                .getBytes(StandardCharsets.UTF_8);
        Path file = Feeds.write(files, "feed.tsv", feed);
        go("imports");
        browser.await(By.cssSelector("#import-marketplace option[value='letzshop']"));
        new Select(browser.await(By.id("import-marketplace"))).selectByValue("letzshop");
        new Select(browser.await(By.id("import-language"))).selectByValue("en");
        browser.driver().findElement(By.id("import-file")).sendKeys(file.toString());
        browser.click(By.id("import-upload"));
        browser.awaitText(By.id("import-started"), "started");
        By row = By.cssSelector("#jobs-table tbody tr");
        browser.until("the import ends", d -> "COMPLETED_WITH_ERRORS".equals(
                d.findElement(row).getAttribute("data-status")));
        assertThat(browser.driver().findElement(row).findElement(By.cssSelector(".counts")).getText())
                .isEqualTo("30 / 0 / 0 / 1");

        browser.driver().findElement(row).findElement(By.xpath(".//button[starts-with(@aria-label, 'Errors')]")).click();
        WebElement value = browser.await(By.cssSelector("#job-errors-table tbody td.break"));
        assertThat(value.getText()).isEqualTo(MARKUP);
        assertThat(browser.driver().findElements(By.cssSelector("main img"))).isEmpty();
        browser.click(By.id("job-errors-csv"));
        browser.until("the errors CSV is downloaded", d -> {
            try (var listed = Files.list(browser.downloads())) {
                return listed.anyMatch(p -> p.getFileName().toString().endsWith("-errors.csv"));
            } catch (java.io.IOException e) {
                return false;
            }
        });
        assertNoAlert();
        assertNoConsoleErrorsBut();

        // No token in the address; signing out forgets the session.
        String accessToken = (String) browser.script(
                "return JSON.parse(sessionStorage.getItem('wizamart.vendor.session')).accessToken");
        assertThat(browser.driver().getCurrentUrl()).doesNotContain(accessToken);
        browser.click(By.id("logout"));
        browser.await(By.id("login-email"));
        assertThat(browser.script("return sessionStorage.getItem('wizamart.vendor.session')")).isNull();
    }

    @Test
    void eachRoleIsOfferedWhatItMayDoAndTheServerRefusesTheRest() {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        Fixtures.Session viewer = fixtures.member(vendor, "Viewer");
        Fixtures.Session editor = fixtures.member(vendor, "Editor");

        // A Viewer sees the dashboard and the imports, but no form to start one.
        signInToPortal(vendor.code(), viewer.email());
        browser.await(By.id("page-dashboard"));
        go("imports");
        browser.await(By.id("import-view-only"));
        assertThat(browser.driver().findElements(By.id("import-start"))).isEmpty();
        assertThat(http.post("/api/v1/vendor/marketplace/import").bearer(viewer.accessToken())
                .json(Map.of("marketplace", "letzshop", "language", "en")).send().status()).isEqualTo(403);
        browser.click(By.id("logout"));

        // An Editor may start imports but has no dashboard: the link is not offered, the address says why.
        signInToPortal(vendor.code(), editor.email());
        browser.await(By.id("page-imports"));
        browser.await(By.id("import-start"));
        assertThat(browser.driver().findElements(By.id("nav-dashboard"))).isEmpty();
        browser.open(portalUrl() + "#/dashboard");
        browser.await(By.id("page-refused"));
        assertThat(browser.driver().findElements(By.id("page-dashboard"))).isEmpty();
        assertThat(http.get("/api/v1/vendor/dashboard/stats").bearer(editor.accessToken()).send().status())
                .isEqualTo(403);
        assertNoConsoleErrorsBut();
    }

    @Test
    void adminAndCustomerAccountsAndForeignSessionsAreTurnedAway() {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        Fixtures.VendorAccount other = fixtures.vendor();
        Fixtures.Session admin = fixtures.sharedAdmin();

        // An admin's tokens in the portal's storage (say, from the admin app on this origin): refused and forgotten.
        browser.open(portalUrl());
        plant(admin);
        browser.open("about:blank");
        browser.open(portalUrl() + "#/imports");
        browser.awaitText(By.id("notice"), "not a member of a vendor team");
        browser.await(By.id("login-email"));
        assertThat(browser.script("return sessionStorage.getItem('wizamart.vendor.session')")).isNull();

        // A customer of the shop cannot sign in to its portal.
        Fixtures.Session customer = fixtures.customer(vendor);
        browser.type(By.id("login-vendor"), vendor.code());
        browser.type(By.id("login-email"), customer.email());
        browser.type(By.id("login-password"), Fixtures.PASSWORD);
        browser.click(By.id("login-submit"));
        browser.await(By.id("login-error"));
        assertThat(browser.driver().findElements(By.id("logout"))).isEmpty();

        // On the vendor's own host (its subdomain; the browser sends *.localhost to this machine) the code comes from
        // the host, and another vendor's session planted in the tab is refused by the API and ended by the portal.
        String shop = "http://" + vendor.code() + ".wizamart.localhost:" + port + "/vendor/";
        Http.Response hostVendor = http.get("/api/v1/public/host-vendor")
                .header("Host", vendor.code() + ".wizamart.localhost").send();
        assertThat(hostVendor.status()).isEqualTo(200);
        assertThat(hostVendor.json().get("code").asString()).isEqualTo(vendor.code());
        browser.open(shop);
        browser.awaitText(By.id("login-host"), hostVendor.json().get("name").asString());
        assertThat(browser.driver().findElement(By.id("login-vendor")).isDisplayed()).isFalse();
        plant(other.owner());
        browser.open("about:blank");
        browser.open(shop + "#/imports");
        browser.awaitText(By.id("notice"), "not valid for this shop");
        browser.await(By.id("login-email"));
        assertThat(browser.driver().findElements(By.id("page-imports"))).isEmpty();
        assertThat(browser.script("return sessionStorage.getItem('wizamart.vendor.session')")).isNull();
        assertThat(http.get("/api/v1/vendor/me").bearer(other.owner().accessToken())
                .header("Host", vendor.code() + ".wizamart.localhost").send().status()).isEqualTo(403);

        // ... where the vendor's own team signs in without typing a code.
        browser.type(By.id("login-email"), vendor.owner().email());
        browser.type(By.id("login-password"), Fixtures.PASSWORD);
        browser.click(By.id("login-submit"));
        browser.await(By.id("page-imports"));
        assertThat(browser.driver().findElement(By.id("vendor-name")).getText())
                .isEqualTo(hostVendor.json().get("name").asString());
        assertNoConsoleErrorsBut("status of 401", "status of 403");
    }

    @Test
    void aMemberOfSeveralVendorsSwitchesBySigningInAgain() {
        Fixtures.VendorAccount first = fixtures.vendor();
        Fixtures.VendorAccount second = fixtures.vendor();
        String email = Fixtures.unique("both") + "@team.test";
        fixtures.accept(fixtures.invite(first.owner(), email, "Viewer"));
        fixtures.acceptAs(fixtures.loginMember(email, first.code()), fixtures.invite(second.owner(), email, "Editor"));

        signInToPortal(first.code(), email);
        browser.await(By.id("page-dashboard"));
        assertThat(browser.driver().findElement(By.id("role")).getText()).isEqualTo("Viewer");
        String firstSession = (String) browser.script("return sessionStorage.getItem('wizamart.vendor.session')");
        browser.await(By.cssSelector("#switch-to option[value='" + second.code() + "']")).click();
        browser.type(By.id("switch-password"), "not the password");
        browser.click(By.cssSelector("#switch-vendor button[type='submit']"));
        browser.await(By.cssSelector("#switch-vendor .form-error"));
        assertThat(browser.driver().findElement(By.id("role")).getText()).isEqualTo("Viewer");
        assertThat(browser.script("return sessionStorage.getItem('wizamart.vendor.session')"))
                .as("a failed switch keeps the session").isEqualTo(firstSession);
        String firstRefresh = (String) browser.script(
                "return JSON.parse(sessionStorage.getItem('wizamart.vendor.session')).refreshToken");

        browser.type(By.id("switch-password"), Fixtures.PASSWORD);
        browser.click(By.cssSelector("#switch-vendor button[type='submit']"));
        browser.awaitText(By.id("role"), "Editor");
        browser.await(By.id("page-refused"));
        assertThat(browser.driver().findElements(By.id("nav-dashboard"))).isEmpty();
        browser.until("the session of the vendor left is revoked", d -> http.post("/api/v1/auth/refresh")
                .json(Map.of("refreshToken", firstRefresh)).send().status() == 401);
        // the shop's name leads to the first page the role opens
        browser.click(By.id("vendor-name"));
        browser.await(By.id("page-imports"));
        assertNoConsoleErrorsBut("status of 401");
    }

    @Test
    void anOwnerOpensAnOrderMovesItAlongShipsItWithATrackingNumberAndSeesItOnTheDashboard() {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        Fixtures.VendorAccount other = fixtures.vendor();
        Shop shop = new Shop(http, vendor);
        UUID product = shop.product("Mug " + MARKUP, "12.00", "17", 5);
        Fixtures.Session customer = fixtures.customer(vendor);
        String session = Shop.newSession();
        assertThat(shop.add(session, customer.accessToken(), product, 2).status()).isEqualTo(200);
        Map<String, Object> body = new java.util.HashMap<>(Shop.checkoutBody(session));
        body.put("note", "<script>alert('note')</script>");
        Http.Response placed = shop.checkout(customer.accessToken(), UUID.randomUUID().toString(), body);
        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        String orderId = placed.json().get("id").asString();
        String orderNumber = placed.json().get("orderNumber").asString();
        Shop otherShop = new Shop(http, other);
        UUID otherProduct = otherShop.product("Other", "5.00", "17", 5);
        String otherOrder = otherShop.buy(fixtures.customer(other), otherProduct, 1).json().get("id").asString();

        signInToPortal(vendor.code(), vendor.owner().email());
        go("orders");
        browser.click(By.cssSelector("tr[data-order-id='" + orderId + "'] .order-link"));
        browser.awaitText(By.id("order-heading"), orderNumber);
        assertThat(browser.driver().findElement(By.id("order-note")).getText())
                .isEqualTo("<script>alert('note')</script>");
        assertThat(browser.driver().findElement(By.cssSelector("#order-lines tbody td")).getText())
                .isEqualTo("Mug " + MARKUP);
        assertThat(browser.driver().findElements(By.cssSelector("main img, main script"))).isEmpty();
        assertThat(browser.driver().findElements(By.cssSelector("#order-next option")).stream()
                .map(WebElement::getText).toList()).containsExactly("CONFIRMED", "CANCELLED");

        // PENDING -> CONFIRMED -> SHIPPED with a tracking number: only the moves the order may make are offered.
        new Select(browser.await(By.id("order-next"))).selectByValue("CONFIRMED");
        browser.click(By.id("order-change"));
        browser.awaitText(By.id("order-status-now"), "CONFIRMED");
        new Select(browser.await(By.id("order-next"))).selectByValue("SHIPPED");
        browser.type(By.id("order-tracking-number"), "TRACK-" + orderNumber);
        browser.click(By.id("order-change"));
        browser.awaitText(By.id("order-status-now"), "SHIPPED");
        assertThat(browser.driver().findElement(By.id("order-tracking")).getText()).isEqualTo("TRACK-" + orderNumber);
        assertThat(browser.driver().findElements(By.cssSelector("#order-history .history-text")).stream()
                .map(WebElement::getText).toList()).contains("PENDING → CONFIRMED", "CONFIRMED → SHIPPED");
        browser.awaitText(By.cssSelector("tr[data-order-id='" + orderId + "'] .order-status"), "SHIPPED");

        // Another vendor's order id in the address: not found, nothing of it shown.
        browser.open(portalUrl() + "#/orders?id=" + otherOrder);
        browser.awaitText(By.id("order-error"), "Order not found");
        assertThat(browser.driver().findElements(By.id("order-detail"))).isEmpty();

        // The customer, with the order counted and the spend per currency; another vendor's customer is not found.
        go("customers");
        By customerRow = By.xpath("//table[@id='customers-table']//tr[td[2][text()='" + customer.email() + "']]");
        browser.awaitText(By.xpath("//table[@id='customers-table']//tr[td[2][text()='" + customer.email()
                + "']]/td[3]"), "1");
        assertThat(browser.driver().findElement(customerRow).findElement(By.cssSelector(".customer-spent")).getText())
                .isEqualTo(placed.json().get("total").decimalValue().setScale(2) + " EUR");
        browser.driver().findElement(customerRow).findElement(By.cssSelector(".customer-link")).click();
        browser.awaitText(By.id("customer-orders"), orderNumber);
        Fixtures.Session otherCustomer = fixtures.customer(other);
        String otherCustomerId = http.get("/api/v1/vendor/customers?search=" + otherCustomer.email())
                .bearer(other.owner().accessToken()).send().json().get("content").get(0).get("id").asString();
        browser.open(portalUrl() + "#/customers?id=" + otherCustomerId);
        browser.awaitText(By.id("customer-error"), "Customer not found");
        assertThat(browser.driver().findElements(By.id("customer-detail"))).isEmpty();

        // The dashboard counts the shipped order.
        go("dashboard");
        browser.awaitText(By.id("count-orders"), "1");
        assertThat(browser.driver().findElement(By.id("order-book")).getText()).contains("SHIPPED: 1");
        assertNoAlert();
        assertNoConsoleErrorsBut("status of 404");

        // A Viewer reads the order but is offered no change; the API offers the moves to the team only.
        Fixtures.Session viewer = fixtures.member(vendor, "Viewer");
        browser.click(By.id("logout"));
        signInToPortal(vendor.code(), viewer.email());
        browser.open(portalUrl() + "#/orders?id=" + orderId);
        browser.awaitText(By.id("order-heading"), orderNumber);
        browser.await(By.id("order-view-only"));
        assertThat(browser.driver().findElements(By.id("order-move"))).isEmpty();
        assertThat(http.get("/api/v1/vendor/orders/" + orderId).bearer(vendor.owner().accessToken()).send().json()
                .get("nextStatuses").values().stream().map(n -> n.asString()).toList())
                .containsExactly("DELIVERED", "REFUNDED");
        assertThat(http.get(shop.base() + "/customers/me/orders/" + orderId).bearer(customer.accessToken()).send().json()
                .has("nextStatuses")).isFalse();
    }

    @Test
    void thePortalForbidsInlineScriptsEvalAndFraming() {
        Http.Response page = http.get("/vendor/").send();
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Security-Policy")).contains("script-src 'self';", "default-src 'none'",
                "frame-ancestors 'none'").doesNotContain("unsafe-eval", "unsafe-inline");
        assertThat(http.get("/shared/js/api.js").send().header("Content-Security-Policy")).contains("default-src 'none'");
        assertThat(http.post("/vendor/").json(Map.of()).send().status()).isEqualTo(403);
        assertThat(http.get("/api/v1/public/host-vendor").send().status()).isEqualTo(204);
    }

    private static void plant(Fixtures.Session account) {
        browser.script("sessionStorage.setItem('wizamart.vendor.session', JSON.stringify({accessToken: arguments[0],"
                + " refreshToken: arguments[1], expiresAt: Date.now() + 600000, user: {email: arguments[2]}}))",
                account.accessToken(), account.refreshToken(), account.email());
    }

    private static void assertNoAlert() {
        try {
            browser.driver().switchTo().alert();
            throw new AssertionError("an alert opened: the markup in the feed ran");
        } catch (NoAlertPresentException expected) {
            // nothing ran
        }
    }
}
