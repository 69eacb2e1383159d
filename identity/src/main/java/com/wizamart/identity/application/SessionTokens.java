package com.wizamart.identity.application;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.wizamart.identity.application.port.out.AccessTokenIssuer;
import com.wizamart.identity.application.port.out.AccessTokenIssuer.Claims;
import com.wizamart.identity.application.port.out.CredentialTokenStore;
import com.wizamart.identity.application.port.out.CredentialTokenStore.RefreshToken;
import com.wizamart.identity.config.IdentityProperties;
import com.wizamart.identity.domain.Customer;
import com.wizamart.identity.domain.Role;
import com.wizamart.identity.domain.User;

/** Issues an access token with a fresh refresh token of a (new or continued) family. */
@Service
public class SessionTokens {

    private final AccessTokenIssuer issuer;
    private final CredentialTokenStore store;
    private final IdentityProperties properties;

    SessionTokens(AccessTokenIssuer issuer, CredentialTokenStore store, IdentityProperties properties) {
        this.issuer = issuer;
        this.store = store;
        this.properties = properties;
    }

    /**
     * @param familyId the family to continue on refresh; {@literal null} starts one (login).
     */
    @Transactional
    public TokenPair issue(Claims claims, UUID familyId) {
        AccessTokenIssuer.IssuedToken access = issuer.issue(claims);
        String refresh = Tokens.random();
        store.insertRefreshToken(new RefreshToken(UUID.randomUUID(), Tokens.hash(refresh),
                familyId == null ? UUID.randomUUID() : familyId, claims.type(), claims.subject(), claims.vendorId(),
                Instant.now().plus(properties.tokens().refreshTokenTtl()), null, null));
        return new TokenPair(access.value(), refresh, "Bearer", access.expiresInSeconds());
    }

    /** The pair a login or refresh answers. */
    public record TokenPair(String accessToken, String refreshToken, String tokenType, long expiresIn) {
    }

    static Claims adminClaims(User admin) {
        return new Claims("admin", admin.id(), admin.email().value(), null, null, List.of(), admin.credentialsVersion());
    }

    static Claims vendorClaims(User member, UUID vendorId, Role role) {
        return new Claims("vendor", member.id(), member.email().value(), vendorId, role.name(),
                role.orderedPermissions(), member.credentialsVersion());
    }

    static Claims customerClaims(Customer customer, UUID vendorId) {
        return new Claims("customer", customer.id(), customer.email().value(), vendorId, null, List.of(),
                customer.credentialsVersion());
    }
}
