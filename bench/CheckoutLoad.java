import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The checkout benchmark's client (bench/checkout-benchmark.sh runs it with `java bench/CheckoutLoad.java ...`; plain
 * JDK, no dependencies).
 *
 * <pre>
 * setup BASE ADMIN_EMAIL ADMIN_PASSWORD CUSTOMERS PRODUCTS HOT_STOCK SPREAD_STOCK OUT_DIR
 *     a vendor (through the admin API), its owner, one hot product with HOT_STOCK units, PRODUCTS products with
 *     SPREAD_STOCK units each, CUSTOMERS registered customers; writes vendor.txt, hot.txt, products.txt, tokens.txt
 * run BASE OUT_DIR hot|spread SECONDS
 *     one client per customer token; each loops: add one unit to its cart, POST /orders with a fresh
 *     Idempotency-Key. hot: every client buys the hot product until it is sold out (or SECONDS pass);
 *     spread: a random one of the PRODUCTS for SECONDS. Prints orders placed, 409s, errors, orders/s and latencies.
 * </pre>
 */
public class CheckoutLoad {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "setup" -> setup(args[1], args[2], args[3], Integer.parseInt(args[4]), Integer.parseInt(args[5]),
                    Integer.parseInt(args[6]), Integer.parseInt(args[7]), Path.of(args[8]));
            case "run" -> run(args[1], Path.of(args[2]), args[3], Integer.parseInt(args[4]));
            default -> throw new IllegalArgumentException("setup or run");
        }
    }

    static void setup(String base, String adminEmail, String adminPassword, int customers, int products, int hotStock,
                      int spreadStock, Path out) throws Exception {
        Files.createDirectories(out);
        String admin = field(post(base + "/api/v1/admin/auth/login", null, null,
                "{\"email\":\"" + adminEmail + "\",\"password\":\"" + adminPassword + "\"}", 200), "accessToken");
        String code = "bench" + Long.toString(System.currentTimeMillis() % 100000, 36);
        String vendor = post(base + "/api/v1/admin/vendors", admin, null, """
                {"code":"%s","name":"Bench shop","subdomain":"%s","businessEmail":"bench@%s.test",
                 "owner":{"email":"owner@%s.test","firstName":"Bench","lastName":"Owner"}}""".formatted(code, code, code, code), 201);
        String password = "bench-password-123";
        post(base + "/api/v1/auth/activation/" + field(vendor, "ownerActivationToken"), null, null,
                "{\"password\":\"" + password + "\"}", 204);
        String owner = field(post(base + "/api/v1/vendor/auth/login", null, null,
                "{\"email\":\"owner@%s.test\",\"password\":\"%s\",\"vendorCode\":\"%s\"}".formatted(code, password, code),
                200), "accessToken");
        Files.writeString(out.resolve("vendor.txt"), code + "\n" + field(vendor, "id") + "\n");
        Files.writeString(out.resolve("hot.txt"), product(base, owner, "HOT", hotStock) + "\n");
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= products; i++) {
            ids.add(product(base, owner, "P" + i, spreadStock));
        }
        Files.write(out.resolve("products.txt"), ids);
        List<String> tokens = new ArrayList<>();
        for (int i = 1; i <= customers; i++) {
            // a registration answers 202 alike for new and known emails; the customer confirms the address, then signs in
            post(base + "/api/v1/public/vendors/" + code + "/auth/register", null, null,
                    "{\"email\":\"c%d@%s.test\",\"password\":\"%s\",\"firstName\":\"C%d\",\"lastName\":\"Bench\"}"
                            .formatted(i, code, password, i), 202);
        }
        confirmAddresses(code);
        for (int i = 1; i <= customers; i++) {
            tokens.add(field(post(base + "/api/v1/public/vendors/" + code + "/auth/login", null, null,
                    "{\"email\":\"c%d@%s.test\",\"password\":\"%s\"}".formatted(i, code, password), 200),
                    "accessToken"));
        }
        Files.write(out.resolve("tokens.txt"), tokens);
        System.out.printf("vendor %s: 1 hot product (%d units), %d products (%d units each), %d customers%n", code,
                hotStock, products, spreadStock, customers);
    }

    /**
     * The bench customers' addresses count as confirmed (a customer signs in only after following the link mailed at
     * registration, ADR 0036): set directly in the bench's database ({@code BENCH_DATABASE_URL}, as a superuser).
     */
    private static void confirmAddresses(String code) throws Exception {
        String database = System.getenv("BENCH_DATABASE_URL");
        if (database == null || database.isBlank()) {
            throw new IllegalStateException("BENCH_DATABASE_URL must name the bench's database (psql URL)");
        }
        Process psql = new ProcessBuilder("psql", database, "-qc", "update identity_customers set email_verified_at = now()"
                + " where email like 'c%@" + code + ".test' and email_verified_at is null").inheritIO().start();
        if (psql.waitFor() != 0) {
            throw new IllegalStateException("psql could not confirm the bench customers' addresses");
        }
    }

    private static String product(String base, String owner, String sku, int stock) throws Exception {
        return field(post(base + "/api/v1/vendor/products", owner, null, """
                {"sku":"%s","name":"Bench product %s","price":12.90,"currency":"EUR","taxRate":17,
                 "initialQuantity":%d}""".formatted(sku, sku, stock), 201), "id");
    }

    static void run(String base, Path dir, String mode, int seconds) throws Exception {
        String code = Files.readAllLines(dir.resolve("vendor.txt")).get(0);
        List<String> tokens = Files.readAllLines(dir.resolve("tokens.txt"));
        List<String> products = mode.equals("hot") ? Files.readAllLines(dir.resolve("hot.txt"))
                : Files.readAllLines(dir.resolve("products.txt"));
        String shopPath = "/api/v1/public/vendors/" + code;
        AtomicLong placed = new AtomicLong();
        AtomicLong soldOut = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        AtomicBoolean stop = new AtomicBoolean();
        ConcurrentLinkedQueue<long[]> latencies = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> samples = new ConcurrentLinkedQueue<>();
        CountDownLatch done = new CountDownLatch(tokens.size());
        AtomicLong lastSuccessNanos = new AtomicLong();
        long start = System.nanoTime();
        long deadline = start + Duration.ofSeconds(seconds).toNanos();
        for (int c = 0; c < tokens.size(); c++) {
            String token = tokens.get(c);
            String session = "bench-session-" + c;
            Thread.ofPlatform().start(() -> {
                List<Long> mine = new ArrayList<>();
                try (Connection http = new Connection(URI.create(base), token)) {
                    // a customer has one cart per shop: start from an empty one (a refused checkout keeps its lines)
                    http.exchange("DELETE", shopPath + "/cart/" + session, null, null);
                    while (!stop.get() && System.nanoTime() < deadline) {
                        try {
                            String product = products.get(ThreadLocalRandom.current().nextInt(products.size()));
                            long t0 = System.nanoTime();
                            Reply added = http.exchange("POST", shopPath + "/cart/" + session + "/items", null,
                                    "{\"productId\":\"" + product + "\",\"quantity\":1}");
                            if (added.status() != 200) {
                                errors.incrementAndGet();
                                sample(samples, added);
                                clear(http, shopPath, session);
                                continue;
                            }
                            long t1 = System.nanoTime();
                            Reply order = http.exchange("POST", shopPath + "/orders", UUID.randomUUID().toString(),
                                    "{\"cartSessionId\":\"" + session + "\",\"shippingAddress\":{\"firstName\":\"Ben\","
                                            + "\"lastName\":\"Bench\",\"street\":\"1 Rue\",\"postalCode\":\"L-1234\","
                                            + "\"city\":\"Luxembourg\",\"country\":\"LU\"}}");
                            long t2 = System.nanoTime();
                            if (order.status() == 201) {
                                placed.incrementAndGet();
                                lastSuccessNanos.accumulateAndGet(t2, Math::max);
                                mine.add(t2 - t1);
                                mine.add(-(t2 - t0));
                            } else if (order.status() == 409 && order.body().contains("INSUFFICIENT_INVENTORY")) {
                                soldOut.incrementAndGet();
                                http.exchange("DELETE", shopPath + "/cart/" + session, null, null);
                                if (mode.equals("hot")) {
                                    break;
                                }
                            } else {
                                errors.incrementAndGet();
                                sample(samples, order);
                                clear(http, shopPath, session);
                            }
                        } catch (IOException e) {
                            // counted, and the client goes on over a fresh connection
                            errors.incrementAndGet();
                            if (samples.size() < 5) {
                                samples.add(e.toString());
                            }
                            clear(http, shopPath, session);
                        }
                    }
                } catch (Exception e) {
                    errors.incrementAndGet();
                    samples.add(e.toString());
                } finally {
                    latencies.add(mine.stream().mapToLong(Long::longValue).toArray());
                    done.countDown();
                }
            });
        }
        done.await();
        double elapsed = ((mode.equals("hot") && lastSuccessNanos.get() > 0 ? lastSuccessNanos.get()
                : System.nanoTime()) - start) / 1e9;
        long[] checkout = latencies.stream().flatMapToLong(Arrays::stream).filter(l -> l > 0).sorted().toArray();
        long[] cycle = latencies.stream().flatMapToLong(Arrays::stream).filter(l -> l < 0).map(l -> -l).sorted()
                .toArray();
        System.out.printf(Locale.ROOT, "mode=%s clients=%d orders=%d insufficient=%d errors=%d seconds=%.1f "
                        + "orders_per_s=%.0f checkout_p50_ms=%.1f checkout_p99_ms=%.1f cycle_p50_ms=%.1f cycle_p99_ms=%.1f%n",
                mode, tokens.size(), placed.get(), soldOut.get(), errors.get(), elapsed, placed.get() / elapsed,
                pct(checkout, 50), pct(checkout, 99), pct(cycle, 50), pct(cycle, 99));
        samples.stream().limit(3).forEach(s -> System.out.println("sample error: " + s));
    }

    /** Empties the customer's cart (after an error the cart may still hold the line, or hold it twice). */
    private static void clear(Connection http, String shopPath, String session) {
        try {
            http.exchange("DELETE", shopPath + "/cart/" + session, null, null);
        } catch (IOException e) {
            // the next add will tell
        }
    }

    private static void sample(ConcurrentLinkedQueue<String> samples, Reply reply) {
        if (samples.size() < 5) {
            samples.add(reply.status() + " " + reply.body());
        }
    }

    private static double pct(long[] sorted, int p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, sorted.length * p / 100)] / 1e6;
    }

    private static HttpResponse<String> send(String url, String token, String key, String json)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String post(String url, String token, String key, String json, int expected) throws Exception {
        HttpResponse<String> response = send(url, token, key, json);
        if (response.statusCode() != expected) {
            throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return m.group(1);
    }

    record Reply(int status, String body) {
    }

    /**
     * One customer's keep-alive HTTP/1.1 connection: a few lines over a plain socket instead of the JDK's HttpClient,
     * whose asynchronous machinery cost about as much CPU per order as the application itself on this machine (the
     * load client shares the two cores with the application and PostgreSQL; pgbench, the limit, is lean C).
     * Answers are read by {@code Content-Length} or chunked encoding; a {@code Connection: close} reconnects.
     */
    static final class Connection implements AutoCloseable {

        private final String host;
        private final int port;
        private final String authorization;
        private Socket socket;
        private InputStream in;
        private OutputStream out;

        Connection(URI base, String token) {
            this.host = base.getHost();
            this.port = base.getPort();
            this.authorization = "Bearer " + token;
        }

        /** Any failure closes the socket: the next exchange starts on a fresh connection. */
        Reply exchange(String method, String path, String idempotencyKey, String json) throws IOException {
            try {
                return exchangeOnce(method, path, idempotencyKey, json);
            } catch (IOException | RuntimeException e) {
                close();
                throw e instanceof IOException io ? io : new IOException(e);
            }
        }

        private Reply exchangeOnce(String method, String path, String idempotencyKey, String json) throws IOException {
            if (socket == null) {
                socket = new Socket(host, port);
                socket.setTcpNoDelay(true);
                socket.setSoTimeout(60_000);
                in = new BufferedInputStream(socket.getInputStream(), 16384);
                out = new BufferedOutputStream(socket.getOutputStream(), 8192);
            }
            byte[] body = json == null ? new byte[0] : json.getBytes(StandardCharsets.UTF_8);
            StringBuilder head = new StringBuilder(512).append(method).append(' ').append(path).append(" HTTP/1.1\r\n")
                    .append("Host: ").append(host).append(':').append(port).append("\r\n")
                    .append("Authorization: ").append(authorization).append("\r\n")
                    .append("Content-Length: ").append(body.length).append("\r\n");
            if (json != null) {
                head.append("Content-Type: application/json\r\n");
            }
            if (idempotencyKey != null) {
                head.append("Idempotency-Key: ").append(idempotencyKey).append("\r\n");
            }
            out.write(head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            String status = line();
            if (status == null) {
                throw new IOException("connection closed by the server");
            }
            int code = Integer.parseInt(status.substring(9, 12));
            int length = -1;
            boolean chunked = false;
            boolean close = false;
            for (String h = line(); h != null && !h.isEmpty(); h = line()) {
                String lower = h.toLowerCase(Locale.ROOT);
                if (lower.startsWith("content-length:")) {
                    length = Integer.parseInt(h.substring(15).trim());
                } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                    chunked = true;
                } else if (lower.startsWith("connection:") && lower.contains("close")) {
                    close = true;
                }
            }
            ByteArrayOutputStream content = new ByteArrayOutputStream();
            if (chunked) {
                for (int size = chunkSize(); size > 0; size = chunkSize()) {
                    content.write(exactly(size));
                    line();
                }
                for (String trailer = line(); trailer != null && !trailer.isEmpty(); trailer = line()) {
                    // trailers: none expected
                }
            } else if (length > 0) {
                content.write(exactly(length));
            }
            if (close) {
                close();
            }
            return new Reply(code, content.toString(StandardCharsets.UTF_8));
        }

        private int chunkSize() throws IOException {
            String size = line();
            if (size == null) {
                throw new IOException("connection closed inside a chunked body");
            }
            return Integer.parseInt(size.split(";")[0].trim(), 16);
        }

        private byte[] exactly(int n) throws IOException {
            byte[] bytes = in.readNBytes(n);
            if (bytes.length < n) {
                throw new IOException("connection closed after " + bytes.length + " of " + n + " bytes");
            }
            return bytes;
        }

        private String line() throws IOException {
            StringBuilder line = new StringBuilder(64);
            for (int c = in.read(); c != -1; c = in.read()) {
                if (c == '\n') {
                    int n = line.length();
                    return n > 0 && line.charAt(n - 1) == '\r' ? line.substring(0, n - 1) : line.toString();
                }
                line.append((char) c);
            }
            return line.isEmpty() ? null : line.toString();
        }

        @Override
        public void close() throws IOException {
            if (socket != null) {
                socket.close();
                socket = null;
            }
        }
    }
}
