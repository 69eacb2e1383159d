package com.wizamart.adminapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import com.wizamart.support.BrowserTest;
import com.wizamart.support.FeedServer;
import com.wizamart.support.Feeds;
import com.wizamart.support.Fixtures;
import com.wizamart.support.Http;
import com.wizamart.support.Imports;

import tools.jackson.databind.JsonNode;

/** The admin app in a real browser against the running platform: an admin's journey, escaping, who gets in. */
class AdminAppJourneyTests extends BrowserTest {

    @TempDir
    Path files;

    @Test
    void anAdminCreatesAVendorDeactivatesItImportsVendorsWatchesAnImportReadsTheAuditLogAndLogsOut() throws Exception {
        Fixtures.Session admin = fixtures.admin();
        signIn(admin.email(), Fixtures.PASSWORD);
        browser.await(By.id("count-vendors"));
        browser.until("the dashboard charts are drawn",
                d -> (Boolean) browser.script("return !!(window.Chart && Chart.getChart('chart-imports')"
                        + " && Chart.getChart('chart-orders') && Chart.getChart('chart-revenue'))"));

        // Create a vendor with two feed sources (one added, one still being entered when saving): the server's field
        // errors show next to their fields, then the owner's one-time link.
        go("vendors");
        browser.click(By.id("vendor-new"));
        String code = Fixtures.unique("ui").toLowerCase();
        browser.type(By.id("vendor-name"), "Shop " + code);
        browser.type(By.id("vendor-code"), code);
        browser.type(By.id("vendor-subdomain"), "admin");
        browser.type(By.id("vendor-business-email"), "hello@" + code + ".test");
        browser.type(By.id("owner-email"), "owner-" + code + "@shop.test");
        browser.type(By.id("owner-first-name"), "Ona");
        browser.type(By.id("owner-last-name"), "Owner");
        new Select(browser.await(By.id("feed-marketplace"))).selectByValue("letzshop");
        new Select(browser.await(By.id("feed-language"))).selectByValue("fr");
        browser.type(By.id("feed-url"), "https://feeds.test/" + code + "/fr.tsv");
        browser.click(By.id("feed-add"));
        browser.awaitText(By.cssSelector("#vendor-feed-table tr[data-feed='letzshop.fr'] .feed-url"),
                "https://feeds.test/" + code + "/fr.tsv");
        new Select(browser.await(By.id("feed-language"))).selectByValue("en");
        browser.type(By.id("feed-url"), "ftp://feeds.test/" + code + "/en.tsv");
        browser.click(By.id("vendor-save"));
        browser.awaitText(By.id("vendor-subdomain-error"), "reserved");
        assertThat(browser.driver().findElement(By.id("vendor-subdomain")).getAttribute("aria-invalid")).isEqualTo("true");
        browser.type(By.id("vendor-subdomain"), code);
        browser.click(By.id("vendor-save"));
        browser.awaitText(By.id("vendor-feed-error"), "feed 2 (letzshop, en), url: must be an http(s) URL");
        assertThat(browser.driver().findElement(By.id("feed-url")).getAttribute("aria-invalid")).isEqualTo("true");
        browser.type(By.id("feed-url"), "https://feeds.test/" + code + "/en.tsv");
        browser.click(By.id("vendor-save"));
        browser.await(By.id("vendor-created"));
        assertThat(browser.await(By.id("activation-url")).getAttribute("value")).contains("/api/v1/auth/activation/");
        JsonNode createdFeeds = http.get("/api/v1/admin/vendors?search=" + code).bearer(admin.accessToken()).send()
                .json().get("content").get(0).get("feedSources");
        assertThat(createdFeeds.toString()).contains("\"language\":\"en\"", "/en.tsv", "\"language\":\"fr\"", "/fr.tsv");

        // ... see it in the list, deactivate it, edit it (the form opens with its fields).
        By row = searchVendors(code);
        browser.await(row).findElement(By.cssSelector("button[data-action=status]")).click();
        browser.awaitText(By.cssSelector("tr[data-vendor-code='" + code + "'] .vendor-active"), "Inactive");
        Http.Response listed = http.get("/api/v1/admin/vendors?search=" + code).bearer(admin.accessToken()).send();
        assertThat(listed.json().get("content").get(0).get("active").asBoolean()).isFalse();
        browser.await(row).findElement(By.xpath(".//button[text()='Edit']")).click();
        assertThat(browser.await(By.id("vendor-name")).getAttribute("value")).isEqualTo("Shop " + code);
        assertThat(browser.driver().findElement(By.id("vendor-subdomain")).getAttribute("value")).isEqualTo(code);
        browser.type(By.id("vendor-city"), "Esch-sur-Alzette");
        browser.await(By.cssSelector("#vendor-feed-table tr[data-feed='letzshop.en'] .feed-remove")).click();
        browser.awaitGone(By.cssSelector("#vendor-feed-table tr[data-feed='letzshop.en']"));
        browser.click(By.id("vendor-save"));
        browser.awaitText(By.id("vendor-outcome"), "Vendor Shop " + code + " saved.");
        Http.Response edited = http.get("/api/v1/admin/vendors?search=" + code).bearer(admin.accessToken()).send();
        assertThat(edited.json().get("content").get(0).get("businessAddress").get("city").asString())
                .isEqualTo("Esch-sur-Alzette");
        JsonNode editedFeeds = edited.json().get("content").get(0).get("feedSources");
        assertThat(editedFeeds.size()).isEqualTo(1);
        assertThat(editedFeeds.get(0).get("language").asString()).isEqualTo("fr");

        // The feed sources change elsewhere (the vendor's team) while the list is shown: renaming the vendor keeps them.
        String vendorId = edited.json().get("content").get(0).get("id").asString();
        Http.Response meanwhile = http.put("/api/v1/admin/vendors/" + vendorId).bearer(admin.accessToken())
                .json(Map.of("feedSources", List.of(
                        Map.of("marketplace", "letzshop", "language", "fr", "url", "https://feeds.test/" + code + "/fr.tsv"),
                        Map.of("marketplace", "letzshop", "language", "de", "url", "https://feeds.test/" + code + "/de.tsv"))))
                .send();
        assertThat(meanwhile.status()).as(meanwhile.toString()).isEqualTo(200);
        browser.await(row).findElement(By.xpath(".//button[text()='Edit']")).click();
        browser.type(By.id("vendor-name"), "Shop " + code + " renamed");
        browser.click(By.id("vendor-save"));
        browser.awaitText(By.id("vendor-outcome"), "Vendor Shop " + code + " renamed saved.");
        JsonNode renamed = http.get("/api/v1/admin/vendors/" + vendorId).bearer(admin.accessToken()).send().json();
        assertThat(renamed.get("feedSources").toString()).contains("/fr.tsv", "/de.tsv");

        // Bulk vendor import with one bad row: the good rows open, the bad one says why.
        go("bulk-import");
        browser.awaitText(By.id("bulk-feed-columns"), "feed_url.letzshop.en");
        String bulk = Fixtures.unique("bulk").toLowerCase();
        Path csv = Files.writeString(files.resolve("vendors.csv"), String.join("\n",
                "vendor_name,subdomain,owner_name,owner_email,owner_phone,business_address,business_city,"
                        + "business_postal_code,business_country,feed_url.letzshop.en,initial_password",
                "Bulk One," + bulk + "-1,Ann One,ann@" + bulk + ".test,,,,,,https://feeds.test/" + bulk + ".tsv,",
                "Bulk Two," + bulk + "-2,Bob Two,bob@" + bulk + ".test,,,,,,,",
                "Bulk Bad," + bulk + "-3,Cy Bad,not-an-email,,,,,,,") + "\n", StandardCharsets.UTF_8);
        browser.await(By.id("bulk-file")).sendKeys(csv.toAbsolutePath().toString());
        browser.click(By.id("bulk-upload"));
        browser.awaitText(By.id("bulk-summary"), "3 rows: 2 created, 1 failed");
        assertThat(browser.driver().findElements(By.cssSelector("#bulk-table tr[data-status=CREATED]"))).hasSize(2);
        assertThat(browser.await(By.cssSelector("#bulk-table tr[data-status=FAILED] .row-errors")).getText())
                .contains("owner_email");

        // An import job of some vendor, watched from running to completed, then its errors and their CSV.
        Fixtures.VendorAccount shop = fixtures.vendor(admin);
        // one row refused (its price), one imported without its spreadsheet-mangled GTIN (a warning)
        String feed = new String(Feeds.generated("J", 40, 0), StandardCharsets.UTF_8) + Feeds.line(Map.of("id", "J-bad",
                "title", "Priceless", "price", "free")) + "\n" + Feeds.line(Map.of("id", "J-warn",
                "title", "Mangled", "price", "9.99 EUR", "gtin", "4.01235E+12")) + "\n";
        byte[] bytes = feed.getBytes(StandardCharsets.UTF_8);
        String jobId;
        try (FeedServer server = new FeedServer().gated("/feed.tsv", java.util.Arrays.copyOf(bytes, 400),
                java.util.Arrays.copyOfRange(bytes, 400, bytes.length))) {
            Http.Response started = new Imports(http, shop.owner().accessToken()).fromUrl("en", server.url("/feed.tsv"));
            assertThat(started.status()).as(started.toString()).isEqualTo(202);
            jobId = started.json().get("id").asString();
            go("import-jobs");
            By job = By.cssSelector("tr[data-job-id='" + jobId + "']");
            browser.until("the job is shown running", d -> "RUNNING".equals(statusOf(d, job)));
            assertThat(browser.driver().findElement(job).findElements(By.tagName("progress")))
                    .anyMatch(WebElement::isDisplayed);
            server.openGate();
            browser.until("the job is shown completed (the page polls)", Duration.ofSeconds(60),
                    d -> "COMPLETED_WITH_ERRORS".equals(statusOf(d, job)));
            WebElement done = browser.driver().findElement(job);
            assertThat(done.findElement(By.cssSelector(".job-failed")).getText()).isEqualTo("1");
            done.findElement(By.xpath(".//button[contains(., 'error')]")).click();
        }
        browser.awaitText(By.id("job-errors-table"), "gtin");
        browser.click(By.id("job-errors-csv"));
        Path download = browser.downloads().resolve("import-" + jobId + "-errors.csv");
        browser.until("the errors CSV is downloaded", d -> Files.exists(download));
        assertThat(Files.readString(download)).startsWith("position,field,value,message,severity")
                .contains("gtin", "WARNING", "price", "ERROR");

        // The audit log of the vendor created above: created, then deactivated.
        go("vendors");
        searchVendors(code);
        browser.await(row).findElement(By.xpath(".//button[text()='Audit']")).click();
        browser.await(By.id("page-audit-log"));
        browser.awaitText(By.id("audit-table"), "VENDOR_DEACTIVATED");
        assertThat(browser.driver().findElements(By.cssSelector("#audit-table tbody tr")).stream()
                .map(r -> r.getAttribute("data-action")).toList()).containsSubsequence("VENDOR_DEACTIVATED", "VENDOR_CREATED");
        // ... each entry names its target and says where the request came from.
        By createdRow = By.cssSelector("#audit-table tr[data-action='VENDOR_CREATED']");
        assertThat(browser.await(createdRow).findElement(By.cssSelector(".audit-target-name")).getText())
                .isEqualTo("Shop " + code);
        // the browser reaches localhost over IPv4 or IPv6 loopback
        assertThat(browser.await(createdRow).findElement(By.cssSelector(".audit-client")).getText())
                .isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
        assertThat(browser.await(createdRow).findElement(By.cssSelector(".audit-request")).getText()).isNotBlank()
                .isNotEqualTo("—");

        // Tokens live in the tab's storage, never in the address; logging out revokes the refresh token.
        String refreshToken = (String) browser.script(
                "return JSON.parse(sessionStorage.getItem('wizamart.admin.session')).refreshToken");
        String accessToken = (String) browser.script(
                "return JSON.parse(sessionStorage.getItem('wizamart.admin.session')).accessToken");
        assertThat(browser.driver().getCurrentUrl()).doesNotContain(accessToken).doesNotContain(refreshToken);
        browser.click(By.id("logout"));
        browser.await(By.id("login-email"));
        assertThat(browser.script("return sessionStorage.getItem('wizamart.admin.session')")).isNull();
        browser.until("the refresh token is revoked", d -> http.post("/api/v1/auth/refresh")
                .json(Map.of("refreshToken", refreshToken)).send().status() == 401);
        assertNoConsoleErrorsBut("status of 422");
    }

