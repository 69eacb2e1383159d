package com.wizamart.platform.security;

import java.io.IOException;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;

import com.wizamart.identity.CredentialChecks;
import com.wizamart.identity.TokenVerification;
import com.wizamart.platform.web.Problems;

/**
 * Refuses an access token issued before its account's password changed (or before the account was deactivated):
 * an admin token on every request (an admin reads every vendor), a team or customer token on every request that
 * changes state. Safe team and customer reads are not looked up, so the shop's and the team's read paths cost no
 * query. Runs after the bearer token was verified; see ADR 0013 and ADR 0025.
 */
final class CurrentCredentialsFilter extends OncePerRequestFilter {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private final CredentialChecks checks;
    private final Problems problems;

    CurrentCredentialsFilter(CredentialChecks checks, Problems problems) {
        this.checks = checks;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof JwtAuthenticationToken token && mustBeCurrent(token.getToken(), request)
                && !isCurrent(token.getToken())) {
            SecurityContextHolder.clearContext();
            response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            problems.write(request, response, Problems.of(HttpStatus.UNAUTHORIZED, "TOKEN_REVOKED",
                    "This session ended when the account's credentials changed; sign in again."));
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean mustBeCurrent(Jwt jwt, HttpServletRequest request) {
        String type = jwt.getClaimAsString("typ");
        return "admin".equals(type) || (("vendor".equals(type) || "customer".equals(type))
                && !SAFE_METHODS.contains(request.getMethod()));
    }

    private boolean isCurrent(Jwt jwt) {
        Object version = jwt.getClaims().get(TokenVerification.CREDENTIALS_VERSION_CLAIM);
        if (!(version instanceof Number number)) {
            return false;
        }
        try {
            UUID subject = UUID.fromString(jwt.getSubject());
            return "customer".equals(jwt.getClaimAsString("typ"))
                    ? checks.isCurrentCustomer(UUID.fromString(jwt.getClaimAsString("vendor_id")), subject,
                            number.longValue())
                    : checks.isCurrent(subject, number.longValue());
        } catch (IllegalArgumentException notAnId) {
            return false;
        }
    }
}
