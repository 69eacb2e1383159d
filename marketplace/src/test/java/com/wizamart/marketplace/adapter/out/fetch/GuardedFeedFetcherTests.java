package com.wizamart.marketplace.adapter.out.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.boot.task.SimpleAsyncTaskSchedulerBuilder;
import org.springframework.util.unit.DataSize;

import com.sun.net.httpserver.HttpServer;

import com.wizamart.marketplace.application.ImportChecks;
import com.wizamart.marketplace.application.port.out.FeedFetcher;
import com.wizamart.marketplace.application.port.out.FeedFetcher.FetchException;
import com.wizamart.marketplace.config.MarketplaceProperties;

class GuardedFeedFetcherTests {

    private final ImportChecks checks = new ImportChecks(new SimpleAsyncTaskSchedulerBuilder());
    private final GuardedFeedFetcher fetcher = fetcher(Duration.ofSeconds(1), List.of(), Duration.ofMinutes(15),
            DataSize.ofKilobytes(10), Duration.ofSeconds(60));
    private HttpServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
        checks.destroy();
    }

    // which addresses are refused is proven address by address in the shared kernel (OutboundAddressPolicyTests);
    // here: that the fetcher applies that policy, in the vendor's words

    @ParameterizedTest
    @ValueSource(strings = {"ftp://example.com/feed.tsv", "file:///etc/passwd", "gopher://example.com/",
            "jar:http://example.com/a.jar!/", "http:///nohost"})
    void refusesOtherSchemesAndHostlessUrls(String url) {
        assertThatThrownBy(() -> fetcher.check(url)).isInstanceOf(FetchException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1/feed.tsv", "http://localhost:8080/feed.tsv", "http://[::1]/feed",
            "http://169.254.169.254/latest/meta-data/", "http://10.0.0.1/", "http://[::ffff:127.0.0.1]/",
            "http://2130706433/", "http://0x7f000001/", "http://user:pw@example.com/",
            "http://[::ffff:0:127.0.0.1]/", "http://[64:ff9b::a9fe:a9fe]/", "http://[64:ff9b:1::808:808]/",
            "http://[2002:7f00:1::1]/", "http://[2001:0:808:808::80ff:fffe]/"})
    void refusesUrlsThatPointInsideOrCarryCredentials(String url) {
        assertThatThrownBy(() -> fetcher.check(url)).isInstanceOf(FetchException.class);
    }

    @Test
    void anInvalidUrlsMessageDoesNotQuoteIt() {
        assertThatThrownBy(() -> fetcher.check("https://feeds.test/en.tsv?key=secret|x"))
                .isInstanceOf(FetchException.class).message().doesNotContain("secret");
    }

    @Test
    void saysWhyAUrlIsRefusedInTheVendorsWords() {
        assertThatThrownBy(() -> fetcher.check("ftp://example.com/feed.tsv"))
                .hasMessage("Only http and https feed URLs are allowed.");
        assertThatThrownBy(() -> fetcher.check("http://user:pw@example.com/feed.tsv"))
                .hasMessage("The feed URL needs a host and must not carry credentials.");
        assertThatThrownBy(() -> fetcher.check("http://169.254.169.254/latest/meta-data/"))
                .hasMessage("The feed URL points to an address that is not allowed (169.254.169.254).");
    }

    @Test
    void refusesARedirectToTheMetadataAddressWhileItsLocalServerIsAllowed() throws Exception {
        String url = answering(302, "http://169.254.169.254/latest/meta-data/");
        GuardedFeedFetcher local = fetcher(Duration.ofSeconds(5), List.of("127.0.0.1"), Duration.ofMinutes(15),
                DataSize.ofKilobytes(10), Duration.ofSeconds(60));
        assertThatThrownBy(() -> local.fetch(url, NEVER_CANCELLED)).isInstanceOf(FetchException.class)
                .hasMessage("The feed URL points to an address that is not allowed (169.254.169.254).");
    }

    @Test
    void followsRedirectsOnlyAFewTimes() throws Exception {
        String url = answering(302, "/feed.tsv"); // to itself, for ever
        GuardedFeedFetcher local = fetcher(Duration.ofSeconds(5), List.of("127.0.0.1"), Duration.ofMinutes(15),
                DataSize.ofKilobytes(10), Duration.ofSeconds(60));
        assertThatThrownBy(() -> local.fetch(url, NEVER_CANCELLED)).isInstanceOf(FetchException.class)
                .hasMessage("The feed URL redirected more than 2 times.");
    }

    @Test
    void failsOnAnErrorStatus() throws Exception {
        String url = answering(404, null);
        GuardedFeedFetcher local = fetcher(Duration.ofSeconds(5), List.of("127.0.0.1"), Duration.ofMinutes(15),
                DataSize.ofKilobytes(10), Duration.ofSeconds(60));
        assertThatThrownBy(() -> local.fetch(url, NEVER_CANCELLED)).isInstanceOf(FetchException.class)
                .hasMessage("The feed URL answered HTTP 404.");
    }

    @Test
    void refusesAFetchOfALoopbackUrlBeforeConnecting() {
        assertThatThrownBy(() -> fetcher.fetch("http://127.0.0.1:9/feed.tsv", NEVER_CANCELLED))
                .isInstanceOf(FetchException.class).hasMessageContaining("not allowed");
    }

    @Test
    @Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aServerTricklingTheFeedIsCutOffAboutAWindowAfterTheBodyStarted() throws Exception {
        String url = serve(200, 0, Duration.ofMillis(300), 1); // a byte every 0.3 s; each resets the read timeout
        GuardedFeedFetcher limited = fetcher(Duration.ofSeconds(30), List.of("127.0.0.1"), Duration.ofMinutes(15),
                DataSize.ofKilobytes(1), Duration.ofSeconds(2));
        long started = System.nanoTime();
        try (InputStream body = limited.fetch(url, NEVER_CANCELLED)) {
            assertThatThrownBy(() -> body.transferTo(OutputStream.nullOutputStream()))
                    .isInstanceOf(FeedFetcher.TooSlowException.class)
                    .hasMessage("The feed download was slower than 1 KB/s over 2 s.");
        }
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isBetween(Duration.ofSeconds(2),
                Duration.ofSeconds(6));
    }

    @Test
    @Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aDownloadFastEnoughButPastItsDeadlineIsCutOff() throws Exception {
        String url = serve(200, 0, Duration.ofMillis(50), 1024); // 20 KB/s, for ever
        GuardedFeedFetcher limited = fetcher(Duration.ofSeconds(30), List.of("127.0.0.1"), Duration.ofSeconds(2),
                DataSize.ofKilobytes(1), Duration.ofSeconds(1));
        long started = System.nanoTime();
        try (InputStream body = limited.fetch(url, NEVER_CANCELLED)) {
            assertThatThrownBy(() -> body.transferTo(OutputStream.nullOutputStream()))
                    .isInstanceOf(FeedFetcher.TooSlowException.class)
                    .hasMessage("The feed download took longer than 2 s.");
        }
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(6));
    }

    @Test
    @Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aCancelAbortsAReadThatWaitsOnTheServer() throws Exception {
        String url = serve(200, 0, Duration.ofMinutes(10), 1); // one byte, then nothing for a long time
        GuardedFeedFetcher patient = fetcher(Duration.ofSeconds(60), List.of("127.0.0.1"), Duration.ofMinutes(15),
                DataSize.ofBytes(0), Duration.ofSeconds(60));
        Cancelling cancelling = new Cancelling();
        try (InputStream body = patient.fetch(url, cancelling)) {
            assertThat(body.read()).isEqualTo('x');
            java.util.concurrent.CompletableFuture.runAsync(cancelling::cancel,
                    java.util.concurrent.CompletableFuture.delayedExecutor(500, java.util.concurrent.TimeUnit.MILLISECONDS));
            long waiting = System.nanoTime();
            assertThatThrownBy(body::read).isInstanceOf(IOException.class);
            assertThat(Duration.ofNanos(System.nanoTime() - waiting)).isLessThan(Duration.ofSeconds(5));
        }
    }

    @Test
    @Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void closingABodyNotReadToItsEndDoesNotWaitForTheRest() throws Exception {
        String url = serve(200, 10_000_000, Duration.ofMillis(200), 1024); // 10 MB announced, 5 KB/s
        GuardedFeedFetcher patient = fetcher(Duration.ofSeconds(60), List.of("127.0.0.1"), Duration.ofMinutes(15),
                DataSize.ofBytes(0), Duration.ofSeconds(60));
        InputStream body = patient.fetch(url, NEVER_CANCELLED);
        assertThat(body.readNBytes(10)).hasSize(10);
        long closing = System.nanoTime();
        body.close();
        assertThat(Duration.ofNanos(System.nanoTime() - closing)).isLessThan(Duration.ofSeconds(2));
    }

    private static final FeedFetcher.Cancellation NEVER_CANCELLED = abort -> {
    };

    /** A cancellation that fires when told to. */
    private static final class Cancelling implements FeedFetcher.Cancellation {
        private final List<Runnable> aborts = new java.util.concurrent.CopyOnWriteArrayList<>();

        @Override
        public void onCancel(Runnable abort) {
            aborts.add(abort);
        }

        void cancel() {
            aborts.forEach(Runnable::run);
        }
    }

    /**
     * A local server answering {@code status} with {@code length} announced (0: chunked), then {@code bytes} bytes
     * every {@code every}, until the client goes away or the server stops.
     */
    private String serve(int status, long length, Duration every, int bytes) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool(r -> {
            Thread thread = new Thread(r, "slow-feed-server");
            thread.setDaemon(true);
            return thread;
        }));
        server.createContext("/feed.tsv", exchange -> {
            exchange.sendResponseHeaders(status, length);
            byte[] piece = new byte[bytes];
            java.util.Arrays.fill(piece, (byte) 'x');
            try (OutputStream out = exchange.getResponseBody()) {
                while (true) {
                    out.write(piece);
                    out.flush();
                    Thread.sleep(every);
                }
            } catch (IOException | InterruptedException gone) {
                // the client went away, or the server stops
            }
        });
        server.start();
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/feed.tsv";
    }

    /** A local server answering every request {@code status}, with {@code location} as its Location when given. */
    private String answering(int status, String location) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            if (location != null) {
                exchange.getResponseHeaders().add("Location", location);
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/feed.tsv";
    }

    private GuardedFeedFetcher fetcher(Duration readTimeout, List<String> allowedHosts, Duration deadline,
                                       DataSize minRate, Duration minRateWindow) {
        return new GuardedFeedFetcher(new MarketplaceProperties(Path.of("target/feeds"), DataSize.ofMegabytes(1), 100,
                10, new MarketplaceProperties.Fetch(Duration.ofSeconds(1), readTimeout, 2, allowedHosts, deadline,
                minRate, minRateWindow, List.of()), new MarketplaceProperties.Uploads(DataSize.ofMegabytes(4),
                Duration.ofSeconds(1)), Duration.ofMinutes(10), 1, new MarketplaceProperties.Readers(1, 1, 0), Duration.ofMinutes(1)), checks);
    }
}