    @Test
    void thePageForbidsInlineScriptsAndEval() {
        Http.Response page = http.get("/admin/").send();
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Security-Policy")).contains("script-src 'self';", "default-src 'none'")
                .doesNotContain("unsafe-eval", "unsafe-inline");
    }

    @Test
    void aVendorNamedLikeMarkupShowsAsText() {
        Fixtures.Session admin = fixtures.sharedAdmin();
        String code = Fixtures.unique("x").toLowerCase();
        String name = "<img src=x onerror=alert(1)>" + code;
        Http.Response created = http.post("/api/v1/admin/vendors").bearer(admin.accessToken()).json(Map.of(
                "code", code, "name", name, "subdomain", code, "businessEmail", "x@" + code + ".test",
                "owner", Map.of("email", "owner-" + code + "@shop.test"))).send();
        assertThat(created.status()).as(created.toString()).isEqualTo(201);

        signIn(admin.email(), Fixtures.PASSWORD);
        go("vendors");
        searchVendors(code);
        WebElement cell = browser.await(By.cssSelector("tr[data-vendor-code='" + code + "'] .vendor-name"));
        assertThat(cell.getText()).isEqualTo(name);
        assertThat(cell.findElements(By.tagName("img"))).isEmpty();
        assertThat(browser.driver().findElements(By.cssSelector("main img"))).isEmpty();

        browser.await(By.cssSelector("tr[data-vendor-code='" + code + "']")).findElement(By.xpath(".//button[text()='Audit']"))
                .click();
        browser.awaitText(By.cssSelector("#audit-table .audit-vendor"), name);
        assertThat(browser.driver().findElements(By.cssSelector("main img"))).isEmpty();
        assertNoAlert(browser.driver());
        assertNoConsoleErrorsBut();
    }

