package com.wizamart.identity.adapter.out.security;

import java.time.Instant;
import java.util.Date;
import java.util.UUID;

import org.springframework.stereotype.Component;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.wizamart.identity.TokenVerification;
import com.wizamart.identity.application.port.out.AccessTokenIssuer;
import com.wizamart.identity.config.IdentityProperties;

/** Signs access tokens with the active ES256 key and publishes the ring's public keys. */
@Component
class JwtAccessTokens implements AccessTokenIssuer, TokenVerification {

    private final IdentityProperties.Tokens settings;
    private final KeyRing keys;
    private final ECDSASigner signer;

    JwtAccessTokens(IdentityProperties properties) throws JOSEException {
        this.settings = properties.tokens();
        this.keys = KeyRing.load(settings);
        this.signer = new ECDSASigner(keys.active());
    }

    @Override
    public IssuedToken issue(Claims claims) {
        Instant now = Instant.now();
        Instant expires = now.plus(settings.accessTokenTtl());
        JWTClaimsSet.Builder body = new JWTClaimsSet.Builder()
                .issuer(settings.issuer()).audience(settings.audience()).subject(claims.subject().toString())
                .issueTime(Date.from(now)).notBeforeTime(Date.from(now)).expirationTime(Date.from(expires))
                .jwtID(UUID.randomUUID().toString()).claim("typ", claims.type()).claim("email", claims.email());
        if (claims.vendorId() != null) {
            body.claim("vendor_id", claims.vendorId().toString());
        }
        if (claims.credentialsVersion() != null) {
            body.claim(CREDENTIALS_VERSION_CLAIM, claims.credentialsVersion());
        }
        if (claims.role() != null) {
            body.claim("role", claims.role()).claim("permissions", claims.permissions());
        }
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(keys.active().getKeyID())
                .type(new JOSEObjectType(TOKEN_TYPE)).build(), body.build());
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign an access token", e);
        }
        return new IssuedToken(jwt.serialize(), expires, settings.accessTokenTtl().toSeconds());
    }

    @Override
    public JWKSet publicKeys() {
        return keys.publicSet();
    }

    @Override
    public String issuer() {
        return settings.issuer();
    }

    @Override
    public String audience() {
        return settings.audience();
    }
}
