package com.wizamart.ordering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;

import com.wizamart.ordering.spi.StockReservation;
import com.wizamart.support.ApiTest;
import com.wizamart.support.Fixtures;
import com.wizamart.support.Shop;
import com.wizamart.tenancy.Actor;

import tools.jackson.databind.JsonNode;

/**
 * Crash safety between the order's commit and inventory's reaction: inventory's listener fails (as if the instance
 * died), the publication stays in the registry, and the resubmission the recurring maintenance job does completes it
 * later; a publication delivered again after it had been applied changes nothing. Stock ends exact.
 */
@Import(OrderingRecoveryIntegrationTests.Flaky.class)
class OrderingRecoveryIntegrationTests extends ApiTest {

    private static final String LISTENER = "inventory.follow-order-status";

    @Autowired
    Flaky flaky;

    @Autowired
    FailedEventPublications failed;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aFailedStockReactionIsCompletedFromTheRegistryExactlyOnce() {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        Shop shop = new Shop(http, vendor);
        UUID product = shop.product("Smoked ham", "12.00", "17", 10);
        Fixtures.Session customer = fixtures.customer(vendor);
        UUID order = UUID.fromString(shop.buy(customer, product, 3).json().get("id").asString());
        for (String status : List.of("CONFIRMED", "PROCESSING")) {
            assertThat(shop.moveTo(order, status).status()).isEqualTo(200);
        }

        // shipping commits; inventory's listener dies on its first attempt
        flaky.failCommits.set(1);
        int attemptsBefore = flaky.commitAttempts.get();
        assertThat(shop.changeStatus(order, Map.of("status", "SHIPPED", "trackingNumber", "T-1")).status())
                .isEqualTo(200);
        await().atMost(Duration.ofSeconds(20)).until(() -> flaky.commitAttempts.get() > attemptsBefore);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(publicationStatus(order)).isEqualTo("FAILED"));
        JsonNode stock = shop.stock(product);
        assertThat(stock.get("quantity").asInt()).as("not sold yet").isEqualTo(10);
        assertThat(stock.get("reserved").asInt()).isEqualTo(3);

        // the maintenance job's resubmission completes it
        resubmit(order);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(publicationStatus(order)).isEqualTo("COMPLETED");
            JsonNode after = shop.stock(product);
            assertThat(after.get("quantity").asInt()).isEqualTo(7);
            assertThat(after.get("reserved").asInt()).isZero();
        });

        // delivered again (a crash after the listener's commit, before the registry noted it): nothing twice
        jdbc.sql("""
                update event_publication set status = 'FAILED', completion_date = null
                where listener_id = :listener and serialized_event like :order and serialized_event like '%SHIPPED%'""")
                .param("listener", LISTENER).param("order", "%" + order + "%").update();
        int attempts = flaky.commitAttempts.get();
        resubmit(order);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(flaky.commitAttempts.get()).isGreaterThan(attempts);
            assertThat(publicationStatus(order)).isEqualTo("COMPLETED");
        });
        assertThat(shop.stock(product).get("quantity").asInt()).isEqualTo(7);
        assertThat(shop.movements(product, "SALE")).hasSize(1);
    }

    private void resubmit(UUID order) {
        failed.resubmit(ResubmissionOptions.defaults().withMinAge(Duration.ZERO)
                .withFilter((EventPublication p) -> p.getEvent() instanceof OrderStatusChanged e
                        && e.orderId().equals(order)));
    }

    private String publicationStatus(UUID order) {
        return jdbc.sql("""
                select status from event_publication
                where listener_id = :listener and serialized_event like :order and serialized_event like '%SHIPPED%'""")
                .param("listener", LISTENER).param("order", "%" + order + "%").query(String.class).single();
    }

    /** Inventory's reservation port, made to fail on command (the listener "dies" mid-way). */
    @TestConfiguration
    static class Flaky {

        final AtomicInteger failCommits = new AtomicInteger();
        final AtomicInteger commitAttempts = new AtomicInteger();

        @Bean
        @Primary
        StockReservation flakyStockReservation(@Qualifier("reserving") StockReservation real) {
            return new StockReservation() {
                @Override
                public ReservationResult reserve(UUID vendorId, String orderReference, List<ReservationLine> lines) {
                    return real.reserve(vendorId, orderReference, lines);
                }

                @Override
                public ReservationResult fill(UUID vendorId, String orderReference, List<ReservationLine> lines,
                                              Actor actor) {
                    return real.fill(vendorId, orderReference, lines, actor);
                }

                @Override
                public void release(UUID vendorId, String orderReference, Actor actor) {
                    real.release(vendorId, orderReference, actor);
                }

                @Override
                public void commit(UUID vendorId, String orderReference, Actor actor) {
                    commitAttempts.incrementAndGet();
                    if (failCommits.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                        throw new IllegalStateException("instance died before inventory reacted (simulated)");
                    }
                    real.commit(vendorId, orderReference, actor);
                }

                @Override
                public void restock(UUID vendorId, String orderReference, Actor actor) {
                    real.restock(vendorId, orderReference, actor);
                }

                @Override
                public void restock(UUID vendorId, String orderReference, String restockReference,
                                    List<ReservationLine> lines, Actor actor) {
                    real.restock(vendorId, orderReference, restockReference, lines, actor);
                }

                @Override
                public void release(UUID vendorId, String orderReference, String releaseReference,
                                    List<ReservationLine> lines, Actor actor) {
                    real.release(vendorId, orderReference, releaseReference, lines, actor);
                }

                @Override
                public Map<UUID, Integer> available(UUID vendorId, Collection<UUID> productIds) {
                    return real.available(vendorId, productIds);
                }
            };
        }
    }
}
