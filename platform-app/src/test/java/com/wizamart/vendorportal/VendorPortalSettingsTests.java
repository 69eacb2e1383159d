package com.wizamart.vendorportal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;

import com.wizamart.support.BrowserTest;
import com.wizamart.support.Fixtures;
import com.wizamart.support.Http;

import tools.jackson.databind.JsonNode;

/**
 * The portal's settings page in a real browser against the running platform: the owner edits the business details and
 * the theme (the preview follows before anything is saved) and sets feed sources, each field's error next to it; what
 * a Viewer and a Manager are offered, and what the server still refuses them; a vendor name holding markup shown as
 * text, on the page and in the top bar; the address never picks another vendor.
 */
class VendorPortalSettingsTests extends BrowserTest {

    private static final String MARKUP = "<img src=x onerror=alert(1)><script>alert(2)</script>";
    private static final String SETTINGS = "/api/v1/vendor/settings";
    private static final String FEED_SOURCES = "/api/v1/vendor/marketplace/feed-sources";

    @Test
    void anOwnerEditsTheDetailsAndTheThemeWithALivePreview_savesThem_andSetsFeedSourcesForTwoLanguages() {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        String token = vendor.owner().accessToken();
        signInToPortal(vendor.code(), vendor.owner().email());
        go("settings");
        browser.await(By.id("settings-form"));
        assertThat(browser.awaitText(By.id("settings-code"), vendor.code()).getText()).isEqualTo(vendor.code());
        assertThat(browser.driver().findElement(By.id("settings-view-only")).isDisplayed()).isFalse();
        String defaultHeader = background("preview-header");

        String name = "Bistro " + vendor.code();
        browser.type(By.id("settings-name"), name);
        browser.type(By.id("settings-email"), "hello@" + vendor.code() + ".test");
        browser.type(By.id("settings-phone"), "+352 123 456");
        browser.type(By.id("settings-street"), "1 Rue de la Gare");
        browser.type(By.id("settings-postal-code"), "L-1616");
        browser.type(By.id("settings-city"), "Luxembourg");
        browser.type(By.id("settings-country"), "LU");
        browser.type(By.id("settings-vat"), "LU12345678");
        browser.type(By.id("settings-logo"), "https://cdn.test/" + vendor.code() + "/logo.png");
        assertThat(browser.driver().findElement(By.id("preview-name")).getText()).isEqualTo(name);

        // a colour that is no #rrggbb: the preview keeps the default and says so, the server names the field
        browser.type(By.id("settings-primary"), "blue");
        browser.awaitText(By.id("preview-note"), "not #rrggbb");
        assertThat(background("preview-header")).isEqualTo(defaultHeader);
        browser.click(By.id("settings-save"));
        assertThat(browser.awaitText(By.id("settings-primary-error"), "#rrggbb").getText()).contains("#rrggbb");
        assertThat(browser.driver().findElement(By.id("settings-primary")).getAttribute("aria-invalid"))
                .isEqualTo("true");
        assertThat(browser.driver().findElement(By.id("settings-email-error")).getText()).isEmpty();
        browser.await(By.id("settings-error"));
        assertThat(settings(token).get("name").asString()).isNotEqualTo(name);

        // the preview follows the colours as they are typed, before anything is saved
        browser.type(By.id("settings-primary"), "#0F766E");
        browser.until("the preview's header takes the primary colour",
                d -> background("preview-header").equals("rgb(15, 118, 110)"));
        assertThat(background("preview-button")).isEqualTo("rgb(15, 118, 110)");
        assertThat(color("preview-header")).as("white reads better on dark teal").isEqualTo("rgb(255, 255, 255)");
        browser.type(By.id("settings-accent"), "#fde68a");
        browser.until("the preview's badge takes the accent colour",
                d -> background("preview-badge").equals("rgb(253, 230, 138)"));
        assertThat(color("preview-badge")).as("black reads better on light yellow").isEqualTo("rgb(0, 0, 0)");
        assertThat(browser.driver().findElement(By.id("preview-logo")).getText())
                .isEqualTo("Logo: https://cdn.test/" + vendor.code() + "/logo.png");
        assertThat(settings(token).get("theme").get("primaryColor").isNull()).as("nothing saved yet").isTrue();
        assertAccessible("settings with the preview", 1280);

        browser.click(By.id("settings-save"));
        browser.awaitText(By.id("settings-saved"), "Settings saved.");
        assertThat(browser.driver().findElement(By.id("settings-primary-error")).getText()).isEmpty();
        JsonNode saved = settings(token);
        assertThat(saved.get("name").asString()).isEqualTo(name);
        assertThat(saved.get("businessEmail").asString()).isEqualTo("hello@" + vendor.code() + ".test");
        assertThat(saved.get("businessPhone").asString()).isEqualTo("+352 123 456");
        assertThat(saved.get("businessAddress").get("street").asString()).isEqualTo("1 Rue de la Gare");
        assertThat(saved.get("businessAddress").get("postalCode").asString()).isEqualTo("L-1616");
        assertThat(saved.get("vatNumber").asString()).isEqualTo("LU12345678");
        assertThat(saved.get("theme").get("primaryColor").asString()).isEqualTo("#0f766e");
        assertThat(saved.get("theme").get("accentColor").asString()).isEqualTo("#fde68a");
        assertThat(saved.get("theme").get("logoUrl").asString())
                .isEqualTo("https://cdn.test/" + vendor.code() + "/logo.png");
        assertThat(browser.driver().findElement(By.id("settings-primary")).getAttribute("value"))
                .as("the form shows what the server keeps").isEqualTo("#0f766e");
        // the new name in the top bar and the tab's title
        browser.awaitText(By.id("vendor-name"), name);
        assertThat(browser.driver().getTitle()).contains(name);

        // feed sources in two languages: an invalid address is named next to its field, nothing is saved
        By english = By.id("feed-letzshop-en");
        By french = By.id("feed-letzshop-fr");
        browser.type(english, "feeds.test/en.tsv");
        browser.type(french, "https://feeds.test/" + vendor.code() + "/fr.tsv");
        browser.click(By.id("feed-sources-save"));
        assertThat(browser.awaitText(By.id("feed-letzshop-en-error"), "http(s)").getText()).contains("http(s)");
        assertThat(browser.driver().findElement(english).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.driver().findElement(By.id("feed-letzshop-fr-error")).getText()).isEmpty();
        browser.await(By.id("feed-sources-error"));
        assertThat(feedSources(token)).isEmpty();
        assertAccessible("settings with field errors", 1280);
        try {
            browser.resize(390, 844);
            assertAccessible("settings with field errors", 390);
        } finally {
            browser.resize(1280, 900);
        }

        browser.type(english, "https://feeds.test/" + vendor.code() + "/en.tsv?key=k");
        browser.click(By.id("feed-sources-save"));
        browser.awaitText(By.id("feed-sources-saved"), "2 set");
        assertThat(browser.driver().findElement(english).getAttribute("aria-invalid")).isEqualTo("false");
        assertThat(feedSources(token)).containsExactly(
                "letzshop en https://feeds.test/" + vendor.code() + "/en.tsv?key=k",
                "letzshop fr https://feeds.test/" + vendor.code() + "/fr.tsv");

        // both are there after a reload; emptying one removes it
        browser.driver().navigate().refresh();
        browser.await(By.id("settings-form"));
        assertThat(browser.await(french).getAttribute("value"))
                .isEqualTo("https://feeds.test/" + vendor.code() + "/fr.tsv");
        browser.driver().findElement(french).clear();
        browser.click(By.id("feed-sources-save"));
        browser.awaitText(By.id("feed-sources-saved"), "1 set");
        assertThat(feedSources(token)).containsExactly(
                "letzshop en https://feeds.test/" + vendor.code() + "/en.tsv?key=k");
        assertNoAlert();
        assertNoConsoleErrorsBut("422");
    }

