package com.wizamart.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.wizamart.resilience.support.Accounts;
import com.wizamart.resilience.support.Api;
import com.wizamart.resilience.support.Instance;

/**
 * An instance dies (SIGKILL) while several customers check out one hot product; another starts on the same database.
 * Every order that was answered 201 exists once, every order has its reservation and every reservation its order,
 * the stock row equals the sum of its movements, a checkout whose response was lost answers its order again (the
 * same {@code Idempotency-Key}), and every event publication completes: those the dead instance left unfinished
 * through the staleness monitor and the recurring resubmission job, as in production, only with shorter intervals.
 * What the listeners keep then agrees with the orders and the stock: units sold counted once per order, and the
 * available quantity the catalog shows is inventory's (a resubmitted event must not put back an older figure).
 */
class CheckoutCrashTests extends CrashScenario {

    private static final int STOCK = 200;
    private static final int CLIENTS = 6;
    private static final int KILL_AFTER_ORDERS = STOCK / 2;

    /**
     * Production's mechanism with shorter times: a publication still unfinished 30 s after it was published is stale
     * (the monitor looks every 2 s), and the resubmission job runs every 5 s (JobRunr's shortest) for publications at
     * least 5 s old. 30 s is longer than a restart, so, as in production, the customers' retries after the restart
     * come before the resubmissions of what the dead instance left unfinished.
     */
    private static final Map<String, String> SETTINGS = Map.of(
            "spring.modulith.events.staleness.check-interval", "2s",
            "spring.modulith.events.staleness.published", "30s",
            "spring.modulith.events.staleness.processing", "30s",
            "spring.modulith.events.staleness.resubmitted", "30s",
            "wizamart.events.resubmission.schedule", "*/5 * * * * *",
            "wizamart.events.resubmission.min-age", "PT5S");

    /** One checkout as its client saw it: the answer, or none (the connection broke: the response is lost). */
    private record Attempt(String token, String key, Map<String, Object> body, Api.Response response) {

        boolean lost() {
            return response == null;
        }

        boolean placed() {
            return response != null && response.status() == 201;
        }

        UUID orderId() {
            return UUID.fromString(response.json().get("id").asString());
        }
    }

