package com.wizamart.vendorportal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;

import com.wizamart.support.BrowserTest;
import com.wizamart.support.FeedServer;
import com.wizamart.support.Feeds;
import com.wizamart.support.Fixtures;
import com.wizamart.support.Http;
import com.wizamart.support.Imports;
import com.wizamart.support.Pictures;
import com.wizamart.support.Shop;

import tools.jackson.databind.JsonNode;

/**
 * The images panel of a product's page in a real browser against the running platform: an owner uploads two real
 * pictures (drawn by {@link Pictures}) through the file input at once, sees their thumbnails once the background job
 * made them, makes the second the main image, moves it first, downloads its original, deletes the other, and is told
 * why an SVG with a script is refused; a feed's images (one fetched, one whose link is broken) have no delete button;
 * a Viewer sees the images with no control to change them. The API confirms each step.
 */
class VendorPortalImagesTests extends BrowserTest {

    /** The variants are made by a background job (JobRunr looks for work every few seconds). */
    private static final Duration PROCESSED = Duration.ofSeconds(90);

    @TempDir
    Path files;

    @Test
    void anOwnerUploadsTwoImagesMakesTheSecondMainMovesItFirstAndDeletesTheOther() throws IOException {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        String token = vendor.owner().accessToken();
        UUID product = new Shop(http, vendor).product("Linen apron", "29.00", "17", 3);
        Path png = file("apron-front.png", Pictures.png(900, 600, 1));
        Path jpeg = file("apron-back.jpg", Pictures.jpeg(640, 800, 2));

        signInToPortal(vendor.code(), vendor.owner().email());
        browser.open(portalUrl() + "#/catalog?id=" + product);
        browser.awaitText(By.id("product-heading"), "Linen apron");
        browser.await(By.id("images-none"));
        browser.awaitText(By.id("images-usage"), "0 images, 0 bytes of ");
        browser.script("performance.setResourceTimingBufferSize(10000)"); // every read of the list counted below

        // two files at once through the file input
        browser.await(By.id("image-files")).sendKeys(png + "\n" + jpeg);
        browser.click(By.id("images-upload-submit"));
        browser.awaitText(By.id("image-done"), "2 images uploaded");
        JsonNode uploaded = images(token, product);
        assertThat(uploaded.size()).isEqualTo(2);
        assertThat(uploaded.get(0).get("contentType").asString()).isEqualTo("image/png");
        assertThat(uploaded.get(0).get("main").asBoolean()).isTrue();
        assertThat(uploaded.get(1).get("contentType").asString()).isEqualTo("image/jpeg");
        String front = uploaded.get(0).get("id").asString();
        String back = uploaded.get(1).get("id").asString();

        // both thumbnails appear once the background job made the variants; the browser loads each from /media
        browser.until("both thumbnails shown", PROCESSED, d -> Boolean.TRUE.equals(browser.script(
                "const shown = [...document.querySelectorAll('#images-list li[data-status=READY] img')];"
                        + " return shown.length === 2 && shown.every(i => i.complete && i.naturalWidth > 0)")));
        assertThat(browser.script("return Math.max(...[...document.querySelectorAll('#images-list img')]"
                + ".map(i => Math.max(i.naturalWidth, i.naturalHeight)))")).as("a thumbnail's longer side")
                .isEqualTo(160L);
        assertThat(item(front).findElement(By.tagName("img")).getAttribute("alt"))
                .isEqualTo("Image 1 of Linen apron, the main image");
        assertThat(item(front).getAttribute("data-main")).isEqualTo("true");
        assertThat(item(back).getText()).contains("Ready", "Uploaded", "640 × 800 px", "JPG");
        assertThat(item(back).findElements(By.cssSelector(".image-delete"))).hasSize(1);
        browser.awaitText(By.id("images-usage"), "2 images, ");
        // nothing is being processed any more: the list is not read again
        long reads = imageListReads();
        Awaitility.await().during(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(8))
                .until(() -> imageListReads() == reads);

        // the second one becomes the main image
        item(back).findElement(By.cssSelector(".image-make-main")).click();
        browser.until("the second image is the main one", d -> "true".equals(item(back).getAttribute("data-main")));
        assertThat(item(front).getAttribute("data-main")).isEqualTo("false");
        browser.awaitText(By.id("image-done"), "Image 2 is the main image now.");
        assertThat(mainOf(images(token, product))).isEqualTo(back);

        // moved first; the keyboard's focus stays on the image it moved
        item(back).findElement(By.cssSelector(".image-up")).click();
        browser.until("the second image moved first", d -> back.equals(
                d.findElement(By.cssSelector("#images-list li:first-of-type")).getAttribute("data-image-id")));
        assertThat(ids(images(token, product))).containsExactly(back, front);
        browser.until("the focus on the moved image", d -> back.equals(browser.script(
                "const item = document.activeElement.closest('#images-list li'); return item && item.dataset.imageId")));
        assertThat(item(back).findElement(By.cssSelector(".image-up")).isEnabled()).isFalse();

        // its original, fetched with the session's token, is the file uploaded
        String sku = http.get("/api/v1/vendor/products/" + product).bearer(token).send().json().get("sku").asString();
        item(back).findElement(By.cssSelector(".image-download")).click();
        Path downloaded = browser.downloads().resolve(sku + "-1.jpg");
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> Files.exists(downloaded)
                && Files.size(downloaded) == Files.size(jpeg));
        assertThat(Files.readAllBytes(downloaded)).isEqualTo(Files.readAllBytes(jpeg));

