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
 * @param passwordResetTtl   how long a forgotten-password link stays valid.
 * @param emailVerificationTtl how long a customer's link proving their address stays valid.
 * @param storefrontUrl      where a shop's storefront lives, for the links mailed to its customers; {@code {vendorCode}}
 *                           is replaced by the shop's code. Empty: {@code <publicBaseUrl>/shop/{vendorCode}}.
 * @param returnLinks        whether invitation and activation links (and their tokens) are returned in API answers:
 *                           {@code auto} while no mail server is configured ({@code spring.mail.host} unset),
 *                           {@code always}, or {@code never} (they travel by mail only).
 */
@ConfigurationProperties("wizamart.identity")
public record IdentityProperties(@DefaultValue("http://localhost:8080") String publicBaseUrl,
                                 @DefaultValue Tokens tokens,
                                 @DefaultValue Throttle throttle,
                                 @DefaultValue("72h") Duration activationTtl,
                                 @DefaultValue("7d") Duration invitationTtl,
                                 @DefaultValue("1h") Duration passwordResetTtl,
                                 @DefaultValue("48h") Duration emailVerificationTtl,
                                 String storefrontUrl,
                                 @DefaultValue("auto") ReturnLinks returnLinks) {

    /** When links carrying one-time tokens are returned in API answers besides being mailed. */
    public enum ReturnLinks {
        AUTO, ALWAYS, NEVER;

        /**
         * @param mailConfigured whether a mail server is configured.
         * @return whether links are returned.
         */
        public boolean returned(boolean mailConfigured) {
            return switch (this) {
                case ALWAYS -> true;
                case NEVER -> false;
                case AUTO -> !mailConfigured;
            };
        }
    }

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
     * @param maxMailRequestsPerAccount requests that mail an address (forgotten password, a new verification link) one
     *                              address may receive in {@code window}, whether or not it has an account.
     * @param maxMailRequestsPerAddress such requests one client address may send in {@code window}.
     */
    public record Throttle(@DefaultValue("5") int maxFailuresPerAccount,
                           @DefaultValue("50") int maxFailuresPerAddress,
                           @DefaultValue("15m") Duration window,
                           @DefaultValue("15m") Duration lockout,
                           @DefaultValue("10") int maxRegistrationsPerAddress,
                           @DefaultValue("500") int maxRegistrationsPerShop,
                           @DefaultValue("5") int maxMailRequestsPerAccount,
                           @DefaultValue("20") int maxMailRequestsPerAddress) {
    }
}