    @Test
    void checkoutsInterruptedByAKillLeaveEveryOrderOnceWithItsReservationAndExactStock() {
        scenario(() -> {
            Instant begin = Instant.now();
            Instance first = start("checkout-1", SETTINGS);
            Accounts accounts = new Accounts(first.api());
            Accounts.Vendor vendor = accounts.vendor(accounts.admin());
            UUID product = accounts.product(vendor, "19.90", STOCK);
            List<String> customers = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                customers.add(accounts.customer(vendor.code(), database));
            }
            log("first instance up, vendor, hot product and " + CLIENTS + " customers after " + seconds(begin));

            String shop = "/api/v1/public/vendors/" + vendor.code();
            ConcurrentLinkedQueue<Attempt> attempts = new ConcurrentLinkedQueue<>();
            AtomicInteger placed = new AtomicInteger();
            AtomicBoolean stop = new AtomicBoolean();
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            List<Future<?>> running = new ArrayList<>();
            for (String token : customers) {
                running.add(clients.submit(
                        () -> checkOutUntilStopped(first.api(), shop, token, product, attempts, placed, stop)));
            }
            await(KILL_AFTER_ORDERS + " orders to be placed", Duration.ofSeconds(90), Duration.ofMillis(10),
                    () -> placed.get() >= KILL_AFTER_ORDERS ? true : null);
            first.kill();
            log("killed checkout-1 at " + placed.get() + " orders answered 201, after " + seconds(begin));
            stop.set(true);
            clients.shutdown();
            try {
                assertThat(clients.awaitTermination(90, TimeUnit.SECONDS)).as("clients ended").isTrue();
                for (Future<?> client : running) {
                    client.get();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } catch (ExecutionException e) {
                throw new AssertionError("a client failed: " + e.getCause(), e.getCause());
            }
            List<UUID> unfinished = database.rows("select id from event_publication where completion_date is null")
                    .stream().map(r -> (UUID) r.get("id")).toList();
            List<Attempt> before = List.copyOf(attempts);
            List<Attempt> lost = before.stream().filter(Attempt::lost).toList();
            log(before.size() + " checkouts sent, " + before.stream().filter(Attempt::placed).count()
                    + " answered 201, " + lost.size() + " lost; " + unfinished.size()
                    + " event publications unfinished at the kill");
            assertThat(before.stream().filter(a -> !a.lost() && !a.placed()).toList())
                    .as("checkouts answered otherwise than 201 before the kill (stock was not exhausted)").isEmpty();

            Instance second = start("checkout-2", SETTINGS);
            log("second instance up after " + seconds(begin));
            Api api = second.api();

            // the lost checkouts again, with their keys: each answers the order it placed, or places it now
            List<Attempt> retries = new ArrayList<>();
            for (Attempt attempt : lost) {
                UUID committed = orderOfKey(attempt.key());
                Api.Response again = api.post(shop + "/orders", attempt.token(), attempt.body(),
                        Map.of("Idempotency-Key", attempt.key()));
                Attempt retry = new Attempt(attempt.token(), attempt.key(), attempt.body(), again);
                retries.add(retry);
                assertThat(again.status()).as("retried checkout %s: %s", attempt.key(), again).isEqualTo(201);
                if (committed != null) {
                    assertThat(retry.orderId()).as("retry of %s, whose order committed before the kill", attempt.key())
                            .isEqualTo(committed);
                    assertThat(again.header("Idempotent-Replayed")).as("replay header of %s", attempt.key())
                            .isEqualTo("true");
                } else {
                    assertThat(again.header("Idempotent-Replayed")).as("replay header of %s (placed now)",
                            attempt.key()).isNull();
                }
            }
            // a response lost on the way back looks the same to the server as a client that never got it: send one
            // that was answered before the kill again; the new instance answers the same order, places none
            Attempt answered = before.stream().filter(Attempt::placed).findFirst().orElseThrow();
            Api.Response replay = api.post(shop + "/orders", answered.token(), answered.body(),
                    Map.of("Idempotency-Key", answered.key()));
            assertThat(replay.status()).as("checkout %s sent again after the restart: %s", answered.key(), replay)
                    .isEqualTo(201);
            assertThat(UUID.fromString(replay.json().get("id").asString()))
                    .as("order answered to checkout %s sent again", answered.key()).isEqualTo(answered.orderId());
            assertThat(replay.header("Idempotent-Replayed")).as("replay header").isEqualTo("true");
            log(retries.size() + " lost checkouts retried ("
                    + retries.stream().filter(r -> "true".equals(r.response().header("Idempotent-Replayed"))).count()
                    + " had committed), after " + seconds(begin));

            // every publication completes, those left by the dead instance through the registry's resubmission
            await("every event publication to complete", Duration.ofSeconds(90), Duration.ofMillis(500),
                    () -> database.count("select count(*) from event_publication where completion_date is null") == 0
                            ? true : null);
            log("all event publications completed after " + seconds(begin));

            Set<UUID> answered201 = new HashSet<>();
            before.stream().filter(Attempt::placed).forEach(a -> answered201.add(a.orderId()));
            retries.forEach(r -> answered201.add(r.orderId()));
            verify(vendor.id(), product, answered201, unfinished);
            log("verified after " + seconds(begin));
        });
    }

    /** A client: one product into a fresh cart session, checkout with a new key, again, until told to stop. */
    private static void checkOutUntilStopped(Api api, String shop, String token, UUID product,
                                             ConcurrentLinkedQueue<Attempt> attempts, AtomicInteger placed,
                                             AtomicBoolean stop) {
        while (!stop.get()) {
            String session = "session-" + UUID.randomUUID();
            try {
                Api.Response added = api.post(shop + "/cart/" + session + "/items", token,
                        Map.of("productId", product, "quantity", 1));
                if (added.status() != 200) {
                    throw new AssertionError("adding to the cart answered " + added);
                }
            } catch (UncheckedIOException connectionBroke) {
                return;
            }
            String key = UUID.randomUUID().toString();
            Map<String, Object> body = Map.of("cartSessionId", session, "shippingAddress", address());
            Api.Response response;
            try {
                response = api.post(shop + "/orders", token, body, Map.of("Idempotency-Key", key));
            } catch (UncheckedIOException connectionBroke) {
                attempts.add(new Attempt(token, key, body, null));
                return;
            }
            attempts.add(new Attempt(token, key, body, response));
            if (response.status() == 201) {
                placed.incrementAndGet();
            } else {
                return;
            }
        }
    }

