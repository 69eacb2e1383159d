package com.wizamart.marketplace.adapter.out.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
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

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.255.0.1", "10.1.2.3", "172.16.0.1", "172.31.255.255", "192.168.1.1",
            "169.254.169.254", "169.254.0.1", "100.64.0.1", "100.127.255.254", "0.0.0.0", "224.0.0.1",
            "255.255.255.255", "::1", "::", "fe80::1", "fc00::1", "fd12:3456::1", "::ffff:127.0.0.1",
            "::ffff:169.254.169.254", "::ffff:10.0.0.1", "64:ff9b::a9fe:a9fe", "ff02::1"})
    void refusesAddressesInsideOurNetwork(String address) throws Exception {
        assertThat(GuardedFeedFetcher.isInternal(InetAddress.getByName(address))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.216.34", "8.8.8.8", "100.128.0.1", "172.32.0.1", "2a00:1450:4001:80b::200e",
            "::ffff:8.8.8.8"})
    void letsPublicAddressesThrough(String address) throws Exception {
        assertThat(GuardedFeedFetcher.isInternal(InetAddress.getByName(address))).isFalse();
    }

    // IPv4-translated ::ffff:0:0/96 (RFC 2765): the IPv4 address in the last 32 bits
    @ParameterizedTest
    @ValueSource(strings = {"::ffff:0:127.0.0.1", "::ffff:0:10.0.0.1", "::ffff:0:169.254.169.254",
            "::ffff:0:192.168.1.1", "::ffff:0:100.64.0.1"})
    void refusesIpv4TranslatedFormsOfInternalAddresses(String address) throws Exception {
        assertThat(GuardedFeedFetcher.isInternal(InetAddress.getByName(address))).isTrue();
    }

    // NAT64 well-known prefix 64:ff9b::/96 (RFC 6052): the IPv4 address in the last 32 bits
    @ParameterizedTest
    @ValueSource(strings = {"64:ff9b::127.0.0.1", "64:ff9b::10.0.0.1", "64:ff9b::172.16.0.1",
            "64:ff9b::169.254.169.254", "64:ff9b::192.168.1.1"})
    void refusesNat64FormsOfInternalAddresses(String address) throws Exception {
        assertThat(GuardedFeedFetcher.isInternal(InetAddress.getByName(address))).isTrue();
    }

    // NAT64 local-use prefix 64:ff9b:1::/48 (RFC 8215): our own translator, whatever it translates to
    @ParameterizedTest
    @ValueSource(strings = {"64:ff9b:1::808:808", "64:ff9b:1::1", "64:ff9b:1:ffff:ffff:ffff:ffff:ffff",
            "64:ff9b:1:808:8:800::", "64:ff9b:1::a00:1"})
    void refusesEveryNat64LocalUseAddress(String address) throws Exception {
        assertThat(GuardedFeedFetcher.isInternal(InetAddress.getByName(address))).isTrue();
    }

    // 6to4 2002::/16 (RFC 3056): the IPv4 address in bits 16-47
    @ParameterizedTest
    @ValueSource(strings = {"2002:7f00:1::1", "2002:a00:1::1", "2002:a9fe:a9fe::1", "2002:c0a8:101::1",
            "2002:ac10:1::", "2002:6440:1:1::1"})
    void refuses6to4FormsOfInternalAddresses(String address) throws Exception {
        assertThat(GuardedFeedFetcher.isInternal(InetAddress.getByName(address))).isTrue();
    }

    // Teredo 2001::/32 (RFC 4380): the server's IPv4 address in bits 32-63, the client's inverted in the last 32 bits
    @ParameterizedTest
    @ValueSource(strings = {
            "2001:0:808:808::80ff:fffe",         // client 127.0.0.1
            "2001:0:808:808::f5ff:fffe",         // client 10.0.0.1
            "2001:0:808:808::5601:5601",         // client 169.254.169.254
            "2001:0:808:808:8000:ffff:3f57:fefe", // client 192.168.1.1, with flags and port
            "2001:0:a00:1::f7f7:f7f7",           // server 10.0.0.1, client 8.8.8.8
            "2001:0:7f00:1::f7f7:f7f7"})         // server 127.0.0.1
    void refusesTeredoAddressesWithAnInternalServerOrClient(String address) throws Exception {
        assertThat(GuardedFeedFetcher.isInternal(InetAddress.getByName(address))).isTrue();
    }

    // the same forms around public IPv4 addresses stay public, as do addresses next to these prefixes
    @ParameterizedTest
    @ValueSource(strings = {"::ffff:0:8.8.8.8", "64:ff9b::8.8.8.8", "2002:808:808::1", "2001:0:808:808::f7f7:f7f7",
            "2001:db8:a00:1::1", "2003:a00:1::1", "64:ff9b:2::808:808"})
    void letsTheseFormsOfPublicAddressesThrough(String address) throws Exception {
        assertThat(GuardedFeedFetcher.isInternal(InetAddress.getByName(address))).isFalse();
    }

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

    private GuardedFeedFetcher fetcher(Duration readTimeout, List<String> allowedHosts, Duration deadline,
                                       DataSize minRate, Duration minRateWindow) {
        return new GuardedFeedFetcher(new MarketplaceProperties(Path.of("target/feeds"), DataSize.ofMegabytes(1), 100,
                10, new MarketplaceProperties.Fetch(Duration.ofSeconds(1), readTimeout, 2, allowedHosts, deadline,
                minRate, minRateWindow), new MarketplaceProperties.Uploads(DataSize.ofMegabytes(4),
                Duration.ofSeconds(1)), Duration.ofMinutes(10), 1, new MarketplaceProperties.Readers(1, 1, 0), Duration.ofMinutes(1)), checks);
    }
}
