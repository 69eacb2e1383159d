package com.wizamart.media.application;

import java.time.Clock;
import java.time.Instant;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Media's time: the application's {@link Clock} when it defines one (tests), else the system's, in UTC. */
@Component
class MediaClock {

    private final Clock clock;

    MediaClock(ObjectProvider<Clock> clock) {
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    Instant now() {
        return clock.instant();
    }
}
