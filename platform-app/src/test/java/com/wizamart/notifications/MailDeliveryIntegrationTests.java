package com.wizamart.notifications;

import static com.wizamart.support.ProblemAssertions.assertProblem;
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
import java.util.stream.StreamSupport;

import jakarta.mail.Message.RecipientType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.wizamart.identity.CustomerEmailVerificationRequested;
import com.wizamart.identity.PasswordResetRequested;
import com.wizamart.identity.TeamInvitationIssued;
import com.wizamart.notifications.application.Queueing;
import com.wizamart.notifications.application.Retention;
import com.wizamart.notifications.application.Sending;
import com.wizamart.support.ApiTest;
import com.wizamart.support.Fixtures;
import com.wizamart.support.Fixtures.VendorAccount;
import com.wizamart.support.Http;
import com.wizamart.support.Shop;
import com.wizamart.tenancy.VendorScope;

import tools.jackson.databind.JsonNode;

/**
 * Mail through a real SMTP server in the test JVM (GreenMail): who receives what, in which language, with which
 * branding and links; a server that is down is retried and delivered to once it is back; nothing is sent twice when
 * events and attempts run again; names cannot add headers; the log keeps vendors apart and forgets bodies.
 *
 * <p>The context has a job engine of its own (its own JobRunr tables), so the other test contexts of the JVM, which
 * have no mail server, never run its attempts.
 */
@TestPropertySource(properties = {"spring.mail.host=127.0.0.1",
        "jobrunr.database.table-prefix=jobrunr.mail_",
        "wizamart.notifications.first-retry-after=1s",
        "wizamart.notifications.max-retry-delay=2s",
        "wizamart.notifications.max-attempts=30",
        "spring.mail.properties[mail.smtp.connectiontimeout]=2000",
        "spring.mail.properties[mail.smtp.timeout]=" + MailDeliveryIntegrationTests.SMTP_READ_TIMEOUT_MS})
@DirtiesContext
class MailDeliveryIntegrationTests extends ApiTest {

    // an upper bound, reached only on a loaded machine: an attempt caught by an outage waits for its lease (a minute)
    private static final Duration DELIVERY = Duration.ofSeconds(120);
    /**
     * How long the mail client waits for a server that accepted the connection but does not answer. It is longer than
     * {@link #CHECKOUT_BOUND} on purpose: a checkout that did wait for the mail server could not answer within the
     * bound, so the bound proves it does not wait, yet leaves a loaded machine seconds of room.
     */
    static final String SMTP_READ_TIMEOUT_MS = "15000";
    private static final Duration CHECKOUT_BOUND = Duration.ofSeconds(10);
    private static final int SMTP_PORT = freePort();
    private static GreenMail smtp = started();

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

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static GreenMail started() {
        GreenMail server = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return server;
    }

    @BeforeEach
    void serverRunning() {
        if (!smtp.isRunning()) {
            smtp = started();
        }
    }

    @AfterAll
    static void stopServer() {
        smtp.stop();
    }

    private void publish(Object event) {
        transactions.executeWithoutResult(tx -> events.publishEvent(event));
    }

    private static String address(String name) {
        return Fixtures.unique(name).toLowerCase() + "@mail.example";
    }

