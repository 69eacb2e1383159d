package com.wizamart.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;

import com.wizamart.resilience.support.Accounts;
import com.wizamart.resilience.support.Api;
import com.wizamart.resilience.support.BackgroundJobs;
import com.wizamart.resilience.support.Balancer;
import com.wizamart.resilience.support.Database;
import com.wizamart.resilience.support.Instance;
import com.wizamart.resilience.support.LetzshopFeed;

/**
 * Two instances on one database behind HAProxy (round robin, no stickiness), as a scaled-out deployment runs: what
 * one instance does, the other sees; what must happen once happens once. The instances and the balancer are shared
 * by the class (they take a while to start); each scenario makes its own vendors and accounts. The scenarios run in
 * a fixed order only so that the last one, which watches the recurring jobs over several periods, finds most of its
 * observation time already spent.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScaleOutTests {

    private static final Logger log = LoggerFactory.getLogger(ScaleOutTests.class);

    /** Set on the instances, so the scenarios know them. */
    private static final Duration PENDING_HOLD = Duration.ofSeconds(20);
    private static final Duration VENDOR_LOOKUP_TTL = Duration.ofSeconds(2);
    private static final int MAX_FAILURES_PER_ACCOUNT = 5;
    private static final String PLATFORM_DOMAIN = "wizamart.localhost";
    /**
     * How late a change may show beyond the routing cache's time to live: an entry's time counts from just before or
     * after its lookup, which takes a few milliseconds.
     */
    private static final Duration ROUTING_MARGIN = Duration.ofMillis(200);

    private static Path work;
    private static Database database;
    private static Instance one;
    private static Instance two;
    private static Balancer balancer;
    private static Api api;
    private static Accounts accounts;
    private static String admin;
    /** When the first instance was ready: its recurring jobs were registered by then. */
    private static Instant firstReady;

    @BeforeAll
    static void startTwoInstancesBehindTheBalancer() throws IOException {
        work = Path.of(System.getProperty("wizamart.resilience.work", "target/resilience"), "scale-out");
        FileSystemUtils.deleteRecursively(work);
        database = Database.create();
        // one after the other, as a rolling start does; the second finds the database migrated
        one = Instance.start("scale-1", database, work, settings("scale-1"));
        firstReady = Instant.now();
        two = Instance.start("scale-2", database, work, settings("scale-2"));
        balancer = Balancer.start(work, List.of(one, two));
        api = balancer.api();
        accounts = new Accounts(api);
        admin = accounts.admin();
    }

    private static Map<String, String> settings(String name) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("jobrunr.background-job-server.name", name);
        settings.put("wizamart.ordering.pending-hold", PENDING_HOLD.toSeconds() + "s");
        settings.put("wizamart.tenancy.vendor-lookup-ttl", VENDOR_LOOKUP_TTL.toMillis() + "ms");
        settings.put("wizamart.tenancy.platform-domain", PLATFORM_DOMAIN);
        settings.put("wizamart.identity.throttle.max-failures-per-account", String.valueOf(MAX_FAILURES_PER_ACCOUNT));
        // behind the balancer, as production runs: the client's address comes from X-Forwarded-For
        settings.put("server.forward-headers-strategy", "native");
        return settings;
    }

    @AfterAll
    static void stop() {
        for (AutoCloseable closeable : new AutoCloseable[] {balancer, one, two, database}) {
            try {
                if (closeable != null) {
                    closeable.close();
                }
            } catch (Exception e) {
                log.warn("Could not close {}", closeable, e);
            }
        }
    }

    @Test
    @Order(1)
    void theBalancerSpreadsRequestsOverBothInstances() {
        Accounts.Vendor vendor = accounts.vendor(admin);
        accounts.product(vendor, "9.90", 5);
        String path = "/api/v1/public/vendors/" + vendor.code() + "/products";
        Map<String, Double> before = productListings();
        Map<String, Integer> servedBy = new TreeMap<>();
        for (int i = 0; i < 20; i++) {
            Api.Response response = api.get(path, null);
            assertThat(response.status()).as(response.toString()).isEqualTo(200);
            servedBy.merge(response.header(Balancer.SERVED_BY), 1, Integer::sum);
        }
        log.info("20 catalog requests through the balancer, served by {}", servedBy);
        assertThat(servedBy).containsOnlyKeys(one.name(), two.name());
        assertThat(servedBy.values()).allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(5));
        // and each instance counted the ones the balancer says it served (its own metrics, not the header)
        Awaitility.await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            Map<String, Double> after = productListings();
            for (Instance instance : List.of(one, two)) {
                assertThat(after.get(instance.name()) - before.get(instance.name())).as(instance.name())
                        .isEqualTo(servedBy.get(instance.name()).doubleValue());
            }
        });
    }

    @Test
    @Order(2)
    void aTokenIssuedByOneInstanceWorksOnTheOther() {
        Accounts.Vendor vendor = accounts.vendor(admin);
        Api.Response login = one.api().post("/api/v1/vendor/auth/login", null, Map.of("email", vendor.ownerEmail(),
                "password", Accounts.PASSWORD, "vendorCode", vendor.code()));
        assertThat(login.status()).as(login.toString()).isEqualTo(200);
        String access = login.json().get("accessToken").asString();
        String refresh = login.json().get("refreshToken").asString();

        Api.Response me = two.api().get("/api/v1/vendor/me", access);
        assertThat(me.status()).as(me.toString()).isEqualTo(200);

        // the refresh token rotates on the other instance, and the new access token works back on the first
        Api.Response refreshed = two.api().post("/api/v1/auth/refresh", null, Map.of("refreshToken", refresh));
        assertThat(refreshed.status()).as(refreshed.toString()).isEqualTo(200);
        String rotated = refreshed.json().get("refreshToken").asString();
        assertThat(one.api().get("/api/v1/vendor/me", refreshed.json().get("accessToken").asString()).status())
                .isEqualTo(200);
        // the replaced token used again on the first instance is reuse: the session ends everywhere
        Api.Response reused = one.api().post("/api/v1/auth/refresh", null, Map.of("refreshToken", refresh));
        assertThat(reused.status()).as(reused.toString()).isEqualTo(401);
        Api.Response afterReuse = two.api().post("/api/v1/auth/refresh", null, Map.of("refreshToken", rotated));
        assertThat(afterReuse.status()).as(afterReuse.toString()).isEqualTo(401);

        // an admin token from the second instance works on the first
        String adminOfTwo = new Accounts(two.api()).admin();
        assertThat(one.api().get("/api/v1/admin/vendors?search=" + vendor.code(), adminOfTwo).status())
                .isEqualTo(200);
    }

    @Test
    @Order(3)
    void failedLoginsOnBothInstancesCountTowardsOneLock() {
        Accounts.Vendor vendor = accounts.vendor(admin);
        List<Instance> alternately = List.of(one, two);
        for (int i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++) {
            Api.Response failed = alternately.get(i % 2).api().post("/api/v1/vendor/auth/login", null,
                    Map.of("email", vendor.ownerEmail(), "password", "Wrong-Password-" + i, "vendorCode", vendor.code()));
            assertThat(failed.status()).as("failure %d: %s", i + 1, failed).isEqualTo(401);
        }
        // 3 failures on one instance and 2 on the other: locked on both, even with the right password
        for (Api instance : List.of(one.api(), two.api(), api)) {
            Api.Response locked = instance.post("/api/v1/vendor/auth/login", null, Map.of("email", vendor.ownerEmail(),
                    "password", Accounts.PASSWORD, "vendorCode", vendor.code()));
            assertThat(locked.status()).as(locked.toString()).isEqualTo(429);
            assertThat(locked.json().get("errorCode").asString()).isEqualTo("TOO_MANY_ATTEMPTS");
            assertThat(locked.header("Retry-After")).isNotBlank();
        }
    }

    @Test
    @Order(4)
    void aVendorDeactivatedOnOneInstanceStopsBeingServedByTheOtherWithinTheRoutingTimeToLive() throws Exception {
        List<String> observed = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            Accounts.Vendor vendor = accounts.vendor(admin);
            String path = "/api/v1/public/vendors/" + vendor.code() + "/products";
            Map<String, String> host = Map.of("Host", vendor.code() + "." + PLATFORM_DOMAIN);
            Api second = two.api();
            assertThat(second.get(path, null, host).status()).isEqualTo(200);

            // the second instance serves the shop all along, so it remembers the vendor when the change comes; each
            // request is noted with the moment it was sent and its answer
            List<long[]> requests = new CopyOnWriteArrayList<>();
            AtomicBoolean polling = new AtomicBoolean(true);
            ExecutorService poller = Executors.newSingleThreadExecutor();
            Future<?> polled = poller.submit(() -> {
                while (polling.get()) {
                    long sent = System.nanoTime();
                    requests.add(new long[] {sent, second.get(path, null, host).status()});
                    Thread.sleep(20);
                }
                return null;
            });
            Thread.sleep(VENDOR_LOOKUP_TTL.toMillis() + 300);

            long changeSent = System.nanoTime();
            Api.Response deactivated = one.api().put("/api/v1/admin/vendors/" + vendor.id() + "/status", admin,
                    Map.of("active", false));
            long changeAnswered = System.nanoTime();
            assertThat(deactivated.status()).as(deactivated.toString()).isEqualTo(200);
            // the instance that made the change forgets at once
            assertThat(one.api().get(path, null, host).status()).isEqualTo(404);

            // the change committed before it was answered: a request sent to instance 2 later than the time to live
            // (and the margin) after that must find the vendor gone; wait for a few of them
            long bound = changeAnswered + VENDOR_LOOKUP_TTL.plus(ROUTING_MARGIN).toNanos();
            Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50))
                    .until(() -> requests.stream().filter(r -> r[0] > bound).count() >= 3);
            polling.set(false);
            polled.get(10, TimeUnit.SECONDS);
            poller.shutdownNow();

            List<long[]> all = List.copyOf(requests);
            assertThat(all).allSatisfy(r -> assertThat(r[1]).isIn(200L, 404L));
            assertThat(all.stream().filter(r -> r[0] < changeSent)).as("before the change")
                    .allSatisfy(r -> assertThat(r[1]).isEqualTo(200L));
            assertThat(all.stream().filter(r -> r[0] > bound)
                    .map(r -> "sent after " + Duration.ofNanos(r[0] - changeSent).toMillis() + " ms: " + r[1]))
                    .as("requests sent to instance 2 more than %s after the change was answered",
                            VENDOR_LOOKUP_TTL.plus(ROUTING_MARGIN)).allSatisfy(r -> assertThat(r).endsWith(": 404"));
            long lastServed = all.stream().filter(r -> r[1] == 200).mapToLong(r -> r[0]).max().orElseThrow();
            long firstGone = all.stream().filter(r -> r[1] == 404).mapToLong(r -> r[0]).min().orElseThrow();
            observed.add("last 200 sent " + Duration.ofNanos(lastServed - changeSent).toMillis() + " ms, first 404 sent "
                    + Duration.ofNanos(firstGone - changeSent).toMillis() + " ms after the change was sent (answered after "
                    + Duration.ofNanos(changeAnswered - changeSent).toMillis() + " ms)");
            assertThat(second.get(path, null, Map.of()).status()).isEqualTo(404);
        }
        log.info("Vendor deactivated on instance 1, as instance 2 served it (time to live {}): {}", VENDOR_LOOKUP_TTL,
                observed);
    }

    @Test
    @Order(5)
    void concurrentCheckoutsOnBothInstancesNeverSellMoreThanTheStock() {
        int stock = 10;
        int customers = 32;
        Accounts.Vendor vendor = accounts.vendor(admin);
        UUID product = accounts.product(vendor, "19.90", stock);
        String shop = "/api/v1/public/vendors/" + vendor.code();
        List<String[]> shoppers = parallel(customers, 4, i -> {
            String token = accounts.customer(vendor.code(), database);
            String session = "session-" + UUID.randomUUID();
            Api.Response added = api.post(shop + "/cart/" + session + "/items", token,
                    Map.of("productId", product, "quantity", 1));
            assertThat(added.status()).as(added.toString()).isEqualTo(200);
            return new String[] {token, session};
        });

        List<Api.Response> checkouts = parallel(customers, customers, i -> api.post(shop + "/orders",
                shoppers.get(i)[0], Map.of("cartSessionId", shoppers.get(i)[1], "shippingAddress", address()),
                Map.of("Idempotency-Key", UUID.randomUUID().toString())));

        Map<String, Map<Integer, Long>> outcomes = checkouts.stream().collect(Collectors.groupingBy(
                r -> r.header(Balancer.SERVED_BY), TreeMap::new,
                Collectors.groupingBy(Api.Response::status, TreeMap::new, Collectors.counting())));
        log.info("{} concurrent checkouts of a product with {} units: {} (instance -> status -> count)", customers,
                stock, outcomes);
        assertThat(outcomes).containsOnlyKeys(one.name(), two.name());
        assertThat(checkouts).allSatisfy(r -> assertThat(r.status()).as(r.toString()).isIn(201, 409));
        assertThat(checkouts.stream().filter(r -> r.status() == 201)).hasSize(stock);
        assertThat(checkouts.stream().filter(r -> r.status() == 409))
                .allSatisfy(r -> assertThat(r.json().get("errorCode").asString()).isEqualTo("INSUFFICIENT_INVENTORY"));

        Set<String> placed = checkouts.stream().filter(r -> r.status() == 201)
                .map(r -> r.json().get("id").asString()).collect(Collectors.toSet());
        Set<String> placedNumbers = checkouts.stream().filter(r -> r.status() == 201)
                .map(r -> r.json().get("orderNumber").asString()).collect(Collectors.toSet());
        List<String> orders = database.rows("select o.id::text as id from ordering_orders o join ordering_order_lines l"
                + " on l.order_id = o.id where l.product_id = ?", product).stream()
                .map(r -> (String) r.get("id")).toList();
        assertThat(orders).containsExactlyInAnyOrderElementsOf(placed);
        // one reservation per order (under its number), of one unit; no reservation without an order
        List<String> reserved = database.rows("select order_reference from inventory_reservation_lines"
                + " where product_id = ? and quantity = 1", product).stream()
                .map(r -> (String) r.get("order_reference")).toList();
        assertThat(reserved).containsExactlyInAnyOrderElementsOf(placedNumbers);
        assertThat(database.count("select count(*) from inventory_movements where product_id = ?"
                + " and type = 'RESERVATION'", product)).isEqualTo(stock);
        // nothing sold yet: all units on hand, none of them reserved twice (pending orders past their hold may have
        // been cancelled meanwhile, each releasing its unit)
        Map<String, Object> row = database.rows("select on_hand, reserved from inventory_stock where product_id = ?",
                product).getFirst();
        long released = database.count("select count(*) from inventory_movements where product_id = ?"
                + " and type = 'RELEASE'", product);
        assertThat(row.get("on_hand")).isEqualTo(stock);
        assertThat(((Number) row.get("reserved")).longValue()).isEqualTo(stock - released);
    }

    @Test
    @Order(6)
    void eachImportRunsOnceOnOneInstance() {
        int rows = 3000;
        Map<String, Accounts.Vendor> jobs = new LinkedHashMap<>();
        Map<String, String> receivedBy = new LinkedHashMap<>();
        List<Accounts.Vendor> vendors = List.of(accounts.vendor(admin), accounts.vendor(admin),
                accounts.vendor(admin), accounts.vendor(admin));
        // uploaded one after the other: round robin hands them to the instances in turn
        for (Accounts.Vendor vendor : vendors) {
            Path feed = LetzshopFeed.write(work.resolve("uploads").resolve(vendor.code() + ".tsv"), vendor.code(),
                    rows, 0);
            Api.Response upload = api.upload("/api/v1/vendor/marketplace/import/upload?marketplace=letzshop"
                    + "&language=en", vendor.ownerToken(), "file", feed);
            assertThat(upload.status()).as(upload.toString()).isEqualTo(202);
            String job = upload.json().get("id").asString();
            jobs.put(job, vendor);
            receivedBy.put(job, upload.header(Balancer.SERVED_BY));
        }
        assertThat(Set.copyOf(receivedBy.values())).containsExactlyInAnyOrder(one.name(), two.name());

        Awaitility.await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).until(() ->
                jobs.entrySet().stream().allMatch(job -> Set.of("COMPLETED", "COMPLETED_WITH_ERRORS", "FAILED")
                        .contains(api.get("/api/v1/vendor/marketplace/jobs/" + job.getKey(), job.getValue()
                                .ownerToken()).json().get("status").asString())));

        BackgroundJobs background = new BackgroundJobs(database);
        Map<String, List<String>> ranOn = new LinkedHashMap<>();
        for (Map.Entry<String, Accounts.Vendor> job : jobs.entrySet()) {
            Map<String, Object> row = database.rows("select status, attempts, rows_processed, created_count"
                    + " from marketplace_import_jobs where id = ?::uuid", job.getKey()).getFirst();
            assertThat(row).containsEntry("status", "COMPLETED").containsEntry("attempts", 1)
                    .containsEntry("rows_processed", (long) rows).containsEntry("created_count", (long) rows);
            BackgroundJobs.Run run = background.job(job.getKey());
            assertThat(run.state()).isEqualTo("SUCCEEDED");
            assertThat(run.processedBy()).hasSize(1).first().isIn(one.name(), two.name());
            ranOn.put(job.getKey(), run.processedBy());
            assertThat(database.count("select count(*) from marketplace_staged_products where vendor_id = ?",
                    job.getValue().id())).isEqualTo(rows);
            // its completion was published once: one publication per listener, each completed
            List<Map<String, Object>> published = database.rows("select listener_id, count(*) as n,"
                    + " count(completion_date) as completed from event_publication"
                    + " where event_type like '%.ImportCompleted' and serialized_event like ? group by listener_id",
                    "%" + job.getKey() + "%");
            assertThat(published).isNotEmpty().allSatisfy(p -> {
                assertThat(p.get("n")).as("%s", p).isEqualTo(1L);
                assertThat(p.get("completed")).as("%s", p).isEqualTo(1L);
            });
        }
        log.info("Imports received by {} and run by {}", receivedBy, ranOn);
    }

    @Test
    @Order(7)
    void pendingOrdersPastTheirHoldAreCancelledOnceAndTheirStockReleasedOnce() {
        Accounts.Vendor vendor = accounts.vendor(admin);
        UUID product = accounts.product(vendor, "4.50", 10);
        String shop = "/api/v1/public/vendors/" + vendor.code();
        List<String> orders = new ArrayList<>();
        Map<String, String> numbers = new HashMap<>();
        for (int c = 0; c < 2; c++) {
            String token = accounts.customer(vendor.code(), database);
            for (int i = 0; i < 2; i++) {
                String session = "session-" + UUID.randomUUID();
                assertThat(api.post(shop + "/cart/" + session + "/items", token,
                        Map.of("productId", product, "quantity", 1)).status()).isEqualTo(200);
                Api.Response placed = api.post(shop + "/orders", token,
                        Map.of("cartSessionId", session, "shippingAddress", address()),
                        Map.of("Idempotency-Key", UUID.randomUUID().toString()));
                assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
                orders.add(placed.json().get("id").asString());
                numbers.put(placed.json().get("id").asString(), placed.json().get("orderNumber").asString());
            }
        }
        Instant placedAt = Instant.now();

        // the job runs every minute: an order is due within its hold plus a minute (and JobRunr's polling)
        Awaitility.await().atMost(PENDING_HOLD.plus(Duration.ofSeconds(90))).pollInterval(Duration.ofSeconds(1))
                .until(() -> database.count("select count(*) from inventory_movements where product_id = ?"
                        + " and type = 'RELEASE'", product) == orders.size());
        log.info("{} orders cancelled and released {} after they were placed (hold {})", orders.size(),
                Duration.between(placedAt, Instant.now()), PENDING_HOLD);
        for (String order : orders) {
            assertThat(database.rows("select from_status, to_status, actor_id from ordering_status_history"
                    + " where order_id = ?::uuid order by seq", order)).as(order)
                    .extracting(r -> r.get("from_status") + "->" + r.get("to_status"))
                    .containsExactly("null->PENDING", "PENDING->CANCELLED");
            assertThat(database.count("select count(*) from tenancy_audit_log where target_id = ?"
                    + " and action = 'ORDER_STATUS_CHANGED'", order)).as(order).isEqualTo(1);
            assertThat(database.count("select count(*) from inventory_movements where reference = ?"
                    + " and type = 'RELEASE'", numbers.get(order))).as(order).isEqualTo(1);
        }
        assertThat(database.rows("select on_hand, reserved from inventory_stock where product_id = ?", product))
                .containsExactly(Map.of("on_hand", 10, "reserved", 0));
    }

    @Test
    @Order(8)
    void recurringJobsRunOncePerPeriodAcrossBothInstances() throws InterruptedException {
        // long enough to see several periods (both instances' starts included), and time for the last run to end
        Instant observed = firstReady.plus(Duration.ofSeconds(150));
        Thread.sleep(Math.max(0, Duration.between(Instant.now(), observed.plusSeconds(15)).toMillis()));
        BackgroundJobs background = new BackgroundJobs(database);
        for (String id : List.of("ordering-cancel-overdue-pending-orders", "event-publications-resubmit-failed",
                "marketplace-requeue-stale-imports")) {
            List<BackgroundJobs.Run> runs = background.ofRecurring(id);
            List<BackgroundJobs.Run> due = runs.stream().filter(r -> !r.scheduledAt().isBefore(firstReady)
                    && r.scheduledAt().isBefore(observed)).toList();
            log.info("{}: {}", id, runs.stream().map(r -> r.scheduledAt() + " " + r.state() + " " + r.processedBy())
                    .toList());
            assertThat(due).as(id).hasSizeGreaterThanOrEqualTo(2);
            // each run was processed once, on one of the instances
            assertThat(due).as(id).allSatisfy(r -> {
                assertThat(r.state()).isEqualTo("SUCCEEDED");
                assertThat(r.processedBy()).hasSize(1).first().isIn(one.name(), two.name());
            });
            // one run per minute: no two runs within one period
            for (int i = 1; i < runs.size(); i++) {
                Duration gap = Duration.between(runs.get(i - 1).scheduledAt(), runs.get(i).scheduledAt());
                assertThat(gap).as("%s: runs due at %s and %s", id, runs.get(i - 1).scheduledAt(),
                        runs.get(i).scheduledAt()).isGreaterThanOrEqualTo(Duration.ofSeconds(59));
            }
            // and as many runs as periods went by while both instances ran
            long periods = Duration.between(firstReady, observed).toSeconds() / 60;
            assertThat(due).as(id).hasSizeBetween((int) periods, (int) periods + 1);
        }
    }

    private static Map<String, Object> address() {
        return Map.of("firstName", "Chris", "lastName", "Muller", "street", "12 Rue de la Gare",
                "postalCode", "L-1611", "city", "Luxembourg", "country", "LU");
    }

    /** Catalog listings each instance has answered, from its own metrics. */
    private static Map<String, Double> productListings() {
        Map<String, Double> counts = new LinkedHashMap<>();
        for (Instance instance : List.of(one, two)) {
            String metrics = instance.api().get("/actuator/prometheus", null).text();
            counts.put(instance.name(), metrics.lines()
                    .filter(l -> l.startsWith("http_server_requests_seconds_count{")
                            && l.contains("uri=\"/api/v1/public/vendors/{vendorCode}/products\"")
                            && l.contains("method=\"GET\""))
                    .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum());
        }
        return counts;
    }

    /** Runs {@code n} tasks on {@code threads} threads, started together; answers their results in order. */
    private static <T> List<T> parallel(int n, int threads, IntFunction<T> task) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    go.await();
                    return task.apply(index);
                }));
            }
            go.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(2, TimeUnit.MINUTES));
            }
            return results;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            pool.shutdownNow();
        }
    }
}
