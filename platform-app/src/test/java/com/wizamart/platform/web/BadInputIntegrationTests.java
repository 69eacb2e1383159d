package com.wizamart.platform.web;

import static com.wizamart.support.ProblemAssertions.assertFieldError;
import static com.wizamart.support.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.MethodParameter;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableHandlerMethodArgumentResolver;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;

import com.wizamart.support.ApiTest;
import com.wizamart.support.Fixtures;
import com.wizamart.support.Fixtures.Session;
import com.wizamart.support.Fixtures.VendorAccount;
import com.wizamart.support.Http;

import tools.jackson.databind.JsonNode;

/**
 * Whatever a client sends, it gets a precise problem-details answer (400, 413, 415, 422, ...) with a stable
 * {@code errorCode}, and never a stack trace, a class name or SQL.
 */
class BadInputIntegrationTests extends ApiTest {

    private static final String VENDORS = "/api/v1/admin/vendors";

    private static VendorAccount vendor;

    @Autowired
    RequestMappingHandlerAdapter handlerAdapter;
    private Session admin;

    @BeforeEach
    void accounts() {
        admin = fixtures.sharedAdmin();
        if (vendor == null) {
            vendor = fixtures.vendor();
        }
    }

    // --- malformed bodies ------------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"{\"code\": ", "{code: 'x'}", "not json at all", "{\"name\": \"a\"} trailing", ""})
    void aBodyThatIsNotJsonIs400MalformedJson(String body) {
        assertProblem(http.post(VENDORS).bearer(admin.accessToken()).raw(body, "application/json").send(),
                400, "MALFORMED_JSON");
    }

