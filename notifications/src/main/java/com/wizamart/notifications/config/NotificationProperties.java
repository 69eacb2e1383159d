package com.wizamart.notifications.config;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Notification settings ({@code wizamart.notifications.*}). The mail server itself is Spring Boot's
 * {@code spring.mail.*} ({@code SPRING_MAIL_HOST}, ...): without {@code spring.mail.host} messages are written to the
 * application log instead and logged with status {@code LOGGED}.
 *
 * @param from             the sender address of every message; the display name is the vendor's name (the
 *                         platform's for platform messages).
 * @param platformName     the name messages without a vendor (a team member's password reset) are signed with.
 * @param keepBodiesFor    how long the text and HTML of a message are kept; its metadata stays.
 * @param maxAttempts      how many times a message is tried before it is {@code FAILED}.
 * @param firstRetryAfter  the wait after the first failed attempt; it doubles with each further one.
 * @param maxRetryDelay    the longest wait between two attempts.
 * @param sendingLease     how long a sender holds a message it claimed; after that, another may take it (the first
 *                         one crashed).
 * @param sweepGrace       how late an attempt must be before the every-minute sweep takes it over from its job (the
 *                         sweep is for attempts whose job was lost, not a race with the job engine).
 * @param storefrontUrl    the shop's address in customer messages; {@code {vendorCode}} is replaced.
 * @param logBodies        without a mail server: write each message's text (its links, one-time tokens included) to
 *                         the log; {@literal false} logs only recipient, subject and id (the production profile).
 */
@ConfigurationProperties("wizamart.notifications")
public record NotificationProperties(@DefaultValue("no-reply@wizamart.localhost") String from,
                                     @DefaultValue("Wizamart") String platformName,
                                     @DefaultValue("30d") Duration keepBodiesFor,
                                     @DefaultValue("8") int maxAttempts,
                                     @DefaultValue("30s") Duration firstRetryAfter,
                                     @DefaultValue("1h") Duration maxRetryDelay,
                                     @DefaultValue("2m") Duration sendingLease,
                                     @DefaultValue("1m") Duration sweepGrace,
                                     @DefaultValue("http://localhost:8080/shop/{vendorCode}") String storefrontUrl,
                                     @DefaultValue("true") boolean logBodies) {

    public NotificationProperties {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("wizamart.notifications.max-attempts must be at least 1");
        }
    }
}
