package com.wizamart.vendorportal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import com.wizamart.support.BrowserTest;
import com.wizamart.support.Feeds;
import com.wizamart.support.Fixtures;
import com.wizamart.support.Http;
import com.wizamart.support.Imports;
import com.wizamart.support.Shop;

/**
 * Writes a screenshot of each page of the vendor portal, with some data in it, for the docs. Not a test of the suite
 * (its name matches neither *Tests nor *Test); run it with the {@code vendor-screenshots} profile:
 *
 * <pre>./mvnw -B -pl platform-app -am -Pvendor-screenshots test -Dtest=VendorPortalScreenshots -Dsurefire.failIfNoSpecifiedTests=false</pre>
 *
 * The pictures go to {@code docs/images/vendor/} (system property {@code wizamart.screenshots.dir}).
 */
class VendorPortalScreenshots extends BrowserTest {

    private final Path dir = Path.of(System.getProperty("wizamart.screenshots.dir", "target/screenshots/vendor"));

    @Test
    void everyPage() throws Exception {
        Fixtures.VendorAccount acme = fixtures.vendor();
        Imports imports = new Imports(http, acme.owner().accessToken());
        imports.uploadAndWait("en", Feeds.sample("en"));
        imports.uploadAndWait("fr", Feeds.text(new String(Feeds.generated("S", 120, 0), StandardCharsets.UTF_8)
                + Feeds.line(Map.of("id", "S-bad", "title", "Mangled", "price", "9.99 EUR", "gtin", "4.01235E+12")) + "\n"
                + Feeds.line(Map.of("id", "S-bad-2", "title", "", "price", "free")) + "\n"));
        Shop shop = new Shop(http, acme);
        UUID mug = shop.product("Stoneware mug", "18.50", "17", 40);
        UUID scarf = shop.product("Wool scarf", "39.00", "17", 3);
        Fixtures.Session anna = fixtures.customer(acme);
        Fixtures.Session marc = fixtures.customer(acme);
        String first = shop.buy(anna, mug, 2).json().get("id").asString();
        shop.buy(marc, scarf, 1);
        shop.buy(anna, scarf, 1);
        shop.moveTo(UUID.fromString(first), "CONFIRMED");

        browser.resize(1280, 900);
        browser.open(portalUrl());
        browser.await(By.id("login-email"));
        shoot("login");

        signInToPortal(acme.code(), acme.owner().email());
        browser.await(By.id("page-dashboard"));
        browser.until("charts drawn", d -> (Boolean) browser.script("return !!Chart.getChart('chart-orders')"));
        shoot("dashboard");

        go("imports");
        browser.await(By.id("jobs-table"));
        browser.await(By.xpath("//table[@id='jobs-table']//button[contains(., '1 error, 1 warning')]")).click();
        browser.awaitText(By.id("job-errors-table"), "gtin");
        shoot("imports");

        go("orders");
        browser.await(By.id("orders-table"));
        shoot("orders");
        browser.open(portalUrl() + "#/orders?id=" + first);
        browser.await(By.id("order-move"));
        shoot("order");

        go("customers");
        browser.await(By.id("customers-table"));
        browser.click(By.cssSelector("#customers-table .customer-link"));
        browser.await(By.id("customer-detail"));
        shoot("customers");

        browser.resize(390, 844);
        browser.open(portalUrl() + "#/dashboard");
        browser.await(By.id("page-dashboard"));
        browser.until("charts drawn", d -> (Boolean) browser.script("return !!Chart.getChart('chart-orders')"));
        shoot("dashboard-phone");
        browser.open(portalUrl() + "#/orders?id=" + first);
        browser.await(By.id("order-detail"));
        browser.click(By.cssSelector(".menu-toggle"));
        browser.await(By.id("nav-orders"));
        shoot("order-phone-menu");
        browser.resize(1280, 900);
    }

