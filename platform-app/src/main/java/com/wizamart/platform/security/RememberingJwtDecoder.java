package com.wizamart.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidationException;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;

/**
 * Remembers access tokens whose signature it verified, so a client's every request does not pay for an ES256
 * verification again (about a third of a millisecond of CPU, a fifth of a checkout's work in the application).
 * <p>
 * Only the signature check and the parsing are remembered: the claims are validated again on every use, and a
 * remembered token is forgotten at its own {@code exp} (a token the verifier still accepts within its clock skew is
 * verified again, not remembered), so remembering one changes no answer. Revocation by credentials version
 * ({@link CurrentCredentialsFilter}) runs after decoding and is not affected. At most {@code capacity} tokens are
 * kept; beyond that Caffeine evicts the ones least likely to be used again, one at a time. A token that fails
 * verification is never remembered. As a {@link MeterBinder} it reports the cache as {@value #CACHE_NAME}.
 */
final class RememberingJwtDecoder implements JwtDecoder, MeterBinder {

    /** The {@code cache} tag of the Micrometer cache metrics ({@code cache_gets_total{cache="access-tokens"}}). */
    static final String CACHE_NAME = "access-tokens";

    private final JwtDecoder verifying;
    private final OAuth2TokenValidator<Jwt> validator;
    private final long capacity;
    private final Clock clock;
    private final Cache<String, Jwt> verified;

    /**
     * @param verifying a decoder that verifies the signature and validates the claims with {@code validator}.
     * @param validator the claim checks, run again for a remembered token on every use.
     * @param capacity  how many tokens to remember at most; 0 remembers none.
     * @param clock     the wall clock a token's {@code exp} is compared with.
     * @param ticker    the cache's time source ({@link Ticker#systemTicker()} outside tests).
     */
    RememberingJwtDecoder(JwtDecoder verifying, OAuth2TokenValidator<Jwt> validator, long capacity, Clock clock,
                          Ticker ticker) {
        this.verifying = verifying;
        this.validator = validator;
        this.capacity = capacity;
        this.clock = clock;
        this.verified = Caffeine.newBuilder()
                .maximumSize(Math.max(capacity, 0))
                .expireAfter(Expiry.<String, Jwt>writing((token, jwt) -> untilExpiry(jwt)))
                .ticker(ticker)
                // maintenance runs on the requests' threads: no thread outside Spring's executors
                .executor(Runnable::run)
                .recordStats()
                .build();
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Jwt jwt = verified.getIfPresent(token);
        if (jwt == null) {
            jwt = verifying.decode(token);
            remember(token, jwt);
            return jwt;
        }
        OAuth2TokenValidatorResult result = validator.validate(jwt);
        if (result.hasErrors()) {
            verified.invalidate(token);
            throw new JwtValidationException(result.getErrors().iterator().next().getDescription(), result.getErrors());
        }
        return jwt;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        CaffeineCacheMetrics.monitor(registry, verified, CACHE_NAME);
    }

    /** @return how many tokens are remembered now (expired and evicted ones dropped first). */
    long size() {
        verified.cleanUp();
        return verified.estimatedSize();
    }

    private void remember(String token, Jwt jwt) {
        if (capacity > 0 && untilExpiry(jwt).isPositive()) {
            verified.put(token, jwt);
        }
    }

    private Duration untilExpiry(Jwt jwt) {
        Instant expiresAt = jwt.getExpiresAt();
        Duration left = expiresAt == null ? Duration.ZERO : Duration.between(clock.instant(), expiresAt);
        return left.isNegative() ? Duration.ZERO : left;
    }
}
