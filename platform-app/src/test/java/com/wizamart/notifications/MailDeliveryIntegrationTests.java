package com.wizamart.notifications;

import static com.wizamart.support.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;

import jakarta.mail.Message.RecipientType;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.wizamart.identity.CustomerEmailVerificationRequested;
import com.wizamart.identity.PasswordResetRequested;
import com.wizamart.identity.TeamInvitationIssued;
import com.wizamart.support.Fixtures;
import com.wizamart.support.Fixtures.VendorAccount;
import com.wizamart.support.Http;
import com.wizamart.support.Shop;

import tools.jackson.databind.JsonNode;

/**
 * Mail through a real SMTP server in the test JVM (GreenMail): who receives what, in which language, with which
 * branding and links; nothing is sent twice when events and attempts run again; names cannot add headers; the log
 * keeps vendors apart and forgets bodies. The tests run concurrently with each other (most of their time is the job
 * engine's poll), the class after or before the others: each test has its own vendors and recipients, and none stops
 * the server (those that do are in {@link MailServerOutageIntegrationTests}).
 */
class MailDeliveryIntegrationTests extends MailServerTest {

    @Test
    @Execution(ExecutionMode.CONCURRENT)
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

    @Test
    @Execution(ExecutionMode.CONCURRENT)
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
    @Execution(ExecutionMode.CONCURRENT)
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
    @Execution(ExecutionMode.CONCURRENT)
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
    @Execution(ExecutionMode.CONCURRENT)
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
    @Execution(ExecutionMode.CONCURRENT)
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
    @Execution(ExecutionMode.CONCURRENT)
    void aTeamMembersPasswordResetIsAPlatformMessage_adminsSeeIt_noVendorDoes() throws Exception {
        VendorAccount vendor = fixtures.vendor();
        String email = address("member");

        publish(new PasswordResetRequested(UUID.randomUUID(), PasswordResetRequested.Audience.TEAM_MEMBER, null,
                email, "Mia", null, "http://localhost:8080/vendor/#/reset-password?token=pm1",
                Instant.now().plusSeconds(3600)));

        MimeMessage mail = awaitOne(email);
        assertThat(part(mail, "text/plain")).contains("reset-password?token=pm1");
        assertThat(mail.getFrom()[0].toString()).startsWith("Wizamart <");
        assertThat(mail.getHeader("Reply-To")).as("no shop to answer to").isNull();
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
    @Execution(ExecutionMode.CONCURRENT)
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
    @Execution(ExecutionMode.CONCURRENT)
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
    @Execution(ExecutionMode.CONCURRENT)
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
    @Execution(ExecutionMode.CONCURRENT)
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
    @Execution(ExecutionMode.CONCURRENT)
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
