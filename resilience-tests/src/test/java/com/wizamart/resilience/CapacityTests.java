package com.wizamart.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.DoubleSummaryStatistics;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;

import com.wizamart.resilience.support.Accounts;
import com.wizamart.resilience.support.Api;
import com.wizamart.resilience.support.Balancer;
import com.wizamart.resilience.support.Database;
import com.wizamart.resilience.support.Instance;

/**
 * What one instance and two instances behind the balancer serve on this machine: requests per second of a cheap
 * public catalog GET (one product, measured with {@code wrk}) and orders per second of checkouts (a Java loop: each
 * client adds one unit to its cart and places the order), each with a fixed number of concurrent clients, for
 * {@value #SECONDS} s after a warm-up, {@value #REPETITIONS} times. It takes about ten minutes, so it runs only when
 * asked ({@code it/capacity.sh}, or {@code -Dwizamart.capacity=true}); the figures go to the log and to
 * {@code target/resilience/capacity/capacity.md}. It asserts only that the load was served (no errors): the figures
 * are for docs/operations.md ("Capacity"), to be read with the machine they were measured on.
 */
@EnabledIfSystemProperty(named = "wizamart.capacity", matches = "true")
class CapacityTests {

    private static final Logger log = LoggerFactory.getLogger(CapacityTests.class);

    private static final int SECONDS = Integer.getInteger("wizamart.capacity.seconds", 30);
    private static final int REPETITIONS = Integer.getInteger("wizamart.capacity.repetitions", 3);
    private static final int WARM_UP_SECONDS = 10;
    private static final int GET_CONNECTIONS = 32;
    private static final int CHECKOUT_CLIENTS = 16;
    /** The customers' tokens are made once, before the first measurement, and must last until the last. */
    private static final Map<String, String> SETTINGS = Map.of("wizamart.identity.tokens.access-token-ttl", "1h");

    private final List<String> report = new ArrayList<>();
    private Path reportFile;

    @Test
    void oneInstanceAndTwoInstancesBehindTheBalancer() throws Exception {
        Path work = Path.of(System.getProperty("wizamart.resilience.work", "target/resilience"), "capacity");
        FileSystemUtils.deleteRecursively(work);
        Files.createDirectories(work);
        reportFile = work.resolve("capacity.md");
        report("machine: " + Runtime.getRuntime().availableProcessors() + " cores, load average before: "
                + loadAverage());
        report("GET: wrk, " + GET_CONNECTIONS + " connections, 2 threads; checkouts: " + CHECKOUT_CLIENTS
                + " clients, each its own customer and product; " + REPETITIONS + " x " + SECONDS + " s after "
                + WARM_UP_SECONDS + " s of warm-up");
        try (Database database = Database.create()) {
            Instance one = Instance.start("capacity-1", database, work, SETTINGS);
            Instance two = null;
            try {
                Accounts accounts = new Accounts(one.api());
                Accounts.Vendor vendor = accounts.vendor(accounts.admin());
                UUID product = accounts.product(vendor, "9.90", 100);
                String get = "/api/v1/public/vendors/" + vendor.code() + "/products/" + product;
                List<Shopper> shoppers = new ArrayList<>();
                for (int i = 0; i < CHECKOUT_CLIENTS; i++) {
                    shoppers.add(new Shopper(vendor.code(), accounts.customer(vendor.code(), database),
                            accounts.product(vendor, "4.90", 10_000_000)));
                }

                measureGets("one instance, direct", one.baseUrl() + get);
                try (Balancer balancer = Balancer.start(work.resolve("one"), List.of(one))) {
                    measureGets("one instance behind HAProxy", balancer.baseUrl() + get);
                    measureCheckouts("one instance behind HAProxy", balancer.api(), shoppers);
                }
                two = Instance.start("capacity-2", database, work, SETTINGS);
                try (Balancer balancer = Balancer.start(work.resolve("two"), List.of(one, two))) {
                    measureGets("two instances behind HAProxy", balancer.baseUrl() + get);
                    measureCheckouts("two instances behind HAProxy", balancer.api(), shoppers);
                }
            } finally {
                one.close();
                if (two != null) {
                    two.close();
                }
            }
        }
        report("load average after: " + loadAverage());
        log.info("Capacity:\n{}", String.join("\n", report));
    }

