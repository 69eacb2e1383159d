package com.wizamart.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidationException;

class RememberingJwtDecoderTests {

    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");

    private final MutableClock clock = new MutableClock(T0);
    private final List<String> verifications = new ArrayList<>();
    private final JwtTimestampValidator timestamps = timestamps();

    /** Verifies "good-*" tokens (valid for 15 minutes from T0), refuses anything else, counting every call. */
    private final JwtDecoder verifying = token -> {
        verifications.add(token);
        if (!token.startsWith("good-")) {
            throw new BadJwtException("bad signature");
        }
        Jwt jwt = Jwt.withTokenValue(token).header("alg", "ES256").subject(token)
                .issuedAt(T0).expiresAt(T0.plus(Duration.ofMinutes(15))).build();
        var result = timestamps.validate(jwt);
        if (result.hasErrors()) {
            throw new JwtValidationException("invalid", result.getErrors());
        }
        return jwt;
    };

    @Test
    void verifiesAToken_onceForAllItsUses() {
        var decoder = new RememberingJwtDecoder(verifying, timestamps, 100, clock);

        for (int i = 0; i < 5; i++) {
            assertThat(decoder.decode("good-a").getSubject()).isEqualTo("good-a");
        }

        assertThat(verifications).containsExactly("good-a");
    }

    @Test
    void refusesARememberedToken_onceItExpired() {
        var decoder = new RememberingJwtDecoder(verifying, timestamps, 100, clock);
        decoder.decode("good-a");

        clock.now = T0.plus(Duration.ofMinutes(16));

        assertThatThrownBy(() -> decoder.decode("good-a")).isInstanceOf(JwtValidationException.class);
        assertThat(decoder.size()).isZero();
    }

    @Test
    void neverRemembersATokenThatFailedVerification() {
        var decoder = new RememberingJwtDecoder(verifying, timestamps, 100, clock);

        assertThatThrownBy(() -> decoder.decode("forged")).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> decoder.decode("forged")).isInstanceOf(BadJwtException.class);

        assertThat(verifications).containsExactly("forged", "forged");
        assertThat(decoder.size()).isZero();
    }

    @Test
    void staysWithinItsCapacity_droppingExpiredTokensFirst() {
        var decoder = new RememberingJwtDecoder(verifying, timestamps, 2, clock);
        decoder.decode("good-a");
        decoder.decode("good-b");
        assertThat(decoder.size()).isEqualTo(2);

        decoder.decode("good-c"); // full, nothing expired: forgets everything, keeps the new one
        assertThat(decoder.size()).isEqualTo(1);
        decoder.decode("good-a");
        assertThat(verifications).containsExactly("good-a", "good-b", "good-c", "good-a");
    }

    @Test
    void remembersNothing_withCapacityZero() {
        var decoder = new RememberingJwtDecoder(verifying, timestamps, 0, clock);

        decoder.decode("good-a");
        decoder.decode("good-a");

        assertThat(verifications).containsExactly("good-a", "good-a");
    }

    private JwtTimestampValidator timestamps() {
        var validator = new JwtTimestampValidator(Duration.ZERO);
        validator.setClock(clock);
        return validator;
    }

    private static final class MutableClock extends Clock {

        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