    @Test
    void aViewerSeesTheSettingsReadOnly_aManagerSetsFeedSourcesOnly_andTheServerRefusesTheRest() {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        Fixtures.Session viewer = fixtures.member(vendor, "Viewer");
        Fixtures.Session manager = fixtures.member(vendor, "Manager");
        String name = settings(vendor.owner().accessToken()).get("name").asString();

        signInToPortal(vendor.code(), viewer.email());
        go("settings");
        browser.await(By.id("settings-form"));
        assertThat(browser.awaitText(By.id("settings-view-only"), "not change them").isDisplayed()).isTrue();
        assertThat(browser.driver().findElement(By.id("settings-name")).getAttribute("value")).isEqualTo(name);
        for (String field : List.of("settings-name", "settings-email", "settings-primary", "settings-primary-picker",
                "settings-logo")) {
            assertThat(browser.driver().findElement(By.id(field)).isEnabled()).as(field + " disabled").isFalse();
        }
        assertThat(browser.driver().findElement(By.id("settings-save")).isDisplayed()).isFalse();
        assertThat(browser.await(By.id("feed-sources-refused")).getText()).contains("imports.configure");
        assertThat(browser.driver().findElements(By.id("feed-sources-form"))).isEmpty();
        Http.Response put = http.put(SETTINGS).bearer(viewer.accessToken())
                .json(Map.of("name", "Viewer's shop", "businessEmail", "v@v.test", "theme", Map.of())).send();
        assertThat(put.status()).as(put.toString()).isEqualTo(403);
        assertThat(http.put(FEED_SOURCES).bearer(viewer.accessToken()).json(Map.of("feedSources", List.of()))
                .send().status()).isEqualTo(403);
        assertThat(http.get(FEED_SOURCES).bearer(viewer.accessToken()).send().status()).isEqualTo(403);
        browser.click(By.id("logout"));
        browser.await(By.id("login-email"));

        // a Manager may configure imports but not change the shop's settings
        signInToPortal(vendor.code(), manager.email());
        go("settings");
        browser.await(By.id("settings-view-only"));
        assertThat(browser.driver().findElement(By.id("settings-name")).isEnabled()).isFalse();
        browser.type(By.id("feed-letzshop-de"), "https://feeds.test/" + vendor.code() + "/de.tsv");
        browser.click(By.id("feed-sources-save"));
        browser.awaitText(By.id("feed-sources-saved"), "1 set");
        assertThat(feedSources(vendor.owner().accessToken()))
                .containsExactly("letzshop de https://feeds.test/" + vendor.code() + "/de.tsv");
        assertThat(http.put(SETTINGS).bearer(manager.accessToken())
                .json(Map.of("name", "Manager's shop", "businessEmail", "m@m.test", "theme", Map.of())).send()
                .status()).isEqualTo(403);
        assertThat(settings(vendor.owner().accessToken()).get("name").asString()).isEqualTo(name);
        assertNoConsoleErrorsBut();
    }