    private static List<MimeMessage> to(String address) {
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
    private static List<MimeMessage> orderMailsTo(String address) {
        return to(address).stream().filter(m -> {
            try {
                return !m.getSubject().startsWith("Confirm your email address for ");
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static MimeMessage awaitOneOrderMail(String address) {
        await().atMost(DELIVERY).pollInterval(Duration.ofMillis(200)).until(() -> !orderMailsTo(address).isEmpty());
        List<MimeMessage> received = orderMailsTo(address);
        assertThat(received).hasSize(1);
        return received.getFirst();
    }

    private static MimeMessage awaitOne(String address) {
        await().atMost(DELIVERY).pollInterval(Duration.ofMillis(200)).until(() -> !to(address).isEmpty());
        List<MimeMessage> received = to(address);
        assertThat(received).hasSize(1);
        return received.getFirst();
    }

    private static String part(MimeMessage message, String type) throws Exception {
        MimeMultipart parts = (MimeMultipart) message.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            if (parts.getBodyPart(i).isMimeType(type)) {
                return (String) parts.getBodyPart(i).getContent();
            }
        }
        throw new AssertionError("No " + type + " part");
    }

    private JsonNode vendorLog(VendorAccount vendor, String query) {
        Http.Response list = http.get("/api/v1/vendor/notifications" + query).bearer(vendor.owner().accessToken())
                .send();
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        return list.json().get("content");
    }

    private JsonNode vendorEntry(VendorAccount vendor, String recipient) {
        JsonNode content = vendorLog(vendor, "?recipient=" + recipient);
        assertThat(content.size()).as(content.toString()).isEqualTo(1);
        return content.get(0);
    }

    private void brand(VendorAccount vendor, String name) {
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
    private long bodiesToSend(UUID messageId) {
        return jdbc.sql("select count(*) from notifications_messages where id = :id and send_text_body is not null")
                .param("id", messageId).query(Long.class).single();
    }

    @Test
    void aCustomersResetAndAddressProofLinksReachTheCustomerOnly_neverTheShopsLogNorTheAdmins() throws Exception {
        VendorAccount vendor = fixtures.vendor();
        String email = address("customer-links");
        String resetToken = "rst-" + UUID.randomUUID();
        String verifyToken = "vfy-" + UUID.randomUUID();
        publish(new PasswordResetRequested(UUID.randomUUID(), PasswordResetRequested.Audience.CUSTOMER, vendor.id(),
                email, "Cleo", "en", "http://shop.test/#/reset-password?token=" + resetToken,
                Instant.now().plusSeconds(3600)));
        publish(new CustomerEmailVerificationRequested(UUID.randomUUID(), vendor.id(), email, "Cleo", "en",
                "http://shop.test/#/verify-email?token=" + verifyToken, Instant.now().plusSeconds(86400)));

        await().atMost(DELIVERY).pollInterval(Duration.ofMillis(200)).until(() -> to(email).size() == 2);
        StringBuilder mails = new StringBuilder();
        for (MimeMessage mail : to(email)) {
            mails.append(part(mail, "text/plain")).append(part(mail, "text/html"));
        }
        assertThat(mails.toString()).contains(resetToken, verifyToken);

        await().atMost(DELIVERY).until(() -> vendorLog(vendor, "?recipient=" + email).valueStream()
                .allMatch(n -> n.get("status").asString().equals("SENT")));
        String admin = fixtures.sharedAdmin().accessToken();
        for (JsonNode entry : vendorLog(vendor, "?recipient=" + email)) {
            String id = entry.get("id").asString();
            Http.Response shop = http.get("/api/v1/vendor/notifications/" + id).bearer(vendor.owner().accessToken())
                    .send();
            Http.Response platform = http.get("/api/v1/admin/notifications/" + id).bearer(admin).send();
            for (Http.Response detail : List.of(shop, platform)) {
                assertThat(detail.status()).as(detail.toString()).isEqualTo(200);
                assertThat(detail.json().get("textBody").asString()).contains("token=[sent by mail, not kept]");
                assertThat(detail.toString()).doesNotContain(resetToken, verifyToken);
            }
            assertThat(bodiesToSend(UUID.fromString(id))).isZero();
        }
    }

    private TeamInvitationIssued invitation(VendorAccount vendor, String email) {
        UUID id = UUID.randomUUID();
        return new TeamInvitationIssued(id, vendor.id(), email, "Manager", "Olivia Owner",
                "http://localhost:8080/vendor/#/invitation?token=tok-" + id, Instant.now().plusSeconds(86400));
    }

    @Test
    void aTeamInvitationIsMailedFromTheShopInItsColoursWithTheLinkAsTextAndHtml() throws Exception {
        VendorAccount vendor = fixtures.vendor();
        brand(vendor, "Bistro " + vendor.code());
        String email = address("invitee");
        TeamInvitationIssued invitation = invitation(vendor, email);

        publish(invitation);

        MimeMessage mail = awaitOne(email);
        assertThat(mail.getSubject()).isEqualTo("You are invited to join Bistro " + vendor.code());
        assertThat(mail.getFrom()[0].toString()).contains("Bistro " + vendor.code(), "no-reply@wizamart.localhost");
        assertThat(mail.getReplyTo()[0].toString()).isEqualTo("hello@" + vendor.code() + ".test");
        assertThat(mail.getContentType()).startsWith("multipart/alternative");
        assertThat(part(mail, "text/plain")).contains("Olivia Owner invited you to join the team of Bistro "
                + vendor.code() + " as Manager", invitation.acceptUrl());
        assertThat(part(mail, "text/html")).contains("background:#aa3366", "#123456",
                "https://cdn.test/" + vendor.code() + "/logo.png", "href=\"" + invitation.acceptUrl() + "\"");

        await().atMost(DELIVERY).until(() -> vendorEntry(vendor, email).get("status").asString().equals("SENT"));
        JsonNode entry = vendorEntry(vendor, email);
        assertThat(entry.get("kind").asString()).isEqualTo("TEAM_INVITATION");
        assertThat(entry.get("attempts").asInt()).isEqualTo(1);
        assertThat(entry.get("sentAt").isNull()).isFalse();
        JsonNode detail = http.get("/api/v1/vendor/notifications/" + entry.get("id").asString())
                .bearer(vendor.owner().accessToken()).send().json();
        // the log says where the link led, never the token: only the invitee's mail can be used to join
        assertThat(detail.get("textBody").asString())
                .contains("/vendor/#/invitation?token=[sent by mail, not kept]")
                .doesNotContain("tok-" + invitation.invitationId());
        assertThat(detail.get("htmlBody").asString()).contains("#aa3366")
                .doesNotContain("tok-" + invitation.invitationId());
        assertThat(detail.toString()).doesNotContain("tok-" + invitation.invitationId());
        assertThat(bodiesToSend(UUID.fromString(entry.get("id").asString()))).isZero();
    }

    @Test
    void customersAreWrittenToInTheirLanguage() throws Exception {
        VendorAccount vendor = fixtures.vendor();
        brand(vendor, "Boulangerie " + vendor.code());
        String french = address("francoise");
        String german = address("jonas");

        publish(new PasswordResetRequested(UUID.randomUUID(), PasswordResetRequested.Audience.CUSTOMER, vendor.id(),
                french, "Françoise", "fr", "http://localhost:8080/shop/" + vendor.code() + "/#/reset-password?token=fr1",
                Instant.now().plusSeconds(3600)));
        publish(new CustomerEmailVerificationRequested(UUID.randomUUID(), vendor.id(), german, "Jonas", "de",
                "http://localhost:8080/shop/" + vendor.code() + "/#/verify-email?token=de1",
                Instant.now().plusSeconds(3600)));

        MimeMessage fr = awaitOne(french);
        assertThat(fr.getSubject()).isEqualTo("Réinitialisez votre mot de passe Boulangerie " + vendor.code());
        assertThat(part(fr, "text/plain")).contains("Bonjour Françoise,", "reset-password?token=fr1");
        assertThat(part(fr, "text/html")).contains("lang=\"fr\"");
        MimeMessage de = awaitOne(german);
        assertThat(de.getSubject()).isEqualTo("Bestätigen Sie Ihre E-Mail-Adresse für Boulangerie " + vendor.code());
        assertThat(part(de, "text/plain")).contains("Hallo Jonas,", "verify-email?token=de1");
        assertThat(vendorEntry(vendor, german).get("language").asString()).isEqualTo("de");
    }

    @Test
    void aNameWithLineBreaksCannotAddARecipientOrAHeader() throws Exception {
        VendorAccount vendor = fixtures.vendor();
        String email = address("eve");
        String victim = address("victim");

        publish(new CustomerEmailVerificationRequested(UUID.randomUUID(), vendor.id(), email,
                "Eve\r\nBcc: " + victim + "\r\nSubject: You won", "en",
                "http://localhost:8080/shop/" + vendor.code() + "/#/verify-email?token=x", Instant.now().plusSeconds(60)));

        MimeMessage mail = awaitOne(email);
        assertThat(mail.getRecipients(RecipientType.BCC)).isNull();
        assertThat(mail.getRecipients(RecipientType.CC)).isNull();
        assertThat(mail.getHeader("Subject")).hasSize(1);
        assertThat(mail.getSubject()).startsWith("Confirm your email address");
        String headers = GreenMailUtil.getHeaders(mail);
        assertThat(headers.lines().filter(l -> l.regionMatches(true, 0, "bcc:", 0, 4))).isEmpty();
        assertThat(to(victim)).isEmpty();
        // nothing was delivered to the address at all (GreenMail makes a mailbox for each address it delivers to)
        assertThat(smtp.getUserManager().getUserByEmail(victim)).isNull();
    }

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

        smtp = started();

        MimeMessage mail = awaitOne(email);
        await().atMost(DELIVERY).until(() -> vendorEntry(vendor, email).get("status").asString().equals("SENT"));
        assertThat(vendorEntry(vendor, email).get("attempts").asInt()).isGreaterThanOrEqualTo(3);
        // the attempt that got through carried the working link
        assertThat(part(mail, "text/plain")).contains("/vendor/#/invitation?token=tok-");
        assertThat(bodiesToSend(UUID.fromString(retrying.get("id").asString()))).isZero();
    }

    @Test
    void nothingIsSentTwiceWhenTheEventTheAttemptAndTheSweepRunAgain() {
        VendorAccount vendor = fixtures.vendor();
        String email = address("once");
        TeamInvitationIssued invitation = invitation(vendor, email);
        publish(invitation);
        awaitOne(email);
        await().atMost(DELIVERY).until(() -> vendorEntry(vendor, email).get("status").asString().equals("SENT"));
        UUID id = UUID.fromString(vendorEntry(vendor, email).get("id").asString());

        // as after a restart: the listener runs again, the job and the sweep run again
        queueing.invitationIssued(invitation);
        queueing.invitationIssued(invitation);
        assertThat(sending.attempt(id, vendor.id())).isFalse();
        sending.sweep();
        // the publication registry delivers the event again, as it does for a listener that did not complete
        int reopened = jdbc.sql("""
                        update event_publication set completion_date = null, status = 'FAILED'
                        where listener_id = 'notifications.team-invitation-issued' and serialized_event like :id""")
                .param("id", "%" + invitation.invitationId() + "%").update();
        assertThat(reopened).isEqualTo(1);
        publications.resubmitIncompletePublications(p -> p.getEvent() instanceof TeamInvitationIssued i
                && i.invitationId().equals(invitation.invitationId()));
        await().atMost(DELIVERY).until(() -> jdbc.sql("""
                        select count(*) from event_publication where listener_id = 'notifications.team-invitation-issued'
                        and serialized_event like :id and completion_date is not null""")
                .param("id", "%" + invitation.invitationId() + "%").query(Long.class).single() == 1);

        assertThat(vendorLog(vendor, "?recipient=" + email).size()).isEqualTo(1);
        // still one mail for six seconds on end; the generous upper bound only leaves a loaded machine room to poll
        await().during(Duration.ofSeconds(6)).atMost(Duration.ofSeconds(20)).until(() -> to(email).size() == 1);
    }

    @Test
    void aRetrysJobGoesAheadWhenTheEngineStartsItEarly_aSweepWaitsForItsTime() {
        VendorAccount vendor = fixtures.vendor();
        String email = address("early");
        publish(invitation(vendor, email));
        awaitOne(email);
        await().atMost(DELIVERY).until(() -> vendorEntry(vendor, email).get("status").asString().equals("SENT"));
        UUID id = UUID.fromString(vendorEntry(vendor, email).get("id").asString());
        // as after a failed first attempt: the second is due in an hour, and JobRunr hands a scheduled job to a worker
        // up to one poll interval before its time
        vendorScope.runAs(vendor.id(), () -> assertThat(jdbc.sql("""
                        update notifications_messages set status = 'RETRYING', attempts = 1, sent_at = null,
                          next_attempt_at = now() + interval '1 hour' where id = :id""")
                .param("id", id).update()).isEqualTo(1));

        sending.sweep();
        assertThat(sending.attempt(id, vendor.id())).as("not due for a sweep").isFalse();
        assertThat(sending.attempt(id, vendor.id(), 1)).as("the first attempt was made").isFalse();
        assertThat(vendorEntry(vendor, email).get("status").asString()).isEqualTo("RETRYING");

        assertThat(sending.attempt(id, vendor.id(), 2)).as("the second attempt's job, early").isTrue();
        assertThat(to(email)).hasSize(2);
        assertThat(vendorEntry(vendor, email).get("status").asString()).isEqualTo("SENT");
        assertThat(sending.attempt(id, vendor.id(), 2)).as("once").isFalse();
    }

    @Test
    void aTeamMembersPasswordResetIsAPlatformMessage_adminsSeeIt_noVendorDoes() throws Exception {
        VendorAccount vendor = fixtures.vendor();
        String email = address("member");

        publish(new PasswordResetRequested(UUID.randomUUID(), PasswordResetRequested.Audience.TEAM_MEMBER, null,
                email, "Mia", null, "http://localhost:8080/vendor/#/reset-password?token=pm1",
                Instant.now().plusSeconds(3600)));

        MimeMessage mail = awaitOne(email);
        assertThat(part(mail, "text/plain")).contains("reset-password?token=pm1");
        assertThat(mail.getFrom()[0].toString()).startsWith("Wizamart <");
        String admin = fixtures.sharedAdmin().accessToken();
        await().atMost(DELIVERY).until(() -> {
            JsonNode content = http.get("/api/v1/admin/notifications?recipient=" + email).bearer(admin).send().json()
                    .get("content");
            return content.size() == 1 && content.get(0).get("status").asString().equals("SENT");
        });
        JsonNode entry = http.get("/api/v1/admin/notifications?recipient=" + email).bearer(admin).send().json()
                .get("content").get(0);
        assertThat(entry.has("vendorId")).isFalse();
        assertThat(entry.get("kind").asString()).isEqualTo("PASSWORD_RESET");
        Http.Response detail = http.get("/api/v1/admin/notifications/" + entry.get("id").asString()).bearer(admin)
                .send();
        assertThat(detail.json().get("textBody").asString())
                .contains("reset-password?token=[sent by mail, not kept]");
        assertThat(detail.toString()).doesNotContain("token=pm1");
        assertThat(vendorLog(vendor, "?recipient=" + email).size()).isZero();
        assertProblem(http.get("/api/v1/vendor/notifications/" + entry.get("id").asString())
                .bearer(vendor.owner().accessToken()).send(), 404, "NOTIFICATION_NOT_FOUND");
    }

    @Test
    void aVendorNeverSeesAnotherVendorsMessages_adminsFilterByVendor() {
        VendorAccount a = fixtures.vendor();
        VendorAccount b = fixtures.vendor();
        String email = address("a-invitee");
        publish(invitation(a, email));
        awaitOne(email);
        String id = vendorEntry(a, email).get("id").asString();

        assertProblem(http.get("/api/v1/vendor/notifications/" + id).bearer(b.owner().accessToken()).send(), 404,
                "NOTIFICATION_NOT_FOUND");
        assertThat(vendorLog(b, "?recipient=" + email).size()).isZero();
        assertThat(StreamSupport.stream(vendorLog(b, "?size=200").spliterator(), false)
                .map(n -> n.get("id").asString())).doesNotContain(id);
        String admin = fixtures.sharedAdmin().accessToken();
        JsonNode ofA = http.get("/api/v1/admin/notifications?vendorId=" + a.id()).bearer(admin).send().json();
        assertThat(StreamSupport.stream(ofA.get("content").spliterator(), false)
                .map(n -> n.get("id").asString())).contains(id);
        JsonNode ofB = http.get("/api/v1/admin/notifications?vendorId=" + b.id()).bearer(admin).send().json();
        assertThat(StreamSupport.stream(ofB.get("content").spliterator(), false)
                .map(n -> n.get("id").asString())).doesNotContain(id);
        assertThat(http.get("/api/v1/admin/notifications/" + id).bearer(a.owner().accessToken()).send().status())
                .isEqualTo(403);
        assertProblem(http.get("/api/v1/vendor/notifications?status=LOST").bearer(a.owner().accessToken()).send(),
                422, "VALIDATION_FAILED");
    }

    @Test
    void bodiesAreForgottenAfterTheRetentionTime_whatWasSentToWhomStays() {
        VendorAccount vendor = fixtures.vendor();
        String email = address("old");
        publish(invitation(vendor, email));
        awaitOne(email);
        await().atMost(DELIVERY).until(() -> vendorEntry(vendor, email).get("status").asString().equals("SENT"));
        String id = vendorEntry(vendor, email).get("id").asString();
        vendorScope.runAs(vendor.id(), () -> jdbc.sql(
                        "update notifications_messages set created_at = now() - interval '31 days' where id = :id")
                .param("id", UUID.fromString(id)).update());

        assertThat(retention.purgeBodies()).isGreaterThanOrEqualTo(1);

        JsonNode detail = http.get("/api/v1/vendor/notifications/" + id).bearer(vendor.owner().accessToken()).send()
                .json();
        assertThat(detail.get("textBody").isNull()).isTrue();
        assertThat(detail.get("htmlBody").isNull()).isTrue();
        assertThat(detail.get("bodyPurgedAt").isNull()).isFalse();
        assertThat(detail.get("recipient").asString()).isEqualTo(email);
        assertThat(detail.get("status").asString()).isEqualTo("SENT");
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
        smtp = started();

        MimeMessage mail = awaitOneOrderMail(customer.email());
        String number = placed.json().get("orderNumber").asString();
        assertThat(mail.getSubject()).isEqualTo("Votre commande " + number + " chez Épicerie " + vendor.code());
        assertThat(part(mail, "text/plain")).contains("2 x Café torréfié", "23,40 €", "Total TTC: 23,40 €",
                "TVA 17 %", "L-1611 Luxembourg");
        assertThat(part(mail, "text/html")).contains("lang=\"fr\"", "Café torréfié", "background:#aa3366");
    }

    @Test
    void shippingWithATrackingNumberAndCancellingAreToldToTheCustomer() throws Exception {
        VendorAccount vendor = fixtures.vendor();
        Shop shop = new Shop(http, vendor);
        UUID soap = shop.product("Olive soap", "6.00", "17", 4);
        Fixtures.Session customer = fixtures.customer(vendor);
        UUID shipped = UUID.fromString(shop.buy(customer, soap, 1).json().get("id").asString());
        UUID cancelled = UUID.fromString(shop.buy(customer, soap, 1).json().get("id").asString());
        await().atMost(DELIVERY).until(() -> orderMailsTo(customer.email()).size() == 2);

        assertThat(shop.moveTo(shipped, "CONFIRMED").status()).isEqualTo(200);
        assertThat(shop.changeStatus(shipped, Map.of("status", "SHIPPED", "trackingNumber", "LU-777")).status())
                .isEqualTo(200);
        assertThat(shop.moveTo(cancelled, "CANCELLED").status()).isEqualTo(200);

        await().atMost(DELIVERY).until(() -> orderMailsTo(customer.email()).size() == 4);
        List<String> subjects = orderMailsTo(customer.email()).stream().map(m -> {
            try {
                return m.getSubject();
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
        assertThat(subjects).anyMatch(s -> s.endsWith("is on its way")).anyMatch(s -> s.endsWith("was cancelled"));
        MimeMessage shippedMail = orderMailsTo(customer.email()).stream().filter(m -> {
            try {
                return m.getSubject().endsWith("is on its way");
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).findFirst().orElseThrow();
        assertThat(part(shippedMail, "text/plain")).contains("Tracking number: LU-777", "Olive soap");
        assertThat(vendorLog(vendor, "?kind=ORDER_SHIPPED").size()).isEqualTo(1);
    }

    @Test
    void aBankTransferOrderIsConfirmedWithTheShopsAccountAndReference_markingItPaidIsTold() throws Exception {
        VendorAccount vendor = fixtures.vendor();
        Http.Response settings = http.put("/api/v1/vendor/payments/settings").bearer(vendor.owner().accessToken())
                .json(Map.of("methods", List.of("BANK_TRANSFER"), "bankTransfer",
                        Map.of("accountHolder", "Maison " + vendor.code(), "iban", "LU28 0019 4006 4475 0000",
                                "bic", "BCEELULL")))
                .send();
        assertThat(settings.status()).as(settings.toString()).isEqualTo(200);
        Shop shop = new Shop(http, vendor);
        UUID tea = shop.product("Green tea", "8.50", "17", 5);
        Fixtures.Session customer = fixtures.customer(vendor);
        String session = Shop.newSession();
        assertThat(shop.add(session, customer.accessToken(), tea, 2).status()).isEqualTo(200);
        Http.Response placed = shop.checkout(customer.accessToken(), UUID.randomUUID().toString(),
                Map.of("cartSessionId", session, "shippingAddress", Shop.address("Chris"), "paymentMethod",
                        "BANK_TRANSFER"));
        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        String number = placed.json().get("orderNumber").asString();

        MimeMessage confirmation = awaitOneOrderMail(customer.email());
        assertThat(part(confirmation, "text/plain")).contains("Please pay by bank transfer",
                "Account holder: Maison " + vendor.code(), "IBAN: LU280019400644750000", "BIC: BCEELULL",
                "Reference to quote: " + number, "Amount: 17.00 €");

        Http.Response marked = http.post("/api/v1/vendor/orders/" + placed.json().get("id").asString()
                + "/payment/mark-paid").bearer(vendor.owner().accessToken()).json(Map.of()).send();
        assertThat(marked.status()).as(marked.toString()).isEqualTo(200);
        await().atMost(DELIVERY).until(() -> orderMailsTo(customer.email()).size() == 2);
        assertThat(vendorLog(vendor, "?kind=PAYMENT_RECEIVED").size()).isEqualTo(1);
        assertThat(orderMailsTo(customer.email()).stream().map(m -> {
            try {
                return m.getSubject();
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        })).contains("Payment received for order " + number);
    }

    @Test
    void aMessageToAnAddressThatCannotBeParsedFailsAtOnceAndSaysWhy() {
        VendorAccount vendor = fixtures.vendor();
        String unusable = "two words@@" + vendor.code() + ".test";

        publish(invitation(vendor, unusable));

        await().atMost(DELIVERY).until(() -> {
            JsonNode content = vendorLog(vendor, "?status=FAILED");
            return content.size() == 1;
        });
        JsonNode failed = vendorLog(vendor, "?status=FAILED").get(0);
        assertThat(failed.get("recipient").asString()).isEqualTo(unusable);
        assertThat(failed.get("attempts").asInt()).isEqualTo(1);
        assertThat(failed.get("lastError").asString()).startsWith("Unusable address");
        assertThat(failed.get("nextAttemptAt").isNull()).isTrue();
    }
}
