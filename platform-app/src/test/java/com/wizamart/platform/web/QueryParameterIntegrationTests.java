package com.wizamart.platform.web;

import static com.wizamart.support.ProblemAssertions.assertFieldError;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import com.wizamart.support.ApiTest;
import com.wizamart.support.Feeds;
import com.wizamart.support.Fixtures;
import com.wizamart.support.Http;

import tools.jackson.databind.JsonNode;

/**
 * A query parameter an API operation does not take is refused with 400 {@code UNKNOWN_QUERY_PARAMETER}, so a mistyped
 * filter never answers the whole list; the parameters it takes keep working, and what it takes is what the published
 * contract lists.
 */
class QueryParameterIntegrationTests extends ApiTest {

    private static Fixtures.VendorAccount vendor;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    @Autowired
    QueryParameterCheck check;

    private String owner;
    private String admin;

    @BeforeEach
    void accounts() {
        if (vendor == null) {
            vendor = fixtures.vendor();
        }
        owner = vendor.owner().accessToken();
        admin = fixtures.sharedAdmin().accessToken();
    }

    @ParameterizedTest(name = "{0}?{1}")
    @CsvSource(delimiter = '|', value = {
            "/api/v1/vendor/orders               | stauts=SHIPPED      | stauts  | status",
            "/api/v1/vendor/products             | activ=false         | activ   | active",
            "/api/v1/vendor/marketplace/jobs     | state=FAILED        | state   | status",
            "/api/v1/vendor/inventory/movements  | typ=SALE            | typ     | type",
            "/api/v1/vendor/inventory            | lowstock=3          | lowstock | lowStock",
            "/api/v1/admin/vendors               | verifed=true        | verifed | verified",
            "/api/v1/admin/audit-log             | actions=X           | actions | action",
            "/api/v1/public/vendors/{shop}/products | instock=true     | instock | inStock",
            "/api/v1/public/vendors/{shop}/products/search | q=tea&pagesize=5 | pagesize | size",
    })
    void aMistypedFilterIsRefusedNamingItAndTheParametersTheListTakes(String list, String query, String unknown,
                                                                      String meant) {
        Http.Response refused = get(list + "?" + query);
        JsonNode problem = assertFieldError(refused, 400, "UNKNOWN_QUERY_PARAMETER", unknown);
        assertThat(problem.get("detail").asString()).contains("'" + unknown + "'", meant);
        List<String> accepted = new ArrayList<>();
        problem.get("acceptedParameters").forEach(name -> accepted.add(name.asString()));
        assertThat(accepted).contains(meant, "page", "size", "sort").doesNotContain(unknown);

        Http.Response meantIt = get(list + "?" + query.replace(unknown + "=", meant + "="));
        assertThat(meantIt.status()).as(meantIt.toString()).isEqualTo(200);
    }

    @Test
    void theFiltersAListTakesKeepWorkingAndStillFilter() {
        Http.Response all = get("/api/v1/admin/vendors?size=200&sort=createdAt,desc");
        Http.Response verified = get("/api/v1/admin/vendors?verified=true&size=200&page=0&search=" + vendor.code());
        assertThat(all.status()).as(all.toString()).isEqualTo(200);
        assertThat(verified.status()).as(verified.toString()).isEqualTo(200);
        assertThat(verified.json().get("page").get("totalElements").asLong()).isZero();
        assertThat(get("/api/v1/admin/vendors?search=" + vendor.code()).json().get("page").get("totalElements")
                .asLong()).isEqualTo(1);
        // a parameter's name is read decoded, as the controller reads it
        assertThat(get("/api/v1/admin/vendors?s%65arch=" + vendor.code()).json().get("page").get("totalElements")
                .asLong()).isEqualTo(1);
        assertFieldError(get("/api/v1/admin/vendors?%73earh=x"), 400, "UNKNOWN_QUERY_PARAMETER", "searh");
    }

