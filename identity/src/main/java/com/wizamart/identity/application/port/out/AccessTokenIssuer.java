package com.wizamart.identity.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Signs access tokens (JWT). */
public interface AccessTokenIssuer {

    IssuedToken issue(Claims claims);

    /**
     * What an access token says.
     *
     * @param type        {@code admin}, {@code vendor} or {@code customer}.
     * @param vendorId    for vendor and customer tokens.
     * @param role        for vendor tokens.
     * @param permissions for vendor tokens.
     * @param credentialsVersion the account's (or customer's) credentials version at issue (claim {@code cver}).
     */
    record Claims(String type, UUID subject, String email, UUID vendorId, String role, List<String> permissions,
                  Long credentialsVersion) {
    }

    /** A signed token and when it expires. */
    record IssuedToken(String value, Instant expiresAt, long expiresInSeconds) {
    }
}
