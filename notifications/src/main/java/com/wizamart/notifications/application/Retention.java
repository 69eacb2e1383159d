package com.wizamart.notifications.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

import com.wizamart.notifications.application.port.out.MessageStore;
import com.wizamart.notifications.config.NotificationProperties;

/**
 * Forgets the bodies of messages older than {@code wizamart.notifications.keep-bodies-for} (their text holds personal
 * data and links with tokens); the log keeps who was written to, about what, when and with what outcome.
 */
@Service
public class Retention {

    private static final Logger log = LoggerFactory.getLogger(Retention.class);

    private final MessageStore store;
    private final Scopes scopes;
    private final NotificationProperties properties;
    private final Clock clock;

    Retention(MessageStore store, Scopes scopes, NotificationProperties properties, ObjectProvider<Clock> clock) {
        this.store = store;
        this.scopes = scopes;
        this.properties = properties;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** @return how many messages lost their bodies. */
    public int purgeBodies() {
        Instant now = clock.instant();
        Instant before = now.minus(properties.keepBodiesFor());
        List<UUID> vendors = scopes.acrossVendors("find notification bodies past their retention time",
                () -> store.vendorsWithBodiesBefore(before));
        int purged = 0;
        for (UUID vendorId : vendors) {
            purged += scopes.as(vendorId, () -> store.purgeBodies(before, now));
        }
        if (purged > 0) {
            log.info("Forgot the bodies of {} messages created before {}", purged, before);
        }
        return purged;
    }
}
