package com.wizamart.identity;

import static com.wizamart.support.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.PlainHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import com.wizamart.identity.config.IdentityProperties;
import com.wizamart.support.ApiTest;
import com.wizamart.support.Concurrently;
import com.wizamart.support.Fixtures.Session;
import com.wizamart.support.Fixtures.VendorAccount;
import com.wizamart.support.Http;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Access tokens: only genuine, current tokens of the platform's own key pass, each kind of account stays on its
 * own API, and refresh tokens rotate, detect reuse and can be revoked.
 */
class TokenSecurityIntegrationTests extends ApiTest {

    private static final String TEAM = "/api/v1/vendor/team/members";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static VendorAccount vendor;
    private static Session viewer;
    private static Session customer;
    private static ECKey signingKey;

    @Autowired
    private IdentityProperties properties;

    @Autowired
    private org.springframework.jdbc.core.JdbcTemplate jdbc;

    /** Ways to forge or spoil an access token; each must answer 401. */
    enum Forgery {
        ALG_NONE, HS256_SIGNED_WITH_THE_PUBLIC_KEY, HS256_SIGNED_WITH_THE_PUBLISHED_JWK, TAMPERED_PAYLOAD,
        UNKNOWN_KID, FOREIGN_KEY_WITH_THE_REAL_KID, EXPIRED, NOT_YET_VALID, WRONG_ISSUER, WRONG_AUDIENCE,
        NO_HEADER_TYP, OTHER_HEADER_TYP, NO_EXPIRY, NO_TYP_CLAIM, UNKNOWN_TYP_CLAIM, VENDOR_TOKEN_WITHOUT_VENDOR,
        NOT_A_JWT
    }

    @BeforeEach
    void accounts() throws Exception {
        if (vendor == null) {
            vendor = fixtures.vendor();
            viewer = fixtures.member(vendor, "Viewer");
            customer = fixtures.customer(vendor);
            Path keys = properties.tokens().keySetFile();
            String kid = publishedKey().getKeyID();
            signingKey = (ECKey) JWKSet.load(keys.toFile()).getKeyByKeyId(kid);
            assertThat(signingKey).as("private key " + kid + " in " + keys).isNotNull();
            assertThat(signingKey.isPrivate()).isTrue();
        }
    }

    // --- forged and spoiled tokens -------------------------------------------------------------------------

