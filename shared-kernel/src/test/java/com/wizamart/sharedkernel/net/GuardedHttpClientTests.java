package com.wizamart.sharedkernel.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import com.wizamart.sharedkernel.net.RefusedRequestException.Reason;

/**
 * The guard against a local stand-in on 127.0.0.1, which the tests' policy allows (as the platform's test profile
 * does); every other internal address stays refused, and is never contacted.
 */
class GuardedHttpClientTests {

    private final GuardedHttpClient client = client(OutboundAddressPolicy.allowing(List.of("127.0.0.1")));
    private final List<String> requested = new CopyOnWriteArrayList<>();
    private HttpServer server;

    @AfterEach
    void stop() throws IOException {
        if (server != null) {
            server.stop(0);
        }
        client.close();
    }

    @Test
    void answersFromAnAllowedLocalServer() throws Exception {
        String base = serve();
        try (GuardedHttpClient.Exchange exchange = client.open(client.check(base + "/ok"), request -> { })) {
            assertThat(exchange.response().getCode()).isEqualTo(200);
            assertThat(EntityUtils.toString(exchange.response().getEntity())).isEqualTo("fine");
            assertThat(exchange.uri()).isEqualTo(URI.create(base + "/ok"));
        }
    }

    @Test
    void followsRedirectsToAllowedAddressesPreparingEachHop() throws Exception {
        String base = serve();
        List<String> hops = new CopyOnWriteArrayList<>();
        try (GuardedHttpClient.Exchange exchange = client.open(client.check(base + "/redirect?to=/moved"), request -> {
            hops.add(request.getPath());
            request.setHeader("X-Hop", "yes");
        })) {
            assertThat(exchange.response().getCode()).isEqualTo(200);
            assertThat(exchange.uri()).isEqualTo(URI.create(base + "/moved"));
        }
        assertThat(hops).containsExactly("/redirect?to=/moved", "/moved");
        assertThat(requested).containsExactly("/redirect yes", "/moved yes");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://10.0.0.1/", "http://169.254.169.254/latest/meta-data/", "http://192.168.1.1/",
            "http://[::ffff:169.254.169.254]/", "http://127.0.0.2/", "http://[::1]/"})
    void refusesARedirectToAnInternalAddressBeforeRequestingIt(String location) throws Exception {
        String base = serve();
        List<String> hops = new CopyOnWriteArrayList<>();
        assertThatThrownBy(() -> client.open(client.check(base + "/redirect?to=" + encode(location)),
                request -> hops.add(request.getPath())))
                .isInstanceOf(RefusedRequestException.class)
                .extracting(e -> ((RefusedRequestException) e).reason()).isEqualTo(Reason.ADDRESS_NOT_ALLOWED);
        assertThat(hops).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"file:///etc/passwd", "ftp://127.0.0.1/a.jpg", "gopher://127.0.0.1/"})
    void refusesARedirectToAnotherScheme(String location) throws Exception {
        String base = serve();
        assertThatThrownBy(() -> client.open(client.check(base + "/redirect?to=" + encode(location)), request -> { }))
                .isInstanceOf(RefusedRequestException.class)
                .extracting(e -> ((RefusedRequestException) e).reason()).isEqualTo(Reason.SCHEME_NOT_ALLOWED);
    }

    @Test
    void followsOnlySoManyRedirects() throws Exception {
        String base = serve();
        assertThatThrownBy(() -> client.open(client.check(base + "/loop"), request -> { }))
                .isInstanceOf(RefusedRequestException.class)
                .extracting(e -> ((RefusedRequestException) e).reason()).isEqualTo(Reason.TOO_MANY_REDIRECTS);
        assertThat(requested).hasSize(client.maxRedirects() + 1);
    }

    @Test
    void aNotModifiedAnswerIsNoRedirect() throws Exception {
        String base = serve();
        try (GuardedHttpClient.Exchange exchange = client.open(client.check(base + "/not-modified"), request -> { })) {
            assertThat(exchange.response().getCode()).isEqualTo(304);
            assertThat(exchange.uri()).isEqualTo(URI.create(base + "/not-modified"));
        }
        assertThat(requested).containsExactly("/not-modified null");
    }

    @Test
    void theConnectionItselfIsRefusedWhenTheCheckWasSkipped() throws Exception {
        String base = serve();
        try (GuardedHttpClient strict = client(OutboundAddressPolicy.refusingInternalAddresses())) {
            assertThatThrownBy(() -> strict.open(URI.create(base + "/ok"), request -> { }))
                    .isInstanceOf(RefusedRequestException.class)
                    .extracting(e -> ((RefusedRequestException) e).host()).isEqualTo("127.0.0.1");
        }
        assertThat(requested).isEmpty();
    }

    @Test
    void aServerThatIsNotThereFailsTheExchange() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            port = socket.getLocalPort();
        }
        URI uri = URI.create("http://127.0.0.1:" + port + "/gone");
        assertThatThrownBy(() -> client.open(uri, request -> { }))
                .isInstanceOf(GuardedHttpClient.ExchangeFailedException.class)
                .extracting(e -> ((GuardedHttpClient.ExchangeFailedException) e).uri()).isEqualTo(uri);
    }

    @Test
    @Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aServerThatDoesNotAnswerIsGivenUpAfterTheReadTimeout() throws Exception {
        String base = serve();
        long started = System.nanoTime();
        assertThatThrownBy(() -> client.open(client.check(base + "/silent"), request -> { }))
                .isInstanceOf(GuardedHttpClient.ExchangeFailedException.class)
                .extracting(e -> ((GuardedHttpClient.ExchangeFailedException) e).failure())
                .isInstanceOf(SocketTimeoutException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isBetween(Duration.ofMillis(900),
                Duration.ofSeconds(5));
    }

    @Test
    void refusesNonsensicalSettings() {
        GuardedHttpClient.Builder builder = GuardedHttpClient.builder(OutboundAddressPolicy.refusingInternalAddresses());
        assertThatThrownBy(() -> builder.readTimeout(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.connectTimeout(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.maxRedirects(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    private static GuardedHttpClient client(OutboundAddressPolicy policy) {
        return GuardedHttpClient.builder(policy).connectTimeout(Duration.ofSeconds(2))
                .readTimeout(Duration.ofSeconds(1)).maxRedirects(2).userAgent("test").build();
    }

    /** The stand-in: /ok, /redirect?to=..., /moved, /loop (to itself), /not-modified (with a Location), /silent. */
    private String serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread thread = new Thread(r, "guarded-client-stand-in");
            thread.setDaemon(true);
            return thread;
        }));
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            requested.add(path + " " + exchange.getRequestHeaders().getFirst("X-Hop"));
            switch (path) {
                case "/ok", "/moved" -> answer(exchange, 200, "fine");
                case "/redirect" -> redirect(exchange, 302, URLDecoder.decode(
                        exchange.getRequestURI().getRawQuery().substring(3), StandardCharsets.UTF_8));
                case "/loop" -> redirect(exchange, 307, "/loop");
                case "/not-modified" -> redirect(exchange, 304, "/moved");
                case "/silent" -> {
                    try {
                        Thread.sleep(Duration.ofSeconds(30));
                    } catch (InterruptedException stopped) {
                        Thread.currentThread().interrupt();
                    }
                    exchange.close();
                }
                default -> answer(exchange, 404, "no");
            }
        });
        server.start();
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private static String encode(String location) {
        return URLEncoder.encode(location, StandardCharsets.UTF_8);
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static void redirect(HttpExchange exchange, int status, String location) throws IOException {
        exchange.getResponseHeaders().add("Location", location);
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }
}
