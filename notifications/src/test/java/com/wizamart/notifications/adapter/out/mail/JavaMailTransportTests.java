package com.wizamart.notifications.adapter.out.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.UUID;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import org.junit.jupiter.api.Test;

import com.wizamart.notifications.domain.MessageKind;
import com.wizamart.notifications.domain.OutgoingMail;

class JavaMailTransportTests {

    private static OutgoingMail mail(String recipientName, String subject, String fromName) {
        return new OutgoingMail(UUID.randomUUID(), null, MessageKind.ORDER_SHIPPED, "chris@example.com",
                recipientName, subject, "no-reply@wizamart.localhost", fromName, "shop@example.com", "text body",
                "<p>html body</p>", "<fixed-id@wizamart.localhost>", 1);
    }

    private static String wire(MimeMessage message) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        message.writeTo(out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void lineBreaksInNamesAndSubjectsAddNoHeader() throws Exception {
        MimeMessage message = JavaMailTransport.compose(new MimeMessage(Session.getInstance(new Properties())),
                mail("Eve\r\nBcc: victim@example.com", "Hi\r\nBcc: victim2@example.com\r\n\r\nbody",
                        "Shop\nCc: victim3@example.com"));

        String wire = wire(message);
        String headers = wire.substring(0, wire.indexOf("\r\n\r\n"));
        assertThat(headers.lines().filter(l -> l.matches("(?i)^(bcc|cc):.*"))).isEmpty();
        assertThat(message.getRecipients(jakarta.mail.Message.RecipientType.BCC)).isNull();
        assertThat(message.getRecipients(jakarta.mail.Message.RecipientType.CC)).isNull();
        assertThat(message.getAllRecipients()).hasSize(1);
        assertThat(message.getSubject()).isEqualTo("Hi Bcc: victim2@example.com body");
    }

    @Test
    void theMailIsPlainTextAndHtmlAlternativesWithAFixedMessageId() throws Exception {
        MimeMessage message = JavaMailTransport.compose(new MimeMessage(Session.getInstance(new Properties())),
                mail("Chris", "Your order", "Marie & Co"));

        MimeMessage read = new MimeMessage(Session.getInstance(new Properties()),
                new java.io.ByteArrayInputStream(wire(message).getBytes(StandardCharsets.UTF_8)));
        assertThat(read.getContentType()).startsWith("multipart/alternative");
        MimeMultipart parts = (MimeMultipart) read.getContent();
        assertThat(parts.getCount()).isEqualTo(2);
        assertThat(parts.getBodyPart(0).getContentType()).startsWith("text/plain");
        assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/html");
        assertThat(read.getMessageID()).isEqualTo("<fixed-id@wizamart.localhost>");
        assertThat(read.getFrom()[0].toString()).contains("Marie & Co").contains("no-reply@wizamart.localhost");
        assertThat(read.getReplyTo()[0].toString()).isEqualTo("shop@example.com");
    }
}
