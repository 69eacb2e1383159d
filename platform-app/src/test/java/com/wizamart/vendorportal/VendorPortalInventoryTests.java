package com.wizamart.vendorportal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import com.wizamart.support.BrowserTest;
import com.wizamart.support.Fixtures;
import com.wizamart.support.Http;
import com.wizamart.support.Shop;

import tools.jackson.databind.JsonNode;

/**
 * The inventory page in a real browser against the running platform: an owner receives stock at a new location,
 * corrects it with a reason, reads the movements and why products bought by customers are unavailable; what an Editor
 * and a Viewer are offered; hostile names shown as text; another vendor's ids not found.
 */
class VendorPortalInventoryTests extends BrowserTest {

    private static final String MARKUP = "<img src=x onerror=alert(1)>";
    private static final By TIMELINE = By.cssSelector("#inventory-timeline .timeline-step");

    @Test
    void anOwnerReceivesAtANewLocationAdjustsWithAReasonAndReadsTheMovementsAndWhyProductsAreUnavailable() {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        Shop shop = new Shop(http, vendor);
        UUID lamp = shop.product("Desk lamp", "45.00", "17", 5);
        UUID scarf = shop.product("Wool scarf", "39.00", "17", 2);
        UUID mug = shop.product("Stoneware mug", "18.50", "17", 1);
        Fixtures.Session customer = fixtures.customer(vendor);
        Http.Response scarfOrder = shop.buy(customer, scarf, 2);
        assertThat(scarfOrder.status()).as(scarfOrder.toString()).isEqualTo(201);
        String scarfOrderNumber = scarfOrder.json().get("orderNumber").asString();
        Http.Response mugOrder = shop.buy(customer, mug, 1);
        String mugOrderNumber = mugOrder.json().get("orderNumber").asString();
        UUID mugOrderId = UUID.fromString(mugOrder.json().get("id").asString());
        assertThat(shop.moveTo(mugOrderId, "CONFIRMED").status()).isEqualTo(200);
        assertThat(shop.moveTo(mugOrderId, "SHIPPED").status()).isEqualTo(200);

        signInToPortal(vendor.code(), vendor.owner().email());
        go("inventory");
        browser.await(By.cssSelector("#inventory-stock-table tr[data-product-id='" + lamp + "']"));

        // A new location: a missing name is refused next to its field, then it is added.
        browser.click(By.id("inventory-tab-locations"));
        browser.type(By.id("inventory-location-code"), "WH-2");
        browser.click(By.id("inventory-location-submit"));
        browser.await(By.id("inventory-location-name-error"));
        assertThat(browser.driver().findElement(By.id("inventory-location-name-error")).getText()).isNotBlank();
        assertThat(browser.driver().findElement(By.id("inventory-location-name")).getAttribute("aria-invalid"))
                .isEqualTo("true");
        browser.type(By.id("inventory-location-name"), "Back room");
        browser.click(By.id("inventory-location-submit"));
        browser.awaitText(By.id("inventory-location-outcome"), "Back room (WH-2) added");
        browser.awaitText(By.cssSelector("#inventory-locations-table tr[data-location-code='WH-2'] .location-name"),
                "Back room");
        assertThat(browser.driver().findElement(By.id("inventory-location-name")).getAttribute("aria-invalid"))
                .isEqualTo("false");

        // The lamp, found by its name, opens its page; a negative receipt is refused next to the quantity.
        browser.click(By.id("inventory-tab-stock"));
        browser.type(By.id("inventory-stock-search"), "Desk lamp");
        browser.click(By.cssSelector("#inventory-stock-find button[type='submit']"));
        browser.click(By.cssSelector("#inventory-stock-found li[data-product-id='" + lamp + "'] .found-open"));
        browser.awaitText(By.id("inventory-product-heading"), "Desk lamp");
        assertThat(browser.driver().getCurrentUrl()).endsWith("#/inventory?product=" + lamp);
        new Select(browser.await(By.id("inventory-receive-location"))).selectByVisibleText("Back room (WH-2)");
        browser.type(By.id("inventory-receive-quantity"), "-3");
        browser.type(By.id("inventory-receive-reason"), "Delivery 4711");
        browser.click(By.id("inventory-receive-submit"));
        browser.awaitText(By.id("inventory-receive-quantity-error"), "greater than 0");
        assertThat(browser.driver().findElement(By.id("inventory-receive-quantity")).getAttribute("aria-invalid"))
                .isEqualTo("true");
        assertThat(browser.driver().findElements(By.cssSelector("#inventory-product-rows tr[data-location-code='WH-2']")))
                .isEmpty();

        browser.type(By.id("inventory-receive-quantity"), "12");
        browser.click(By.id("inventory-receive-submit"));
        browser.awaitText(By.id("inventory-receive-outcome"), "Received 12 units at Back room: 12 on hand there now");
        By backRoom = By.cssSelector("#inventory-product-rows tr[data-location-code='WH-2']");
        browser.awaitText(backRoom, "Back room");
        assertThat(browser.driver().findElement(backRoom).findElement(By.cssSelector(".stock-onhand")).getText())
                .isEqualTo("12");
        browser.awaitText(By.id("inventory-total-onhand"), "17");
        JsonNode atBackRoom = stockAt(vendor, lamp, "WH-2");
        assertThat(atBackRoom.get("quantity").asInt()).isEqualTo(12);

        // Two broke: the Back room's stock is lowered with a reason.
        browser.driver().findElement(backRoom).findElement(By.cssSelector(".row-adjust")).click();
        assertThat(new Select(browser.driver().findElement(By.id("inventory-adjust-row"))).getFirstSelectedOption()
                .getText()).startsWith("Back room");
        browser.click(By.id("inventory-adjust-change"));
        browser.type(By.id("inventory-adjust-value"), "-2");
        browser.type(By.id("inventory-adjust-reason"), "Two broken in transit");
        browser.click(By.id("inventory-adjust-submit"));
        browser.awaitText(By.id("inventory-adjust-outcome"), "Stock at Back room is now 10 on hand");
        browser.awaitText(By.id("inventory-total-onhand"), "15");
        assertThat(stockAt(vendor, lamp, "WH-2").get("quantity").asInt()).isEqualTo(10);
        JsonNode adjustment = shop.movements(lamp, "ADJUSTMENT").get(0);
        assertThat(adjustment.get("quantity").asInt()).isEqualTo(-2);
        assertThat(adjustment.get("reason").asString()).isEqualTo("Two broken in transit");
        assertThat(adjustment.get("actorEmail").asString()).isEqualTo(vendor.owner().email());
        // the timeline tells it in sentences
        browser.until("the timeline tells the receipt and the correction", d -> texts(TIMELINE).stream()
                .anyMatch(t -> t.contains("12 units received at Back room, then 12 on hand")));
        assertThat(texts(TIMELINE)).anyMatch(t -> t.contains("Stock at Back room lowered by 2")
                && t.contains("Reason: Two broken in transit") && t.contains("by " + vendor.owner().email()));

        // Its movements, filtered by type and by location.
        browser.click(By.id("inventory-product-movements"));
        browser.await(By.id("inventory-movements"));
        browser.awaitText(By.id("inventory-movement-product"), "Desk lamp");
        new Select(browser.await(By.id("inventory-movement-type"))).selectByValue("ADJUSTMENT");
        browser.until("only the correction is listed", d -> rows("#inventory-movements-table").size() == 1
                && "ADJUSTMENT".equals(rows("#inventory-movements-table").get(0).getAttribute("data-type")));
        WebElement correction = rows("#inventory-movements-table").get(0);
        assertThat(correction.findElement(By.cssSelector(".movement-reason")).getText()).isEqualTo("Two broken in transit");
        assertThat(correction.findElement(By.cssSelector(".movement-change")).getText()).isEqualTo("-2 on hand");
        new Select(browser.await(By.id("inventory-movement-type"))).selectByValue("");
        new Select(browser.await(By.id("inventory-movement-location"))).selectByVisibleText("Back room (WH-2)");
        browser.until("the Back room's two movements", d -> rows("#inventory-movements-table").size() == 2);
        assertThat(texts(By.cssSelector("#inventory-movements-table .movement-text")))
                .containsExactly("Stock at Back room lowered by 2 (a count or correction)", "12 units received at Back room");
        // a range that ends before it starts is refused next to its end
        day("inventory-movement-from", "2026-02-03");
        day("inventory-movement-until", "2026-02-01");
        browser.awaitText(By.id("inventory-movement-until-error"), "after");
        assertThat(browser.driver().findElement(By.id("inventory-movement-until")).getAttribute("aria-invalid"))
                .isEqualTo("true");

        // Why the scarf cannot be bought: both units are held by the customer's order.
        browser.open(portalUrl() + "#/inventory?product=" + scarf);
        browser.awaitText(By.id("inventory-product-heading"), "Wool scarf");
        browser.awaitText(By.id("inventory-status"), "All held by orders");
        assertThat(browser.driver().findElement(By.id("inventory-status-sentence")).getText())
                .isEqualTo("Unavailable: all 2 units on hand are held by 1 open order, not shipped yet.");
        assertThat(texts(TIMELINE)).anyMatch(t -> t.matches("(?s)\\d{1,2} \\w{3} \\d{4} \\d{2}:\\d{2} UTC — 2 units reserved by order "
                + java.util.regex.Pattern.quote(scarfOrderNumber) + " at .*, then 2 on hand, 2 held, 0 available there.*by the platform"));
        assertThat(texts(TIMELINE)).anyMatch(t -> t.startsWith("Now — Order " + scarfOrderNumber + " holds 2 units"));
        assertThat(texts(TIMELINE)).anyMatch(t -> t.startsWith("Now — Stock 0 available at "));

        // ... and the mug is sold out: its only unit left with the shipped order.
        browser.open(portalUrl() + "#/inventory?product=" + mug);
        browser.awaitText(By.id("inventory-product-heading"), "Stoneware mug");
        browser.awaitText(By.id("inventory-status"), "Out of stock");
        assertThat(texts(TIMELINE)).anyMatch(t -> t.contains("1 unit sold and shipped with order " + mugOrderNumber
                + " from ") && t.contains("then 0 on hand, 0 held, 0 available there") && t.contains("by " + vendor.owner().email()));
        assertThat(shop.stock(mug).get("status").asString()).isEqualTo("OUT_OF_STOCK");
        assertThat(shop.stock(scarf).get("status").asString()).isEqualTo("FULLY_RESERVED");

        // The feed location, explained, moves to the Back room.
        browser.click(By.id("inventory-tab-settings"));
        browser.awaitText(By.id("inventory-settings-explained"), "no other location's stock is ever changed by a feed");
        new Select(browser.await(By.id("inventory-settings-feed"))).selectByVisibleText("Back room (WH-2)");
        browser.click(By.id("inventory-settings-save"));
        browser.awaitText(By.id("inventory-feed-location"), "Back room (WH-2)");
        assertThat(http.get("/api/v1/vendor/inventory/settings").bearer(vendor.owner().accessToken()).send().json()
                .get("feedLocation").get("code").asString()).isEqualTo("WH-2");
        assertNoAlert();
        assertNoConsoleErrorsBut("status of 422");
    }

