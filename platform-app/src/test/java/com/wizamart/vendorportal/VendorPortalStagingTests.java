package com.wizamart.vendorportal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;

import com.wizamart.support.BrowserTest;
import com.wizamart.support.Feeds;
import com.wizamart.support.Fixtures;
import com.wizamart.support.Http;
import com.wizamart.support.Imports;

import tools.jackson.databind.JsonNode;

/**
 * The staging page in a real browser: an owner finds staged products, compares a product's languages and what the
 * latest import changed, publishes one with overrides and several at once (each with its outcome), and follows them
 * into the catalog; what a Viewer and an Editor are offered; markup in a feed shown as text; another vendor's staged
 * product not found.
 */
class VendorPortalStagingTests extends BrowserTest {

    private static final String MARKUP = "<img src=x onerror=alert(1)>";

    @Test
    void anOwnerFindsComparesAndPublishesStagedProducts_oneWithOverridesAndSeveralAtOnce() {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        String owner = vendor.owner().accessToken();
        Imports imports = new Imports(http, owner);
        imports.uploadAndWait("en", feed("en", "12.50"));
        imports.uploadAndWait("fr", feed("fr", "12.50"));
        JsonNode reimport = imports.uploadAndWait("en", feed("en", "13.90"));
        assertThat(reimport.get("updated").asLong()).as(reimport.toString()).isEqualTo(1);

        signInToPortal(vendor.code(), vendor.owner().email());
        go("staging");
        browser.await(By.cssSelector("#staging-table tr[data-external-id='ST-5']"));
        assertThat(rows()).hasSize(5);

        // search by title, then open the product: its languages side by side, what the latest import changed
        browser.type(By.id("staging-search"), "espresso");
        browser.click(By.id("staging-search-submit"));
        browser.until("the search narrows the list", d -> rows().size() == 1);
        browser.click(By.cssSelector("tr[data-external-id='ST-1'] .staged-link"));
        browser.awaitText(By.id("staged-heading"), "Espresso beans");
        assertThat(texts("#staged-languages thead th[data-language]")).containsExactly("English (en)", "French (fr)");
        assertThat(texts("#staged-languages tr[data-text='title'] td")).containsExactly("Espresso beans",
                "Grains d'espresso");
        assertThat(texts("#staged-languages tr[data-text='description'] td")).containsExactly(
                "Dark roast, 1 kg.", "Torréfaction foncée, 1 kg.");
        browser.awaitText(By.id("staged-changes"), "letzshop · en");
        assertThat(browser.driver().findElement(By.cssSelector("#staged-changes tbody tr")).getText())
                .contains("Price", "12.50", "13.90", "letzshop · en");
        assertThat(browser.driver().findElement(By.cssSelector("#staged-facts tr[data-fact='price'] td")).getText())
                .isEqualTo("13.90 EUR");
        assertAccessible("a staged product", 1280);
        browser.resize(390, 844);
        assertAccessible("a staged product", 390);
        browser.resize(1280, 900);

        // publish it with overrides: the catalog product takes them (and locks them)
        String espresso = browser.driver().findElement(By.cssSelector("tr[data-external-id='ST-1']"))
                .getAttribute("data-staged-id");
        browser.type(By.id("publish-price"), "11.00");
        browser.type(By.id("publish-name"), "House espresso");
        browser.type(By.id("publish-quantity"), "7");
        browser.click(By.id("publish-submit"));
        browser.awaitText(By.id("staged-published"), "Published as catalog product ST-1");
        browser.awaitText(By.id("staged-state"), "Published");
        String productId = catalogIdOf(browser.await(By.id("staged-catalog-link")));
        JsonNode product = http.get("/api/v1/vendor/products/" + productId).bearer(owner).send().json();
        assertThat(product.get("name").asString()).isEqualTo("House espresso");
        assertThat(product.get("price").decimalValue()).isEqualByComparingTo(new BigDecimal("11.00"));
        assertThat(product.get("source").get("marketplaceProductId").asString()).isEqualTo(espresso);
        assertThat(product.get("lockedFields").values().stream().map(JsonNode::asString).toList())
                .contains("price", "name.en");
        assertThat(product.get("names").get("fr").asString()).isEqualTo("Grains d'espresso");

        // several at once, from a list a teammate made stale: one published meanwhile, one whose SKU a hand-made
        // product holds, one that publishes
        browser.click(By.id("staged-close"));
        browser.awaitGone(By.id("staged-detail"));
        browser.click(By.xpath("//form[@aria-label='Find staged products']//button[text()='Clear filters']"));
        browser.until("the whole list is back", d -> rows().size() == 5);
        String honey = stagedId("ST-2");
        String scarf = stagedId("ST-3");
        String mug = stagedId("ST-4");
        assertThat(http.post("/api/v1/vendor/products/from-import/" + honey).bearer(owner).send().status())
                .isEqualTo(201);
        Http.Response handMade = http.post("/api/v1/vendor/products").bearer(owner).json(Map.of("sku", "ST-3",
                "name", "Hand-made scarf", "price", 30, "currency", "EUR")).send();
        assertThat(handMade.status()).as(handMade.toString()).isEqualTo(201);
        assertThat(browser.driver().findElement(By.cssSelector("tr[data-external-id='ST-1'] .staged-select"))
                .isEnabled()).as("a published row cannot be chosen").isFalse();
        for (String id : List.of("ST-2", "ST-3", "ST-4")) {
            browser.click(By.cssSelector("tr[data-external-id='" + id + "'] .staged-select"));
        }
        browser.awaitText(By.id("staging-selection"), "3 products selected");
        browser.click(By.id("staging-publish-selected"));
        browser.awaitText(By.id("staging-results-summary"), "1 published, 1 already published, 0 not found, 1 failed.");
        assertThat(outcome(honey).getText()).contains("Already published");
        assertThat(outcome(scarf).getText()).contains("Failed", "SKU_ALREADY_EXISTS");
        assertThat(outcome(scarf).findElements(By.cssSelector("a.result-catalog-link")).getFirst().isDisplayed())
                .isFalse();
        assertThat(outcome(mug).getText()).contains("Published");
        String mugProduct = catalogIdOf(outcome(mug).findElement(By.cssSelector("a.result-catalog-link")));
        String honeyProduct = catalogIdOf(outcome(honey).findElement(By.cssSelector("a.result-catalog-link")));
        assertThat(http.get("/api/v1/vendor/products/" + mugProduct).bearer(owner).send().json().get("source")
                .get("marketplaceProductId").asString()).isEqualTo(mug);
        assertThat(http.get("/api/v1/vendor/products/" + honeyProduct).bearer(owner).send().json().get("source")
                .get("marketplaceProductId").asString()).isEqualTo(honey);
        assertThat(http.get("/api/v1/vendor/marketplace/products/" + scarf).bearer(owner).send().json()
                .get("published").asBoolean()).as("the failed one stays staged").isFalse();
        browser.awaitText(By.cssSelector("tr[data-external-id='ST-4'] .staged-state"), "Published");
        assertAccessible("the publishing results", 1280);
        browser.resize(390, 844);
        assertAccessible("the publishing results", 390);
        browser.resize(1280, 900);

        // a product published elsewhere still leads to its catalog product
        browser.click(By.cssSelector("tr[data-external-id='ST-2'] .staged-link"));
        browser.awaitText(By.id("staged-heading"), "Forest honey");
        assertThat(catalogIdOf(browser.await(By.id("staged-catalog-link")))).isEqualTo(honeyProduct);
        assertThat(browser.driver().findElements(By.id("staged-publish"))).isEmpty();

        // markup in a feed's title is text
        browser.click(By.cssSelector("tr[data-external-id='ST-5'] .staged-link"));
        browser.awaitText(By.id("staged-heading"), MARKUP);
        assertThat(browser.driver().findElement(By.cssSelector("tr[data-external-id='ST-5'] .staged-link")).getText())
                .isEqualTo(MARKUP);
        assertThat(texts("#staged-languages tr[data-text='title'] td")).containsExactly(MARKUP, MARKUP);
        assertThat(browser.driver().findElements(By.cssSelector("main img, main script"))).isEmpty();
        assertNoAlert();

        // another vendor's staged product is not found, and nothing of it is shown
        Fixtures.VendorAccount other = fixtures.vendor();
        new Imports(http, other.owner().accessToken()).uploadAndWait("en", feed("en", "1.00"));
        String foreign = http.get("/api/v1/vendor/marketplace/products?search=ST-1")
                .bearer(other.owner().accessToken()).send().json().get("content").get(0).get("id").asString();
        browser.open(portalUrl() + "#/staging?id=" + foreign);
        browser.awaitText(By.id("staged-error"), "Staged product not found");
        assertThat(browser.driver().findElements(By.id("staged-detail"))).isEmpty();
        assertNoConsoleErrorsBut("status of 404");
    }

