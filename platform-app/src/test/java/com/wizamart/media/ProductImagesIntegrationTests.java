package com.wizamart.media;

import static com.wizamart.support.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import com.wizamart.support.ApiTest;
import com.wizamart.support.Fixtures;
import com.wizamart.support.Http;
import com.wizamart.support.Http.FilePart;
import com.wizamart.support.Pictures;
import com.wizamart.support.Shop;

import tools.jackson.databind.JsonNode;

/**
 * A product's uploaded images through the API and the security chain: variants made in the background and served at
 * immutable URLs, the shop's product pages showing them, order, main image and deletion, and hostile files refused
 * with clear codes and nothing stored.
 */
class ProductImagesIntegrationTests extends ApiTest {

    static final String V = "/api/v1/vendor";

    @org.springframework.beans.factory.annotation.Autowired
    com.wizamart.media.application.port.out.ObjectStore store;

    @Test
    void uploadedImagesGetVariantsThatAreServedImmutableAndShownByTheShop() throws IOException {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        String token = vendor.owner().accessToken();
        UUID product = new Shop(http, vendor).product(Fixtures.unique("Lamp"), "40.00", "17", 3);

        Http.Response uploaded = upload(token, product, new FilePart("lamp.png", "image/png", Pictures.png(900, 600, 1)),
                new FilePart("lamp-side.jpg", "image/jpeg", Pictures.jpeg(400, 800, 2)));
        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
        JsonNode items = uploaded.json().get("items");
        assertThat(items).hasSize(2);
        assertThat(items.get(0).get("position").asInt()).isZero();
        assertThat(items.get(0).get("main").asBoolean()).isTrue();
        assertThat(items.get(0).get("source").asString()).isEqualTo("UPLOAD");
        assertThat(items.get(0).get("contentType").asString()).isEqualTo("image/png");
        assertThat(items.get(0).get("width").asInt()).isEqualTo(900);
        assertThat(items.get(1).get("main").asBoolean()).isFalse();
        assertThat(items.get(1).get("contentType").asString()).isEqualTo("image/jpeg");

        JsonNode ready = awaitReady(token, product, 2);
        JsonNode urls = ready.get(0).get("urls");
        assertThat(urls.propertyNames()).containsExactlyInAnyOrder("thumbnail", "medium", "large");
        String medium = urls.get("medium").get("jpeg").asString();
        assertThat(medium).isEqualTo("/media/" + vendor.code() + "/" + ready.get(0).get("sha256").asString()
                + "/medium.jpg");

        Http.BytesResponse file = http.get(medium).sendForBytes();
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.header("Content-Type")).isEqualTo("image/jpeg");
        assertThat(file.header("Cache-Control")).isEqualTo("max-age=31536000, public, immutable");
        assertThat(file.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(file.header("ETag")).isNotBlank();
        var decoded = ImageIO.read(new ByteArrayInputStream(file.body()));
        assertThat(Math.max(decoded.getWidth(), decoded.getHeight())).isEqualTo(640);
        assertThat(decoded.getWidth()).isEqualTo(640);
        assertThat(decoded.getHeight()).isEqualTo(427);

        Http.BytesResponse again = http.get(medium).header("If-None-Match", file.header("ETag")).sendForBytes();
        assertThat(again.status()).isEqualTo(304);
        assertThat(again.body()).isEmpty();

        if (urls.get("thumbnail").has("webp")) {
            Http.BytesResponse webp = http.get(urls.get("thumbnail").get("webp").asString()).sendForBytes();
            assertThat(webp.status()).isEqualTo(200);
            assertThat(webp.header("Content-Type")).isEqualTo("image/webp");
            assertThat(new String(webp.body(), 0, 4, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("RIFF");
        }
        // the original is no public file, only a download for the team
        String sha = ready.get(0).get("sha256").asString();
        assertThat(http.get("/media/" + vendor.code() + "/" + sha + "/original.png").sendForBytes().status())
                .isEqualTo(404);
        Http.BytesResponse original = http.get(V + "/products/" + product + "/images/"
                + ready.get(0).get("id").asString() + "/original").bearer(token).sendForBytes();
        assertThat(original.status()).isEqualTo(200);
        assertThat(original.header("Content-Disposition")).startsWith("attachment");
        assertThat(original.body()).isEqualTo(Pictures.png(900, 600, 1));

        JsonNode shown = http.get(new Shop(http, vendor).base() + "/products/" + product).send().json();
        assertThat(shown.get("media")).hasSize(2);
        assertThat(shown.get("media").get(0).get("main").asBoolean()).isTrue();
        assertThat(shown.get("media").get(0).get("urls").get("medium").get("jpeg").asString()).isEqualTo(medium);
        JsonNode listed = http.get(new Shop(http, vendor).base() + "/products").send().json().get("content");
        assertThat(listed.get(0).get("media").get(1).get("width").asInt()).isEqualTo(400);

        JsonNode usage = http.get(V + "/media/usage").bearer(token).send().json();
        assertThat(usage.get("images").asLong()).isEqualTo(2);
        assertThat(usage.get("bytes").asLong()).isGreaterThan(
                Pictures.png(900, 600, 1).length + Pictures.jpeg(400, 800, 2).length);
        assertThat(usage.get("maxImages").asLong()).isEqualTo(5000);
    }

    @Test
    void theTeamOrdersImagesChoosesTheMainOneAndDeletesWithoutLeavingGaps() {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        String token = vendor.owner().accessToken();
        UUID product = new Shop(http, vendor).product(Fixtures.unique("Chair"), "90.00", "17", 1);
        List<String> ids = new ArrayList<>();
        upload(token, product, png("a", 11), png("b", 12), png("c", 13)).json().get("items")
                .forEach(i -> ids.add(i.get("id").asString()));

        Http.Response reordered = http.put(V + "/products/" + product + "/images/order").bearer(token)
                .json(Map.of("imageIds", List.of(ids.get(2), ids.get(0), ids.get(1)))).send();
        assertThat(reordered.status()).as(reordered.toString()).isEqualTo(200);
        assertThat(idsOf(reordered.json())).containsExactly(ids.get(2), ids.get(0), ids.get(1));
        assertThat(reordered.json().get("items").get(1).get("main").asBoolean()).as("main stays").isTrue();

        assertProblem(http.put(V + "/products/" + product + "/images/order").bearer(token)
                .json(Map.of("imageIds", List.of(ids.get(2), ids.get(0)))).send(), 422, "MEDIA_ORDER_INVALID");
        assertProblem(http.put(V + "/products/" + product + "/images/order").bearer(token)
                .json(Map.of("imageIds", List.of(ids.get(2), ids.get(0), ids.get(0)))).send(), 422,
                "MEDIA_ORDER_INVALID");

        Http.Response main = http.put(V + "/products/" + product + "/images/" + ids.get(1) + "/main").bearer(token)
                .send();
        assertThat(main.status()).as(main.toString()).isEqualTo(200);
        assertThat(mainOf(main.json())).isEqualTo(ids.get(1));

        assertThat(http.delete(V + "/products/" + product + "/images/" + ids.get(1)).bearer(token).send().status())
                .isEqualTo(204);
        JsonNode left = list(token, product);
        assertThat(idsOf(left)).containsExactly(ids.get(2), ids.get(0));
        assertThat(left.get("items")).extracting(i -> i.get("position").asInt()).containsExactly(0, 1);
        assertThat(mainOf(left)).as("the first image becomes the main one").isEqualTo(ids.get(2));
        assertProblem(http.delete(V + "/products/" + product + "/images/" + ids.get(1)).bearer(token).send(), 404,
                "MEDIA_IMAGE_NOT_FOUND");

        // the same picture again is the same image, not a second one
        Http.Response same = upload(token, product, png("a-again", 11));
        assertThat(same.status()).isEqualTo(201);
        assertThat(idsOf(same.json())).containsExactly(ids.get(0));
        assertThat(list(token, product).get("items")).hasSize(2);
    }

    @Test
    void hostileAndBrokenFilesAreRefusedWithClearCodesAndNothingIsStored() {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        String token = vendor.owner().accessToken();
        UUID product = new Shop(http, vendor).product(Fixtures.unique("Vase"), "25.00", "17", 1);

        assertProblem(upload(token, product, new FilePart("logo.svg", "image/svg+xml", Pictures.svgWithScript())),
                422, "MEDIA_TYPE_NOT_ALLOWED");
        assertProblem(upload(token, product, new FilePart("bomb.png", "image/png", Pictures.pngClaiming(50_000,
                50_000))), 422, "MEDIA_TOO_MANY_PIXELS");
        assertProblem(upload(token, product, new FilePart("notes.png", "image/png",
                "just text, named like a picture".getBytes(java.nio.charset.StandardCharsets.UTF_8))), 422,
                "MEDIA_TYPE_NOT_ALLOWED");
        assertProblem(upload(token, product, new FilePart("empty.jpg", "image/jpeg", new byte[0])), 422,
                "MEDIA_EMPTY");
        byte[] truncated = java.util.Arrays.copyOf(Pictures.jpeg(300, 300, 5), 400);
        assertProblem(upload(token, product, new FilePart("cut.jpg", "image/jpeg", truncated)), 422,
                "MEDIA_UNREADABLE");
        // one bad file among good ones: none is taken, and the problem names the file
        Http.Response mixed = upload(token, product, png("good", 21),
                new FilePart("evil.svg", "image/png", Pictures.svgWithScript()), png("also-good", 22));
        assertProblem(mixed, 422, "MEDIA_TYPE_NOT_ALLOWED");
        assertThat(mixed.json().get("fileIndex").asInt()).isEqualTo(1);
        assertThat(mixed.json().get("fileName").asString()).isEqualTo("evil.svg");
        assertThat(list(token, product).get("items")).isEmpty();
        assertThat(http.get(V + "/media/usage").bearer(token).send().json().get("images").asLong()).isZero();
        Http.Response none = http.post(V + "/products/" + product + "/images").bearer(token)
                .multipartFiles("other", List.of(png("x", 1))).send();
        assertProblem(none, 422, "MEDIA_UPLOAD_FILE_COUNT");

        // a file that lies about its type is taken for what its bytes are; a polyglot loses its tail in the variants
        Http.Response lying = upload(token, product, new FilePart("photo.gif", "image/gif", Pictures.jpeg(64, 64, 7)),
                new FilePart("poly.png", "image/png", Pictures.polyglot(8)));
        assertThat(lying.status()).as(lying.toString()).isEqualTo(201);
        assertThat(lying.json().get("items").get(0).get("contentType").asString()).isEqualTo("image/jpeg");
        JsonNode ready = awaitReady(token, product, 2);
        Http.BytesResponse variant = http.get(ready.get(1).get("urls").get("thumbnail").get("jpeg").asString())
                .sendForBytes();
        assertThat(variant.header("Content-Type")).isEqualTo("image/jpeg");
        assertThat(new String(variant.body(), java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("<html");

        // a product of 30 images takes no more
        UUID full = new Shop(http, vendor).product(Fixtures.unique("Gallery"), "5.00", "17", 1);
        for (int batch = 0; batch < 3; batch++) {
            List<FilePart> files = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                files.add(png("g" + batch + i, 1000 + batch * 10 + i));
            }
            assertThat(upload(token, full, files.toArray(FilePart[]::new)).status()).isEqualTo(201);
        }
        assertProblem(upload(token, full, png("one-too-many", 2000)), 422, "MEDIA_PRODUCT_IMAGES_LIMIT");
        assertThat(list(token, full).get("items")).hasSize(30);
    }

    @Test
    void aViewerSeesImagesButChangesNothingAndAnUnknownProductIsNotFound() {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        UUID product = new Shop(http, vendor).product(Fixtures.unique("Rug"), "70.00", "17", 1);
        upload(vendor.owner().accessToken(), product, png("rug", 31));
        Fixtures.Session viewer = fixtures.member(vendor, "Viewer");
        assertThat(list(viewer.accessToken(), product).get("items")).hasSize(1);
        assertProblem(upload(viewer.accessToken(), product, png("rug2", 32)), 403, "ACCESS_DENIED");
        assertProblem(upload(vendor.owner().accessToken(), UUID.randomUUID(), png("nowhere", 33)), 404,
                "PRODUCT_NOT_FOUND");
        assertProblem(http.get(V + "/products/" + UUID.randomUUID() + "/images").bearer(vendor.owner().accessToken())
                .send(), 404, "PRODUCT_NOT_FOUND");
    }

    @Test
    void anotherVendorsImagesAreNotFoundAnywhereAndTheSameFileIsStoredApartPerVendor() {
        Fixtures.VendorAccount a = fixtures.vendor();
        Fixtures.VendorAccount b = fixtures.vendor();
        UUID productOfA = new Shop(http, a).product(Fixtures.unique("Secret lamp"), "40.00", "17", 1);
        UUID productOfB = new Shop(http, b).product(Fixtures.unique("Own lamp"), "40.00", "17", 1);
        FilePart same = new FilePart("same.png", "image/png", Pictures.png(120, 80, 77));
        String imageOfA = upload(a.owner().accessToken(), productOfA, same).json().get("items").get(0).get("id")
                .asString();
        JsonNode readyOfA = awaitReady(a.owner().accessToken(), productOfA, 1).get(0);
        String shaOfA = readyOfA.get("sha256").asString();
        String tokenOfB = b.owner().accessToken();

        String base = V + "/products/" + productOfA + "/images";
        assertProblem(http.get(base).bearer(tokenOfB).send(), 404, "PRODUCT_NOT_FOUND");
        assertProblem(upload(tokenOfB, productOfA, png("intruder", 78)), 404, "PRODUCT_NOT_FOUND");
        assertProblem(http.put(base + "/order").bearer(tokenOfB).json(Map.of("imageIds", List.of(imageOfA))).send(),
                404, "PRODUCT_NOT_FOUND");
        assertProblem(http.put(base + "/" + imageOfA + "/main").bearer(tokenOfB).send(), 404, "PRODUCT_NOT_FOUND");
        assertProblem(http.delete(base + "/" + imageOfA).bearer(tokenOfB).send(), 404, "PRODUCT_NOT_FOUND");
        assertThat(http.get(base + "/" + imageOfA + "/original").bearer(tokenOfB).send().status()).isEqualTo(404);
        // A's image id on B's own product is no image of B's either
        String ownBase = V + "/products/" + productOfB + "/images";
        assertProblem(http.put(ownBase + "/" + imageOfA + "/main").bearer(tokenOfB).send(), 404,
                "MEDIA_IMAGE_NOT_FOUND");
        assertProblem(http.delete(ownBase + "/" + imageOfA).bearer(tokenOfB).send(), 404, "MEDIA_IMAGE_NOT_FOUND");
        assertThat(http.get(ownBase + "/" + imageOfA + "/original").bearer(tokenOfB).send().status()).isEqualTo(404);
        assertProblem(http.put(ownBase + "/order").bearer(tokenOfB).json(Map.of("imageIds", List.of(imageOfA)))
                .send(), 422, "MEDIA_ORDER_INVALID");
        // A's content under B's shop is not served
        assertThat(http.get("/media/" + b.code() + "/" + shaOfA + "/thumbnail.jpg").sendForBytes().status())
                .isEqualTo(404);
        assertThat(list(a.owner().accessToken(), productOfA).get("items")).hasSize(1);

        // the same bytes uploaded by B: B's own stored file, under B's name, never A's
        Http.Response ofB = upload(tokenOfB, productOfB, same);
        assertThat(ofB.status()).as(ofB.toString()).isEqualTo(201);
        JsonNode readyOfB = awaitReady(tokenOfB, productOfB, 1).get(0);
        assertThat(readyOfB.get("sha256").asString()).isEqualTo(shaOfA);
        assertThat(readyOfB.get("urls").get("thumbnail").get("jpeg").asString())
                .startsWith("/media/" + b.code() + "/");
        assertThat(http.get(V + "/media/usage").bearer(tokenOfB).send().json().get("images").asLong()).isEqualTo(1);
        // A deleting its image (and its file being collected) leaves B's untouched
        assertThat(http.delete(base + "/" + imageOfA).bearer(a.owner().accessToken()).send().status())
                .isEqualTo(204);
        assertThat(http.get(readyOfB.get("urls").get("thumbnail").get("jpeg").asString()).sendForBytes().status())
                .isEqualTo(200);
        // A's file counts until it is collected, a day later
        JsonNode usageOfA = http.get(V + "/media/usage").bearer(a.owner().accessToken()).send().json();
        assertThat(usageOfA.get("images").asLong()).isEqualTo(1);
        assertThat(usageOfA.get("unusedImages").asLong()).isEqualTo(1);
    }

    @Test
    void theSameFileUploadedAgainAfterItsFilesWereLostIsMadeWholeAgain() {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        String token = vendor.owner().accessToken();
        UUID product = new Shop(http, vendor).product(Fixtures.unique("Clock"), "30.00", "17", 1);
        FilePart picture = png("clock", 91);
        upload(token, product, picture);
        JsonNode ready = awaitReady(token, product, 1).get(0);
        String thumbnail = ready.get("urls").get("thumbnail").get("jpeg").asString();
        // the files are lost (a restore without them, a collection that failed half-way), the row is not
        try (var files = store.list("vendor/" + vendor.id() + "/")) {
            files.forEach(f -> store.delete(f.key()));
        }
        assertThat(http.get(thumbnail).sendForBytes().status()).isEqualTo(404);
        assertThat(http.delete(V + "/products/" + product + "/images/" + ready.get("id").asString()).bearer(token)
                .send().status()).isEqualTo(204);

        Http.Response again = upload(token, product, picture);
        assertThat(again.status()).as(again.toString()).isEqualTo(201);
        assertThat(again.json().get("items").get(0).get("status").asString()).isEqualTo("PENDING");
        JsonNode whole = awaitReady(token, product, 1).get(0);
        assertThat(whole.get("sha256").asString()).isEqualTo(ready.get("sha256").asString());
        assertThat(http.get(thumbnail).sendForBytes().status()).isEqualTo(200);
        assertThat(http.get(V + "/products/" + product + "/images/" + whole.get("id").asString() + "/original")
                .bearer(token).sendForBytes().body()).isEqualTo(picture.content());
    }

    Http.Response upload(String token, UUID product, FilePart... files) {
        return http.post(V + "/products/" + product + "/images").bearer(token).multipartFiles("file", List.of(files))
                .send();
    }

    JsonNode list(String token, UUID product) {
        Http.Response list = http.get(V + "/products/" + product + "/images").bearer(token).send();
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        return list.json();
    }

    /** Waits until the product has {@code count} images, all READY; returns them. */
    JsonNode awaitReady(String token, UUID product, int count) {
        return await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(300))
                .until(() -> list(token, product).get("items"), items -> items.size() == count
                        && java.util.stream.StreamSupport.stream(items.spliterator(), false)
                                .allMatch(i -> i.get("status").asString().equals("READY")));
    }

    static FilePart png(String name, int seed) {
        return new FilePart(name + ".png", "image/png", Pictures.png(48, 32, seed));
    }

    static List<String> idsOf(JsonNode list) {
        List<String> ids = new ArrayList<>();
        list.get("items").forEach(i -> ids.add(i.get("id").asString()));
        return ids;
    }

    static String mainOf(JsonNode list) {
        for (JsonNode i : list.get("items")) {
            if (i.get("main").asBoolean()) {
                return i.get("id").asString();
            }
        }
        return null;
    }
}