    private void measureGets(String setup, String url) {
        wrk(url, WARM_UP_SECONDS);
        List<Double> rates = new ArrayList<>();
        List<String> p99 = new ArrayList<>();
        for (int i = 0; i < REPETITIONS; i++) {
            String out = wrk(url, SECONDS);
            // every answer a 200, every connection kept (wrk counts answers slower than its --timeout apart)
            assertThat(out).as(out).doesNotContain("Non-2xx").doesNotContainPattern("connect [1-9]|read [1-9]|write [1-9]");
            rates.add(Double.parseDouble(find(out, "Requests/sec:\\s+([0-9.]+)")));
            p99.add(find(out, "\\s99%\\s+(\\S+)"));
        }
        report(line(setup, "catalog GET", "requests/s", rates) + ", p99 latency " + p99 + ", load average after "
                + loadAverage().split(" ")[0]);
    }

    private void measureCheckouts(String setup, Api api, List<Shopper> shoppers) throws Exception {
        checkouts(api, shoppers, WARM_UP_SECONDS);
        List<Double> rates = new ArrayList<>();
        for (int i = 0; i < REPETITIONS; i++) {
            rates.add(checkouts(api, shoppers, SECONDS) / (double) SECONDS);
        }
        report(line(setup, "checkouts", "orders/s", rates) + ", load average after " + loadAverage().split(" ")[0]);
    }

    /** Every shopper adds one unit and checks out, again and again, for {@code seconds}; answers the orders placed. */
    private static long checkouts(Api api, List<Shopper> shoppers, int seconds) throws Exception {
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicLong placed = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(shoppers.size());
        try {
            List<Future<?>> clients = new ArrayList<>();
            for (Shopper shopper : shoppers) {
                clients.add(pool.submit(() -> {
                    String shop = "/api/v1/public/vendors/" + shopper.vendorCode();
                    String session = "capacity-" + UUID.randomUUID();
                    while (running.get()) {
                        Api.Response added = api.post(shop + "/cart/" + session + "/items", shopper.token(),
                                Map.of("productId", shopper.product(), "quantity", 1));
                        assertThat(added.status()).as(added.toString()).isEqualTo(200);
                        Api.Response order = api.post(shop + "/orders", shopper.token(), Map.of("cartSessionId",
                                session, "shippingAddress", Map.of("firstName", "Chris", "lastName", "Muller",
                                        "street", "12 Rue de la Gare", "postalCode", "L-1611", "city", "Luxembourg",
                                        "country", "LU")), Map.of("Idempotency-Key", UUID.randomUUID().toString()));
                        assertThat(order.status()).as(order.toString()).isEqualTo(201);
                        if (running.get()) {
                            placed.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            Thread.sleep(Duration.ofSeconds(seconds));
            long count = placed.get();
            running.set(false);
            for (Future<?> client : clients) {
                client.get(1, TimeUnit.MINUTES);
            }
            return count;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Adds a line to the report, written at once (a measurement that fails later keeps what it measured). */
    private void report(String line) {
        report.add(line);
        log.info(line);
        try {
            Files.write(reportFile, report);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String wrk(String url, int seconds) {
        try {
            Process wrk = new ProcessBuilder("wrk", "-t2", "-c" + GET_CONNECTIONS, "-d" + seconds + "s", "--latency",
                    "--timeout", "10s", url).redirectErrorStream(true).start();
            String out = new String(wrk.getInputStream().readAllBytes());
            if (!wrk.waitFor(seconds + 30L, TimeUnit.SECONDS) || wrk.exitValue() != 0) {
                throw new IllegalStateException("wrk failed: " + out);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("wrk is missing? (apt-get install wrk)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String line(String setup, String what, String unit, List<Double> values) {
        DoubleSummaryStatistics stats = values.stream().mapToDouble(Double::doubleValue).summaryStatistics();
        return String.format(Locale.ROOT, "%s, %s: %.0f %s (runs: %s; min %.0f, max %.0f)", setup, what,
                stats.getAverage(), unit, values.stream().map(v -> String.format(Locale.ROOT, "%.0f", v)).toList(),
                stats.getMin(), stats.getMax());
    }

    private static String find(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("No " + regex + " in:\n" + text);
        }
        return m.group(1);
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }

    private record Shopper(String vendorCode, String token, UUID product) {
    }
}