    @Test
    void aViewerSeesStagedProductsWithoutPublishing_anEditorPublishes_andTheApiRefusesTheViewer() {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        new Imports(http, vendor.owner().accessToken()).uploadAndWait("en", feed("en", "12.50"));
        Fixtures.Session viewer = fixtures.member(vendor, "Viewer");
        Fixtures.Session editor = fixtures.member(vendor, "Editor");

        signInToPortal(vendor.code(), viewer.email());
        go("staging");
        browser.await(By.cssSelector("#staging-table tr[data-external-id='ST-1']"));
        assertThat(rows()).hasSize(5);
        assertThat(browser.driver().findElement(By.id("staging-view-only")).isDisplayed()).isTrue();
        assertThat(browser.driver().findElements(By.id("staging-bulk"))).isEmpty();
        assertThat(browser.driver().findElements(By.cssSelector(".staged-select, #staging-select-page")).stream()
                .filter(WebElement::isDisplayed).toList()).isEmpty();
        browser.click(By.cssSelector("tr[data-external-id='ST-1'] .staged-link"));
        browser.awaitText(By.id("staged-heading"), "Espresso beans");
        assertThat(browser.driver().findElement(By.id("staged-publish-view-only")).getText())
                .isEqualTo("Your role can see staged products but not publish them.");
        assertThat(browser.driver().findElements(By.id("staged-publish"))).isEmpty();
        String id = stagedId("ST-1");
        assertThat(http.post("/api/v1/vendor/marketplace/products/publish").bearer(viewer.accessToken())
                .json(Map.of("ids", List.of(id))).send().status()).isEqualTo(403);
        assertThat(http.post("/api/v1/vendor/products/from-import/" + id).bearer(viewer.accessToken()).send()
                .status()).isEqualTo(403);
        assertThat(http.get("/api/v1/vendor/marketplace/products/" + id).bearer(viewer.accessToken()).send().json()
                .get("published").asBoolean()).isFalse();
        assertNoConsoleErrorsBut();
        browser.click(By.id("logout"));

        // an Editor (products.create) publishes
        signInToPortal(vendor.code(), editor.email());
        browser.open(portalUrl() + "#/staging?id=" + id);
        browser.awaitText(By.id("staged-heading"), "Espresso beans");
        browser.await(By.id("staging-bulk"));
        browser.click(By.id("publish-submit"));
        browser.awaitText(By.id("staged-state"), "Published");
        assertThat(browser.await(By.id("staged-catalog-link")).getAttribute("href")).contains("#/catalog?id=");
        assertNoConsoleErrorsBut();
    }

