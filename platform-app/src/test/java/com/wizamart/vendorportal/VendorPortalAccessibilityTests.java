package com.wizamart.vendorportal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import com.wizamart.support.BrowserTest;
import com.wizamart.support.Fixtures;
import com.wizamart.support.Shop;

/**
 * Every page of the vendor portal, at a desktop width and at a phone's (390 px): axe-core finds no
 * serious or critical violation, every control has a label, and nothing is wider than the screen.
 */
class VendorPortalAccessibilityTests extends BrowserTest {

    @Test
    void everyPageIsAccessibleAndFitsAPhone() {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        Shop shop = new Shop(http, vendor);
        UUID product = shop.product("Mug", "12.00", "17", 5);
        String order = shop.buy(fixtures.customer(vendor), product, 1).json().get("id").asString();

        try {
            for (int width : new int[] {1280, 390}) {
                browser.resize(width, 900);
                browser.open(portalUrl());
                browser.await(By.id("login-email"));
                assertAccessible("sign-in", width);
                signInToPortal(vendor.code(), vendor.owner().email());
                // every page the Owner's navigation offers (all of them): a new page is checked without an edit here
                browser.until("the navigation", d -> d.findElements(By.cssSelector("#nav a")).size() > 1);
                List<String> pages = browser.driver().findElements(By.cssSelector("#nav a")).stream()
                        .map(a -> a.getAttribute("id").substring("nav-".length())).toList();
                assertThat(pages).contains("dashboard", "imports", "staging", "catalog", "inventory", "orders",
                        "customers", "team", "settings");
                for (String page : pages) {
                    browser.open(portalUrl() + "#/" + page);
                    browser.await(By.id("page-" + page));
                    browser.until(page + " loaded", d -> d.findElements(By.cssSelector("[role=status]")).stream()
                            .noneMatch(e -> e.isDisplayed() && e.getText().contains("Loading")));
                    assertAccessible(page, width);
                }
                browser.open(portalUrl() + "#/orders?id=" + order);
                browser.await(By.id("order-detail"));
                assertAccessible("order detail", width);
                browser.click(By.id("logout"));
                browser.await(By.id("login-email"));
            }
        } finally {
            browser.resize(1280, 900);
        }
        assertNoConsoleErrorsBut();
    }
}
