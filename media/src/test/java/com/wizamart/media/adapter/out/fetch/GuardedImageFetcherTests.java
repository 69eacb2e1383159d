package com.wizamart.media.adapter.out.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.task.SimpleAsyncTaskSchedulerBuilder;
import org.springframework.util.unit.DataSize;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import com.wizamart.media.application.port.out.ImageFetcher;
import com.wizamart.media.config.MediaFetchProperties;
import com.wizamart.media.domain.MediaFetchException;

/**
 * The fetcher against a local stand-in on 127.0.0.1, which these tests allow through the guard's test switch
 * ({@code allowed-hosts}), as the platform's test profile does; every other internal address stays refused and is
 * never contacted.
 */
class GuardedImageFetcherTests {

    private static final byte[] IMAGE = new byte[5_000];
    private static final String ETAG = "\"v1-abc\"";

    static {
        new Random(20).nextBytes(IMAGE);
    }

    private final List<String> requested = new CopyOnWriteArrayList<>();
    private final List<GuardedImageFetcher> fetchers = new CopyOnWriteArrayList<>();
    private HttpServer server;
    private String base;
    private GuardedImageFetcher fetcher;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread thread = new Thread(r, "image-stand-in");
            thread.setDaemon(true);
            return thread;
        }));
        server.createContext("/", this::answer);
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        fetcher = fetcher(List.of("127.0.0.1"), Duration.ofSeconds(2), Duration.ofSeconds(3), DataSize.ofKilobytes(64));
    }

    @AfterEach
    void stop() throws IOException {
        server.stop(0);
        for (GuardedImageFetcher each : fetchers) {
            each.destroy();
        }
    }

    @Test
    void fetchesAnImageWithItsEtagAndDeclaredType() {
        ImageFetcher.Result result = fetcher.fetch(base + "/image.png", null);

        assertThat(result).isInstanceOfSatisfying(ImageFetcher.Fetched.class, fetched -> {
            assertThat(fetched.bytes()).isEqualTo(IMAGE);
            assertThat(fetched.etag()).isEqualTo(ETAG);
            assertThat(fetched.declaredContentType()).isEqualTo("image/png");
            assertThat(fetched.finalUrl()).isEqualTo(base + "/image.png");
        });
        assertThat(requested).containsExactly("/image.png If-None-Match=null");
    }

    @Test
    void theSameImageAgainWithItsEtagIsNotModifiedAndTransfersNothing() {
        ImageFetcher.Result again = fetcher.fetch(base + "/image.png", ETAG);

        assertThat(again).isEqualTo(new ImageFetcher.NotModified(ETAG, base + "/image.png"));
        assertThat(requested).containsExactly("/image.png If-None-Match=" + ETAG);
    }

    @Test
    void aChangedImageIsFetchedAgainDespiteAnOldEtag() {
        ImageFetcher.Result changed = fetcher.fetch(base + "/image.png", "\"v0-old\"");

        assertThat(changed).isInstanceOfSatisfying(ImageFetcher.Fetched.class,
                fetched -> assertThat(fetched.etag()).isEqualTo(ETAG));
    }

    @Test
    void theDeclaredContentTypeIsRecordedNotTrusted() {
        ImageFetcher.Result result = fetcher.fetch(base + "/lying.html", null);

        assertThat(result).isInstanceOfSatisfying(ImageFetcher.Fetched.class, fetched -> {
            assertThat(fetched.bytes()).isEqualTo(IMAGE);
            assertThat(fetched.declaredContentType()).isEqualTo("text/html; charset=utf-8");
            assertThat(fetched.etag()).isNull();
        });
    }

    @Test
    void aMissingImageIsAFailureWithItsStatus() {
        assertThatThrownBy(() -> fetcher.fetch(base + "/missing.png", null))
                .isInstanceOfSatisfying(MediaFetchException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo("MEDIA_FETCH_FAILED");
                    assertThat(e.details()).containsEntry("httpStatus", 404);
                    assertThat(e.retryable()).isFalse();
                });
    }

    @Test
    void aServerErrorIsAFailureWorthRetrying() {
        assertThatThrownBy(() -> fetcher.fetch(base + "/broken.png", null))
                .isInstanceOfSatisfying(MediaFetchException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo("MEDIA_FETCH_FAILED");
                    assertThat(e.details()).containsEntry("httpStatus", 503);
                    assertThat(e.retryable()).isTrue();
                });
    }

    @Test
    @Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aServerTricklingOneBytePerSecondIsCutOffAtTheDeadline() {
        // each byte comes well within the read timeout (2 s), so only the deadline (3 s) can end it
        long started = System.nanoTime();
        assertThatThrownBy(() -> fetcher.fetch(base + "/trickle.png", null))
                .isInstanceOfSatisfying(MediaFetchException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo("MEDIA_FETCH_TIMEOUT");
                    assertThat(e.getMessage()).isEqualTo("The image download took longer than 3 s.");
                });
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isBetween(Duration.ofMillis(2_900),
                Duration.ofMillis(4_500));
        assertThat(requested).containsExactly("/trickle.png If-None-Match=null");
    }

    @Test
    @Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aServerThatSendsItsHeadersAndThenNothingIsCutOffByTheReadTimeout() {
        GuardedImageFetcher patient = fetcher(List.of("127.0.0.1"), Duration.ofSeconds(1), Duration.ofSeconds(30),
                DataSize.ofKilobytes(64));
        long started = System.nanoTime();
        assertThatThrownBy(() -> patient.fetch(base + "/stall.png", null))
                .isInstanceOfSatisfying(MediaFetchException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo("MEDIA_FETCH_TIMEOUT");
                    assertThat(e.getMessage()).isEqualTo("The image download received nothing for 1 s.");
                });
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/huge-declared.png", "/huge-chunked.png"})
    @Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void anOversizedBodyIsCutOffWithoutReadingItAll(String path) {
        // both bodies would be 100 MB; announced or not, the fetch ends at the limit (64 KB) without waiting for them
        long started = System.nanoTime();
        assertThatThrownBy(() -> fetcher.fetch(base + path, null))
                .isInstanceOfSatisfying(MediaFetchException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo("MEDIA_TOO_LARGE");
                    assertThat(e.details()).containsEntry("maxBytes", 65_536L);
                });
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void anImageAtTheLimitIsAccepted() {
        GuardedImageFetcher exact = fetcher(List.of("127.0.0.1"), Duration.ofSeconds(2), Duration.ofSeconds(3),
                DataSize.ofBytes(IMAGE.length));
        assertThat(exact.fetch(base + "/image.png", null)).isInstanceOf(ImageFetcher.Fetched.class);
        GuardedImageFetcher oneShort = fetcher(List.of("127.0.0.1"), Duration.ofSeconds(2), Duration.ofSeconds(3),
                DataSize.ofBytes(IMAGE.length - 1));
        assertThatThrownBy(() -> oneShort.fetch(base + "/image.png", null))
                .isInstanceOfSatisfying(MediaFetchException.class,
                        e -> assertThat(e.errorCode()).isEqualTo("MEDIA_TOO_LARGE"));
    }

    @Test
    void followsARedirectToAnAllowedAddress() {
        ImageFetcher.Result result = fetcher.fetch(base + "/redirect?to=" + encode("/image.png"), null);

        assertThat(result.finalUrl()).isEqualTo(base + "/image.png");
        assertThat(result).isInstanceOfSatisfying(ImageFetcher.Fetched.class,
                fetched -> assertThat(fetched.bytes()).isEqualTo(IMAGE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://10.0.0.1/image.png", "http://169.254.169.254/latest/meta-data/",
            "http://[::ffff:169.254.169.254]/", "http://192.168.0.1/a.png", "http://127.0.0.2/a.png"})
    void refusesARedirectToAPrivateAddressBeforeConnectingToIt(String location) {
        assertThatThrownBy(() -> fetcher.fetch(base + "/redirect?to=" + encode(location), null))
                .isInstanceOfSatisfying(MediaFetchException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo("MEDIA_ADDRESS_REFUSED");
                    assertThat(e.retryable()).isFalse();
                });
        assertThat(requested).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://10.0.0.1/image.png", "http://169.254.169.254/latest/meta-data/",
            "https://172.16.5.4/a.jpg", "http://[::ffff:10.0.0.1]/a.jpg", "http://[fd00::1]/a.jpg",
            "http://0.0.0.0/a.jpg", "http://[2002:a00:1::1]/a.jpg"})
    void refusesALinkToAPrivateAddress(String url) {
        assertThatThrownBy(() -> fetcher.fetch(url, null)).isInstanceOfSatisfying(MediaFetchException.class,
                e -> assertThat(e.errorCode()).isEqualTo("MEDIA_ADDRESS_REFUSED"));
    }

    @Test
    void withoutTheTestSwitchTheLocalStandInIsRefusedToo() {
        GuardedImageFetcher production = fetcher(List.of(), Duration.ofSeconds(2), Duration.ofSeconds(3),
                DataSize.ofKilobytes(64));
        assertThatThrownBy(() -> production.fetch(base + "/image.png", null))
                .isInstanceOfSatisfying(MediaFetchException.class,
                        e -> assertThat(e.errorCode()).isEqualTo("MEDIA_ADDRESS_REFUSED"));
        assertThat(requested).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"file:///etc/passwd", "ftp://127.0.0.1/image.png",
            "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
            "jar:http://127.0.0.1/a.jar!/a.png", "gopher://127.0.0.1/", "//127.0.0.1/image.png",
            "http://user:secret@127.0.0.1/image.png", "http://127.0.0.1/a b.png"})
    void refusesWhatIsNoPlainHttpLink(String url) {
        assertThatThrownBy(() -> fetcher.fetch(url, null)).isInstanceOfSatisfying(MediaFetchException.class, e -> {
            assertThat(e.errorCode()).isEqualTo("MEDIA_URL_REFUSED");
            assertThat(e.getMessage()).doesNotContain("secret");
        });
        assertThat(requested).isEmpty();
    }

    @Test
    void refusesARedirectToAnotherScheme() {
        assertThatThrownBy(() -> fetcher.fetch(base + "/redirect?to=" + encode("file:///etc/passwd"), null))
                .isInstanceOfSatisfying(MediaFetchException.class,
                        e -> assertThat(e.errorCode()).isEqualTo("MEDIA_URL_REFUSED"));
    }

    @Test
    void asksIfChangedOnlyWhereTheEtagCameFromNotAfterARedirectToAnotherHost() {
        GuardedImageFetcher local = fetcher(List.of("127.0.0.1", "localhost"), Duration.ofSeconds(2),
                Duration.ofSeconds(3), DataSize.ofKilobytes(64));
        String elsewhere = "http://localhost:" + server.getAddress().getPort() + "/image.png";

        ImageFetcher.Result result = local.fetch(base + "/redirect?to=" + encode(elsewhere), ETAG);

        assertThat(result).isInstanceOfSatisfying(ImageFetcher.Fetched.class,
                fetched -> assertThat(fetched.bytes()).isEqualTo(IMAGE));
        assertThat(requested).containsExactly("/redirect If-None-Match=" + ETAG, "/image.png If-None-Match=null");
    }

    @Test
    void stillAsksIfChangedAfterARedirectWithinTheSameOrigin() {
        ImageFetcher.Result result = fetcher.fetch(base + "/redirect?to=" + encode("/image.png"), ETAG);

        assertThat(result).isEqualTo(new ImageFetcher.NotModified(ETAG, base + "/image.png"));
    }

    @Test
    void refusesARedirectFromHttpsToPlainHttpBeforeRequestingIt() {
        var download = new GuardedImageFetcher.Download(URI.create("https://images.example/a.png"), ETAG);
        download.requesting(new HttpGet("https://cdn.example/a.png"));

        assertThatThrownBy(() -> download.requesting(new HttpGet("http://cdn.example/a.png")))
                .isInstanceOfSatisfying(MediaFetchException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo("MEDIA_URL_REFUSED");
                    assertThat(e.getMessage()).contains("from https to plain http");
                });
    }

    @Test
    void aServerAnnouncingAHugeBodyAndSendingLittleCostsOnlyWhatArrived() throws Exception {
        GuardedImageFetcher generous = fetcher(List.of("127.0.0.1"), Duration.ofSeconds(2), Duration.ofSeconds(3),
                DataSize.ofMegabytes(16));
        generous.fetch(base + "/image.png", null); // classes loaded, connection pool made
        var threads = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();

        assertThatThrownBy(() -> generous.fetch(base + "/announces-big.png", null))
                .isInstanceOfSatisfying(MediaFetchException.class,
                        e -> assertThat(e.errorCode()).isEqualTo("MEDIA_FETCH_FAILED"));

        assertThat(threads.getCurrentThreadAllocatedBytes() - before).as("bytes allocated (15 MB announced)")
                .isLessThan(4L * 1024 * 1024);
    }

    @Test
    void aSlowNameLookupCountsInsideTheDeadline() {
        SlowNamesResolverProvider.release = new java.util.concurrent.CountDownLatch(1);
        String slowHost = "images" + SlowNamesResolverProvider.SLOW_DOMAIN;
        GuardedImageFetcher hurried = fetcher(List.of("127.0.0.1", slowHost), Duration.ofSeconds(2),
                Duration.ofSeconds(1), DataSize.ofKilobytes(64));
        try {
            assertTimeoutPreemptively(Duration.ofSeconds(3), () -> assertThatThrownBy(
                    () -> hurried.fetch("http://" + slowHost + ":" + server.getAddress().getPort() + "/image.png", null))
                    .isInstanceOfSatisfying(MediaFetchException.class,
                            e -> assertThat(e.errorCode()).isEqualTo("MEDIA_FETCH_TIMEOUT")));
        } finally {
            SlowNamesResolverProvider.release.countDown();
        }
        assertThat(requested).isEmpty();
    }

    @Test
    void endlessRedirectsFail() {
        assertThatThrownBy(() -> fetcher.fetch(base + "/loop.png", null))
                .isInstanceOfSatisfying(MediaFetchException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo("MEDIA_FETCH_FAILED");
                    assertThat(e.getMessage()).contains("redirected more than 3 times");
                });
        assertThat(requested).hasSize(4);
    }

    private GuardedImageFetcher fetcher(List<String> allowedHosts, Duration readTimeout, Duration deadline,
                                        DataSize maxSize) {
        GuardedImageFetcher created = new GuardedImageFetcher(new MediaFetchProperties(Duration.ofSeconds(2),
                readTimeout, deadline, maxSize, 3, allowedHosts, List.of()), new SimpleAsyncTaskSchedulerBuilder());
        fetchers.add(created);
        return created;
    }

    private static String encode(String location) {
        return URLEncoder.encode(location, StandardCharsets.UTF_8);
    }

    /** The stand-in's answers, by path. */
    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String ifNoneMatch = exchange.getRequestHeaders().getFirst("If-None-Match");
        requested.add(path + " If-None-Match=" + ifNoneMatch);
        try {
            switch (path) {
                case "/image.png" -> {
                    exchange.getResponseHeaders().add("ETag", ETAG);
                    if (ETAG.equals(ifNoneMatch)) {
                        exchange.sendResponseHeaders(304, -1);
                    } else {
                        exchange.getResponseHeaders().add("Content-Type", "image/png");
                        send(exchange, 200, IMAGE);
                    }
                }
                case "/lying.html" -> {
                    exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
                    send(exchange, 200, IMAGE);
                }
                case "/missing.png" -> send(exchange, 404, "no such image".getBytes(StandardCharsets.UTF_8));
                case "/broken.png" -> send(exchange, 503, "later".getBytes(StandardCharsets.UTF_8));
                case "/redirect" -> redirect(exchange, java.net.URLDecoder.decode(
                        exchange.getRequestURI().getRawQuery().substring(3), StandardCharsets.UTF_8));
                case "/loop.png" -> redirect(exchange, "/loop.png");
                case "/announces-big.png" -> {
                    exchange.sendResponseHeaders(200, 15_000_000);
                    exchange.getResponseBody().write(new byte[1_000]);
                    exchange.getResponseBody().flush();
                }
                case "/trickle.png" -> stream(exchange, 10_000, 1, Duration.ofSeconds(1));
                case "/stall.png" -> stream(exchange, 1_000, 10, Duration.ofSeconds(30));
                case "/huge-declared.png" -> stream(exchange, 100_000_000, 16_384, Duration.ofMillis(1));
                case "/huge-chunked.png" -> stream(exchange, 0, 16_384, Duration.ofMillis(1));
                default -> send(exchange, 404, new byte[0]);
            }
        } finally {
            exchange.close();
        }
    }

    private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().add("Location", location);
        exchange.sendResponseHeaders(302, -1);
    }

    /**
     * Headers announcing {@code length} (0: chunked), then {@code bytes} bytes every {@code every}, until the client
     * goes away or the server stops.
     */
    private static void stream(HttpExchange exchange, long length, int bytes, Duration every) {
        try {
            exchange.getResponseHeaders().add("Content-Type", "image/png");
            exchange.sendResponseHeaders(200, length);
            OutputStream out = exchange.getResponseBody();
            byte[] piece = new byte[bytes];
            while (true) {
                out.write(piece);
                out.flush();
                Thread.sleep(every);
            }
        } catch (IOException | InterruptedException gone) {
            // the client went away, or the server stops
        }
    }
}