    @Test
    void anEditorChangesStockButNotTheFeedLocationAndAViewerOnlyReads() {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        Shop shop = new Shop(http, vendor);
        UUID lamp = shop.product("Desk lamp", "45.00", "17", 5);
        String row = stockAt(vendor, lamp, "DEFAULT").get("id").asString();
        Fixtures.Session editor = fixtures.member(vendor, "Editor");
        Fixtures.Session viewer = fixtures.member(vendor, "Viewer");

        // An Editor receives and adjusts, adds locations, and sees the feed location without changing it.
        signInToPortal(vendor.code(), editor.email());
        browser.open(portalUrl() + "#/inventory?id=" + row);
        browser.awaitText(By.id("inventory-product-heading"), "Desk lamp");
        browser.await(By.id("inventory-receive"));
        browser.await(By.id("inventory-adjust"));
        assertThat(browser.driver().findElements(By.id("inventory-view-only")).stream().noneMatch(WebElement::isDisplayed))
                .isTrue();
        browser.type(By.id("inventory-adjust-value"), "4");
        browser.type(By.id("inventory-adjust-reason"), "Stocktaking");
        browser.click(By.id("inventory-adjust-submit"));
        browser.awaitText(By.id("inventory-adjust-outcome"), "is now 4 on hand");
        assertThat(stockAt(vendor, lamp, "DEFAULT").get("quantity").asInt()).isEqualTo(4);
        browser.click(By.id("inventory-tab-locations"));
        browser.await(By.id("inventory-location-create"));
        browser.click(By.id("inventory-tab-settings"));
        browser.await(By.id("inventory-settings-view-only"));
        assertThat(browser.await(By.id("inventory-settings-feed")).isEnabled()).isFalse();
        assertThat(browser.driver().findElement(By.id("inventory-settings-save")).isEnabled()).isFalse();
        assertThat(http.put("/api/v1/vendor/inventory/settings").bearer(editor.accessToken())
                .json(Map.of("feedLocation", "DEFAULT")).send().status()).isEqualTo(403);
        browser.click(By.id("logout"));

        // A Viewer reads the stock, its timeline and the movements; no form changes anything, and the API refuses.
        signInToPortal(vendor.code(), viewer.email());
        go("inventory");
        browser.await(By.id("inventory-view-only"));
        browser.click(By.cssSelector("#inventory-stock-table tr[data-product-id='" + lamp + "'] .inventory-product-link"));
        browser.awaitText(By.id("inventory-product-heading"), "Desk lamp");
        browser.until("the timeline tells the count", d -> texts(TIMELINE).stream()
                .anyMatch(t -> t.contains("lowered by 1 (a count or correction)") && t.contains("Reason: Stocktaking")));
        assertThat(browser.driver().findElements(By.cssSelector("#inventory-receive, #inventory-adjust, .row-adjust")))
                .isEmpty();
        browser.click(By.id("inventory-tab-locations"));
        browser.await(By.id("inventory-locations-table"));
        assertThat(browser.driver().findElements(By.id("inventory-location-create"))).isEmpty();
        browser.click(By.id("inventory-tab-movements"));
        browser.await(By.id("inventory-movements-table"));
        browser.click(By.id("inventory-tab-settings"));
        browser.await(By.id("inventory-settings-view-only"));
        assertThat(browser.await(By.id("inventory-settings-feed")).isEnabled()).isFalse();
        assertThat(http.put("/api/v1/vendor/inventory/" + row).bearer(viewer.accessToken())
                .json(Map.of("adjustment", 5, "reason", "sneaky")).send().status()).isEqualTo(403);
        assertThat(http.post("/api/v1/vendor/inventory").bearer(viewer.accessToken())
                .json(Map.of("productId", lamp, "quantity", 5)).send().status()).isEqualTo(403);
        assertThat(http.post("/api/v1/vendor/inventory/locations").bearer(viewer.accessToken())
                .json(Map.of("code", "NOPE", "name", "Nope")).send().status()).isEqualTo(403);
        assertThat(stockAt(vendor, lamp, "DEFAULT").get("quantity").asInt()).isEqualTo(4);
        assertNoConsoleErrorsBut();
    }

