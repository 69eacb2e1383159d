package com.wizamart.payments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import com.wizamart.support.Http;

import tools.jackson.databind.JsonNode;

/**
 * The races peers get wrong, hundreds of times: after 3-D Secure, the provider's webhooks race the shopper's return
 * from the payment page and the vendor's confirmation, each after a random delay. No PaymentIntent is captured twice,
 * every captured payment belongs to an existing paid order, each order's payment history moves once per status, and
 * the order numbers have no gaps.
 */
class PaymentRaceIntegrationTests extends PaymentsApiTest {

    static final int ORDERS = Integer.getInteger("wizamart.payments.race-orders", 200);

    @Test
    void webhooksShopperReturnsAndConfirmationsRaceWithoutDoubleCapturesOrLostPayments() throws Exception {
        CardShop s = cardShop();
        stripe.webhookDelay(Duration.ZERO, Duration.ofMillis(80));
        ExecutorService pool = Executors.newFixedThreadPool(12);
        try {
            List<Future<Placed>> placing = new ArrayList<>();
            for (int i = 0; i < ORDERS; i++) {
                placing.add(pool.submit(() -> {
                    UUID order = order(s, 1, "CARD");
                    Http.Response started = pay(s, order, "pm_card_authenticationRequired");
                    assertThat(started.status()).as(started.toString()).isEqualTo(200);
                    return new Placed(order, started.json().get("card").get("paymentIntentId").asString());
                }));
            }
            List<Placed> placed = new ArrayList<>();
            for (Future<Placed> f : placing) {
                placed.add(f.get(120, TimeUnit.SECONDS));
            }
            List<Future<?>> racing = new ArrayList<>();
            for (Placed p : placed) {
                racing.add(pool.submit(() -> {
                    stripe.authenticate(p.intent(), true);
                    return null;
                }));
                racing.add(pool.submit(() -> {
                    pause();
                    return shopperReturn(s, p.order()).status();
                }));
                racing.add(pool.submit(() -> {
                    pause();
                    return s.shop().moveTo(p.order(), "CONFIRMED").status();
                }));
            }
            for (Future<?> f : racing) {
                f.get(120, TimeUnit.SECONDS);
            }

            Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                    .untilAsserted(() -> assertThat(paymentStatuses(s).values()).hasSize(ORDERS).containsOnly("PAID"));

            for (Placed p : placed) {
                assertThat(stripe.captures(p.intent())).as("captures of " + p.intent()).isEqualTo(1);
                List<String> moves = vendorOrder(s, p.order()).get("paymentHistory").findValuesAsString("to");
                assertThat(moves).as("payment history of " + p.order()).doesNotHaveDuplicates()
                        .startsWith("PENDING").endsWith("PAID");
            }
            List<Integer> numbers = paymentStatuses(s).keySet().stream()
                    .map(n -> Integer.parseInt(n.replaceAll("^.*-", ""))).sorted().toList();
            assertThat(numbers.getLast() - numbers.getFirst() + 1).as("no gaps").isEqualTo(ORDERS);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Order number to payment status, of every order of the shop. */
    private Map<String, String> paymentStatuses(CardShop s) {
        Map<String, String> statuses = new HashMap<>();
        for (int page = 0; page * 200 < ORDERS; page++) {
            Http.Response list = http.get("/api/v1/vendor/orders?size=200&page=" + page)
                    .bearer(s.vendor().owner().accessToken()).send();
            assertThat(list.status()).as(list.toString()).isEqualTo(200);
            for (JsonNode o : list.json().get("content")) {
                statuses.put(o.get("orderNumber").asString(), o.get("paymentStatus").asString());
            }
        }
        return statuses;
    }

    private static void pause() throws InterruptedException {
        Thread.sleep(ThreadLocalRandom.current().nextInt(0, 60));
    }

    record Placed(UUID order, String intent) {
    }
}
