package com.wizamart.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.sun.net.httpserver.HttpServer;
import com.wizamart.media.application.Collecting;
import com.wizamart.media.application.FeedImageFetching;
import com.wizamart.support.ApiTest;
import com.wizamart.support.Fixtures;
import com.wizamart.support.Http;
import com.wizamart.support.Pictures;

import tools.jackson.databind.JsonNode;

/**
 * A product's image links fetched in the background through the SSRF guard, against a local stand-in for the sites
 * they point to: fetched once, asked again with their ETag, links to private addresses (directly or by a redirect)
 * and dead links failed with their codes while the platform stays healthy; links gone take their images, a removed
 * product takes all, and files no product uses are deleted after the grace period.
 */
class FeedImagesIntegrationTests extends ApiTest {

    static final String V = "/api/v1/vendor";

    @Autowired
    FeedImageFetching fetching;

    @Autowired
    Collecting collecting;

    @Autowired
    com.wizamart.media.application.FeedImageSync sync;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    com.wizamart.tenancy.VendorScope vendorScope;

    HttpServer site;
    final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
    final List<String> ifNoneMatch = new CopyOnWriteArrayList<>();

    @BeforeEach
    void openSite() throws IOException {
        site = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        site.setExecutor(Executors.newCachedThreadPool());
        serve("/img/chair.jpg", Pictures.jpeg(800, 600, 41), "\"chair-v1\"");
        serve("/img/table.png", Pictures.png(300, 300, 42), null);
        site.createContext("/img/missing.jpg", exchange -> {
            count("/img/missing.jpg");
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        site.createContext("/img/inside.jpg", exchange -> {
            count("/img/inside.jpg");
            exchange.getResponseHeaders().add("Location", "http://192.168.7.7/secret.jpg");
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        site.createContext("/img/page.jpg", exchange -> {
            count("/img/page.jpg");
            byte[] html = "<html><script>alert(1)</script></html>".getBytes();
            exchange.getResponseHeaders().add("Content-Type", "image/jpeg");
            exchange.sendResponseHeaders(200, html.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(html);
            }
        });
        site.start();
    }

    @AfterEach
    void closeSite() {
        site.stop(0);
    }

    @Test
    void linksAreFetchedOnceAskedAgainWithTheirEtagAndBadLinksFailWithTheirCodes() {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        String token = vendor.owner().accessToken();
        List<String> links = List.of(url("/img/chair.jpg"), url("/img/table.png"), url("/img/missing.jpg"),
                url("/img/inside.jpg"), "http://10.20.30.40/private.jpg", url("/img/page.jpg"));
        UUID product = product(token, links);

        JsonNode images = await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(300))
                .until(() -> list(token, product), items -> items.size() == 6 && java.util.stream.StreamSupport
                        .stream(items.spliterator(), false).noneMatch(i -> i.get("status").asString()
                                .equals("PENDING")));
        assertThat(images).extracting(i -> i.get("sourceUrl").asString()).containsExactlyElementsOf(links);
        assertThat(images).allSatisfy(i -> assertThat(i.get("source").asString()).isEqualTo("FEED"));
        assertThat(status(images, 0)).isEqualTo("READY");
        assertThat(status(images, 1)).isEqualTo("READY");
        assertThat(images.get(0).get("main").asBoolean()).isTrue();
        assertThat(images.get(0).get("width").asInt()).isEqualTo(800);
        assertThat(status(images, 2)).isEqualTo("FAILED");
        assertThat(images.get(2).get("error").asString()).isEqualTo("MEDIA_FETCH_FAILED");
        assertThat(images.get(3).get("error").asString()).isEqualTo("MEDIA_ADDRESS_REFUSED");
        assertThat(images.get(4).get("error").asString()).isEqualTo("MEDIA_ADDRESS_REFUSED");
        assertThat(images.get(5).get("error").asString()).isEqualTo("MEDIA_TYPE_NOT_ALLOWED");
        assertThat(requests.get("/img/chair.jpg").get()).isEqualTo(1);
        assertThat(http.get("/actuator/health").send().status()).isEqualTo(200);

        // a job of an attempt that is not the image's does nothing
        UUID chair = UUID.fromString(images.get(0).get("id").asString());
        String sha = images.get(0).get("sha256").asString();
        assertThat(fetching.fetch(vendor.id(), chair, 99).orElseThrow().fetchStatus())
                .isEqualTo(com.wizamart.media.domain.ImageStatus.READY);
        assertThat(requests.get("/img/chair.jpg").get()).isEqualTo(1);

        // a refresh from the feed a day later asks again: the stand-in sees the ETag and answers 304, nothing is
        // stored anew; a link without an ETag is fetched whole again, and its same bytes are the same stored object
        UUID table = UUID.fromString(images.get(1).get("id").asString());
        String tableSha = images.get(1).get("sha256").asString();
        vendorScope.runAs(vendor.id(), () -> jdbc.update(
                "update media_product_images set fetched_at = now() - interval '25 hours' where fetch_status = 'FETCHED'"));
        sync.sync(vendor.id(), product, true);
        await().atMost(Duration.ofSeconds(60)).until(() -> requests.get("/img/chair.jpg").get() == 2
                && requests.get("/img/table.png").get() == 2);
        assertThat(ifNoneMatch).containsExactly("\"chair-v1\"");
        JsonNode rechecked = await().atMost(Duration.ofSeconds(30)).until(() -> list(token, product),
                items -> items.get(0).get("status").asString().equals("READY")
                        && items.get(1).get("status").asString().equals("READY"));
        assertThat(rechecked.get(0).get("sha256").asString()).isEqualTo(sha);
        assertThat(rechecked.get(1).get("sha256").asString()).isEqualTo(tableSha);
        assertThat(vendorScope.callAs(vendor.id(), () -> jdbc.queryForObject(
                "select etag from media_product_images where id = ?", String.class, chair))).isEqualTo("\"chair-v1\"");
        // the dead link is tried again by that refresh too, and fails again
        assertThat(requests.get("/img/missing.jpg").get()).isEqualTo(2);

        // a feed image goes with its link, not on its own
        Http.Response refused = http.delete(V + "/products/" + product + "/images/" + chair).bearer(token).send();
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.errorCode()).isEqualTo("MEDIA_IMAGE_FROM_FEED");

        // the product keeps two of its links: the others' images go, the kept ones stay as they were
        Http.Response edited = http.put(V + "/products/" + product).bearer(token)
                .json(Map.of("images", List.of(url("/img/table.png"), url("/img/chair.jpg")))).send();
        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        JsonNode kept = await().atMost(Duration.ofSeconds(30)).until(() -> list(token, product),
                items -> items.size() == 2);
        assertThat(kept).extracting(i -> i.get("id").asString())
                .containsExactly(chair.toString(), table.toString());
        assertThat(kept).extracting(i -> i.get("position").asInt()).containsExactly(0, 1);
        assertThat(requests.get("/img/chair.jpg").get()).as("not fetched again").isEqualTo(2);
    }

    @Test
    void aRemovedProductLetsItsImagesGoAndUnusedFilesAreDeletedAfterTheGracePeriod() {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        String token = vendor.owner().accessToken();
        UUID product = product(token, List.of(url("/img/chair.jpg")));
        JsonNode images = await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(300))
                .until(() -> list(token, product), items -> items.size() == 1
                        && items.get(0).get("status").asString().equals("READY"));
        String thumbnail = images.get(0).get("urls").get("thumbnail").get("jpeg").asString();
        assertThat(http.get(thumbnail).sendForBytes().status()).isEqualTo(200);

        assertThat(http.delete(V + "/products/" + product).bearer(token).send().status()).isEqualTo(204);
        String sha = images.get(0).get("sha256").asString();
        await().atMost(Duration.ofSeconds(30)).until(() -> vendorScope.callAs(vendor.id(), () -> jdbc.queryForObject(
                "select count(*) from media_objects where sha256 = ? and unused_since is not null", Long.class,
                sha)) == 1);
        assertThat(http.get(thumbnail).sendForBytes().status()).as("still served in the grace period").isEqualTo(200);
        assertThat(collecting.collectUnused()).as("nothing is past its grace period").isZero();
        assertThat(http.get(V + "/media/usage").bearer(token).send().json().get("images").asLong())
                .as("counted until collected").isEqualTo(1);

        vendorScope.runAs(vendor.id(), () -> jdbc.update(
                "update media_objects set unused_since = now() - interval '25 hours'"));
        assertThat(collecting.collectUnused()).isEqualTo(1);
        assertThat(http.get(thumbnail).sendForBytes().status()).isEqualTo(404);
        assertThat(vendorScope.callAs(vendor.id(),
                () -> jdbc.queryForObject("select count(*) from media_objects", Long.class))).isZero();
        assertThat(http.get(V + "/media/usage").bearer(token).send().json().get("images").asLong()).isZero();
    }

    UUID product(String token, List<String> links) {
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("sku", Fixtures.unique("IMG"));
        body.put("name", "Linked product");
        body.put("price", "19.00");
        body.put("currency", "EUR");
        body.put("images", links);
        Http.Response created = http.post(V + "/products").bearer(token).json(body).send();
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return UUID.fromString(created.json().get("id").asString());
    }

    JsonNode list(String token, UUID product) {
        return http.get(V + "/products/" + product + "/images").bearer(token).send().json().get("items");
    }

    static String status(JsonNode images, int index) {
        return images.get(index).get("status").asString();
    }

    String url(String path) {
        return "http://127.0.0.1:" + site.getAddress().getPort() + path;
    }

    void serve(String path, byte[] body, String etag) {
        site.createContext(path, exchange -> {
            count(path);
            String sent = exchange.getRequestHeaders().getFirst("If-None-Match");
            if (sent != null) {
                ifNoneMatch.add(sent);
            }
            if (etag != null) {
                exchange.getResponseHeaders().add("ETag", etag);
                if (etag.equals(sent)) {
                    exchange.sendResponseHeaders(304, -1);
                    exchange.close();
                    return;
                }
            }
            exchange.getResponseHeaders().add("Content-Type", "image/jpeg");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
    }

    void count(String path) {
        requests.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
    }

    static List<String> ids(JsonNode items) {
        List<String> ids = new ArrayList<>();
        items.forEach(i -> ids.add(i.get("id").asString()));
        return ids;
    }
}