    @Test
    void aVendorAccountIsTurnedAway() {
        Fixtures.VendorAccount vendor = fixtures.vendor();

        // At the login form: the admin login refuses team members.
        browser.open(adminUrl());
        browser.type(By.id("login-email"), vendor.owner().email());
        browser.type(By.id("login-password"), Fixtures.PASSWORD);
        browser.click(By.id("login-submit"));
        browser.await(By.id("login-error"));
        assertThat(browser.driver().findElements(By.id("logout"))).isEmpty();

        // With a vendor's tokens in the tab (say, from another app on this origin): refused, and forgotten.
        browser.script("sessionStorage.setItem('wizamart.admin.session', JSON.stringify({accessToken: arguments[0],"
                + " refreshToken: arguments[1], expiresAt: Date.now() + 600000, user: {email: arguments[2]}}))",
                vendor.owner().accessToken(), vendor.owner().refreshToken(), vendor.owner().email());
        browser.open("about:blank");
        browser.open(adminUrl() + "#/vendors");
        browser.awaitText(By.id("notice"), "not a platform admin");
        browser.await(By.id("login-email"));
        assertThat(browser.driver().findElements(By.id("page-vendors"))).isEmpty();
        assertThat(browser.script("return sessionStorage.getItem('wizamart.admin.session')")).isNull();
        // ... and the API behind it answers that token 403 anyway.
        assertThat(http.get("/api/v1/admin/vendors").bearer(vendor.owner().accessToken()).send().status()).isEqualTo(403);
    }