    @Test
    void aMalformedLoginBodyIs400MalformedJson() {
        assertProblem(http.post("/api/v1/admin/auth/login").raw("{\"email\": \"a@b.c\", ", "application/json").send(),
                400, "MALFORMED_JSON");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "{\"verified\": \"maybe\"}                 | verified",
            "{\"verified\": [true]}                    | verified",
            "{\"verified\": {\"value\": true}}         | verified",
    })
    void aFieldOfTheWrongTypeIs400InvalidFieldType(String body, String field) {
        assertFieldError(http.put(VENDORS + "/" + vendor.id() + "/verify").bearer(admin.accessToken())
                .raw(body, "application/json").send(), 400, "INVALID_FIELD_TYPE", field);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "{\"email\": 12345, \"password\": \"correct-horse-battery\"}         | email",
            "{\"email\": {\"a\": 1}, \"password\": \"correct-horse-battery\"}    | email",
            "{\"email\": \"a@b.test\", \"password\": [\"correct-horse\"]}        | password",
            "{\"email\": true, \"password\": \"correct-horse-battery\"}          | email",
    })
    void aLoginWithFieldsOfTheWrongTypeIs400InvalidFieldType(String body, String field) {
        assertFieldError(http.post("/api/v1/admin/auth/login").raw(body, "application/json").send(),
                400, "INVALID_FIELD_TYPE", field);
    }

    @Test
    void aNestedFieldOfTheWrongTypeIsNamedByItsPath() {
        Map<String, Object> body = newVendor();
        body.put("owner", Map.of("email", java.util.List.of("x@y.test")));
        assertFieldError(http.post(VENDORS).bearer(admin.accessToken()).json(body).send(), 400, "INVALID_FIELD_TYPE",
                "owner.email");
        body = newVendor();
        body.put("feedSources", Map.of("en", "https://feed.test/en.csv"));
        assertFieldError(http.post(VENDORS).bearer(admin.accessToken()).json(body).send(), 400, "INVALID_FIELD_TYPE",
                "feedSources");
    }

    @Test
    void aMalformedIdOrQueryParameterIs400() {
        assertProblem(http.get(VENDORS + "/not-a-uuid").bearer(admin.accessToken()).send(), 400, "MALFORMED_REQUEST");
        assertProblem(http.get(VENDORS + "?active=maybe").bearer(admin.accessToken()).send(), 400, "MALFORMED_REQUEST");
        assertProblem(http.get("/api/v1/admin/audit-log?from=yesterday").bearer(admin.accessToken()).send(),
                400, "MALFORMED_REQUEST");
    }

    @Test
    void malformedProductFiltersAre422NamingEachParameter() {
        String shop = "/api/v1/public/vendors/" + vendor.code() + "/products";
        Http.Response response = http.get(shop + "?minPrice=cheap&featured=maybe&inStock=1&maxPrice=").send();
        assertFieldError(response, 422, "VALIDATION_FAILED", "minPrice");
        JsonNode problem = assertFieldError(response, 422, "VALIDATION_FAILED", "featured");
        assertThat(problem.get("errors")).extracting(e -> e.get("field").asString() + " " + e.get("message").asString())
                .containsExactlyInAnyOrder("minPrice must be a decimal number", "featured must be true or false");
        assertThat(response.body()).doesNotContain("inStock", "maxPrice", "java.", "BigDecimal");
        // the same values well formed are filters like any other (empty: no filter; 1/0, on/off, yes/no: booleans)
        assertThat(http.get(shop + "?minPrice=%201.50&featured=no&inStock=1&maxPrice=%20").send().status())
                .isEqualTo(200);
        assertFieldError(http.get(shop + "/search?q=tea&inStock=perhaps").send(), 422, "VALIDATION_FAILED",
                "inStock");
    }

    // --- size -----------------------------------------------------------------------------------------------

    @Test
    void aJsonBodyOverOneMegabyteIs413() {
        byte[] big = bigJson();
        assertProblem(http.post(VENDORS).bearer(admin.accessToken()).bytes(big, "application/json").send(),
                413, "PAYLOAD_TOO_LARGE");
        assertProblem(http.post("/api/v1/admin/auth/login").bytes(big, "application/json").send(),
                413, "PAYLOAD_TOO_LARGE");
    }

    @Test
    void aChunkedJsonBodyOverOneMegabyteIs413() {
        assertProblem(http.post(VENDORS).bearer(admin.accessToken()).chunked(bigJson(), "application/json").send(),
                413, "PAYLOAD_TOO_LARGE");
    }

    @Test
    void aJsonBodyJustUnderTheLimitIsRead() {
        // the limit is about size, not about JSON: 900 kB of valid JSON gets to validation (name too long)
        char[] name = new char[900_000];
        Arrays.fill(name, 'n');
        Map<String, Object> body = newVendor();
        body.put("name", new String(name));
        assertFieldError(http.post(VENDORS).bearer(admin.accessToken()).json(body).send(), 422, "VALIDATION_FAILED",
                "name");
    }

    // --- unknown fields ---------------------------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"id | \"00000000-0000-0000-0000-000000000001\"", "active | false",
            "verified | true", "deleted | true", "createdAt | \"2020-01-01T00:00:00Z\""})
    void anUnknownFieldOnCreateIs400AndCreatesNothing(String field, String value) {
        Map<String, Object> body = newVendor();
        String json = Http.json(body);
        json = json.substring(0, json.length() - 1) + ",\"" + field + "\":" + value + "}";
        assertFieldError(http.post(VENDORS).bearer(admin.accessToken()).raw(json, "application/json").send(),
                400, "UNKNOWN_FIELD", field);
        assertNothingCreated(body);
    }

    @Test
    void anUnknownNestedFieldIsNamedByItsPath() {
        Map<String, Object> body = newVendor();
        body.put("owner", Map.of("email", Fixtures.unique("o") + "@shop.test", "platformAdmin", true));
        assertFieldError(http.post(VENDORS).bearer(admin.accessToken()).json(body).send(), 400, "UNKNOWN_FIELD",
                "owner.platformAdmin");
        assertNothingCreated(body);
    }

    @Test
    void anUnknownFieldOnEditIs400AndChangesNothing() {
        assertFieldError(http.put(VENDORS + "/" + vendor.id()).bearer(admin.accessToken())
                .json(Map.of("name", "Renamed", "code", "stolen-code")).send(), 400, "UNKNOWN_FIELD", "code");
        Http.Response current = http.get(VENDORS + "/" + vendor.id()).bearer(admin.accessToken()).send();
        assertThat(current.json().get("code").asString()).isEqualTo(vendor.code());
        assertThat(current.json().get("name").asString()).isEqualTo("Shop " + vendor.code());
    }

    // --- validation -------------------------------------------------------------------------------------------

    @Test
    void invalidFieldsAre422WithEachFieldNamed() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "");
        body.put("subdomain", "ok-" + Fixtures.unique("s").toLowerCase());
        body.put("businessEmail", "not-an-email");
        body.put("owner", Map.of("firstName", "No email"));
        Http.Response response = http.post(VENDORS).bearer(admin.accessToken()).json(body).send();
        assertFieldError(response, 422, "VALIDATION_FAILED", "name");
        assertFieldError(response, 422, "VALIDATION_FAILED", "businessEmail");
        assertFieldError(response, 422, "VALIDATION_FAILED", "owner.email");
    }

    @Test
    void aMissingRequiredObjectIs422() {
        Map<String, Object> body = newVendor();
        body.remove("owner");
        assertFieldError(http.post(VENDORS).bearer(admin.accessToken()).json(body).send(), 422, "VALIDATION_FAILED",
                "owner");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Bad_Sub", "-dash", "admin", "with.dot"})
    void aSubdomainThatIsNoDnsLabelOrIsReservedIs422(String subdomain) {
        Map<String, Object> body = newVendor();
        body.put("subdomain", subdomain);
        body.remove("code");
        assertFieldError(http.post(VENDORS).bearer(admin.accessToken()).json(body).send(), 422, "VALIDATION_FAILED",
                "subdomain");
        assertNothingCreated(body);
    }

    @Test
    void aMissingRequestBodyIs400() {
        assertProblem(http.put(VENDORS + "/" + vendor.id() + "/verify").bearer(admin.accessToken()).send(),
                400, "MALFORMED_JSON");
    }

    // --- unknown paths, methods, media types -------------------------------------------------------------------

    @Test
    void anUnknownPathIs404() {
        assertProblem(http.get("/api/v1/admin/no-such-thing").bearer(admin.accessToken()).send(), 404, "NOT_FOUND");
        assertProblem(http.get("/api/v1/vendor/no-such-thing").bearer(vendor.owner().accessToken()).send(),
                404, "NOT_FOUND");
        assertProblem(http.get("/no-such-page").send(), 404, "NOT_FOUND");
        assertProblem(http.get(VENDORS + "/" + java.util.UUID.randomUUID()).bearer(admin.accessToken()).send(),
                404, "VENDOR_NOT_FOUND");
    }

    @Test
    void errorsRaisedByTheServletContainerAreProblemsToo() {
        assertProblem(http.get(VENDORS + "/a%2Fb").bearer(admin.accessToken()).send(), 400, "MALFORMED_REQUEST");
        assertProblem(http.get(VENDORS + "?search=" + "x".repeat(20_000)).bearer(admin.accessToken()).send(),
                400, "MALFORMED_REQUEST");
    }

    @Test
    void aWrongMethodIs405() {
        Http.Response response = http.delete("/api/v1/admin/audit-log").bearer(admin.accessToken()).send();
        assertProblem(response, 405, "METHOD_NOT_ALLOWED");
        assertThat(response.header("Allow")).contains("GET");
        assertProblem(http.method("PATCH", VENDORS + "/" + vendor.id()).bearer(admin.accessToken())
                .json(Map.of("name", "x")).send(), 405, "METHOD_NOT_ALLOWED");
    }

    @Test
    void aWrongContentTypeIs415() {
        assertProblem(http.post(VENDORS).bearer(admin.accessToken()).raw(Http.json(newVendor()), "text/plain").send(),
                415, "UNSUPPORTED_MEDIA_TYPE");
        assertProblem(http.put(VENDORS + "/" + vendor.id() + "/verify").bearer(admin.accessToken())
                .raw("verified=true", "application/x-www-form-urlencoded").send(), 415, "UNSUPPORTED_MEDIA_TYPE");
        assertProblem(http.post(VENDORS + "/bulk-import").bearer(admin.accessToken())
                .json(Map.of("file", "vendor_name,subdomain")).send(), 415, "UNSUPPORTED_MEDIA_TYPE");
    }

    // --- paging and sorting -------------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/admin/vendors?sort=password,asc", "/api/v1/admin/vendors?sort=name;drop table x",
            "/api/v1/admin/vendors?sort=v.deleted_at", "/api/v1/admin/users?sort=passwordHash",
            "/api/v1/admin/audit-log?sort=before,desc", "/api/v1/vendor/team/members?sort=u.password_hash"})
    void sortingByAnUnknownPropertyIs400InvalidSort(String path) {
        String token = path.startsWith("/api/v1/vendor") ? vendor.owner().accessToken() : admin.accessToken();
        Http.Response response = http.get(path.replace(" ", "%20")).bearer(token).send();
        assertProblem(response, 400, "INVALID_SORT");
    }

    @Test
    void sortingByAKnownPropertyWorksAndPageSizeIsCapped() {
        Http.Response response = http.get(VENDORS + "?sort=name,desc&size=5000").bearer(admin.accessToken()).send();
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.json().get("page").get("size").asInt()).isEqualTo(200);
        Http.Response members = http.get("/api/v1/vendor/team/members?sort=email,asc")
                .bearer(vendor.owner().accessToken()).send();
        assertThat(members.status()).as(members.toString()).isEqualTo(200);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            page=2&size=7        | 2 | 7
            page=-1&size=0       | 0 | 20
            page=x&size=many     | 0 | 20
            page=&size=          | 0 | 20
            size=1000            | 0 | 200
            """)
    void pagesCountFromZeroAndUnusableValuesFallBackToTheListsDefaults(String query, int page, int size) {
        Http.Response response = http.get(VENDORS + "?" + query).bearer(admin.accessToken()).send();
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.json().get("page").get("number").asInt()).as(query).isEqualTo(page);
        assertThat(response.json().get("page").get("size").asInt()).as(query).isEqualTo(size);
    }

    @Test
    void pageableParametersAreResolvedBySpringDatasOwnResolver() throws Exception {
        MethodParameter pageable = new MethodParameter(getClass().getDeclaredMethod("paged", Pageable.class), 0);
        assertThat(handlerAdapter.getArgumentResolvers()).filteredOn(r -> r.supportsParameter(pageable)).first()
                .isInstanceOf(PageableHandlerMethodArgumentResolver.class);
    }

    @SuppressWarnings("unused")
    private void paged(Pageable pageable) {
    }

    // --- helpers --------------------------------------------------------------------------------------------

    private static Map<String, Object> newVendor() {
        String code = Fixtures.unique("bad").toLowerCase();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("name", "Shop " + code);
        body.put("subdomain", code);
        body.put("businessEmail", "hello@" + code + ".test");
        body.put("owner", Map.of("email", "owner-" + code + "@shop.test", "firstName", "Olga", "lastName", "Owner"));
        return body;
    }

    private void assertNothingCreated(Map<String, Object> body) {
        String name = (String) body.get("name");
        Http.Response vendors = http.get(VENDORS + "?search=" + body.get("subdomain").toString().replace("_", "%5F"))
                .bearer(admin.accessToken()).send();
        assertThat(vendors.status()).isEqualTo(200);
        assertThat(vendors.body()).doesNotContain(name);
        Object owner = body.get("owner");
        if (owner instanceof Map<?, ?> o && o.get("email") instanceof String email) {
            Http.Response users = http.get("/api/v1/admin/users?search=" + email).bearer(admin.accessToken()).send();
            assertThat(users.json().get("page").get("totalElements").asLong()).as(email).isZero();
        }
    }

    private static byte[] bigJson() {
        char[] filler = new char[1_100_000];
        Arrays.fill(filler, 'x');
        return ("{\"name\": \"" + new String(filler) + "\"}").getBytes(StandardCharsets.UTF_8);
    }
}
