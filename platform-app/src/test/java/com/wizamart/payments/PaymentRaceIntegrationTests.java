package com.wizamart.payments;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
import com.wizamart.testing.stripe.StripeStandIn;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The races peers get wrong, hundreds of times: after 3-D Secure, the provider's webhooks race the shopper's return
 * from the payment page and the vendor's confirmation, each after a random delay. No PaymentIntent is captured twice,
 * every captured payment belongs to an existing paid order, each order's payment history moves once per status, and
 * the order numbers have no gaps. A quarter of the orders had a declined card first, whose intent the browser also
 * confirms during the race (for half of them the provider was away when the new attempt cancelled it): each order is
 * still charged its total exactly once.
 */
class PaymentRaceIntegrationTests extends PaymentsApiTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    static final int ORDERS = Integer.getInteger("wizamart.payments.race-orders", 200);
    static final int SHOPPERS = 8;

    @Test
    void webhooksShopperReturnsAndConfirmationsRaceWithoutDoubleCapturesOrLostPayments() throws Exception {
        CardShop s = cardShop();
        stripe.webhookDelay(Duration.ZERO, Duration.ofMillis(80));
        ExecutorService pool = Executors.newFixedThreadPool(12);
        try {
            // a customer checks out one order at a time (their cart is one): several customers in parallel
            List<Future<List<Placed>>> placing = new ArrayList<>();
            for (int c = 0; c < SHOPPERS; c++) {
                int orders = ORDERS / SHOPPERS + (c < ORDERS % SHOPPERS ? 1 : 0);
                placing.add(pool.submit(() -> {
                    CardShop mine = new CardShop(s.vendor(), s.account(), s.shop(), s.product(),
                            fixtures.customer(s.vendor()));
                    List<Placed> theirs = new ArrayList<>();
                    for (int i = 0; i < orders; i++) {
                        UUID order = order(mine, 1, "CARD");
                        String declined = null;
                        if (i % 4 == 0) {
                            // a declined card first: the shopper tries again, the old intent stays in their browser
                            Http.Response refused = pay(mine, order, "pm_card_chargeDeclined");
                            assertThat(refused.status()).as(refused.toString()).isEqualTo(200);
                            declined = refused.json().get("card").get("paymentIntentId").asString();
                            if (i % 8 == 0) {
                                // and the provider is away when the new attempt cancels it: it stays confirmable
                                for (int drop = 0; drop < 3; drop++) {
                                    stripe.failNext("POST", "/v1/payment_intents/" + declined + "/cancel",
                                            StripeStandIn.Failure.DROP_BEFORE_PROCESSING);
                                }
                            }
                        }
                        Http.Response started = pay(mine, order, "pm_card_authenticationRequired");
                        assertThat(started.status()).as(started.toString()).isEqualTo(200);
                        theirs.add(new Placed(mine, order, started.json().get("card").get("paymentIntentId")
                                .asString(), declined));
                    }
                    return theirs;
                }));
            }
            List<Placed> placed = new ArrayList<>();
            for (Future<List<Placed>> f : placing) {
                placed.addAll(f.get(300, TimeUnit.SECONDS));
            }
            assertThat(placed).hasSize(ORDERS);
            List<Future<?>> racing = new ArrayList<>();
            for (Placed p : placed) {
                racing.add(pool.submit(() -> {
                    stripe.authenticate(p.intent(), true);
                    return null;
                }));
                racing.add(pool.submit(() -> {
                    pause();
                    return shopperReturn(p.shop(), p.order()).status();
                }));
                if (p.declined() != null) {
                    // the browser confirms the declined intent too (a second tab, a late script)
                    racing.add(pool.submit(() -> {
                        pause();
                        return confirmAtProvider(p.declined(), "pm_card_visa");
                    }));
                }
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
                // one capture per order, whichever of its intents got authorized; what was taken is the total
                long total = JSON.readTree(stripe.paymentIntentJson(p.intent())).get("amount").asLong();
                long taken = JSON.readTree(stripe.paymentIntentJson(p.intent())).get("amount_received").asLong();
                int captures = stripe.captures(p.intent());
                if (p.declined() != null) {
                    captures += stripe.captures(p.declined());
                    taken += JSON.readTree(stripe.paymentIntentJson(p.declined())).get("amount_received").asLong();
                }
                assertThat(captures).as("captures of order " + p.order()).isEqualTo(1);
                assertThat(taken).as("taken for order " + p.order()).isEqualTo(total);
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

    /** The shopper's browser confirms a PaymentIntent at the provider itself (as Stripe.js does). */
    private int confirmAtProvider(String intentId, String paymentMethod) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                                URI.create(stripe.baseUrl() + "/v1/payment_intents/" + intentId + "/confirm"))
                        .header("Authorization", "Bearer " + stripe.secretKey())
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("payment_method=" + paymentMethod)).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    /** @param declined the intent of a declined first attempt, or {@literal null}. */
    record Placed(CardShop shop, UUID order, String intent, String declined) {
    }
}