    @Test
    void staging() {
        Fixtures.VendorAccount acme = fixtures.vendor();
        Imports imports = new Imports(http, acme.owner().accessToken());
        imports.uploadAndWait("en", Feeds.sample("en"));
        imports.uploadAndWait("fr", Feeds.sample("fr"));
        imports.uploadAndWait("en", Feeds.text(new String(Feeds.sample("en"), StandardCharsets.UTF_8)
                .replace("Roasted coffee beans (2)\t", "Roasted coffee beans, dark (2)\t")));

        browser.resize(1280, 900);
        signInToPortal(acme.code(), acme.owner().email());
        go("staging");
        browser.await(By.cssSelector("#staging-table tr[data-external-id='LS-0102']"));
        browser.click(By.cssSelector("tr[data-external-id='LS-0103'] .staged-select"));
        browser.click(By.cssSelector("tr[data-external-id='LS-0104'] .staged-select"));
        browser.click(By.id("staging-publish-selected"));
        browser.await(By.id("staging-results-table"));
        shoot("staging");
        browser.click(By.cssSelector("tr[data-external-id='LS-0102'] .staged-link"));
        browser.awaitText(By.id("staged-changes"), "letzshop · en");
        shoot("staged-product");
    }

    @Test
    void catalog() {
        Fixtures.VendorAccount acme = fixtures.vendor();
        String token = acme.owner().accessToken();
        Imports imports = new Imports(http, token);
        imports.uploadAndWait("en", Feeds.generated("C", 14, 0));
        java.util.List<String> staged = new java.util.ArrayList<>();
        http.get("/api/v1/vendor/marketplace/products?size=200").bearer(token).send().json().get("content")
                .forEach(p -> staged.add(p.get("id").asString()));
        http.post("/api/v1/vendor/marketplace/products/publish").bearer(token).json(Map.of("ids", staged)).send();
        new Shop(http, acme).product("Stoneware mug", "18.50", "17", 40);
        String job = imports.uploadAndWait("en", Feeds.generated("C", 14, 5)).get("id").asString();
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> !http
                .get("/api/v1/vendor/catalog/refreshes?jobId=" + job).bearer(token).send().json().get("content")
                .isEmpty());
        String first = http.get("/api/v1/vendor/products?sort=sku,asc&size=1").bearer(token).send().json()
                .get("content").get(0).get("id").asString();

