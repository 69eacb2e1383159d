package com.wizamart.ordering.config;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Ordering's settings ({@code wizamart.ordering.*}).
 *
 * @param cartIdleTimeout   a cart nobody touched for this long is empty (and purged).
 * @param pendingHold       a {@code PENDING} order not confirmed within this time is cancelled and its stock released.
 * @param maxCartLines      the most different products one cart may hold.
 * @param idempotencyKeyTtl how long a checkout's {@code Idempotency-Key} is remembered.
 * @param maxAddresses      the most addresses one customer's address book may hold.
 */
@ConfigurationProperties("wizamart.ordering")
public record OrderingProperties(@DefaultValue("7d") Duration cartIdleTimeout,
                                 @DefaultValue("48h") Duration pendingHold,
                                 @DefaultValue("100") int maxCartLines,
                                 @DefaultValue("7d") Duration idempotencyKeyTtl,
                                 @DefaultValue("20") int maxAddresses) {
}
