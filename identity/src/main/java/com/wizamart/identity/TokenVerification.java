package com.wizamart.identity;

import com.nimbusds.jose.jwk.JWKSet;

/**
 * What the resource server needs to check access tokens identity issued: the public keys (also served at
 * {@code /.well-known/jwks.json}), the pinned algorithm, the issuer, audience and token type.
 */
public interface TokenVerification {

    /** The {@code typ} header every access token carries. */
    String TOKEN_TYPE = "at+jwt";

    /** The claim with the account's credentials version at issue (every kind of token); see {@link CredentialChecks}. */
    String CREDENTIALS_VERSION_CLAIM = "cver";

    /** @return the public keys of every key in the ring, each with its {@code kid}. */
    JWKSet publicKeys();

    String issuer();

    String audience();
}
