package com.wizamart.vendorportal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntFunction;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;

import com.wizamart.support.BrowserTest;
import com.wizamart.support.Feeds;
import com.wizamart.support.Fixtures;
import com.wizamart.support.Http;
import com.wizamart.support.Imports;
import com.wizamart.support.Shop;

import tools.jackson.databind.JsonNode;

/**
 * The catalog page in a real browser against the running platform: an owner creates and edits a product in three
 * languages, locks a field of a published one, decides the import refreshes the guardrail held and chooses that every
 * import waits for approval; what an Editor and a Viewer are offered (and the API refuses); markup in a title shown as
 * text; another vendor's ids not found.
 */
class VendorPortalCatalogTests extends BrowserTest {

    private static final String MARKUP = "<img src=x onerror=alert(1)>";

    @Test
    void anOwnerCreatesAndEditsAProductLocksAFieldAndDecidesHeldImportRefreshes() {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        String token = vendor.owner().accessToken();
        signInToPortal(vendor.code(), vendor.owner().email());
        go("catalog");
        browser.await(By.id("products-empty"));

        // a new product: a negative price is named next to its field, then it is created
        browser.click(By.id("product-new"));
        browser.type(By.id("create-sku"), "MUG-1");
        browser.type(By.id("create-name"), "Stoneware mug");
        browser.type(By.id("create-price"), "-5");
        browser.type(By.id("create-tax-rate"), "17");
        browser.type(By.id("create-quantity"), "4");
        browser.click(By.id("product-create-submit"));
        browser.awaitText(By.id("create-price-error"), "must");
        assertThat(browser.driver().findElement(By.id("create-price")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.driver().findElement(By.id("create-sku-error")).getText()).isEmpty();
        browser.type(By.id("create-price"), "24.50");
        browser.click(By.id("product-create-submit"));
        WebElement detail = browser.await(By.id("product-detail"));
        String id = detail.getAttribute("data-product-id");
        assertThat(browser.driver().getCurrentUrl()).endsWith("#/catalog?id=" + id);
        browser.awaitText(By.id("product-heading"), "Stoneware mug");
        browser.await(By.id("locks-none"));
        JsonNode created = product(token, id);
        assertThat(created.get("sku").asString()).isEqualTo("MUG-1");
        assertThat(created.get("price").decimalValue()).isEqualByComparingTo("24.50");
        assertThat(created.get("availableQuantity").asInt()).isEqualTo(4);

        // texts in two more languages, the price and the VAT rate
        browser.type(By.id("edit-name-fr"), "Tasse en grès");
        browser.type(By.id("edit-description-fr"), "Faite à la main.");
        browser.type(By.id("edit-name-de"), "Steinzeugbecher");
        browser.type(By.id("edit-description-de"), "Handgemacht.");
        browser.type(By.id("edit-price"), "22.00");
        browser.type(By.id("edit-tax-rate"), "3");
        browser.click(By.id("product-save"));
        browser.awaitText(By.id("product-saved"), "Saved");
        JsonNode edited = product(token, id);
        assertThat(edited.get("names").get("en").asString()).isEqualTo("Stoneware mug");
        assertThat(edited.get("names").get("fr").asString()).isEqualTo("Tasse en grès");
        assertThat(edited.get("names").get("de").asString()).isEqualTo("Steinzeugbecher");
        assertThat(edited.get("descriptions").get("fr").asString()).isEqualTo("Faite à la main.");
        assertThat(edited.get("descriptions").get("de").asString()).isEqualTo("Handgemacht.");
        assertThat(edited.get("price").decimalValue()).isEqualByComparingTo("22.00");
        assertThat(edited.get("taxRate").decimalValue()).isEqualByComparingTo("3.00");

        // a sale price above the price: the API's message next to the sale price
        browser.type(By.id("edit-sale-price"), "30");
        browser.click(By.id("product-save"));
        browser.awaitText(By.id("edit-sale-price-error"), "must not be above the price");
        assertThat(product(token, id).get("salePrice").isNull()).isTrue();
        browser.type(By.id("edit-sale-price"), "");

        // featured, and the list shows it in French
        browser.click(By.id("product-toggle-featured"));
        browser.await(By.id("product-featured"));
        assertThat(product(token, id).get("featured").asBoolean()).isTrue();
        org.openqa.selenium.support.ui.Select lang = new org.openqa.selenium.support.ui.Select(
                browser.await(By.id("product-lang")));
        lang.selectByValue("fr");
        browser.awaitText(By.cssSelector("tr[data-product-id='" + id + "'] .product-link"), "Tasse en grès");
        assertThat(browser.driver().findElement(By.cssSelector("tr[data-product-id='" + id + "'] .product-vat"))
                .getText()).isEqualTo("3.00 %");

        // published products: twelve from an import
        Imports imports = new Imports(http, token);
        imports.uploadAndWait("en", feed(i -> (10 + i) + ".00"));
        publishAll(token);
        String first = productIdBySku(token, "CF-1");
        browser.open(portalUrl() + "#/catalog?id=" + first);
        browser.awaitText(By.id("product-heading"), "Thing 1");
        browser.await(By.id("product-source"));
        browser.await(By.id("product-refreshes-none"));

        // lock the brand: imports keep the vendor's value
        browser.click(By.cssSelector("tr[data-lock='brand'] .lock-toggle"));
        browser.until("the brand is locked", d -> "true".equals(
                d.findElement(By.cssSelector("tr[data-lock='brand']")).getAttribute("data-locked")));
        assertThat(product(token, first).get("lockedFields").toString()).contains("\"brand\"");

        // every price changes: the guardrail holds the refresh; the product's page shows its change and approves it
        JsonNode heldFirst = refreshOf(token, imports.uploadAndWait("en", feed(i -> (40 + i) + ".00")));
        assertThat(heldFirst.get("status").asString()).isEqualTo("HELD");
        browser.open("about:blank");
        browser.open(portalUrl() + "#/catalog?id=" + first);
        By pending = By.cssSelector("#product-refreshes .pending[data-refresh-id='" + heldFirst.get("id").asString()
                + "']");
        assertThat(browser.await(pending).getText()).contains("price: 11.00 → 41.00");
        assertAccessible("a product with a held refresh", 1280);
        browser.driver().findElement(pending).findElement(By.cssSelector(".refresh-approve")).click();
        browser.await(By.id("product-refreshes-none"));
        assertThat(refresh(token, heldFirst).get("status").asString()).isEqualTo("APPROVED");
        assertThat(product(token, first).get("price").decimalValue()).isEqualByComparingTo("41.00");

        // again: this time rejected from the list of refreshes, after reading its changes
        JsonNode heldSecond = refreshOf(token, imports.uploadAndWait("en", feed(i -> (60 + i) + ".00")));
        assertThat(heldSecond.get("status").asString()).isEqualTo("HELD");
        browser.open(portalUrl() + "#/catalog?refresh=" + heldSecond.get("id").asString());
        browser.await(By.id("refresh-detail"));
        browser.awaitText(By.id("refresh-changes"), "price: 42.00 → 62.00");
        assertThat(browser.driver().findElement(By.id("refresh-status-now")).getText()).isEqualTo("HELD");
        // the changes of a refresh the address left (held until the next one is shown, then let through) stay out
        HeldAnswers.holdAnswersTo(browser, "/refreshes/" + heldFirst.get("id").asString() + "/changes");
        browser.script("location.hash = arguments[0]", "#/catalog?refresh=" + heldFirst.get("id").asString());
        browser.until("the call for the first refresh's changes to go out", d -> HeldAnswers.count(browser) == 1);
        assertThat(browser.driver().findElement(By.id("refresh-changes")).getText()).doesNotContain("→ 62.00");
        browser.script("location.hash = arguments[0]", "#/catalog?refresh=" + heldSecond.get("id").asString());
        browser.awaitText(By.id("refresh-changes"), "price: 42.00 → 62.00");
        HeldAnswers.release(browser);
        assertThat(browser.driver().findElement(By.id("refresh-changes")).getText())
                .contains("price: 42.00 → 62.00").doesNotContain("→ 42.00");
        for (int width : new int[] {1280, 390}) {
            browser.resize(width, 900);
            assertAccessible("an import refresh", width);
        }
        browser.resize(1280, 900);
        browser.click(By.cssSelector("#refresh-detail .refresh-reject"));
        browser.click(By.id("confirm-yes"));
        browser.awaitText(By.id("refresh-status-now"), "REJECTED");
        assertThat(refresh(token, heldSecond).get("status").asString()).isEqualTo("REJECTED");
        assertThat(product(token, productIdBySku(token, "CF-2")).get("price").decimalValue())
                .isEqualByComparingTo("42.00");

        // the hand-made product is deleted after a confirmation
        browser.open(portalUrl() + "#/catalog?id=" + id);
        browser.await(By.id("product-delete"));
        browser.click(By.id("product-delete"));
        browser.awaitText(By.id("confirm-message"), "MUG-1");
        browser.click(By.id("confirm-yes"));
        browser.awaitGone(By.id("product-detail"));
        assertThat(http.get("/api/v1/vendor/products/" + id).bearer(token).send().status()).isEqualTo(404);

        // from now on every import that changes a product waits for approval
        browser.open(portalUrl() + "#/catalog");
        new org.openqa.selenium.support.ui.Select(browser.await(By.id("sync-refresh-review"))).selectByValue("ALWAYS");
        browser.awaitText(By.id("sync-refresh-review-help"), "Every import that would change at least one");
        browser.click(By.id("sync-save"));
        browser.awaitText(By.id("sync-saved"), "every import that changes a product waits for you");
        assertThat(http.get("/api/v1/vendor/catalog/settings").bearer(token).send().json().get("refreshReview")
                .asString()).isEqualTo("ALWAYS");
        assertNoConsoleErrorsBut("status of 422");
    }

    @Test
    void anEditorEditsButNeitherDeletesNorConfiguresAndAViewerOnlyReads() {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        UUID product = new Shop(http, vendor).product("Wool scarf", "39.00", "17", 3);
        Fixtures.Session editor = fixtures.member(vendor, "Editor");
        Fixtures.Session viewer = fixtures.member(vendor, "Viewer");

        signInToPortal(vendor.code(), editor.email());
        go("catalog");
        browser.await(By.id("product-new"));
        browser.open(portalUrl() + "#/catalog?id=" + product);
        browser.awaitText(By.id("product-heading"), "Wool scarf");
        browser.type(By.id("edit-price"), "35.00");
        browser.click(By.id("product-save"));
        browser.awaitText(By.id("product-saved"), "Saved");
        assertThat(product(editor.accessToken(), product.toString()).get("price").decimalValue())
                .isEqualByComparingTo("35.00");
        assertThat(browser.driver().findElement(By.id("product-delete")).isDisplayed()).isFalse();
        browser.await(By.id("product-cannot-delete"));
        assertThat(browser.driver().findElement(By.id("sync-stock-owner")).isEnabled()).isFalse();
        assertThat(browser.driver().findElement(By.id("sync-refresh-review")).isEnabled()).isFalse();
        browser.await(By.id("sync-view-only"));
        assertThat(browser.driver().findElement(By.id("sync-save")).isDisplayed()).isFalse();
        assertThat(http.delete("/api/v1/vendor/products/" + product).bearer(editor.accessToken()).send().status())
                .isEqualTo(403);
        assertThat(http.put("/api/v1/vendor/catalog/settings").bearer(editor.accessToken())
                .json(Map.of("defaultLanguage", "en", "defaultTaxRate", 17, "stockOwner", "PLATFORM")).send()
                .status()).isEqualTo(403);
        browser.click(By.id("logout"));

        signInToPortal(vendor.code(), viewer.email());
        browser.open(portalUrl() + "#/catalog?id=" + product);
        browser.awaitText(By.id("product-heading"), "Wool scarf");
        browser.await(By.id("catalog-view-only"));
        browser.await(By.id("product-view-only"));
        assertThat(browser.driver().findElement(By.id("product-new")).isDisplayed()).isFalse();
        assertThat(browser.driver().findElement(By.id("product-save")).isDisplayed()).isFalse();
        assertThat(browser.driver().findElement(By.id("edit-price")).isEnabled()).isFalse();
        assertThat(browser.driver().findElement(By.id("edit-name-fr")).isEnabled()).isFalse();
        assertThat(browser.driver().findElement(By.id("product-toggle-active")).isEnabled()).isFalse();
        assertThat(browser.await(By.cssSelector("tr[data-product-id='" + product + "'] .row-toggle-featured"))
                .isEnabled()).isFalse();
        assertThat(browser.driver().findElement(By.id("product-delete")).isDisplayed()).isFalse();
        assertThat(browser.driver().findElement(By.id("sync-stock-owner")).isEnabled()).isFalse();
        Http.Response refused = http.put("/api/v1/vendor/products/" + product).bearer(viewer.accessToken())
                .json(Map.of("price", 1)).send();
        assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
        assertThat(http.put("/api/v1/vendor/products/" + product + "/toggle-active").bearer(viewer.accessToken())
                .send().status()).isEqualTo(403);
        assertThat(product(vendor.owner().accessToken(), product.toString()).get("price").decimalValue())
                .isEqualByComparingTo("35.00");
        assertNoConsoleErrorsBut();
    }

    @Test
    void aTitleHoldingMarkupShowsAsTextAndAnotherVendorsProductIsNotFound() {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        Fixtures.VendorAccount other = fixtures.vendor();
        UUID hostile = new Shop(http, vendor).product(MARKUP, "5.00", "17", 1);
        UUID foreign = new Shop(http, other).product("Not yours", "5.00", "17", 1);

        signInToPortal(vendor.code(), vendor.owner().email());
        go("catalog");
        assertThat(browser.await(By.cssSelector("tr[data-product-id='" + hostile + "'] .product-link")).getText())
                .isEqualTo(MARKUP);
        browser.click(By.cssSelector("tr[data-product-id='" + hostile + "'] .product-link"));
        browser.awaitText(By.id("product-heading"), MARKUP);
        assertThat(browser.driver().findElement(By.id("edit-name-en")).getAttribute("value")).isEqualTo(MARKUP);
        assertThat(browser.driver().findElements(By.cssSelector("main img, main script"))).isEmpty();
        assertNoAlert();
        for (int width : new int[] {1280, 390}) {
            browser.resize(width, 900);
            assertAccessible("a product", width);
        }
        browser.resize(1280, 900);

        // the new-product form
        browser.open(portalUrl() + "#/catalog");
        browser.click(By.id("product-new"));
        browser.await(By.id("product-create"));
        for (int width : new int[] {1280, 390}) {
            browser.resize(width, 900);
            assertAccessible("the new-product form", width);
        }
        browser.resize(1280, 900);

        // another vendor's product, a refresh that is not this vendor's, an id that is no id: not found, nothing shown
        browser.open(portalUrl() + "#/catalog?id=" + foreign);
        browser.awaitText(By.id("product-error"), "Product not found");
        assertThat(browser.driver().findElements(By.id("product-detail"))).isEmpty();
        assertThat(browser.driver().findElement(By.tagName("main")).getText()).doesNotContain("Not yours");
        browser.open(portalUrl() + "#/catalog?id=nope");
        browser.awaitText(By.id("product-error"), "Product not found");
        browser.open(portalUrl() + "#/catalog?refresh=" + UUID.randomUUID());
        browser.awaitText(By.id("refresh-error"), "Import refresh not found");
        assertThat(browser.driver().findElements(By.id("refresh-detail"))).isEmpty();
        assertNoConsoleErrorsBut("status of 404", "status of 400");
    }

    private void assertNoAlert() {
        try {
            browser.driver().switchTo().alert();
            throw new AssertionError("an alert opened");
        } catch (NoAlertPresentException expected) {
            // nothing ran
        }
    }

    private JsonNode product(String token, String id) {
        Http.Response product = http.get("/api/v1/vendor/products/" + id).bearer(token).send();
        assertThat(product.status()).as(product.toString()).isEqualTo(200);
        return product.json();
    }

    /** Twelve feed rows {@code CF-1..12} ("Thing i", brand "Maker", stock i) with the price of {@code price(i)}. */
    private static byte[] feed(IntFunction<String> price) {
        StringBuilder feed = new StringBuilder(Feeds.HEADER).append('\n');
        for (int i = 1; i <= 12; i++) {
            Map<String, String> cells = new java.util.HashMap<>(Map.of("id", "CF-" + i, "title", "Thing " + i,
                    "description", "A thing, number " + i, "link", "https://shop.example/p/" + i,
                    "image_link", "https://img.example/" + i + ".jpg", "availability", "in_stock",
                    "price", price.apply(i) + " EUR", "brand", "Maker", "condition", "new"));
            cells.putAll(Map.of("product_type", "Home > Things", "identifier_exists", "no", "adult", "no",
                    "quantity", String.valueOf(i), "tax_rate", "17", "delivery_method", "package_delivery"));
            feed.append(Feeds.line(cells)).append('\n');
        }
        return feed.toString().getBytes(StandardCharsets.UTF_8);
    }

    private void publishAll(String token) {
        Http.Response staged = http.get("/api/v1/vendor/marketplace/products?size=200").bearer(token).send();
        assertThat(staged.status()).as(staged.toString()).isEqualTo(200);
        List<String> ids = new java.util.ArrayList<>();
        staged.json().get("content").forEach(p -> ids.add(p.get("id").asString()));
        Http.Response published = http.post("/api/v1/vendor/marketplace/products/publish").bearer(token)
                .json(Map.of("ids", ids)).send();
        assertThat(published.status()).as(published.toString()).isEqualTo(200);
        assertThat(published.json().get("published").asInt()).isEqualTo(12);
    }

    private String productIdBySku(String token, String sku) {
        Http.Response found = http.get("/api/v1/vendor/products?size=200").bearer(token).send();
        assertThat(found.status()).as(found.toString()).isEqualTo(200);
        for (JsonNode p : found.json().get("content")) {
            if (sku.equals(p.get("sku").asString())) {
                return p.get("id").asString();
            }
        }
        throw new AssertionError("no product " + sku + " in " + found);
    }

    /** The refresh of the import job, once the catalog recorded it (just after the job's end). */
    private JsonNode refreshOf(String token, JsonNode job) {
        String path = "/api/v1/vendor/catalog/refreshes?jobId=" + job.get("id").asString();
        JsonNode[] found = new JsonNode[1];
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> {
            JsonNode content = http.get(path).bearer(token).send().json().get("content");
            found[0] = content.isEmpty() ? null : content.get(0);
            return found[0] != null;
        });
        return found[0];
    }

    private JsonNode refresh(String token, JsonNode refresh) {
        Http.Response read = http.get("/api/v1/vendor/catalog/refreshes/" + refresh.get("id").asString()).bearer(token)
                .send();
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        return read.json();
    }
}