    @Test
    void aHostileProductTitleAndLocationNameShowAsText() {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        Shop shop = new Shop(http, vendor);
        UUID product = shop.product("Lamp " + MARKUP, "45.00", "17", 0);
        String location = "<script>alert('location')</script>";
        assertThat(http.post("/api/v1/vendor/inventory/locations").bearer(vendor.owner().accessToken())
                .json(Map.of("code", "EVIL", "name", location)).send().status()).isEqualTo(201);
        assertThat(http.post("/api/v1/vendor/inventory").bearer(vendor.owner().accessToken())
                .json(Map.of("productId", product, "location", "EVIL", "quantity", 3, "reason", MARKUP)).send().status())
                .isEqualTo(201);

        signInToPortal(vendor.code(), vendor.owner().email());
        go("inventory");
        By row = By.cssSelector("#inventory-stock-table tr[data-location-code='EVIL']");
        browser.awaitText(row, "Lamp");
        assertThat(browser.driver().findElement(row).findElement(By.cssSelector(".inventory-product-link")).getText())
                .isEqualTo("Lamp " + MARKUP);
        assertThat(browser.driver().findElement(row).findElement(By.cssSelector(".stock-location")).getText())
                .isEqualTo(location);
        browser.driver().findElement(row).findElement(By.cssSelector(".inventory-product-link")).click();
        browser.awaitText(By.id("inventory-product-heading"), "Lamp " + MARKUP);
        browser.until("the timeline names the location", d -> texts(TIMELINE).stream()
                .anyMatch(t -> t.contains("3 units received at " + location) && t.contains("Reason: " + MARKUP)));
        browser.click(By.id("inventory-tab-locations"));
        browser.awaitText(By.cssSelector("#inventory-locations-table tr[data-location-code='EVIL'] .location-name"),
                location);
        assertThat(browser.driver().findElements(By.cssSelector("main img, main script"))).isEmpty();
        assertNoAlert();
        assertNoConsoleErrorsBut();
    }