    private void verify(UUID vendorId, UUID product, Set<UUID> answered201, List<UUID> unfinishedAtKill) {
        // orders: exactly those answered 201, each once, each with its key
        List<UUID> orders = database.rows("select id from ordering_orders where vendor_id = ?", vendorId).stream()
                .map(r -> (UUID) r.get("id")).toList();
        assertThat(orders).as("orders in the database vs. orders answered 201").doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(answered201);
        assertThat(database.count("select count(*) from ordering_order_lines where vendor_id = ? and product_id = ?"
                + " and quantity = 1", vendorId, product)).as("order lines (one unit of the hot product each)")
                .isEqualTo(orders.size());
        assertThat(database.count("""
                select count(*) from ordering_idempotency_keys k where vendor_id = ?
                  and exists (select 1 from ordering_orders o where o.id = k.order_id)""", vendorId))
                .as("idempotency keys, each pointing to an order").isEqualTo(orders.size());
        assertThat(database.count("select count(distinct order_id) from ordering_idempotency_keys where vendor_id = ?",
                vendorId)).as("orders pointed to by keys").isEqualTo(orders.size());
        assertThat(orders.size()).as("orders placed never exceed the stock").isLessThanOrEqualTo(STOCK);

        // reservations: one per order, none without its order
        assertThat(database.count("""
                select count(*) from ordering_orders o where o.vendor_id = ? and not exists (
                  select 1 from inventory_reservations r where r.vendor_id = o.vendor_id
                    and r.order_reference = o.order_number and r.status = 'RESERVED')""", vendorId))
                .as("orders without an open reservation").isZero();
        assertThat(database.count("""
                select count(*) from inventory_reservations r where r.vendor_id = ? and not exists (
                  select 1 from ordering_orders o
                  where o.vendor_id = r.vendor_id and o.order_number = r.order_reference)""",
                vendorId)).as("reservations without an order").isZero();
        assertThat(database.count("""
                select coalesce(sum(l.quantity), 0) from inventory_reservation_lines l
                join inventory_reservations r using (vendor_id, order_reference)
                where l.vendor_id = ? and l.product_id = ? and r.status = 'RESERVED'""", vendorId, product))
                .as("units held by open reservations").isEqualTo(orders.size());

        // stock: the row equals the sum of its movements, and holds one unit per order
        Map<String, Object> stock = database.rows("""
                select s.on_hand, s.reserved,
                  (select coalesce(sum(quantity), 0) from inventory_movements m where m.vendor_id = s.vendor_id
                     and m.product_id = s.product_id and m.location_id = s.location_id
                     and m.type in ('RECEIPT', 'ADJUSTMENT', 'SALE', 'RETURN', 'IMPORT')) as on_hand_moved,
                  (select coalesce(sum(quantity), 0) from inventory_movements m where m.vendor_id = s.vendor_id
                     and m.product_id = s.product_id and m.location_id = s.location_id
                     and m.type in ('RESERVATION', 'RELEASE')) as reserved_moved,
                  (select count(*) from inventory_movements m where m.vendor_id = s.vendor_id
                     and m.product_id = s.product_id and m.type = 'RESERVATION') as reservations_moved,
                  (select on_hand_after || '/' || reserved_after from inventory_movements m
                     where m.vendor_id = s.vendor_id and m.product_id = s.product_id
                       and m.location_id = s.location_id order by seq desc limit 1) as last_after
                from inventory_stock s where s.vendor_id = ? and s.product_id = ?""", vendorId, product).getFirst();
        long onHand = ((Number) stock.get("on_hand")).longValue();
        long reserved = ((Number) stock.get("reserved")).longValue();
        assertThat(onHand).as("on hand = sum of on-hand movements (%s)", stock)
                .isEqualTo(((Number) stock.get("on_hand_moved")).longValue()).isEqualTo(STOCK);
        assertThat(reserved).as("reserved = sum of reservation movements (%s)", stock)
                .isEqualTo(((Number) stock.get("reserved_moved")).longValue()).isEqualTo(orders.size());
        assertThat(((Number) stock.get("reservations_moved")).longValue()).as("RESERVATION movements (one per order)")
                .isEqualTo(orders.size());
        assertThat(stock.get("last_after")).as("the last movement's figures are the row's")
                .isEqualTo(onHand + "/" + reserved);

        // events: every publication completed; those the dead instance left were resubmitted by the registry's job
        List<Map<String, Object>> publications = database.rows("""
                select listener_id, count(*) as total, count(*) filter (where completion_date is null) as unfinished,
                  count(*) filter (where completion_attempts > 1) as resubmitted
                from event_publication group by listener_id order by listener_id""");
        log("event publications per listener: " + publications);
        assertThat(publications.stream().mapToLong(r -> ((Number) r.get("unfinished")).longValue()).sum())
                .as("unfinished event publications: %s", publications).isZero();
        for (UUID left : unfinishedAtKill) {
            Map<String, Object> publication = database.rows("""
                    select listener_id, event_type, status, completion_date, completion_attempts, last_resubmission_date
                    from event_publication where id = ?""", left).getFirst();
            assertThat(publication.get("completion_date")).as("publication left unfinished by the kill: %s",
                    publication).isNotNull();
            assertThat(((Number) publication.get("completion_attempts")).intValue())
                    .as("attempts of the publication left unfinished by the kill (completed by a resubmission): %s",
                            publication).isGreaterThanOrEqualTo(2);
        }
        Map<String, Long> orderPlaced = database.rows("""
                select listener_id, count(*) as n from event_publication
                where event_type = 'com.wizamart.ordering.OrderPlaced' group by listener_id""").stream()
                .collect(Collectors.toMap(r -> (String) r.get("listener_id"), r -> ((Number) r.get("n")).longValue()));
        assertThat(orderPlaced).as("OrderPlaced publications per listener: one per order")
                .allSatisfy((listener, n) -> assertThat(n).as(listener).isEqualTo((long) orders.size()));

        // and what the listeners did: each order counted once in units sold, the shown stock is inventory's
        Map<String, Object> catalog = database.rows("""
                select units_sold, available_quantity from catalog_products where vendor_id = ? and id = ?""",
                vendorId, product).getFirst();
        assertThat(database.count("select count(*) from catalog_counted_orders where vendor_id = ?", vendorId))
                .as("orders counted by the catalog").isEqualTo(orders.size());
        // one unit per order that counts as a sale (ADR 0022: a pending order past its hold, cancelled, no longer does)
        assertThat(((Number) catalog.get("units_sold")).longValue()).as("units sold shown by the catalog")
                .isEqualTo(database.count("""
                        select count(*) from ordering_orders
                        where vendor_id = ? and status not in ('CANCELLED', 'REFUNDED')""", vendorId));
        assertThat(((Number) catalog.get("available_quantity")).longValue())
                .as("available quantity shown by the catalog = inventory's on hand - reserved")
                .isEqualTo(onHand - reserved);
    }

    private UUID orderOfKey(String key) {
        List<Map<String, Object>> rows = database.rows(
                "select order_id from ordering_idempotency_keys where idempotency_key = ?", key);
        return rows.isEmpty() ? null : (UUID) rows.getFirst().get("order_id");
    }

    private static Map<String, Object> address() {
        Map<String, Object> address = new LinkedHashMap<>();
        address.put("firstName", "Chris");
        address.put("lastName", "Muller");
        address.put("street", "12 Rue de la Gare");
        address.put("postalCode", "L-1611");
        address.put("city", "Luxembourg");
        address.put("country", "LU");
        return address;
    }
}
