package com.wizamart.notifications.adapter.out.mail;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

import com.wizamart.notifications.application.port.out.MailTransport;
import com.wizamart.notifications.config.NotificationProperties;
import com.wizamart.notifications.domain.HeaderText;
import com.wizamart.notifications.domain.OutgoingMail;

/**
 * Sends through Spring Boot's {@link JavaMailSender} ({@code spring.mail.*}), which exists only when
 * {@code spring.mail.host} is set; without it, each message is written to this class's log, links included (the
 * demo and local runs, where nobody has a mail server).
 *
 * <p>Every header is set through the mail API's own setters (addresses as {@link InternetAddress} with an encoded
 * display name, the subject encoded), and every header value is one line ({@link HeaderText}): a name or subject with
 * CR/LF cannot add a header. The mail is {@code multipart/alternative}: plain text first, HTML second.
 */
@Component
class JavaMailTransport implements MailTransport {

    private static final Logger log = LoggerFactory.getLogger(JavaMailTransport.class);

    private final ObjectProvider<JavaMailSender> senders;
    private final boolean logBodies;

    JavaMailTransport(ObjectProvider<JavaMailSender> senders, NotificationProperties properties) {
        this.senders = senders;
        this.logBodies = properties.logBodies();
    }

    @Override
    public boolean configured() {
        return senders.getIfAvailable() != null;
    }

    @Override
    public void send(OutgoingMail mail) throws DeliveryFailure {
        JavaMailSender sender = senders.getIfAvailable();
        if (sender == null) {
            log.info("Mail not sent (no SMTP server configured, spring.mail.host): to {}, subject \"{}\", message {}\n{}",
                    mail.recipient(), HeaderText.of(mail.subject()), mail.id(),
                    logBodies ? mail.textBody() : "(text not logged: wizamart.notifications.log-bodies=false)");
            return;
        }
        MimeMessage message;
        try {
            message = compose(sender.createMimeMessage(), mail);
        } catch (AddressException e) {
            throw new DeliveryFailure("Unusable address: " + e.getMessage(), true, e);
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new DeliveryFailure("Message could not be composed: " + e.getMessage(), true, e);
        }
        try {
            sender.send(message);
        } catch (MailParseException | MailPreparationException e) {
            throw new DeliveryFailure(describe(e), true, e);
        } catch (MailException e) {
            throw new DeliveryFailure(describe(e), false, e);
        }
    }

    /** @return the mail as sent: addresses checked, headers one line each, the same Message-ID on every attempt. */
    static MimeMessage compose(MimeMessage template, OutgoingMail mail)
            throws MessagingException, UnsupportedEncodingException {
        MimeMessage message = new FixedIdMimeMessage(template.getSession(), mail.messageId());
        InternetAddress to = address(mail.recipient(), mail.recipientName());
        message.setFrom(address(mail.fromAddress(), mail.fromName()));
        message.setRecipient(jakarta.mail.Message.RecipientType.TO, to);
        if (mail.replyTo() != null) {
            message.setReplyTo(new InternetAddress[] {address(mail.replyTo(), null)});
        }
        message.setSubject(HeaderText.of(mail.subject()), StandardCharsets.UTF_8.name());
        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.textBody(), StandardCharsets.UTF_8.name(), "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(mail.htmlBody(), StandardCharsets.UTF_8.name(), "html");
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(text);
        alternative.addBodyPart(html);
        message.setContent(alternative);
        message.setSentDate(new java.util.Date());
        message.saveChanges();
        return message;
    }

    /** A strictly parsed single address (no groups, no list) with an encoded display name. */
    private static InternetAddress address(String email, String name)
            throws AddressException, UnsupportedEncodingException {
        InternetAddress parsed = new InternetAddress(email.strip(), true);
        parsed.validate();
        if (parsed.isGroup() || parsed.getPersonal() != null) {
            throw new AddressException("Not a single plain address", email);
        }
        String personal = HeaderText.of(name);
        return personal == null ? parsed
                : new InternetAddress(parsed.getAddress(), personal, StandardCharsets.UTF_8.name());
    }

    private static String describe(MailException e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String detail = root == e ? e.getMessage() : e.getMessage() + " (" + root + ")";
        return detail == null ? e.getClass().getSimpleName() : detail;
    }

    /** Keeps the Message-ID given (MimeMessage would make a new one with each {@code saveChanges}). */
    private static final class FixedIdMimeMessage extends MimeMessage {

        private final String messageId;

        FixedIdMimeMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