    @Test
    void aTokenMintedLikeThePlatformsOwnPasses() throws Exception {
        // The control for the forgeries below: built the same way, only correct.
        Http.Response response = http.get(TEAM).bearer(sign(header().build(), claims().build(), signer())).send();
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.json().get("page").get("totalElements").asLong()).isEqualTo(2);
    }

    @ParameterizedTest
    @EnumSource(Forgery.class)
    void aForgedOrSpoiledAccessTokenIsRefusedWith401(Forgery forgery) throws Exception {
        Http.Response response = http.get(TEAM).bearer(forge(forgery)).send();
        assertProblem(response, 401, "UNAUTHENTICATED");
        assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
    }

    private String forge(Forgery forgery) throws Exception {
        Instant now = Instant.now();
        return switch (forgery) {
            case ALG_NONE -> new PlainJWT(new PlainHeader.Builder().type(new JOSEObjectType("at+jwt")).build(),
                    claims().build()).serialize();
            case HS256_SIGNED_WITH_THE_PUBLIC_KEY -> sign(hs256(), claims().build(),
                    new MACSigner(publishedKey().toECPublicKey().getEncoded()));
            case HS256_SIGNED_WITH_THE_PUBLISHED_JWK -> sign(hs256(), claims().build(),
                    new MACSigner(publishedKey().toJSONString().getBytes(StandardCharsets.UTF_8)));
            case TAMPERED_PAYLOAD -> tamper(viewer.accessToken());
            case UNKNOWN_KID -> sign(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID("not-" + signingKey.getKeyID())
                    .type(new JOSEObjectType("at+jwt")).build(), claims().build(), new ECDSASigner(freshKey("other")));
            case FOREIGN_KEY_WITH_THE_REAL_KID -> sign(header().build(), claims().build(),
                    new ECDSASigner(freshKey(signingKey.getKeyID())));
            case EXPIRED -> sign(header().build(), claims().issueTime(Date.from(now.minus(Duration.ofMinutes(20))))
                    .notBeforeTime(Date.from(now.minus(Duration.ofMinutes(20))))
                    .expirationTime(Date.from(now.minus(Duration.ofMinutes(5)))).build(), signer());
            case NOT_YET_VALID -> sign(header().build(), claims().notBeforeTime(Date.from(now.plus(Duration.ofMinutes(10))))
                    .expirationTime(Date.from(now.plus(Duration.ofMinutes(25)))).build(), signer());
            case WRONG_ISSUER -> sign(header().build(), claims().issuer("https://evil.example").build(), signer());
            case WRONG_AUDIENCE -> sign(header().build(), claims().audience("another-api").build(), signer());
            case NO_HEADER_TYP -> sign(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(signingKey.getKeyID()).build(),
                    claims().build(), signer());
            case OTHER_HEADER_TYP -> sign(header().type(JOSEObjectType.JWT).build(), claims().build(), signer());
            case NO_EXPIRY -> sign(header().build(), claims().expirationTime(null).build(), signer());
            case NO_TYP_CLAIM -> sign(header().build(), claims().claim("typ", null).build(), signer());
            case UNKNOWN_TYP_CLAIM -> sign(header().build(), claims().claim("typ", "superuser").build(), signer());
            case VENDOR_TOKEN_WITHOUT_VENDOR -> sign(header().build(), claims().claim("vendor_id", null).build(),
                    signer());
            case NOT_A_JWT -> "not-a-jwt";
        };
    }

    @Test
    void aTamperedTokenFailsAlthoughTheGenuineOneWorks() throws Exception {
        assertThat(http.get(TEAM).bearer(viewer.accessToken()).send().status()).isEqualTo(200);
        // the genuine Viewer token may not invite; a Viewer token claiming Owner permissions is refused outright
        assertProblem(http.post("/api/v1/vendor/team/invitations").bearer(viewer.accessToken())
                .json(Map.of("email", "x@team.test", "role", "Viewer")).send(), 403, "ACCESS_DENIED");
        assertProblem(http.post("/api/v1/vendor/team/invitations").bearer(tamper(viewer.accessToken()))
                .json(Map.of("email", "x@team.test", "role", "Viewer")).send(), 401, "UNAUTHENTICATED");
    }

    // --- each kind of token on its own API ---------------------------------------------------------------------

    @Test
    void aCustomerTokenIsForbiddenOnVendorEndpoints() {
        assertProblem(http.get(TEAM).bearer(customer.accessToken()).send(), 403, "ACCESS_DENIED");
        assertProblem(http.get("/api/v1/vendor/me").bearer(customer.accessToken()).send(), 403, "ACCESS_DENIED");
        assertProblem(http.post("/api/v1/vendor/team/invitations").bearer(customer.accessToken())
                .json(Map.of("email", "x@team.test", "role", "Viewer")).send(), 403, "ACCESS_DENIED");
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET /api/v1/admin/vendors", "GET /api/v1/admin/users", "GET /api/v1/admin/audit-log",
            "POST /api/v1/admin/vendors", "PUT /api/v1/admin/vendors/{vendor}/status"})
    void vendorAndCustomerTokensAreForbiddenOnAdminEndpoints(String endpoint) {
        String[] parts = endpoint.split(" ");
        String path = parts[1].replace("{vendor}", vendor.id().toString());
        for (Session session : List.of(vendor.owner(), customer)) {
            Http.Request request = http.method(parts[0], path).bearer(session.accessToken());
            if (!parts[0].equals("GET")) {
                request.json(Map.of("active", false));
            }
            assertProblem(request.send(), 403, "ACCESS_DENIED");
        }
        // the vendor was not switched off by any of these
        assertThat(http.get("/api/v1/vendor/me").bearer(vendor.owner().accessToken()).send().status()).isEqualTo(200);
    }

    @Test
    void anAdminTokenIsForbiddenOnVendorEndpoints() {
        assertProblem(http.get(TEAM).bearer(fixtures.sharedAdmin().accessToken()).send(), 403, "ACCESS_DENIED");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/vendor/team/members", "/api/v1/vendor/me", "/api/v1/admin/vendors",
            "/api/v1/admin/audit-log"})
    void noTokenAnswers401(String path) {
        Http.Response response = http.get(path).send();
        assertProblem(response, 401, "UNAUTHENTICATED");
        assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
    }

    @Test
    void aCallersRequestIdIsEchoedInTheProblem() {
        Http.Response response = http.get(TEAM).header("X-Request-Id", "trace-42.a").send();
        assertProblem(response, 401, "UNAUTHENTICATED");
        assertThat(response.json().get("requestId").asString()).isEqualTo("trace-42.a");
    }

    @Test
    void anUnsafeRequestIdIsReplacedByAFreshOne() {
        Http.Response response = http.get(TEAM).header("X-Request-Id", "<script>alert(1)</script>").send();
        assertProblem(response, 401, "UNAUTHENTICATED");
        assertThat(response.header("X-Request-Id")).matches("[0-9a-f-]{36}");
        assertThat(response.body()).doesNotContain("<script>");
    }

    @Test
    void refreshLoginAndLogoutWorkWhileTheClientStillSendsItsExpiredAccessToken() throws Exception {
        // clients typically attach the last access token to every call; once it has expired, that is what they send
        Instant past = Instant.now().minus(Duration.ofHours(1));
        String expired = sign(header().build(), claims().issueTime(Date.from(past)).notBeforeTime(Date.from(past))
                .expirationTime(Date.from(past.plus(Duration.ofMinutes(15)))).build(), signer());
        assertProblem(http.get(TEAM).bearer(expired).send(), 401, "UNAUTHENTICATED");

        Session session = fixtures.loginMember(vendor.owner().email(), vendor.code());
        Http.Response refreshed = http.post("/api/v1/auth/refresh").bearer(expired)
                .json(Map.of("refreshToken", session.refreshToken())).send();
        assertThat(refreshed.status()).as(refreshed.toString()).isEqualTo(200);
        Http.Response login = http.post("/api/v1/vendor/auth/login").bearer(expired).json(Map.of(
                "email", vendor.owner().email(), "password", com.wizamart.support.Fixtures.PASSWORD,
                "vendorCode", vendor.code())).send();
        assertThat(login.status()).as(login.toString()).isEqualTo(200);
        Http.Response logout = http.post("/api/v1/auth/logout").bearer(expired)
                .json(Map.of("refreshToken", refreshed.json().get("refreshToken").asString())).send();
        assertThat(logout.status()).as(logout.toString()).isEqualTo(204);
        assertProblem(refresh(refreshed.json().get("refreshToken").asString()), 401, "INVALID_REFRESH_TOKEN");
    }

    // --- refresh tokens ------------------------------------------------------------------------------------

    @Test
    void refreshRotatesThePairAndTheNewAccessTokenWorks() {
        Session session = fixtures.loginMember(vendor.owner().email(), vendor.code());
        Http.Response first = refresh(session.refreshToken());
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        JsonNode pair = first.json();
        assertThat(pair.get("tokenType").asString()).isEqualTo("Bearer");
        assertThat(pair.get("expiresIn").asLong()).isPositive();
        assertThat(pair.get("refreshToken").asString()).isNotEqualTo(session.refreshToken());
        assertThat(pair.get("accessToken").asString()).isNotEqualTo(session.accessToken());
        Http.Response members = http.get(TEAM).bearer(pair.get("accessToken").asString()).send();
        assertThat(members.status()).as(members.toString()).isEqualTo(200);

        Http.Response second = refresh(pair.get("refreshToken").asString());
        assertThat(second.status()).as(second.toString()).isEqualTo(200);
        assertThat(second.json().get("refreshToken").asString()).isNotEqualTo(pair.get("refreshToken").asString());
    }

    @Test
    void reusingARotatedRefreshTokenRevokesTheWholeFamily() {
        Session session = fixtures.loginMember(vendor.owner().email(), vendor.code());
        Session otherDevice = fixtures.loginMember(vendor.owner().email(), vendor.code());
        String r1 = session.refreshToken();
        String r2 = refresh(r1).json().get("refreshToken").asString();
        Http.Response third = refresh(r2);
        assertThat(third.status()).as(third.toString()).isEqualTo(200);
        String r3 = third.json().get("refreshToken").asString();

        assertProblem(refresh(r1), 401, "REFRESH_TOKEN_REUSED");
        // the newest token of the family is dead too, and so is the one reused a second time
        assertProblem(refresh(r3), 401, "INVALID_REFRESH_TOKEN");
        assertProblem(refresh(r2), 401, "INVALID_REFRESH_TOKEN");
        // another session of the same person lives on
        assertThat(refresh(otherDevice.refreshToken()).status()).isEqualTo(200);
    }

    @Test
    void twoRefreshesOfOneTokenAtOnceCountAsReuse() {
        Session session = fixtures.loginMember(vendor.owner().email(), vendor.code());
        List<Http.Response> responses = Concurrently.send(() -> refresh(session.refreshToken()),
                () -> refresh(session.refreshToken()));
        List<Integer> statuses = responses.stream().map(Http.Response::status).sorted().toList();
        assertThat(statuses).as(responses.toString()).containsExactly(200, 401);
        Http.Response winner = responses.get(0).status() == 200 ? responses.get(0) : responses.get(1);
        Http.Response loser = responses.get(0).status() == 200 ? responses.get(1) : responses.get(0);
        assertProblem(loser, 401, "REFRESH_TOKEN_REUSED");
        assertProblem(refresh(winner.json().get("refreshToken").asString()), 401, "INVALID_REFRESH_TOKEN");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/auth/logout", "/api/v1/vendor/auth/logout"})
    void logoutRevokesTheRefreshToken(String logoutPath) {
        Session session = fixtures.loginMember(vendor.owner().email(), vendor.code());
        Http.Response out = http.post(logoutPath).json(Map.of("refreshToken", session.refreshToken())).send();
        assertThat(out.status()).as(out.toString()).isEqualTo(204);
        assertProblem(refresh(session.refreshToken()), 401, "INVALID_REFRESH_TOKEN");
    }

    @Test
    void aCustomerLogoutRevokesTheCustomersRefreshToken() {
        Session session = fixtures.customer(vendor);
        Http.Response out = http.post("/api/v1/public/vendors/" + vendor.code() + "/auth/logout")
                .bearer(session.accessToken()).json(Map.of("refreshToken", session.refreshToken())).send();
        assertThat(out.status()).as(out.toString()).isEqualTo(204);
        assertProblem(refresh(session.refreshToken()), 401, "INVALID_REFRESH_TOKEN");
    }

    @Test
    void anExpiredRefreshTokenIsRefused() {
        Session session = fixtures.loginMember(vendor.owner().email(), vendor.code());
        jdbc.update("update identity_refresh_tokens set expires_at = now() - interval '1 second'"
                + " where subject_id = ? and used_at is null and revoked_at is null", vendor.owner().userId());
        assertProblem(refresh(session.refreshToken()), 401, "INVALID_REFRESH_TOKEN");
    }

    @Test
    void unknownRefreshTokensAreRefusedAndLogoutOfThemIsHarmless() {
        assertProblem(refresh("no-such-token"), 401, "INVALID_REFRESH_TOKEN");
        assertThat(http.post("/api/v1/auth/logout").json(Map.of("refreshToken", "no-such-token")).send().status())
                .isEqualTo(204);
    }

    // --- published keys ------------------------------------------------------------------------------------

    @Test
    void theJwksListsThePublicSigningKeyOnlyAndItVerifiesIssuedTokens() throws Exception {
        Http.Response response = http.get("/.well-known/jwks.json").send();
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/json");
        JsonNode keys = response.json().get("keys");
        assertThat(keys.size()).isPositive();
        for (JsonNode key : keys) {
            assertThat(key.get("kty").asString()).isEqualTo("EC");
            assertThat(key.get("crv").asString()).isEqualTo("P-256");
            assertThat(key.hasNonNull("kid")).isTrue();
            assertThat(key.has("d")).as("private part published: " + key).isFalse();
        }
        assertThat(response.body()).doesNotContain(signingKey.getD().toString());

        SignedJWT issued = SignedJWT.parse(vendor.owner().accessToken());
        assertThat(issued.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.ES256);
        assertThat(issued.getHeader().getType().getType()).isEqualTo("at+jwt");
        ECKey published = (ECKey) JWKSet.parse(response.body()).getKeyByKeyId(issued.getHeader().getKeyID());
        assertThat(published).as("the issuing key is published").isNotNull();
        assertThat(issued.verify(new ECDSAVerifier(published))).isTrue();
        JWTClaimsSet claims = issued.getJWTClaimsSet();
        assertThat(claims.getStringClaim("typ")).isEqualTo("vendor");
        assertThat(claims.getStringClaim("vendor_id")).isEqualTo(vendor.id().toString());
        assertThat(claims.getStringClaim("role")).isEqualTo("Owner");
        assertThat(claims.getStringListClaim("permissions")).contains("team.manage", "team.view");
        assertThat(claims.getAudience()).containsExactly(properties.tokens().audience());
        assertThat(claims.getIssuer()).isEqualTo(properties.tokens().issuer());
    }

    // --- helpers --------------------------------------------------------------------------------------------

    private Http.Response refresh(String refreshToken) {
        return http.post("/api/v1/auth/refresh").json(Map.of("refreshToken", refreshToken)).send();
    }

    private ECKey publishedKey() throws Exception {
        JWKSet set = JWKSet.parse(http.get("/.well-known/jwks.json").send().body());
        return (ECKey) set.getKeys().get(0);
    }

    private static JWSHeader.Builder header() {
        return new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(signingKey.getKeyID()).type(new JOSEObjectType("at+jwt"));
    }

    private static JWSHeader hs256() {
        return new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(signingKey.getKeyID()).type(new JOSEObjectType("at+jwt"))
                .build();
    }

    /** The claims of a genuine token of the vendor's owner. */
    private JWTClaimsSet.Builder claims() {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder().issuer(properties.tokens().issuer())
                .audience(properties.tokens().audience()).subject(vendor.owner().userId().toString())
                .issueTime(Date.from(now)).notBeforeTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(5)))).jwtID(UUID.randomUUID().toString())
                .claim("typ", "vendor").claim("email", vendor.owner().email())
                .claim("vendor_id", vendor.id().toString()).claim("role", "Owner")
                .claim("permissions", Permissions.ALL);
    }

    private static JWSSigner signer() throws Exception {
        return new ECDSASigner(signingKey);
    }

    private static ECKey freshKey(String kid) throws Exception {
        return new ECKeyGenerator(Curve.P_256).keyID(kid).generate();
    }

    private static String sign(JWSHeader header, JWTClaimsSet claims, JWSSigner signer) throws Exception {
        SignedJWT jwt = new SignedJWT(header, claims);
        jwt.sign(signer);
        return jwt.serialize();
    }

    /** Gives the token's holder the Owner role and every permission, keeping header and signature. */
    private static String tamper(String token) {
        String[] parts = token.split("\\.");
        ObjectNode payload = (ObjectNode) JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
        payload.put("role", "Owner");
        var permissions = payload.putArray("permissions");
        Permissions.ALL.forEach(permissions::add);
        String forged = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(JSON.writeValueAsBytes(payload));
        return parts[0] + "." + forged + "." + parts[2];
    }
}
