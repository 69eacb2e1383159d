package com.wizamart.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;

import com.wizamart.support.Fixtures;
import com.wizamart.support.Fixtures.VendorAccount;
import com.wizamart.support.Http;
import com.wizamart.support.Shop;

import tools.jackson.databind.JsonNode;

/**
 * A mail server that is down is tried again with back-off and delivered to once it is back; one that takes the
 * connection and never answers does not hold up a checkout. These tests stop the server, so they are apart from the
 * concurrent {@link MailDeliveryIntegrationTests}.
 */
class MailServerOutageIntegrationTests extends MailServerTest {

    private static final Duration CHECKOUT_BOUND = Duration.ofSeconds(10);

    @Test
    void aMailServerThatIsDownIsTriedAgainWithBackOffAndDeliveredToOnceItIsBack() throws Exception {
        VendorAccount vendor = fixtures.vendor();
        String email = address("patient");
        smtp.stop();

        publish(invitation(vendor, email));

        await().atMost(DELIVERY).until(() -> {
            JsonNode content = vendorLog(vendor, "?recipient=" + email);
            return content.size() == 1 && content.get(0).get("status").asString().equals("RETRYING")
                    && content.get(0).get("attempts").asInt() >= 2;
        });
        JsonNode retrying = vendorEntry(vendor, email);
        assertThat(retrying.get("lastError").asString()).isNotBlank();
        // not sent yet: the log has no working link either
        String waiting = http.get("/api/v1/vendor/notifications/" + retrying.get("id").asString())
                .bearer(vendor.owner().accessToken()).send().toString();
        assertThat(waiting).contains("token=[sent by mail, not kept]").doesNotContain("tok-");
        assertThat(retrying.get("nextAttemptAt").isNull()).isFalse();
        assertThat(vendorLog(vendor, "?status=RETRYING").valueStream().map(n -> n.get("recipient").asString()))
                .contains(email);

        ensureRunning();

        MimeMessage mail = awaitOne(email);
        await().atMost(DELIVERY).until(() -> vendorEntry(vendor, email).get("status").asString().equals("SENT"));
        assertThat(vendorEntry(vendor, email).get("attempts").asInt()).isGreaterThanOrEqualTo(3);
        // the attempt that got through carried the working link
        assertThat(part(mail, "text/plain")).contains("/vendor/#/invitation?token=tok-");
        assertThat(bodiesToSend(UUID.fromString(retrying.get("id").asString()))).isZero();
    }

    @Test
    void aCheckoutAnswersAtOnceWhileTheMailServerHangs_theConfirmationFollowsInTheCustomersLanguage()
            throws Exception {
        VendorAccount vendor = fixtures.vendor();
        brand(vendor, "Épicerie " + vendor.code());
        Shop shop = new Shop(http, vendor);
        UUID coffee = shop.product("Café torréfié", "11.70", "17", 10);
        Fixtures.Session customer = fixtures.customer(vendor);
        String session = Shop.newSession();
        assertThat(shop.add(session, customer.accessToken(), coffee, 2).status()).isEqualTo(200);
        smtp.stop();
        Http.Response placed;
        // a server that takes the connection and never answers: a checkout waiting for it would hang
        try (ServerSocket blackHole = new ServerSocket(SMTP_PORT, 50, java.net.InetAddress.getByName("127.0.0.1"))) {
            Thread accepting = Thread.ofVirtual().start(() -> {
                List<java.net.Socket> held = new java.util.ArrayList<>();
                try {
                    while (true) {
                        held.add(blackHole.accept());
                    }
                } catch (IOException closed) {
                    held.forEach(socket -> {
                        try {
                            socket.close();
                        } catch (IOException ignored) {
                            // closing anyway
                        }
                    });
                }
            });
            long started = System.nanoTime();
            placed = http.post(shop.base() + "/orders").bearer(customer.accessToken())
                    .header("Idempotency-Key", UUID.randomUUID().toString()).header("Accept-Language", "fr-LU")
                    .json(Shop.checkoutBody(session)).send();
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
            // a checkout waiting for the hanging server would take at least the read timeout (see SMTP_READ_TIMEOUT_MS)
            assertThat(CHECKOUT_BOUND).isLessThan(Duration.ofMillis(Long.parseLong(SMTP_READ_TIMEOUT_MS)));
            assertThat(took).isLessThan(CHECKOUT_BOUND);
            String number = placed.json().get("orderNumber").asString();
            await().atMost(DELIVERY).until(() -> {
                JsonNode content = vendorLog(vendor, "?kind=ORDER_CONFIRMATION");
                return content.size() == 1 && content.get(0).get("status").asString().equals("RETRYING");
            });
            assertThat(vendorLog(vendor, "?kind=ORDER_CONFIRMATION").get(0).get("orderNumber").asString())
                    .isEqualTo(number);
            blackHole.close();
            accepting.join();
        }
        ensureRunning();

        MimeMessage mail = awaitOneOrderMail(customer.email());
        String number = placed.json().get("orderNumber").asString();
        assertThat(mail.getSubject()).isEqualTo("Votre commande " + number + " chez Épicerie " + vendor.code());
        assertThat(part(mail, "text/plain")).contains("2 x Café torréfié", "23,40 €", "Total TTC: 23,40 €",
                "TVA 17 %", "L-1611 Luxembourg");
        assertThat(part(mail, "text/html")).contains("lang=\"fr\"", "Café torréfié", "background:#aa3366");
    }
}
