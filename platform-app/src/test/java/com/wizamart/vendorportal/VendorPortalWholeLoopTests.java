package com.wizamart.vendorportal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

import tools.jackson.databind.JsonNode;

import com.wizamart.support.BrowserTest;
import com.wizamart.support.Feeds;
import com.wizamart.support.Fixtures;
import com.wizamart.support.Http;
import com.wizamart.support.Shop;

/**
 * The commerce loop of a vendor's team in the portal, page after page: the Owner imports the sample feeds (watching
 * them run), publishes the staged products, receives stock, a customer orders through the public API, the Owner ships
 * the order with a tracking number and finds it on the dashboard. Then the same team work by keyboard alone.
 */
class VendorPortalWholeLoopTests extends BrowserTest {

    @TempDir
    Path files;

    @Test
    void anOwnerImportsPublishesStocksShipsAnOrderAndSeesItOnTheDashboard() throws Exception {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        String token = vendor.owner().accessToken();
        signInToPortal(vendor.code(), vendor.owner().email());
        browser.await(By.id("page-dashboard"));

        // Imports: the three sample feeds, uploaded through the page. Every status a job row shows is recorded, with
        // whether a progress bar was shown beside it, so the test sees the jobs running, not only their ends.
        go("imports");
        browser.script("window.__seen = [];"
                + "new MutationObserver(() => document.querySelectorAll('#jobs-table tbody tr').forEach(r => "
                + "window.__seen.push(r.dataset.status + ':' + [...r.querySelectorAll('progress')]"
                + ".some(p => p.offsetParent !== null))))"
                + ".observe(document.getElementById('page-imports'), {subtree: true, childList: true, attributes: true});");
        for (String language : List.of("en", "fr", "de")) {
            browser.await(By.cssSelector("#import-marketplace option[value='letzshop']"));
            new Select(browser.await(By.id("import-marketplace"))).selectByValue("letzshop");
            new Select(browser.await(By.id("import-language"))).selectByValue(language);
            browser.driver().findElement(By.id("import-file"))
                    .sendKeys(Feeds.write(files, language + ".tsv", Feeds.sample(language)).toString());
            browser.click(By.id("import-upload"));
            browser.awaitText(By.id("import-started"), "started");
            browser.until("the " + language + " import ends", d -> d.findElements(By.cssSelector("#jobs-table tbody tr"))
                    .stream().noneMatch(r -> List.of("PENDING", "RUNNING").contains(r.getAttribute("data-status"))));
        }
        List<String> rows = browser.driver().findElements(By.cssSelector("#jobs-table tbody tr")).stream()
                .map(r -> r.getAttribute("data-status")).toList();
        assertThat(rows).containsExactly("COMPLETED", "COMPLETED", "COMPLETED");
        @SuppressWarnings("unchecked")
        List<String> seen = (List<String>) browser.script("return window.__seen");
        assertThat(seen).as("a job row shown while it waits or runs, with its progress bar")
                .anyMatch(s -> s.equals("PENDING:true") || s.equals("RUNNING:true"));

        // Staging: every product of the first page ticked at once and published; each one's outcome is listed.
        go("staging");
        browser.await(By.cssSelector("#staging-table .staged-select"));
        int onPage = browser.driver().findElements(By.cssSelector("#staging-table .staged-select")).size();
        browser.click(By.id("staging-select-page"));
        browser.click(By.id("staging-publish-selected"));
        browser.awaitText(By.id("staging-results-summary"), onPage + " published, 0 already published");
        JsonNode products = http.get("/api/v1/vendor/products?size=100&sort=sku,asc").bearer(token).send().json();
        assertThat(products.get("page").get("totalElements").asInt()).isEqualTo(onPage);
        JsonNode product = products.get("content").get(0);
        UUID productId = UUID.fromString(product.get("id").asString());

        // Inventory: the product's page, 7 units received at the default location with a reason.
        int before = availableOf(productId, token);
        browser.open(portalUrl() + "#/inventory?product=" + productId);
        browser.await(By.id("inventory-receive"));
        browser.type(By.id("inventory-receive-quantity"), "7");
        browser.type(By.id("inventory-receive-reason"), "Delivery 0815");
        browser.click(By.id("inventory-receive-submit"));
        browser.awaitText(By.id("inventory-receive-outcome"), "Received 7 units");
        assertThat(availableOf(productId, token)).isEqualTo(before + 7);

        // A customer orders two through the public API.
        Shop shop = new Shop(http, vendor);
        Http.Response bought = shop.buy(fixtures.customer(vendor), productId, 2);
        assertThat(bought.status()).as(bought.toString()).isEqualTo(201);
        String orderId = bought.json().get("id").asString();
        String orderNumber = bought.json().get("orderNumber").asString();

        // Orders: the Owner finds it, moves it on until it can ship, ships it with a tracking number.
        go("orders");
        browser.await(By.cssSelector("#orders-table tr[data-order-id='" + orderId + "'] .order-link")).click();
        browser.awaitText(By.id("order-heading"), orderNumber);
        for (int step = 0; step < 4 && !optionsOf("order-next").contains("SHIPPED"); step++) {
            String status = browser.driver().findElement(By.id("order-status-now")).getText();
            String next = optionsOf("order-next").stream().filter(s -> !s.equals("CANCELLED")).findFirst().orElseThrow();
            new Select(browser.driver().findElement(By.id("order-next"))).selectByValue(next);
            browser.click(By.id("order-change"));
            browser.until("the order leaves " + status, d -> d.findElement(By.id("order-status-now")).getText().equals(next));
        }
        new Select(browser.driver().findElement(By.id("order-next"))).selectByValue("SHIPPED");
        browser.type(By.id("order-tracking-number"), "LU-TRACK-4711");
        browser.click(By.id("order-change"));
        browser.awaitText(By.id("order-status-now"), "SHIPPED");
        browser.awaitText(By.id("order-tracking"), "LU-TRACK-4711");
        JsonNode shipped = http.get("/api/v1/vendor/orders/" + orderId).bearer(token).send().json();
        assertThat(shipped.get("status").asString()).isEqualTo("SHIPPED");
        assertThat(shipped.get("trackingNumber").asString()).isEqualTo("LU-TRACK-4711");

        // The dashboard: the order, its revenue, the product among the best sellers, the three imports.
        go("dashboard");
        browser.awaitText(By.id("count-orders"), "1");
        browser.awaitText(By.id("top-products"), product.get("name").asString());
        assertThat(browser.driver().findElements(By.cssSelector("#last-imports tbody tr"))).hasSize(3);
        assertThat(browser.driver().findElement(By.id("dashboard-counts")).getText())
                .contains(shipped.get("currency").asString());
        assertNoConsoleErrorsBut();
    }