    /** Five products; the English and French feeds share the ids; the last one's title is markup. */
    private static byte[] feed(String language, String espressoPrice) {
        boolean fr = language.equals("fr");
        String[][] rows = {
            {"ST-1", fr ? "Grains d'espresso" : "Espresso beans", fr ? "Torréfaction foncée, 1 kg." : "Dark roast, 1 kg.",
                espressoPrice},
            {"ST-2", fr ? "Miel de forêt" : "Forest honey", "", "8.00"},
            {"ST-3", fr ? "Écharpe en laine" : "Wool scarf", "", "39.00"},
            {"ST-4", fr ? "Tasse en grès" : "Stoneware mug", "", "18.50"},
            {"ST-5", MARKUP, MARKUP, "5.00"},
        };
        StringBuilder feed = new StringBuilder(Feeds.HEADER).append('\n');
        for (String[] row : rows) {
            feed.append(Feeds.line(Map.of("id", row[0], "title", row[1], "description", row[2],
                    "price", row[3] + " EUR", "availability", "in_stock", "quantity", "4", "brand", "Kaffi")))
                    .append('\n');
        }
        return Feeds.text(feed.toString());
    }

    private static List<WebElement> rows() {
        return browser.driver().findElements(By.cssSelector("#staging-table tbody tr"));
    }

    private static List<String> texts(String css) {
        return browser.driver().findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }

    private static String stagedId(String externalId) {
        return browser.await(By.cssSelector("tr[data-external-id='" + externalId + "']")).getAttribute("data-staged-id");
    }

    private static WebElement outcome(String stagedId) {
        return browser.await(By.cssSelector("#staging-results-table tr[data-result-id='" + stagedId + "']"));
    }

    /** The catalog product id a link leads to ({@code #/catalog?id=...}). */
    private static String catalogIdOf(WebElement link) {
        String href = link.getAttribute("href");
        assertThat(href).contains("#/catalog?id=");
        return href.substring(href.indexOf("#/catalog?id=") + "#/catalog?id=".length());
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