        browser.resize(1280, 900);
        signInToPortal(acme.code(), acme.owner().email());
        go("catalog");
        browser.await(By.id("products-table"));
        browser.await(By.id("refreshes-table"));
        shoot("catalog");
        browser.open(portalUrl() + "#/catalog?id=" + first);
        browser.await(By.cssSelector("#product-refreshes .pending"));
        shoot("product");
    }

    @Test
    void inventory() {
        Fixtures.VendorAccount acme = fixtures.vendor();
        Shop shop = new Shop(http, acme);
        UUID mug = shop.product("Stoneware mug", "18.50", "17", 40);
        UUID scarf = shop.product("Wool scarf", "39.00", "17", 3);
        shop.product("Desk lamp", "45.00", "17", 2);
        http.post("/api/v1/vendor/inventory/locations").bearer(acme.owner().accessToken())
                .json(Map.of("code", "WH-2", "name", "Back room")).send();
        http.post("/api/v1/vendor/inventory").bearer(acme.owner().accessToken())
                .json(Map.of("productId", scarf, "location", "WH-2", "quantity", 2, "reason", "Delivery 4711")).send();
        Fixtures.Session anna = fixtures.customer(acme);
        String first = shop.buy(anna, scarf, 4).json().get("id").asString();
        shop.buy(fixtures.customer(acme), mug, 2);
        shop.moveTo(UUID.fromString(first), "CONFIRMED");

        browser.resize(1280, 900);
        signInToPortal(acme.code(), acme.owner().email());
        go("inventory");
        browser.await(By.id("inventory-stock-table"));
        shoot("inventory");
        browser.open(portalUrl() + "#/inventory?product=" + scarf);
        browser.await(By.cssSelector("#inventory-timeline .timeline-step"));
        shoot("inventory-product");
        browser.open(portalUrl() + "#/inventory?tab=movements");
        browser.await(By.id("inventory-movements-table"));
        shoot("inventory-movements");
    }

    @Test
    void team() {
        Fixtures.VendorAccount acme = fixtures.vendor();
        Fixtures.Session editor = fixtures.member(acme, "Editor");
        fixtures.member(acme, "Viewer");
        fixtures.invite(acme.owner(), "new.colleague@shop.test", "Editor");
        http.post("/api/v1/vendor/team/roles").bearer(acme.owner().accessToken())
                .json(Map.of("name", "Packer", "permissions", java.util.List.of("team.view", "orders.view", "orders.edit")))
                .send();
        String invitation = fixtures.invite(acme.owner(), "another.colleague@shop.test", "Viewer");

        browser.resize(1280, 900);
        signInToPortal(acme.code(), acme.owner().email());
        go("team");
        browser.await(By.id("members-table"));
        browser.await(By.cssSelector("#roles-list [data-role-name='Packer']"));
        shoot("team");
        browser.open(portalUrl() + "#/team?id=" + fixtures.membershipId(acme, editor.email()));
        browser.await(By.id("member-role-form"));
        shoot("team-member");
        browser.click(By.id("logout"));
        browser.await(By.id("login-email"));
        browser.open("about:blank");
        browser.open(portalUrl() + "#/invitation?token=" + invitation);
        browser.await(By.id("invitation-form"));
        shoot("invitation");
    }

    /** The settings page with a theme and feed sources, and at a phone's width with a feed address refused. */
    @Test
    void settings() {
        Fixtures.VendorAccount acme = fixtures.vendor();
        String token = acme.owner().accessToken();
        Http.Response saved = http.put("/api/v1/vendor/settings").bearer(token).json(Map.of(
                "name", "Atelier Lumière", "businessEmail", "hello@atelier-lumiere.test",
                "businessPhone", "+352 26 12 34 56", "vatNumber", "LU26375245",
                "businessAddress", Map.of("street", "12 Rue du Marché-aux-Herbes", "postalCode", "L-1728",
                        "city", "Luxembourg", "country", "LU"),
                "theme", Map.of("primaryColor", "#0f766e", "accentColor", "#fde68a",
                        "logoUrl", "https://cdn.atelier-lumiere.test/logo.svg"))).send();
        if (saved.status() != 200) {
            throw new IllegalStateException(saved.toString());
        }
        http.put("/api/v1/vendor/marketplace/feed-sources").bearer(token).json(Map.of("feedSources", List.of(
                Map.of("marketplace", "letzshop", "language", "en", "url", "https://feeds.atelier-lumiere.test/en.tsv"),
                Map.of("marketplace", "letzshop", "language", "fr", "url", "https://feeds.atelier-lumiere.test/fr.tsv"))))
                .send();

        browser.resize(1280, 900);
        signInToPortal(acme.code(), acme.owner().email());
        go("settings");
        browser.await(By.id("feed-letzshop-en"));
        shoot("settings");

        browser.resize(390, 844);
        browser.type(By.id("feed-letzshop-de"), "feeds.atelier-lumiere.test/de.tsv");
        browser.click(By.id("feed-sources-save"));
        browser.awaitText(By.id("feed-letzshop-de-error"), "http(s)");
        shoot("settings-phone");
        browser.resize(1280, 900);
    }

    /** The payments page: the methods offered with bank transfer as default and the bank details, cards not linked. */
    @Test
    void payments() {
        Fixtures.VendorAccount acme = fixtures.vendor();
        Http.Response saved = http.put("/api/v1/vendor/payments/settings").bearer(acme.owner().accessToken())
                .json(Map.of("methods", List.of("BANK_TRANSFER", "CASH_ON_DELIVERY"), "defaultMethod", "BANK_TRANSFER",
                        "bankTransfer", Map.of("accountHolder", "Atelier Lumière Sàrl",
                                "iban", "LU28 0019 4006 4475 0000", "bic", "BCEELULL"))).send();
        if (saved.status() != 200) {
            throw new IllegalStateException(saved.toString());
        }

        browser.resize(1280, 900);
        signInToPortal(acme.code(), acme.owner().email());
        go("payments");
        browser.awaitText(By.id("pay-card-state"), "Not available");
        shoot("payments");
    }

    private void shoot(String name) {
        browser.screenshotWholePage(dir.resolve(name + ".png"));
    }
}
