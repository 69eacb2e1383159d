package com.wizamart.adminapp;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import com.wizamart.support.BrowserTest;
import com.wizamart.support.Feeds;
import com.wizamart.support.Fixtures;
import com.wizamart.support.Imports;

/**
 * Writes a screenshot of each page of the admin app, with some data in it, for the docs. Not a test of the suite
 * (its name matches neither *Tests nor *Test); run it with the {@code admin-screenshots} profile:
 *
 * <pre>./mvnw -B -pl platform-app -am -Padmin-screenshots test -Dtest=AdminAppScreenshots -Dsurefire.failIfNoSpecifiedTests=false</pre>
 *
 * The pictures go to {@code docs/images/admin/} (system property {@code wizamart.screenshots.dir}).
 */
class AdminAppScreenshots extends BrowserTest {

    private final Path dir = Path.of(System.getProperty("wizamart.screenshots.dir", "target/screenshots"));

    @Test
    void everyPage() throws Exception {
        Fixtures.Session admin = fixtures.admin();
        Fixtures.VendorAccount acme = fixtures.vendor(admin);
        Fixtures.VendorAccount bolt = fixtures.vendor(admin);
        http.put("/api/v1/admin/vendors/" + acme.id() + "/verify").bearer(admin.accessToken())
                .json(Map.of("verified", true)).send();
        http.put("/api/v1/admin/vendors/" + bolt.id() + "/status").bearer(admin.accessToken())
                .json(Map.of("active", false)).send();
        Imports imports = new Imports(http, acme.owner().accessToken());
        imports.uploadAndWait("en", Feeds.sample("en"));
        imports.uploadAndWait("fr", Feeds.text(new String(Feeds.generated("S", 120, 0), StandardCharsets.UTF_8)
                + Feeds.line(Map.of("id", "S-bad", "title", "Mangled", "price", "9.99 EUR", "gtin", "4.01235E+12")) + "\n"
                + Feeds.line(Map.of("id", "S-bad-2", "title", "", "price", "free")) + "\n"));

        browser.resize(1280, 900);
        browser.open(adminUrl());
        browser.await(By.id("login-email"));
        shoot("login");

        signIn(admin.email(), Fixtures.PASSWORD);
        browser.until("charts drawn", d -> (Boolean) browser.script("return !!Chart.getChart('chart-imports')"));
        shoot("dashboard");

        go("vendors");
        browser.await(By.id("vendors-table"));
        shoot("vendors");
        browser.click(By.id("vendor-new"));
        String code = Fixtures.unique("shop").toLowerCase();
        browser.type(By.id("vendor-name"), "Maison " + code);
        browser.type(By.id("vendor-subdomain"), "admin");
        browser.type(By.id("vendor-business-email"), "not-an-email");
        browser.click(By.id("vendor-save"));
        browser.await(By.id("vendor-form-error"));
        shoot("vendor-form-errors");
        browser.type(By.id("vendor-subdomain"), code);
        browser.type(By.id("vendor-business-email"), "hello@" + code + ".test");
        browser.type(By.id("owner-email"), "owner@" + code + ".test");
        browser.type(By.id("owner-first-name"), "Marie");
        browser.type(By.id("owner-last-name"), "Maison");
        browser.click(By.id("vendor-save"));
        browser.await(By.id("vendor-created"));
        shoot("vendor-created");

        go("bulk-import");
        String bulk = Fixtures.unique("bulk").toLowerCase();
        Path csv = Files.writeString(Files.createTempFile("vendors", ".csv"), String.join("\n",
                "vendor_name,subdomain,owner_name,owner_email,owner_phone,business_address,business_city,"
                        + "business_postal_code,business_country,feed_url.letzshop.fr,initial_password",
                "Boulangerie Dupont," + bulk + "-1,Jean Dupont,jean@" + bulk + ".test,,1 Rue Haute,Luxembourg,L-1111,LU,"
                        + "https://feeds.example/dupont-fr.tsv,",
                "Fleurs Weber," + bulk + "-2,Anne Weber,anne@" + bulk + ".test,,,,,,,",
                "Broken Row," + bulk + "-3,No Mail,not-an-email,,,,,,,") + "\n", StandardCharsets.UTF_8);
        browser.await(By.id("bulk-file")).sendKeys(csv.toAbsolutePath().toString());
        browser.click(By.id("bulk-upload"));
        browser.await(By.id("bulk-summary"));
        shoot("bulk-import");

        go("users");
        browser.await(By.id("users-table"));
        shoot("users");

        go("import-jobs");
        browser.await(By.id("jobs-table"));
        browser.await(By.xpath("//table[@id='jobs-table']//button[contains(., '1 error, 1 warning')]")).click();
        browser.awaitText(By.id("job-errors-table"), "gtin");
        shoot("import-jobs");

        go("audit-log");
        browser.await(By.id("audit-table"));
        shoot("audit-log");

        browser.resize(390, 844);
        browser.open(adminUrl() + "#/dashboard");
        browser.await(By.id("page-dashboard"));
        browser.until("charts drawn", d -> (Boolean) browser.script("return !!Chart.getChart('chart-imports')"));
        shoot("dashboard-phone");
        browser.open(adminUrl() + "#/vendors");
        browser.await(By.id("vendors-table"));
        browser.click(By.cssSelector(".menu-toggle"));
        browser.await(By.id("nav-vendors"));
        shoot("vendors-phone-menu");
        browser.resize(1280, 900);
    }

    private void shoot(String name) {
        browser.screenshotWholePage(dir.resolve(name + ".png"));
    }
}
