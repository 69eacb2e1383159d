package com.wizamart.platform.security;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.convert.converter.Converter;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.SingleResultAuthorizationManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTypeValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import com.github.benmanes.caffeine.cache.Ticker;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import com.wizamart.identity.CredentialChecks;
import com.wizamart.identity.TokenVerification;
import com.wizamart.platform.web.Problems;

/**
 * The security filter chain: stateless bearer tokens issued by identity, checked for signature (ES256 pinned, key
 * by {@code kid}), header {@code typ}, issuer, audience, expiry and not-before; roles from the token's {@code typ}
 * claim, vendor permissions from its {@code permissions} claim (authorities {@code PERM_*}).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    private static final Set<String> TOKEN_TYPES = Set.of("admin", "vendor", "customer");

    /**
     * Endpoints that authenticate by what their body carries (password, refresh token, one-time token). Clients
     * often attach their last access token to every call; once it has expired, it must not make these fail (a
     * refresh with the expired token attached would otherwise be refused), so here the bearer token is ignored.
     * Accepting an invitation is not among them: an existing account accepts signed in, with its token.
     */
    private static final RequestMatcher CREDENTIAL_ENDPOINTS = new OrRequestMatcher(
            PathPatternRequestMatcher.pathPattern(HttpMethod.POST, "/api/v1/auth/refresh"),
            PathPatternRequestMatcher.pathPattern(HttpMethod.POST, "/api/v1/auth/logout"),
            PathPatternRequestMatcher.pathPattern(HttpMethod.POST, "/api/v1/auth/password"),
            PathPatternRequestMatcher.pathPattern(HttpMethod.POST, "/api/v1/auth/activation/*"),
            PathPatternRequestMatcher.pathPattern(HttpMethod.GET, "/api/v1/auth/invitations/*"),
            PathPatternRequestMatcher.pathPattern(HttpMethod.POST, "/api/v1/admin/auth/login"),
            PathPatternRequestMatcher.pathPattern(HttpMethod.POST, "/api/v1/admin/auth/logout"),
            PathPatternRequestMatcher.pathPattern(HttpMethod.POST, "/api/v1/vendor/auth/login"),
            PathPatternRequestMatcher.pathPattern(HttpMethod.POST, "/api/v1/vendor/auth/logout"),
            PathPatternRequestMatcher.pathPattern(HttpMethod.POST, "/api/v1/public/vendors/*/auth/login"),
            PathPatternRequestMatcher.pathPattern(HttpMethod.POST, "/api/v1/public/vendors/*/auth/register"),
            // forgotten passwords and proven addresses (ADR 0036): the mailed token or the address is the credential
            PathPatternRequestMatcher.pathPattern(HttpMethod.POST, "/api/v1/auth/password-reset"),
            PathPatternRequestMatcher.pathPattern(HttpMethod.POST, "/api/v1/auth/password-reset/confirm"),
            PathPatternRequestMatcher.pathPattern(HttpMethod.POST, "/api/v1/public/vendors/*/auth/password-reset"),
            PathPatternRequestMatcher.pathPattern(HttpMethod.POST, "/api/v1/public/vendors/*/auth/password-reset/confirm"),
            PathPatternRequestMatcher.pathPattern(HttpMethod.POST, "/api/v1/public/vendors/*/auth/verify-email"),
            PathPatternRequestMatcher.pathPattern(HttpMethod.POST, "/api/v1/public/vendors/*/auth/verify-email/resend"));

    /**
     * Metrics, the API description and its UI: public in development, admin-only where
     * {@code wizamart.security.operations-endpoints.admin-only} is set (the {@code production} profile).
     */
    private static final String[] OPERATIONS_ENDPOINTS = {"/actuator/**", "/v3/api-docs", "/v3/api-docs/**",
            "/v3/api-docs.yaml", "/swagger-ui.html", "/swagger-ui/**"};

    /**
     * The web apps' pages, scripts and styles: the admin app ({@code /admin/}), the vendor portal ({@code /vendor/})
     * and what they share ({@code /shared/}); static files, GET and HEAD only. Their API calls carry the signed-in
     * account's token and pass the API chain below. A stricter Content-Security-Policy than the API's: scripts,
     * styles, images and connections from this origin only, no inline script or style, no eval, no framing, no form
     * posts elsewhere.
     */
    static final String WEB_APP_CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; font-src 'self'; manifest-src 'self'; form-action 'self'; frame-ancestors 'none'; "
            + "base-uri 'none'; object-src 'none'";

    /**
     * The web apps' policy, with product images also allowed from the CDN that
     * {@code wizamart.media.images.public-base-url} names (its origin only), when one does.
     */
    static String webAppCsp(String mediaBaseUrl) {
        if (mediaBaseUrl == null || mediaBaseUrl.isBlank()) {
            return WEB_APP_CSP;
        }
        java.net.URI base = java.net.URI.create(mediaBaseUrl.strip());
        if (base.getScheme() == null || base.getHost() == null) {
            throw new IllegalArgumentException("wizamart.media.images.public-base-url must be an absolute http(s) URL");
        }
        String origin = base.getScheme() + "://" + base.getRawAuthority();
        return WEB_APP_CSP.replace("img-src 'self' data:;", "img-src 'self' data: " + origin + ";");
    }

    private static final String[] WEB_APP_PATHS = {"/admin", "/admin/**", "/vendor", "/vendor/**", "/shared/**"};

    @Bean
    @Order(1)
    SecurityFilterChain webAppSecurity(HttpSecurity http,
                                       @org.springframework.beans.factory.annotation.Value(
                                               "${wizamart.media.images.public-base-url:}") String mediaBaseUrl)
            throws Exception {
        http.securityMatcher(WEB_APP_PATHS)
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(b -> b.disable())
                .formLogin(f -> f.disable())
                .logout(l -> l.disable())
                .requestCache(c -> c.disable())
                .headers(h -> h
                        .contentSecurityPolicy(csp -> csp.policyDirectives(webAppCsp(mediaBaseUrl)))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)))
                .authorizeHttpRequests(a -> a
                        .requestMatchers(HttpMethod.GET, WEB_APP_PATHS).permitAll()
                        .requestMatchers(HttpMethod.HEAD, WEB_APP_PATHS).permitAll()
                        .anyRequest().denyAll());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain apiSecurity(HttpSecurity http, JwtDecoder decoder, Problems problems,
                                    CredentialChecks credentialChecks, OperationsEndpointsProperties operations)
            throws Exception {
        AuthenticationEntryPoint unauthenticated = (request, response, e) -> {
            response.setHeader("WWW-Authenticate", "Bearer");
            problems.write(request, response, Problems.of(HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED",
                    "A valid bearer token is required."));
        };
        AccessDeniedHandler denied = (request, response, e) -> problems.write(request, response,
                Problems.of(HttpStatus.FORBIDDEN, "ACCESS_DENIED", "You are not allowed to do this."));
        BearerTokenResolver header = new BearerTokenHeader();
        BearerTokenResolver bearerTokens = request -> CREDENTIAL_ENDPOINTS.matches(request) ? null : header.resolve(request);
        http.csrf(csrf -> csrf.disable())
                .cors(cors -> { })
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(b -> b.disable())
                .formLogin(f -> f.disable())
                .logout(l -> l.disable())
                .requestCache(c -> c.disable())
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: https:; "
                                + "object-src 'none'; frame-ancestors 'none'; base-uri 'self'")))
                .authorizeHttpRequests(a -> a
                        .requestMatchers(HttpMethod.POST, "/api/v1/admin/auth/login", "/api/v1/admin/auth/logout",
                                "/api/v1/vendor/auth/login", "/api/v1/vendor/auth/logout", "/api/v1/auth/**").permitAll()
                        // what an invitation link offers, for the portal's page that accepts it (the token decides)
                        .requestMatchers(HttpMethod.GET, "/api/v1/auth/invitations/*").permitAll()
                        .requestMatchers("/api/v1/admin/**").hasRole("ADMIN")
                        .requestMatchers("/api/v1/vendor/**").hasRole("VENDOR")
                        .requestMatchers("/api/v1/public/**").permitAll()
                        // the payment provider's webhooks: authenticated by their Stripe-Signature (payments)
                        .requestMatchers(HttpMethod.POST, "/api/v1/payments/stripe/webhook").permitAll()
                        .requestMatchers("/api/**").denyAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers(OPERATIONS_ENDPOINTS)
                                .access(operations.adminOnly() ? AuthorityAuthorizationManager.hasRole("ADMIN")
                                        : SingleResultAuthorizationManager.permitAll())
                        // the admin app's libraries (static files; the app itself has the chain above)
                        .requestMatchers(HttpMethod.GET, "/webjars/**").permitAll()
                        .anyRequest().permitAll())
                .oauth2ResourceServer(o -> o
                        .bearerTokenResolver(bearerTokens)
                        .jwt(j -> j.decoder(decoder).jwtAuthenticationConverter(new TokenAuthorities()))
                        .authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler(denied))
                .exceptionHandling(e -> e.authenticationEntryPoint(unauthenticated).accessDeniedHandler(denied))
                .addFilterAfter(new CurrentCredentialsFilter(credentialChecks, problems),
                        BearerTokenAuthenticationFilter.class);
        return http.build();
    }

    /**
     * Spring Security observes nothing: no filter of the chain is wrapped in an observation decorator, and the
     * authentication and authorization managers are not wrapped either. The request as a whole is still observed
     * ({@code http.server.requests}); the per-filter layers cost more on every request than the endpoints they
     * guarded (docs/performance-history.md).
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    /** Spring Security's strict firewall with its default rules, its character checks without regular expressions. */
    @Bean
    WebSecurityCustomizer firewall() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowedHeaderNames(FirewallCharacters.NAMES);
        firewall.setAllowedHeaderValues(FirewallCharacters.VALUES);
        firewall.setAllowedParameterNames(FirewallCharacters.NAMES);
        return web -> web.httpFirewall(firewall);
    }

    /** Declared as its own type, so its cache statistics are bound as a {@code MeterBinder} too. */
    @Bean
    RememberingJwtDecoder jwtDecoder(TokenVerification verification,
                                     @Value("${wizamart.security.remembered-tokens:10000}") long rememberedTokens) {
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(new JOSEObjectType(TokenVerification.TOKEN_TYPE)));
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.ES256,
                new ImmutableJWKSet<>(verification.publicKeys())));
        // Claims are checked by the validators below (issuer, audience, exp/nbf with 60 s skew, typ).
        processor.setJWTClaimsSetVerifier((claims, context) -> { });
        NimbusJwtDecoder decoder = new NimbusJwtDecoder(processor);
        OAuth2TokenValidator<Jwt> audience = jwt -> jwt.getAudience() != null
                && jwt.getAudience().contains(verification.audience())
                ? OAuth2TokenValidatorResult.success()
                : OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", "wrong audience", null));
        OAuth2TokenValidator<Jwt> type = jwt -> {
            String typ = jwt.getClaimAsString("typ");
            boolean ok = typ != null && TOKEN_TYPES.contains(typ)
                    && (typ.equals("admin") || jwt.getClaimAsString("vendor_id") != null);
            return ok ? OAuth2TokenValidatorResult.success()
                    : OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", "wrong token type", null));
        };
        OAuth2TokenValidator<Jwt> lifetime = jwt -> jwt.getExpiresAt() != null
                ? OAuth2TokenValidatorResult.success()
                : OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", "no expiry", null));
        // Defaults (exp/nbf with 60 s skew) plus: issuer, header typ "at+jwt", audience, our typ claim, an expiry.
        OAuth2TokenValidator<Jwt> validator = JwtValidators.createDefaultWithValidators(
                new JwtIssuerValidator(verification.issuer()), new JwtTypeValidator(TokenVerification.TOKEN_TYPE),
                audience, type, lifetime);
        decoder.setJwtValidator(validator);
        return new RememberingJwtDecoder(decoder, validator, rememberedTokens, Clock.systemUTC(),
                Ticker.systemTicker());
    }

    /** {@code typ} becomes {@code ROLE_ADMIN|VENDOR|CUSTOMER}; each permission becomes {@code PERM_<permission>}. */
    static final class TokenAuthorities implements Converter<Jwt, AbstractAuthenticationToken> {

        @Override
        public AbstractAuthenticationToken convert(Jwt jwt) {
            Collection<GrantedAuthority> authorities = new ArrayList<>();
            authorities.add(new SimpleGrantedAuthority("ROLE_" + jwt.getClaimAsString("typ").toUpperCase()));
            List<String> permissions = jwt.getClaimAsStringList("permissions");
            if (permissions != null && "vendor".equals(jwt.getClaimAsString("typ"))) {
                permissions.forEach(p -> authorities.add(new SimpleGrantedAuthority("PERM_" + p)));
            }
            return new JwtAuthenticationToken(jwt, authorities, jwt.getSubject());
        }
    }
}
