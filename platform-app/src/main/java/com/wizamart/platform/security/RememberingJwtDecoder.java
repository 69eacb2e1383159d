package com.wizamart.platform.security;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidationException;

/**
 * Remembers access tokens whose signature it verified, so a client's every request does not pay for an ES256
 * verification again (about a third of a millisecond of CPU, a fifth of a checkout's work in the application).
 * <p>
 * Only the signature check and the parsing are remembered: the claims are validated again on every use, so a
 * remembered token stops being accepted the moment it expires, as an unremembered one would. Access tokens cannot be
 * revoked before they expire (ADR 0006), so remembering one changes no answer. At most {@code capacity} tokens are
 * kept; when full, expired ones are dropped, and if that frees less than a tenth everything is forgotten (the next
 * uses verify again). A token that fails verification is never remembered.
 */
final class RememberingJwtDecoder implements JwtDecoder {

    private final JwtDecoder verifying;
    private final OAuth2TokenValidator<Jwt> validator;
    private final int capacity;
    private final Clock clock;
    private final Map<String, Jwt> verified = new ConcurrentHashMap<>();

    /**
     * @param verifying a decoder that verifies the signature and validates the claims with {@code validator}.
     * @param validator the claim checks, run again for a remembered token on every use.
     * @param capacity  how many tokens to remember at most; 0 remembers none.
     */
    RememberingJwtDecoder(JwtDecoder verifying, OAuth2TokenValidator<Jwt> validator, int capacity, Clock clock) {
        this.verifying = verifying;
        this.validator = validator;
        this.capacity = capacity;
        this.clock = clock;
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Jwt jwt = verified.get(token);
        if (jwt == null) {
            jwt = verifying.decode(token);
            remember(token, jwt);
            return jwt;
        }
        OAuth2TokenValidatorResult result = validator.validate(jwt);
        if (result.hasErrors()) {
            verified.remove(token);
            throw new JwtValidationException(result.getErrors().iterator().next().getDescription(), result.getErrors());
        }
        return jwt;
    }

    /** @return how many tokens are remembered now. */
    int size() {
        return verified.size();
    }

    private void remember(String token, Jwt jwt) {
        if (capacity <= 0) {
            return;
        }
        if (verified.size() >= capacity) {
            var now = clock.instant();
            verified.values().removeIf(j -> j.getExpiresAt() == null || !j.getExpiresAt().isAfter(now));
            if (verified.size() >= capacity - capacity / 10) {
                // the sweep freed less than a tenth: forget everything rather than sweep again for the next token
                verified.clear();
            }
        }
        verified.put(token, jwt);
    }
}
