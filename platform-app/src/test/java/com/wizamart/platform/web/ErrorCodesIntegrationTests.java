package com.wizamart.platform.web;

import static com.wizamart.support.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.ClassNode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import com.wizamart.sharedkernel.DomainException;
import com.wizamart.support.ApiTest;
import com.wizamart.support.Fixtures;
import com.wizamart.support.Http;

/**
 * Every {@code errorCode} the API can answer keeps RFC 9457's members intact. The codes are not listed here: they
 * are read from the compiled classes ({@link ErrorCodeScan}), so a code added anywhere later is walked too. Each is
 * answered over HTTP, through the security chain, Spring MVC, {@code ProblemDetailsAdvice} and the message
 * converters: the framework's own codes and a few others by a real request that causes them; every other one by an
 * endpoint this test adds for its run, which throws the exception the code base throws (made by its module's factory
 * where there is one, with the factory's details), or writes the problem as the filters write theirs. Each answer
 * must be a complete problem of its HTTP status ({@link com.wizamart.support.ProblemAssertions#shapeViolations}),
 * and every code, with each status it comes with, must be in the API guide's table of errors.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ErrorCodesIntegrationTests extends ApiTest {

    private static final String WALK = "/api/v1/admin/problem-walk/";
    private static final Path API_GUIDE = Path.of("..", "docs", "api-guide.md");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    @Autowired
    Problems problems;

    private final Map<String, ClassNode> classes = ErrorCodeScan.load("classpath*:com/wizamart/**/*.class");
    private final ErrorCodeScan.Result scan = ErrorCodeScan.of(classes);
    private final Answers answers = new Answers();
    private RequestMappingInfo walk;
    private String admin;
    private Fixtures.VendorAccount vendor;

    /** Answers a request of the walk as told: throws, or writes a problem as a filter would. */
    interface Answer {
        void answer(HttpServletRequest request, HttpServletResponse response) throws Throwable;
    }

    /** The endpoint the walk adds: {@code GET /api/v1/admin/problem-walk/{key}} answers what was put under the key. */
    static final class Answers {

        final Map<String, Answer> byKey = new ConcurrentHashMap<>();

        void answer(@PathVariable("key") String key, HttpServletRequest request, HttpServletResponse response)
                throws Throwable {
            byKey.get(key).answer(request, response);
        }
    }

    @BeforeAll
    void addTheWalksEndpoint() throws NoSuchMethodException {
        walk = RequestMappingInfo.paths(WALK + "{key}").methods(RequestMethod.GET)
                .options(mapping.getBuilderConfiguration()).build();
        mapping.registerMapping(walk, answers, Answers.class.getDeclaredMethod("answer", String.class,
                HttpServletRequest.class, HttpServletResponse.class));
    }

    @AfterAll
    void removeTheWalksEndpoint() {
        mapping.unregisterMapping(walk);
    }

    @Test
    void everyErrorCodeIsAConstantWithAKnownStatus() {
        List<String> problems = new ArrayList<>(scan.violations());
        scan.produced().stream().filter(p -> p.httpStatus() == null).forEach(p -> problems.add(
                p.origin() + " makes " + p.code() + " with an HTTP status that cannot be told from the code"));
        assertThat(problems).isEmpty();
    }

    @Test
    void everyExceptionFactoryMakesItsException() {
        assertThat(samples().failures()).isEmpty();
    }

    @TestFactory
    Stream<DynamicTest> everyErrorCodeAnswersACompleteProblem() {
        admin = fixtures.sharedAdmin().accessToken();
        vendor = fixtures.vendor();
        Map<String, Supplier<Http.Response>> triggers = triggers();
        Samples samples = samples();
        List<DynamicTest> tests = new ArrayList<>();
        scan.statusesByCode().forEach((code, statuses) -> statuses.forEach(status -> {
            if (status == null) {
                return; // reported by everyErrorCodeIsAConstantWithAKnownStatus
            }
            Supplier<Http.Response> trigger = triggers.get(code + " " + status.value());
            if (trigger != null) {
                tests.add(DynamicTest.dynamicTest(code + " " + status.value() + " (a request causing it)",
                        () -> assertProblem(trigger.get(), status.value(), code)));
                return;
            }
            List<Sample> made = samples.made().stream().filter(s -> s.exception().errorCode().equals(code)
                    && Problems.statusOf(s.exception().kind()) == status).toList();
            made.forEach(sample -> tests.add(DynamicTest.dynamicTest(code + " " + status.value() + " ("
                    + sample.origin() + ")", () -> assertProblem(thrown(sample.exception()), status.value(), code))));
            if (!made.isEmpty()) {
                return;
            }
            ErrorCodeScan.Produced producer = scan.produced().stream()
                    .filter(p -> p.code().equals(code) && p.httpStatus() == status).findFirst().orElseThrow();
            tests.add(DynamicTest.dynamicTest(code + " " + status.value() + " (" + producer.origin() + ")",
                    () -> assertProblem(rendered(producer), status.value(), code)));
        }));
        return tests.stream();
    }

    @Test
    void everyErrorCodeIsInTheApiGuidesTableOfErrors() throws IOException {
        Map<String, Set<String>> documented = documentedErrors(Files.readString(API_GUIDE, StandardCharsets.UTF_8));
        List<String> missing = new ArrayList<>();
        scan.statusesByCode().forEach((code, statuses) -> statuses.forEach(status -> {
            Set<String> rows = documented.getOrDefault(code, Set.of());
            if (status != null && !rows.contains(Integer.toString(status.value()))
                    && !(status.is4xxClientError() && rows.contains("other 4xx"))) {
                missing.add(status.value() + " " + code);
            }
        }));
        assertThat(missing).as("codes missing from the table in docs/api-guide.md#errors").isEmpty();
        assertThat(documented.keySet()).as("codes in docs/api-guide.md#errors that nothing answers")
                .isSubsetOf(scan.statusesByCode().keySet());
    }

    @Test
    void theScanFindsCodesHoweverTheyAreMade() {
        Map<String, Set<HttpStatus>> codes = scan.statusesByCode();
        // a module exception's factory, with its details
        assertThat(codes.get("CATALOG_REFRESH_NOT_HELD")).containsExactly(HttpStatus.CONFLICT);
        // a constructor with its code as a parameter, called with a constant elsewhere
        assertThat(codes.get("UPLOAD_CAPACITY")).containsExactly(HttpStatus.SERVICE_UNAVAILABLE);
        // a factory taking the code, called in a lambda
        assertThat(codes.get("ROLE_ALREADY_EXISTS")).containsExactly(HttpStatus.CONFLICT);
        // inline in a domain record's constructor
        assertThat(codes.get("IDEMPOTENCY_KEY_REQUIRED")).containsExactly(HttpStatus.BAD_REQUEST);
        // a filter's problem, and a plain status's code
        assertThat(codes.get("TOKEN_REVOKED")).containsExactly(HttpStatus.UNAUTHORIZED);
        assertThat(codes.get("NOT_ACCEPTABLE")).containsExactly(HttpStatus.NOT_ACCEPTABLE);
        // one code, two statuses: a team member that does not exist (404), an assignee that is none (422)
        assertThat(codes.get("MEMBER_NOT_FOUND"))
                .containsExactlyInAnyOrder(HttpStatus.NOT_FOUND, HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(ErrorCodeScan.simpleNames(scan.makers()))
                .contains("IdentityException.conflict", "UnavailableException.<init>", "CatalogException.<init>");
    }

    @Test
    void theScanReportsACodePutTogetherAtRunTimeAndFollowsParameters() {
        ErrorCodeScan.Result planted = ErrorCodeScan.of(ErrorCodeScan.load(
                "classpath*:com/wizamart/platform/web/PlantedErrorCodes*.class", true));
        assertThat(planted.violations()).singleElement().asString().contains("PlantedErrorCodes.notFound")
                .contains("no constant");
        assertThat(planted.statusesByCode()).containsEntry("PLANTED_CONFLICT", Set.of(HttpStatus.CONFLICT));
    }

    /** What the guide's table of errors lists: code to the statuses (first column) of its rows. */
    static Map<String, Set<String>> documentedErrors(String guide) {
        int start = guide.indexOf("\n## Errors\n");
        int end = guide.indexOf("\n## ", start + 1);
        assertThat(start).as("the API guide has a section Errors").isNotNegative();
        Map<String, Set<String>> documented = new TreeMap<>();
        Pattern row = Pattern.compile("^\\| ([^|]+) \\| ([^|]+) \\|", Pattern.MULTILINE);
        Pattern code = Pattern.compile("`([A-Z][A-Z0-9_]+)`");
        Matcher rows = row.matcher(guide.substring(start, end < 0 ? guide.length() : end));
        while (rows.find()) {
            Matcher codes = code.matcher(rows.group(2));
            while (codes.find()) {
                documented.computeIfAbsent(codes.group(1), c -> new TreeSet<>()).add(rows.group(1).strip());
            }
        }
        return documented;
    }

    // --- answering --------------------------------------------------------------------------------------------

    /** The codes a real request causes, keyed "CODE status". */
    private Map<String, Supplier<Http.Response>> triggers() {
        String vendors = "/api/v1/admin/vendors";
        Map<String, Supplier<Http.Response>> triggers = new LinkedHashMap<>();
        triggers.put("NOT_FOUND 404", () -> http.get("/api/v1/admin/no-such-thing").bearer(admin).send());
        triggers.put("METHOD_NOT_ALLOWED 405", () -> http.delete(vendors).bearer(admin).send());
        triggers.put("UNSUPPORTED_MEDIA_TYPE 415", () -> http.post(vendors).bearer(admin)
                .raw("code=x", "application/x-www-form-urlencoded").send());
        triggers.put("MALFORMED_JSON 400", () -> http.post(vendors).bearer(admin).raw("{\"code\": ", "application/json")
                .send());
        triggers.put("UNKNOWN_FIELD 400", () -> http.post(vendors).bearer(admin).json(Map.of("colour", "red")).send());
        triggers.put("INVALID_FIELD_TYPE 400", () -> http.put(vendors + "/" + vendor.id() + "/verify").bearer(admin)
                .json(Map.of("verified", "maybe")).send());
        triggers.put("VALIDATION_FAILED 422", () -> http.post(vendors).bearer(admin).json(Map.of("code", "")).send());
        triggers.put("PAYLOAD_TOO_LARGE 413", () -> http.post(vendors).bearer(admin)
                .raw("{\"name\": \"" + "x".repeat(1_100_000) + "\"}", "application/json").send());
        triggers.put("MALFORMED_REQUEST 400", () -> http.get(vendors + "/not-a-uuid").bearer(admin).send());
        triggers.put("INVALID_SORT 400", () -> http.get(vendors + "?sort=colour").bearer(admin).send());
        triggers.put("UNKNOWN_QUERY_PARAMETER 400", () -> http.get(vendors + "?activ=true").bearer(admin).send());
        triggers.put("UNAUTHENTICATED 401", () -> http.get(vendors).send());
        triggers.put("INVALID_CREDENTIALS 401", () -> http.post("/api/v1/admin/auth/login")
                .json(Map.of("email", "nobody@wizamart.test", "password", "not-the-password")).send());
        triggers.put("ACCESS_DENIED 403", () -> http.get(vendors).bearer(vendor.owner().accessToken()).send());
        triggers.put("VENDOR_NOT_FOUND 404", () -> http.get("/api/v1/public/vendors/no-such-shop/products").send());
        triggers.put("UNAUTHORIZED_VENDOR_ACCESS 403", () -> http.get("/api/v1/public/vendors/"
                + fixtures.vendor().code() + "/products").bearer(vendor.owner().accessToken()).send());
        triggers.put("INTERNAL_ERROR 500", () -> answered(request -> {
            throw new IllegalStateException("a bug");
        }));
        triggers.put("CONFLICT 409", () -> answered(request -> {
            throw new DataIntegrityViolationException("duplicate key");
        }));
        return triggers;
    }

    /** The answer to an exception as the code base throws it. */
    private Http.Response thrown(DomainException exception) {
        return answered(request -> {
            throw exception;
        });
    }

    /** The answer to a code made without a factory: as its maker makes it. */
    private Http.Response rendered(ErrorCodeScan.Produced producer) {
        String detail = "A sample of " + producer.code() + ".";
        if (producer.kind() != null) {
            return thrown(new DomainException(producer.kind(), producer.code(), detail));
        }
        HttpStatus status = producer.status();
        if (producer.origin().equals("Problems.codeOf")) {
            return answered(request -> {
                throw new ResponseStatusException(status);
            });
        }
        return answered((request, response) -> problems.write(request, response,
                Problems.of(status, producer.code(), detail)));
    }

    private interface Thrower {
        void raise(HttpServletRequest request) throws Throwable;
    }

    private Http.Response answered(Thrower thrower) {
        return answered((request, response) -> thrower.raise(request));
    }

    private Http.Response answered(Answer answer) {
        String key = UUID.randomUUID().toString();
        answers.byKey.put(key, answer);
        try {
            return http.get(WALK + key).bearer(admin).send();
        } finally {
            answers.byKey.remove(key);
        }
    }

    // --- the exceptions the modules' factories make -----------------------------------------------------------

    /** An exception made by a factory (or a constructor) of a module's exception class. */
    record Sample(String origin, DomainException exception) {
    }

    /** The exceptions made, and the factories that failed to make theirs. */
    record Samples(List<Sample> made, List<String> failures) {
    }

    /**
     * Calls every static method returning a {@link DomainException} of every class named {@code *Exception}, and
     * every public constructor of every exception class, with plain arguments; not those that take the code itself
     * (their callers name the codes).
     */
    private Samples samples() {
        List<Sample> made = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (ClassNode node : classes.values()) {
            if (!node.name.endsWith("Exception")) {
                continue;
            }
            Class<?> type = load(node.name);
            List<Executable> makers = new ArrayList<>();
            for (Method method : type.getDeclaredMethods()) {
                if (Modifier.isStatic(method.getModifiers()) && !method.isSynthetic()
                        && DomainException.class.isAssignableFrom(method.getReturnType())
                        && !scan.makers().contains(node.name + "." + method.getName()
                        + Type.getMethodDescriptor(method))) {
                    makers.add(method);
                }
            }
            if (DomainException.class.isAssignableFrom(type) && !Modifier.isAbstract(type.getModifiers())) {
                for (Constructor<?> constructor : type.getConstructors()) {
                    if (!scan.makers().contains(node.name + ".<init>" + Type.getConstructorDescriptor(constructor))) {
                        makers.add(constructor);
                    }
                }
            }
            for (Executable maker : makers) {
                String origin = type.getSimpleName() + "." + (maker instanceof Method m ? m.getName() : "<init>");
                try {
                    Object[] arguments = Stream.of(maker.getParameterTypes()).map(ErrorCodesIntegrationTests::sample)
                            .toArray();
                    maker.setAccessible(true);
                    Object exception = maker instanceof Method m ? m.invoke(null, arguments)
                            : ((Constructor<?>) maker).newInstance(arguments);
                    made.add(new Sample(origin, (DomainException) exception));
                } catch (InvocationTargetException e) {
                    failures.add(origin + ": " + e.getCause());
                } catch (ReflectiveOperationException e) {
                    failures.add(origin + ": " + e);
                }
            }
        }
        return new Samples(made, failures);
    }

    private static Class<?> load(String internalName) {
        try {
            return Class.forName(internalName.replace('/', '.'), false,
                    ErrorCodesIntegrationTests.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A plain argument of the type: text, an id, a number, the first constant of an enum, an empty collection. */
    private static Object sample(Class<?> type) {
        if (type == String.class) {
            return "sample";
        }
        if (type == UUID.class) {
            return UUID.fromString("00000000-0000-0000-0000-000000000001");
        }
        if (type == int.class || type == Integer.class) {
            return 1;
        }
        if (type == long.class || type == Long.class) {
            return 1L;
        }
        if (type == boolean.class || type == Boolean.class) {
            return true;
        }
        if (type.isEnum()) {
            return type.getEnumConstants()[0];
        }
        if (type == Set.class) {
            return Set.of();
        }
        if (type == List.class || type == Collection.class) {
            return List.of();
        }
        if (type == Map.class) {
            return Map.of();
        }
        if (type == Duration.class) {
            return Duration.ofSeconds(30);
        }
        if (type == Instant.class) {
            return Instant.EPOCH;
        }
        if (type == BigDecimal.class) {
            return BigDecimal.ONE;
        }
        return null;
    }
}
