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
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidationException;

class RememberingJwtDecoderTests {

    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");
    private static final Instant EXPIRY = T0.plus(Duration.ofMinutes(15));

    private final MutableClock clock = new MutableClock(T0);
    private final List<String> verifications = new ArrayList<>();
    private Duration skew = Duration.ZERO;
    private boolean refuseClaims;

    /** The verifier's claim checks: expiry with {@link #skew}, and whatever {@link #refuseClaims} says. */
    private final OAuth2TokenValidator<Jwt> claims = jwt -> refuseClaims
            ? OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", "refused", null))
            : timestamps().validate(jwt);

    /** Verifies "good-*" tokens (valid for 15 minutes from T0), refuses anything else, counting every call. */
    private final JwtDecoder verifying = token -> {
        verifications.add(token);
        if (!token.startsWith("good-")) {
            throw new BadJwtException("bad signature");
        }
        Jwt jwt = Jwt.withTokenValue(token).header("alg", "ES256").subject(token)
                .issuedAt(T0).expiresAt(EXPIRY).build();
        var result = claims.validate(jwt);
        if (result.hasErrors()) {
            throw new JwtValidationException("invalid", result.getErrors());
        }
        return jwt;
    };

    @Test
    void verifiesAToken_onceForAllItsUses() {
        var decoder = decoder(100);

        for (int i = 0; i < 5; i++) {
            assertThat(decoder.decode("good-a").getSubject()).isEqualTo("good-a");
        }

        assertThat(verifications).containsExactly("good-a");
    }

    @Test
    void validatesTheClaimsOfARememberedToken_onEveryUse() {
        var decoder = decoder(100);
        decoder.decode("good-a");

        refuseClaims = true;

        assertThatThrownBy(() -> decoder.decode("good-a")).isInstanceOf(JwtValidationException.class);
        assertThat(verifications).containsExactly("good-a");
        assertThat(decoder.size()).isZero();
    }

    @Test
    void forgetsAToken_atItsOwnExpiry() {
        var decoder = decoder(100);
        decoder.decode("good-a");

        clock.now = EXPIRY.minusSeconds(1);
        assertThat(decoder.size()).isOne();

        clock.now = EXPIRY;
        assertThat(decoder.size()).isZero();
    }

    @Test
    void verifiesAgain_aTokenPastItsExpiryThatTheVerifiersClockSkewStillAccepts() {
        skew = Duration.ofSeconds(60);
        var decoder = decoder(100);
        decoder.decode("good-a");

        clock.now = EXPIRY.plusSeconds(30);
        decoder.decode("good-a");
        decoder.decode("good-a");

        assertThat(verifications).containsExactly("good-a", "good-a", "good-a");
        assertThat(decoder.size()).isZero();
    }

    @Test
    void refusesARememberedToken_onceItExpired() {
        var decoder = decoder(100);
        decoder.decode("good-a");

        clock.now = EXPIRY.plus(Duration.ofMinutes(1));

        assertThatThrownBy(() -> decoder.decode("good-a")).isInstanceOf(JwtValidationException.class);
        assertThat(decoder.size()).isZero();
    }

    @Test
    void neverRemembersATokenThatFailedVerification() {
        var decoder = decoder(100);

        assertThatThrownBy(() -> decoder.decode("forged")).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> decoder.decode("forged")).isInstanceOf(BadJwtException.class);

        assertThat(verifications).containsExactly("forged", "forged");
        assertThat(decoder.size()).isZero();
    }

    @Test
    void staysWithinItsCapacity_keepingATokenInUseWhileOneOffTokensComeAndGo() {
        var decoder = decoder(10);

        for (int i = 0; i < 200; i++) {
            decoder.decode("good-in-use");
            decoder.decode("good-once-" + i);
            assertThat(decoder.size()).isLessThanOrEqualTo(10);
        }

        assertThat(decoder.size()).isEqualTo(10);
        assertThat(verifications).filteredOn("good-in-use"::equals).hasSize(1);
    }

    @Test
    void remembersNothing_withCapacityZero() {
        var decoder = decoder(0);

        decoder.decode("good-a");
        decoder.decode("good-a");

        assertThat(verifications).containsExactly("good-a", "good-a");
    }

    private RememberingJwtDecoder decoder(long capacity) {
        return new RememberingJwtDecoder(verifying, claims, capacity, clock,
                () -> Duration.between(T0, clock.now).toNanos());
    }

    private JwtTimestampValidator timestamps() {
        var validator = new JwtTimestampValidator(skew);
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