    @Test
    void anotherVendorsProductOrStockEntryInTheAddressIsNotFound() {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        Fixtures.VendorAccount other = fixtures.vendor();
        UUID theirs = new Shop(http, other).product("Their secret lamp", "45.00", "17", 7);
        String theirRow = stockAt(other, theirs, "DEFAULT").get("id").asString();

        signInToPortal(vendor.code(), vendor.owner().email());
        browser.open(portalUrl() + "#/inventory?product=" + theirs);
        browser.awaitText(By.id("inventory-error"), "Product not found");
        assertThat(browser.driver().findElements(By.id("inventory-product"))).isEmpty();
        browser.open(portalUrl() + "#/inventory?id=" + theirRow);
        browser.awaitText(By.id("inventory-error"), "Stock entry not found");
        assertThat(browser.driver().findElements(By.id("inventory-product"))).isEmpty();
        browser.open(portalUrl() + "#/inventory?product=not-an-id");
        browser.awaitText(By.id("inventory-error"), "Product not found");
        assertThat(browser.driver().getPageSource()).doesNotContain("Their secret lamp");
        // the API answers the same, for reading and for changing
        assertThat(http.get("/api/v1/vendor/inventory/" + theirRow).bearer(vendor.owner().accessToken()).send()
                .status()).isEqualTo(404);
        assertThat(http.put("/api/v1/vendor/inventory/" + theirRow).bearer(vendor.owner().accessToken())
                .json(Map.of("quantity", 0)).send().status()).isEqualTo(404);
        assertThat(stockAt(other, theirs, "DEFAULT").get("quantity").asInt()).isEqualTo(7);
        assertNoConsoleErrorsBut("status of 404", "status of 400");
    }

