package com.wizamart.identity.config;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Identity settings ({@code wizamart.identity.*}).
 *
 * @param publicBaseUrl      base URL put in activation and invitation links.
 * @param tokens             access and refresh token settings.
 * @param throttle           failed-login throttling.
 * @param activationTtl      how long a one-time activation link stays valid.
 * @param invitationTtl      how long a team invitation stays valid.
 */
@ConfigurationProperties("wizamart.identity")
public record IdentityProperties(@DefaultValue("http://localhost:8080") String publicBaseUrl,
                                 @DefaultValue Tokens tokens,
                                 @DefaultValue Throttle throttle,
                                 @DefaultValue("72h") Duration activationTtl,
                                 @DefaultValue("7d") Duration invitationTtl) {

    /**
     * @param issuer          the {@code iss} claim, checked on every request.
     * @param audience        the {@code aud} claim, checked on every request.
     * @param accessTokenTtl  lifetime of access tokens.
     * @param refreshTokenTtl lifetime of refresh tokens (each use rotates them).
     * @param keySetFile      JWK set with the private signing keys (several with {@code kid} for rotation).
     * @param activeKeyId     the key that signs; the newest key of the set when empty.
     * @param generateIfMissing create and persist a fresh P-256 key set at {@code keySetFile} when it does not exist
     *                        (development); production points {@code keySetFile} at a managed secret.
     */
    public record Tokens(@DefaultValue("https://wizamart.local") String issuer,
                         @DefaultValue("wizamart-api") String audience,
                         @DefaultValue("15m") Duration accessTokenTtl,
                         @DefaultValue("30d") Duration refreshTokenTtl,
                         @DefaultValue(".wizamart/jwt-keys.json") Path keySetFile,
                         String activeKeyId,
                         @DefaultValue("true") boolean generateIfMissing) {
    }

    /**
     * @param maxFailuresPerAccount failures in {@code window} after which an account is locked.
     * @param maxFailuresPerAddress failures in {@code window} after which a client address is locked.
     * @param window                the counting window.
     * @param lockout               how long a lock lasts.
     * @param maxRegistrationsPerAddress customer registrations (at any shop) one client address may attempt in
     *                              {@code window} before it is locked out of registering.
     * @param maxRegistrationsPerShop customer registrations one shop takes in {@code window} (from anywhere) before
     *                              registration there pauses for {@code lockout}.
     */
    public record Throttle(@DefaultValue("5") int maxFailuresPerAccount,
                           @DefaultValue("50") int maxFailuresPerAddress,
                           @DefaultValue("15m") Duration window,
                           @DefaultValue("15m") Duration lockout,
                           @DefaultValue("10") int maxRegistrationsPerAddress,
                           @DefaultValue("500") int maxRegistrationsPerShop) {
    }
}
