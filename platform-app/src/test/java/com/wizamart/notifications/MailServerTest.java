package com.wizamart.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.wizamart.identity.TeamInvitationIssued;
import com.wizamart.notifications.application.Queueing;
import com.wizamart.notifications.application.Retention;
import com.wizamart.notifications.application.Sending;
import com.wizamart.support.ApiTest;
import com.wizamart.support.Fixtures;
import com.wizamart.support.Fixtures.VendorAccount;
import com.wizamart.support.Http;
import com.wizamart.tenancy.VendorScope;

import tools.jackson.databind.JsonNode;

/**
 * Mail through a real SMTP server in the test JVM (GreenMail), for {@link MailDeliveryIntegrationTests} (whose tests run
 * concurrently: each has recipients and vendors of its own) and {@link MailServerOutageIntegrationTests} (the server
 * down or hanging, one test at a time).
 *
 * <p>The context has a job engine of its own (its own JobRunr tables), so the other test contexts of the JVM, which
 * have no mail server, never run its attempts.
 */
@TestPropertySource(properties = {"spring.mail.host=127.0.0.1",
        "jobrunr.database.table-prefix=jobrunr.mail_",
        "wizamart.notifications.first-retry-after=1s",
        "wizamart.notifications.max-retry-delay=2s",
        "wizamart.notifications.max-attempts=30",
        "spring.mail.properties[mail.smtp.connectiontimeout]=5000",
        "spring.mail.properties[mail.smtp.timeout]=" + MailServerTest.SMTP_READ_TIMEOUT_MS})
@DirtiesContext
abstract class MailServerTest extends ApiTest {

    // an upper bound, reached only on a loaded machine: an attempt caught by an outage waits for its lease (a minute)
    protected static final Duration DELIVERY = Duration.ofSeconds(120);
    /**
     * How long the mail client waits for a server that accepted the connection but does not answer. It is longer than
     * the checkout bound of {@link MailServerOutageIntegrationTests} on purpose: a checkout that did wait for the mail server could not answer within the
     * bound, so the bound proves it does not wait, yet leaves a loaded machine seconds of room.
     */
    static final String SMTP_READ_TIMEOUT_MS = "15000";
    protected static final int SMTP_PORT = freePort();
    protected static volatile GreenMail smtp = started();

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    Queueing queueing;
    @Autowired
    Sending sending;
    @Autowired
    Retention retention;
    @Autowired
    VendorScope vendorScope;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    IncompleteEventPublications publications;

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", () -> SMTP_PORT);
    }

    protected static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    protected static GreenMail started() {
        GreenMail server = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return server;
    }

    @BeforeEach
    void serverRunning() {
        ensureRunning();
    }

    /** Starts the server again if a test (or the class before) stopped it; once, however many tests ask at a time. */
    protected static synchronized void ensureRunning() {
        if (!smtp.isRunning()) {
            smtp = started();
        }
    }

    @AfterAll
    static void stopServer() {
        smtp.stop();
    }

    protected void publish(Object event) {
        transactions.executeWithoutResult(tx -> events.publishEvent(event));
    }

    protected static String address(String name) {
        return Fixtures.unique(name).toLowerCase() + "@mail.example";
    }

    protected static List<MimeMessage> to(String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients() != null && Arrays.stream(m.getAllRecipients())
                        .anyMatch(a -> ((InternetAddress) a).getAddress().equalsIgnoreCase(address));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    /**
     * The mails to a customer about orders and payments: all of them but the address proof every new customer is sent
     * when registering (the fixtures follow its link).
     */
    protected static List<MimeMessage> orderMailsTo(String address) {
        return to(address).stream().filter(m -> {
            try {
                return !m.getSubject().startsWith("Confirm your email address for ");
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    protected static MimeMessage awaitOneOrderMail(String address) {
        await().atMost(DELIVERY).pollInterval(Duration.ofMillis(200)).until(() -> !orderMailsTo(address).isEmpty());
        List<MimeMessage> received = orderMailsTo(address);
        assertThat(received).hasSize(1);
        return received.getFirst();
    }

    protected static MimeMessage awaitOne(String address) {
        await().atMost(DELIVERY).pollInterval(Duration.ofMillis(200)).until(() -> !to(address).isEmpty());
        List<MimeMessage> received = to(address);
        assertThat(received).hasSize(1);
        return received.getFirst();
    }

    protected static String part(MimeMessage message, String type) throws Exception {
        MimeMultipart parts = (MimeMultipart) message.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            if (parts.getBodyPart(i).isMimeType(type)) {
                return (String) parts.getBodyPart(i).getContent();
            }
        }
        throw new AssertionError("No " + type + " part");
    }

    protected JsonNode vendorLog(VendorAccount vendor, String query) {
        Http.Response list = http.get("/api/v1/vendor/notifications" + query).bearer(vendor.owner().accessToken())
                .send();
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        return list.json().get("content");
    }

    protected JsonNode vendorEntry(VendorAccount vendor, String recipient) {
        JsonNode content = vendorLog(vendor, "?recipient=" + recipient);
        assertThat(content.size()).as(content.toString()).isEqualTo(1);
        return content.get(0);
    }

    protected void brand(VendorAccount vendor, String name) {
        Map<String, Object> theme = new LinkedHashMap<>();
        theme.put("primaryColor", "#AA3366");
        theme.put("accentColor", "#123456");
        theme.put("logoUrl", "https://cdn.test/" + vendor.code() + "/logo.png");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("businessEmail", "hello@" + vendor.code() + ".test");
        body.put("theme", theme);
        Http.Response put = http.put("/api/v1/vendor/settings").bearer(vendor.owner().accessToken()).json(body).send();
        assertThat(put.status()).as(put.toString()).isEqualTo(200);
    }

    /** @return 1 while the row still holds the bodies with the working link, 0 once they are gone. */
    protected long bodiesToSend(UUID messageId) {
        return jdbc.sql("select count(*) from notifications_messages where id = :id and send_text_body is not null")
                .param("id", messageId).query(Long.class).single();
    }

    protected TeamInvitationIssued invitation(VendorAccount vendor, String email) {
        UUID id = UUID.randomUUID();
        return new TeamInvitationIssued(id, vendor.id(), email, "Manager", "Olivia Owner",
                "http://localhost:8080/vendor/#/invitation?token=tok-" + id, Instant.now().plusSeconds(86400));
    }
}