    @Test
    void aProductsStockAndEveryTabAreAccessibleAndFitAPhone() {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        Shop shop = new Shop(http, vendor);
        UUID scarf = shop.product("Wool scarf", "39.00", "17", 2);
        shop.buy(fixtures.customer(vendor), scarf, 1);

        signInToPortal(vendor.code(), vendor.owner().email());
        try {
            for (int width : new int[] {1280, 390}) {
                browser.resize(width, 900);
                browser.open(portalUrl() + "#/inventory?product=" + scarf);
                browser.await(By.id("inventory-adjust"));
                browser.until("the timeline", d -> !texts(TIMELINE).isEmpty());
                assertAccessible("a product's stock", width);
                for (String tab : List.of("movements", "locations", "settings")) {
                    browser.open(portalUrl() + "#/inventory?tab=" + tab);
                    browser.await(By.id("inventory-" + tab));
                    browser.until(tab + " loaded", d -> d.findElements(By.cssSelector("[role=status]")).stream()
                            .noneMatch(e -> e.isDisplayed() && e.getText().contains("Loading")));
                    assertAccessible("inventory " + tab, width);
                }
            }
        } finally {
            browser.resize(1280, 900);
        }
        assertNoConsoleErrorsBut();
    }

    /** The product's stock row at the location with this code, as the API answers it. */
    private JsonNode stockAt(Fixtures.VendorAccount vendor, UUID product, String code) {
        Http.Response rows = http.get("/api/v1/vendor/inventory?productId=" + product).bearer(vendor.owner().accessToken())
                .send();
        assertThat(rows.status()).as(rows.toString()).isEqualTo(200);
        for (JsonNode row : rows.json().get("content")) {
            if (code.equals(row.get("locationCode").asString())) return row;
        }
        throw new AssertionError("no stock of " + product + " at " + code + ": " + rows);
    }

    /** Sets a date field as a person picking a day does (the typed form depends on the browser's locale). */
    private static void day(String id, String isoDate) {
        browser.script("const f = document.getElementById(arguments[0]); f.value = arguments[1];"
                + " f.dispatchEvent(new Event('input', {bubbles: true})); f.dispatchEvent(new Event('change', {bubbles: true}));",
                id, isoDate);
    }

    private static List<WebElement> rows(String table) {
        return browser.driver().findElements(By.cssSelector(table + " tbody tr"));
    }

    private static List<String> texts(By locator) {
        return browser.driver().findElements(locator).stream().map(WebElement::getText).toList();
    }

    private static void assertNoAlert() {
        try {
            browser.driver().switchTo().alert();
            throw new AssertionError("an alert opened: the markup ran");
        } catch (NoAlertPresentException expected) {
            // nothing ran
        }
    }
}