    @Test
    void theSessionIsRefreshedBeforeItExpiresAndSaysSoWhenItEnds() {
        Fixtures.Session admin = fixtures.sharedAdmin();
        signIn(admin.email(), Fixtures.PASSWORD);
        String first = stored("refreshToken");

        // As if the access token expired in 61 s: the app refreshes a minute before, so about now.
        expireIn61Seconds(null);
        browser.until("the tokens are refreshed before they expire", d -> !first.equals(stored("refreshToken")));
        browser.await(By.id("logout"));
        assertThat(http.post("/api/v1/auth/refresh").json(Map.of("refreshToken", first)).send().status())
                .as("the spent refresh token").isEqualTo(401);

        // A refresh the platform refuses (revoked, expired) ends the session with a message.
        expireIn61Seconds("revoked-" + first);
        browser.awaitText(By.id("notice"), "Your session has ended");
        browser.await(By.id("login-email"));
        assertThat(browser.script("return sessionStorage.getItem('wizamart.admin.session')")).isNull();
    }

    /** Rewrites the stored session to expire in 61 s (optionally with another refresh token) and reloads the app. */
    /**
     * Searches the vendors list for {@code code} and waits until the list has narrowed to that vendor's row, so no
     * reload moves a row under the mouse while it is clicked; answers the row.
     */
    private By searchVendors(String code) {
        browser.type(By.id("vendor-search"), code);
        By row = By.cssSelector("tr[data-vendor-code='" + code + "']");
        browser.until("the vendors list narrows to " + code,
                d -> d.findElements(By.cssSelector("tr[data-vendor-code]")).size() == 1 && !d.findElements(row).isEmpty());
        return row;
    }

    private void expireIn61Seconds(String refreshToken) {
        browser.script("const s = JSON.parse(sessionStorage.getItem('wizamart.admin.session'));"
                + " s.expiresAt = Date.now() + 61000; if (arguments[0]) { s.refreshToken = arguments[0]; }"
                + " sessionStorage.setItem('wizamart.admin.session', JSON.stringify(s));", refreshToken);
        browser.open("about:blank");
        browser.open(adminUrl());
    }

    private static String stored(String token) {
        return (String) browser.script("const s = sessionStorage.getItem('wizamart.admin.session');"
                + " return s && JSON.parse(s)[arguments[0]];", token);
    }

    private static String statusOf(WebDriver driver, By row) {
        List<WebElement> found = driver.findElements(row);
        return found.isEmpty() ? null : found.get(0).getAttribute("data-status");
    }

    private static void assertNoAlert(WebDriver driver) {
        try {
            driver.switchTo().alert();
            throw new AssertionError("an alert opened: the markup in the name ran");
        } catch (NoAlertPresentException expected) {
            // nothing ran
        }
    }
}