    @Test
    void aVendorNameHoldingMarkupShowsAsText_andTheAddressNeverPicksAnotherVendor() {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        Fixtures.VendorAccount other = fixtures.vendor();
        Http.Response renamed = http.put(SETTINGS).bearer(vendor.owner().accessToken())
                .json(Map.of("name", MARKUP, "businessEmail", "x@" + vendor.code() + ".test", "theme", Map.of()))
                .send();
        assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
        String otherName = settings(other.owner().accessToken()).get("name").asString();

        signInToPortal(vendor.code(), vendor.owner().email());
        assertThat(browser.awaitText(By.id("vendor-name"), MARKUP).getText()).isEqualTo(MARKUP);
        // another vendor's id or code in the address: still the signed-in vendor's settings, nothing of the other's
        browser.open(portalUrl() + "#/settings?id=" + other.id() + "&vendor=" + other.code());
        browser.await(By.id("settings-form"));
        browser.awaitText(By.id("settings-code"), vendor.code());
        assertThat(browser.driver().findElement(By.id("settings-name")).getAttribute("value")).isEqualTo(MARKUP);
        assertThat(browser.driver().findElement(By.id("preview-name")).getText()).isEqualTo(MARKUP);
        assertThat(browser.driver().findElement(By.tagName("body")).getText()).doesNotContain(otherName)
                .doesNotContain(other.code());
        Object planted = browser.script("return document.querySelectorAll('body img, body script').length");
        assertThat(((Number) planted).intValue()).as("elements made from the name").isZero();
        assertNoAlert();

        // a new name shows in the top bar at once
        browser.type(By.id("settings-name"), "Plain " + vendor.code());
        browser.click(By.id("settings-save"));
        browser.awaitText(By.id("vendor-name"), "Plain " + vendor.code());
        assertThat(settings(vendor.owner().accessToken()).get("name").asString()).isEqualTo("Plain " + vendor.code());
        assertThat(settings(other.owner().accessToken()).get("name").asString()).isEqualTo(otherName);
        assertNoConsoleErrorsBut();
    }

    private static String background(String id) {
        return (String) browser.script("return getComputedStyle(document.getElementById(arguments[0]))"
                + ".backgroundColor", id);
    }

    private static String color(String id) {
        return (String) browser.script("return getComputedStyle(document.getElementById(arguments[0])).color", id);
    }

    private JsonNode settings(String token) {
        Http.Response response = http.get(SETTINGS).bearer(token).send();
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private List<String> feedSources(String token) {
        Http.Response response = http.get(FEED_SOURCES).bearer(token).send();
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        List<String> sources = new java.util.ArrayList<>();
        for (JsonNode s : response.json().get("feedSources")) {
            sources.add(s.get("marketplace").asString() + " " + s.get("language").asString() + " "
                    + s.get("url").asString());
        }
        return sources;
    }

    private static void assertNoAlert() {
        try {
            browser.driver().switchTo().alert();
            throw new AssertionError("an alert opened: the markup in the name ran");
        } catch (NoAlertPresentException expected) {
            // nothing ran
        }
    }
}