    @Test
    void theTeamsMainWorkIsDoneByKeyboardAlone() {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        Shop shop = new Shop(http, vendor);
        UUID mug = shop.product("Keyboard mug", "12.00", "17", 9);
        Http.Response bought = shop.buy(fixtures.customer(vendor), mug, 1);
        String orderId = bought.json().get("id").asString();

        // Sign-in: Tab from the top of the page to each field, type, Enter submits.
        browser.open(portalUrl());
        browser.await(By.id("login-email"));
        tabTo(By.id("login-vendor")).sendKeys(vendor.code());
        tabTo(By.id("login-email")).sendKeys(vendor.owner().email());
        tabTo(By.id("login-password")).sendKeys(Fixtures.PASSWORD + Keys.ENTER);
        browser.await(By.id("page-dashboard"));

        // To the orders page through the navigation, into the order, and on to CONFIRMED, all by keys.
        tabTo(By.id("nav-orders")).sendKeys(Keys.ENTER);
        browser.await(By.id("page-orders"));
        tabTo(By.cssSelector("#orders-table tr[data-order-id='" + orderId + "'] .order-link")).sendKeys(Keys.ENTER);
        browser.await(By.id("order-detail"));
        browser.until("the order's heading has the focus", d -> "order-heading".equals(activeId()));
        WebElement next = tabTo(By.id("order-next"));
        assertThat(new Select(next).getFirstSelectedOption().getAttribute("value")).isEqualTo("CONFIRMED");
        tabTo(By.id("order-change")).sendKeys(Keys.ENTER);
        browser.awaitText(By.id("order-status-now"), "CONFIRMED");

        // The catalog: a product's page from the list, by keys; its price changed and saved with Enter.
        tabTo(By.id("nav-catalog")).sendKeys(Keys.ENTER);
        browser.await(By.id("page-catalog"));
        tabTo(By.cssSelector("#products-table a[href$='" + mug + "']")).sendKeys(Keys.ENTER);
        browser.await(By.id("product-detail"));
        WebElement price = tabTo(By.id("edit-price"));
        price.sendKeys(Keys.chord(Keys.CONTROL, "a"), "13.50");
        tabTo(By.id("product-save")).sendKeys(Keys.ENTER);
        browser.await(By.id("product-saved"));
        assertThat(http.get("/api/v1/vendor/products/" + mug).bearer(vendor.owner().accessToken()).send().json()
                .get("price").decimalValue()).isEqualByComparingTo("13.50");
        assertNoConsoleErrorsBut();
    }

    /**
     * Presses Tab (from wherever the focus is) until the element has the focus, and answers it; fails if 80 presses
     * do not reach it, i.e. it cannot be reached by keyboard.
     */
    private WebElement tabTo(By target) {
        WebElement element = browser.await(target);
        for (int i = 0; i < 80; i++) {
            if (element.equals(browser.driver().switchTo().activeElement())) return element;
            new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
        }
        throw new AssertionError(target + " is not reached by the Tab key; the focus is on " + activeId());
    }

    private String activeId() {
        return (String) browser.script("return document.activeElement ? document.activeElement.id "
                + "|| document.activeElement.outerHTML.slice(0, 80) : null");
    }

    private List<String> optionsOf(String selectId) {
        return new Select(browser.driver().findElement(By.id(selectId))).getOptions().stream()
                .map(o -> o.getAttribute("value")).toList();
    }

    private int availableOf(UUID product, String token) {
        return http.get("/api/v1/vendor/inventory/products/" + product + "/availability").bearer(token).send().json()
                .path("available").asInt();
    }
}