        // the other one deleted after a confirmation
        item(front).findElement(By.cssSelector(".image-delete")).click();
        browser.awaitText(By.id("confirm-message"), "Delete image 2 of Linen apron");
        browser.click(By.id("confirm-yes"));
        browser.until("one image left", d -> d.findElements(By.cssSelector("#images-list li")).size() == 1);
        assertThat(ids(images(token, product))).containsExactly(back);
        // the deleted image's file counts until it is collected, a day later
        browser.awaitText(By.id("images-usage"), "2 images (1 no longer used, deleted within a day), ");

        // an SVG holding a script is refused, and the page says why
        Path svg = file("apron.svg", Pictures.svgWithScript());
        browser.await(By.id("image-files")).sendKeys(svg.toString());
        browser.click(By.id("images-upload-submit"));
        WebElement refused = browser.awaitText(By.id("images-upload-error"), "MEDIA_TYPE_NOT_ALLOWED");
        assertThat(refused.getText()).startsWith("Only JPEG, PNG, GIF and WebP images can be uploaded.");
        assertThat(browser.driver().findElement(By.id("image-files")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(ids(images(token, product))).containsExactly(back);
        assertNoAlert();

        for (int width : new int[] {1280, 390}) {
            browser.resize(width, 900);
            assertAccessible("a product's images", width);
        }
        browser.resize(1280, 900);
        assertNoConsoleErrorsBut("status of 422");
    }

    @Test
    void aViewerSeesTheImagesButNoControlToChangeThem() throws IOException {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        String token = vendor.owner().accessToken();
        UUID product = new Shop(http, vendor).product("Wool scarf", "39.00", "17", 3);
        byte[] png = Pictures.png(400, 300, 3);
        Http.Response uploaded = http.post(imagesPath(product)).bearer(token)
                .multipartFile("file", "scarf.png", "image/png", png).send();
        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
        String image = uploaded.json().get("items").get(0).get("id").asString();
        Fixtures.Session viewer = fixtures.member(vendor, "Viewer");

        signInToPortal(vendor.code(), viewer.email());
        browser.open(portalUrl() + "#/catalog?id=" + product);
        browser.awaitText(By.id("product-heading"), "Wool scarf");
        browser.until("the thumbnail shown", PROCESSED, d -> !d.findElements(
                By.cssSelector("#images-list li[data-status=READY] img")).isEmpty());
        browser.await(By.id("images-view-only"));
        assertThat(browser.driver().findElements(By.id("image-files"))).isEmpty();
        assertThat(browser.driver().findElements(By.id("images-upload"))).isEmpty();
        assertThat(browser.driver().findElements(
                By.cssSelector("#product-images .image-up, #product-images .image-down,"
                        + " #product-images .image-make-main, #product-images .image-delete"))).isEmpty();
        assertThat(item(image).findElement(By.cssSelector(".image-download")).isDisplayed()).isTrue();
        browser.awaitText(By.id("images-usage"), "1 image, ");

        // what the page does not offer, the API refuses
        Http.Response upload = http.post(imagesPath(product)).bearer(viewer.accessToken())
                .multipartFile("file", "scarf.png", "image/png", png).send();
        assertThat(upload.status()).as(upload.toString()).isEqualTo(403);
        Http.Response delete = http.delete(imagesPath(product) + "/" + image).bearer(viewer.accessToken()).send();
        assertThat(delete.status()).as(delete.toString()).isEqualTo(403);
        assertThat(ids(images(token, product))).containsExactly(image);
        assertNoConsoleErrorsBut();
    }

    @Test
    void imagesFromTheFeedHaveNoDeleteButtonAndABrokenLinkSaysWhy() throws IOException {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        String token = vendor.owner().accessToken();
        try (FeedServer pictures = new FeedServer()) {
            pictures.serve("/front.png", Pictures.png(500, 400, 4)).status("/gone.jpg", 404);
            Map<String, String> row = new HashMap<>(Map.of("id", "FI-1", "title", "Feed apron",
                    "description", "An apron from the feed", "link", "https://shop.example/p/1",
                    "image_link", pictures.url("/front.png"), "additional_image_link", pictures.url("/gone.jpg"),
                    "availability", "in_stock", "price", "25.00 EUR", "brand", "Maker", "condition", "new"));
            row.putAll(Map.of("identifier_exists", "no", "adult", "no", "quantity", "3", "tax_rate", "17",
                    "delivery_method", "package_delivery"));
            new Imports(http, token).uploadAndWait("en",
                    (Feeds.HEADER + "\n" + Feeds.line(row) + "\n").getBytes(StandardCharsets.UTF_8));
            String staged = http.get("/api/v1/vendor/marketplace/products").bearer(token).send().json()
                    .get("content").get(0).get("id").asString();
            Http.Response published = http.post("/api/v1/vendor/products/from-import/" + staged).bearer(token).send();
            assertThat(published.status()).as(published.toString()).isEqualTo(201);
            String product = published.json().get("id").asString();

            signInToPortal(vendor.code(), vendor.owner().email());
            browser.open(portalUrl() + "#/catalog?id=" + product);
            browser.awaitText(By.id("product-heading"), "Feed apron");
            browser.until("the feed's picture shown and the broken link failed", PROCESSED, d ->
                    !d.findElements(By.cssSelector("#images-list li[data-source=FEED][data-status=READY] img")).isEmpty()
                            && !d.findElements(By.cssSelector("#images-list li[data-status=FAILED]")).isEmpty());
            WebElement failed = browser.driver().findElement(By.cssSelector("#images-list li[data-status=FAILED]"));
            assertThat(failed.getText()).contains("Failed", "From the feed",
                    "The feed's link to it could not be fetched. (MEDIA_FETCH_FAILED)", pictures.url("/gone.jpg"));
            assertThat(failed.findElements(By.tagName("img"))).isEmpty();
            // a feed's images follow the feed: no delete, a note saying where to change them; ordering stays
            assertThat(browser.driver().findElements(By.cssSelector("#images-list li"))).hasSize(2)
                    .allSatisfy(item -> {
                        assertThat(item.findElements(By.cssSelector(".image-delete"))).isEmpty();
                        assertThat(item.findElement(By.cssSelector(".image-feed-note")).isDisplayed()).isTrue();
                    });
            assertThat(failed.findElement(By.cssSelector(".image-make-main")).isDisplayed()).isTrue();
            assertNoConsoleErrorsBut();
        }
    }

    /** A file in the test's folder, as the file input takes it. */
    private Path file(String name, byte[] content) throws IOException {
        return Files.write(files.resolve(name), content);
    }

    private WebElement item(String imageId) {
        return browser.await(By.cssSelector("#images-list li[data-image-id='" + imageId + "']"));
    }

    /** How often the page has read a product's image list so far (the browser's own record of its requests). */
    private long imageListReads() {
        return (Long) browser.script("return performance.getEntriesByType('resource')"
                + ".filter(e => e.name.endsWith('/images')).length");
    }

    private static String imagesPath(UUID product) {
        return "/api/v1/vendor/products/" + product + "/images";
    }

    private JsonNode images(String token, UUID product) {
        Http.Response images = http.get(imagesPath(product)).bearer(token).send();
        assertThat(images.status()).as(images.toString()).isEqualTo(200);
        return images.json().get("items");
    }

    private static List<String> ids(JsonNode items) {
        List<String> ids = new ArrayList<>();
        items.forEach(i -> ids.add(i.get("id").asString()));
        return ids;
    }

    private static String mainOf(JsonNode items) {
        List<String> main = new ArrayList<>();
        items.forEach(i -> {
            if (i.get("main").asBoolean()) {
                main.add(i.get("id").asString());
            }
        });
        assertThat(main).as("the main images").hasSize(1);
        return main.get(0);
    }

    private void assertNoAlert() {
        try {
            browser.driver().switchTo().alert();
            throw new AssertionError("an alert opened");
        } catch (NoAlertPresentException expected) {
            // nothing ran
        }
    }
}