    @Test
    void theProductFiltersAreReadFromTheQueryStringOnlyAndTakeNoNestedNames() {
        String list = "/api/v1/public/vendors/" + vendor.code() + "/products";
        // Spring MVC's binder would fill a filter from a request header of its name: neither filters nor fails
        Http.Response withHeaders = http.get(list).header("Featured", "x").header("Lang", "far-too-long-a-language")
                .send();
        assertThat(withHeaders.status()).as(withHeaders.toString()).isEqualTo(200);
        // a filter is a simple value: no nested name below it is taken
        assertFieldError(get(list + "?brand.x=1"), 400, "UNKNOWN_QUERY_PARAMETER", "brand.x");
        assertFieldError(get(list + "?minPrice%5B0%5D=1"), 400, "UNKNOWN_QUERY_PARAMETER", "minPrice[0]");
    }

    @Test
    void severalUnknownParametersAreNamedTogether() {
        JsonNode problem = assertFieldError(get("/api/v1/vendor/orders?stauts=SHIPPED&serch=x&status=PENDING"),
                400, "UNKNOWN_QUERY_PARAMETER", "stauts");
        assertThat(problem.get("errors").size()).isEqualTo(2);
        assertThat(problem.get("detail").asString()).contains("'stauts', 'serch' are");
    }

    @Test
    void anOperationWithoutQueryParametersTakesNone() {
        JsonNode problem = assertFieldError(get("/api/v1/vendor/team/roles?sort=name"), 400,
                "UNKNOWN_QUERY_PARAMETER", "sort");
        assertThat(problem.get("acceptedParameters").size()).isZero();
        assertThat(problem.get("detail").asString()).endsWith("it takes none.");
    }

    @Test
    void aWriteWithAnUnknownQueryParameterIsRefusedBeforeAnythingIsWritten() {
        String code = Fixtures.unique("q").toLowerCase();
        Http.Response refused = http.post("/api/v1/admin/vendors?dryRun=true").bearer(admin).json(Map.of(
                "code", code, "name", "Shop " + code, "subdomain", code, "businessEmail", "hello@" + code + ".test",
                "owner", Map.of("email", "owner-" + code + "@shop.test", "firstName", "O", "lastName", "Owner")))
                .send();
        assertFieldError(refused, 400, "UNKNOWN_QUERY_PARAMETER", "dryRun");
        assertThat(get("/api/v1/admin/vendors?search=" + code).json().get("page").get("totalElements").asLong())
                .isZero();
    }

    @Test
    void theFeedUploadTakesItsTargetFromTheQueryAndNothingElse() {
        String upload = "/api/v1/vendor/marketplace/import/upload";
        byte[] feed = (Feeds.HEADER + "\n").getBytes(StandardCharsets.UTF_8);
        assertFieldError(http.post(upload + "?marketplace=letzshop&language=en&lang=de").bearer(owner)
                .multipartFile("file", "feed.tsv", "text/tab-separated-values", feed).send(), 400,
                "UNKNOWN_QUERY_PARAMETER", "lang");
        assertFieldError(http.post(upload + "?marketplace=letzshop").bearer(owner)
                .multipartFile("file", "feed.tsv", "text/tab-separated-values", feed).send(), 422,
                "VALIDATION_FAILED", "language");
        Http.Response accepted = http.post(upload + "?marketplace=letzshop&language=en").bearer(owner)
                .multipartFile("file", "feed.tsv", "text/tab-separated-values", feed).send();
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
    }

    @Test
    void aBrokenQueryStringIsMalformed() throws IOException {
        // sent by hand: the JDK's client refuses to send a broken escape
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(("GET /api/v1/admin/vendors?search=%ZZ HTTP/1.1\r\nHost: localhost\r\n"
                    + "Authorization: Bearer " + admin + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(response).as(response).startsWith("HTTP/1.1 400 ").contains("application/problem+json")
                    .contains("\"errorCode\":\"MALFORMED_REQUEST\"");
        }
    }

    @Test
    void theAdminAppTheApiDescriptionAndTheActuatorAreNoApi() {
        assertThat(http.get("/admin/index.html?v=2").send().status()).isEqualTo(200);
        assertThat(http.get("/v3/api-docs?cache=no").send().status()).isEqualTo(200);
        assertThat(http.get("/actuator/health?verbose=1").send().status()).isEqualTo(200);
    }

    /**
     * What the check takes an operation to accept is what the published contract lists for it, for every operation
     * of the API: the check reads the handler methods as Spring MVC fills them, the contract is springdoc's reading.
     */
    @Test
    void everyOperationTakesTheQueryParametersThePublishedContractLists() {
        JsonNode paths = http.get("/v3/api-docs").send().json().get("paths");
        Map<String, Set<String>> documented = new TreeMap<>();
        paths.properties().stream().filter(path -> path.getKey().startsWith("/api/")).forEach(path ->
                path.getValue().properties().forEach(operation -> {
                    Set<String> names = new TreeSet<>();
                    JsonNode parameters = operation.getValue().get("parameters");
                    if (parameters != null) {
                        parameters.forEach(p -> {
                            if (p.get("in").asString().equals("query")) {
                                names.add(p.get("name").asString());
                            }
                        });
                    }
                    documented.put(operation.getKey().toUpperCase() + " " + path.getKey(), names);
                }));
        Map<String, Set<String>> checked = new TreeMap<>();
        mapping.getHandlerMethods().forEach((info, handler) -> info.getPatternValues().stream()
                .filter(pattern -> pattern.startsWith("/api/"))
                .forEach(pattern -> info.getMethodsCondition().getMethods().forEach(method ->
                        checked.computeIfAbsent(method + " " + pattern, k -> new TreeSet<>())
                                .addAll(check.acceptedBy(handler).names()))));
        assertThat(checked).hasSizeGreaterThan(50).isEqualTo(documented);
    }

    /** A controller the check reads but nothing maps: parameters of the kinds no operation uses today. */
    static final class Kinds {

        record Range(Integer min, Integer max) {
        }

        record Filter(String colour, Integer size, Range weight) {
        }

        void modelAttribute(@ModelAttribute Filter filter, @RequestParam("q") String query) {
        }

        void anything(@RequestParam Map<String, String> parameters) {
        }
    }

    @Test
    void aModelAttributeTakesWhatItBindsAndAParameterMapTakesAnything() throws NoSuchMethodException {
        Kinds kinds = new Kinds();
        QueryParameterCheck.Accepted bound = check.acceptedBy(new HandlerMethod(kinds,
                Kinds.class.getDeclaredMethod("modelAttribute", Kinds.Filter.class, String.class)));
        assertThat(bound.names()).containsExactly("colour", "size", "weight", "q");
        assertThat(bound.takes("colour")).isTrue();
        // nested names only below a property that has properties of its own, never below a simple value
        assertThat(bound.takes("weight.min")).isTrue();
        assertThat(bound.takes("colour.name")).isFalse();
        assertThat(bound.takes("size[0]")).isFalse();
        assertThat(bound.takes("q.x")).isFalse();
        assertThat(bound.takes("color")).isFalse();
        QueryParameterCheck.Accepted any = check.acceptedBy(new HandlerMethod(kinds,
                Kinds.class.getDeclaredMethod("anything", Map.class)));
        assertThat(any.any()).isTrue();
        assertThat(any.takes("whatever")).isTrue();
    }

    private Http.Response get(String path) {
        String resolved = path.replace("{shop}", vendor.code());
        Http.Request request = http.get(resolved);
        if (resolved.startsWith("/api/v1/vendor/")) {
            request.bearer(owner);
        } else if (resolved.startsWith("/api/v1/admin/")) {
            request.bearer(admin);
        }
        return request.send();
    }
}
