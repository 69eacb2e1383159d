package com.wizamart.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks that an error answer is a complete problem-details document that leaks nothing: RFC 9457's members
 * ({@code type}, {@code title}, {@code status}, {@code detail}, {@code instance}) and the platform's
 * ({@code errorCode}, {@code timestamp}, {@code requestId}), each once, none shadowed by an extension member.
 */
public final class ProblemAssertions {

    /** Text that must never reach a client: Java class names, stack traces, SQL. */
    private static final String[] LEAKS = {"org.", "java.", "Exception", "SELECT", "select ", "at com.", "jdbc"};

    /** Reads a body refusing a member that comes twice (an extension member shadowing a standard one). */
    private static final JsonMapper STRICT = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    private static final Pattern ERROR_CODE = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");

    private ProblemAssertions() {
    }

    /**
     * Asserts the status, {@code application/problem+json}, the {@code errorCode}, an ISO-8601 {@code timestamp} and a
     * {@code requestId} equal to the {@code X-Request-Id} response header, and that the body leaks no internals.
     *
     * @return the problem document, for further checks.
     */
    public static JsonNode assertProblem(Http.Response response, int status, String errorCode) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.contentType()).as("content type of " + response).startsWith("application/problem+json");
        assertThat(shapeViolations(response)).as("the shape of " + response).isEmpty();
        JsonNode problem = response.json();
        assertThat(problem.get("status").asInt()).as(response.toString()).isEqualTo(status);
        assertThat(response.errorCode()).as(response.toString()).isEqualTo(errorCode);
        assertThat(problem.hasNonNull("timestamp")).as("timestamp in " + response).isTrue();
        assertThat(Instant.parse(problem.get("timestamp").asString())).isNotNull();
        String requestId = response.header("X-Request-Id");
        assertThat(requestId).as("X-Request-Id header").isNotBlank();
        assertThat(problem.hasNonNull("requestId")).as("requestId in " + response).isTrue();
        assertThat(problem.get("requestId").asString()).isEqualTo(requestId);
        assertNoLeaks(response);
        return problem;
    }

    /** Asserts the problem names {@code field} among its {@code errors}. */
    public static JsonNode assertFieldError(Http.Response response, int status, String errorCode, String field) {
        JsonNode problem = assertProblem(response, status, errorCode);
        JsonNode errors = problem.get("errors");
        assertThat(errors).as("errors in " + response).isNotNull();
        assertThat(errors.isArray()).isTrue();
        boolean named = false;
        for (JsonNode error : errors) {
            assertThat(error.hasNonNull("message")).as("message of " + error).isTrue();
            if (error.hasNonNull("field") && error.get("field").asString().equals(field)) {
                named = true;
            }
        }
        assertThat(named).as("errors of " + response + " name the field " + field).isTrue();
        return problem;
    }

    /**
     * @return what keeps the response from being a complete RFC 9457 problem of its own HTTP status, one line each;
     *         empty when it is one.
     */
    public static List<String> shapeViolations(Http.Response response) {
        List<String> violations = new ArrayList<>();
        String contentType = response.contentType();
        if (contentType == null || !contentType.startsWith("application/problem+json")) {
            violations.add("the content type is " + contentType + ", not application/problem+json");
        }
        JsonNode problem;
        try {
            problem = STRICT.readTree(response.body() == null ? "" : response.body());
        } catch (JacksonException e) {
            violations.add("the body is no JSON document with each member once: " + e.getOriginalMessage());
            return violations;
        }
        if (problem == null || !problem.isObject()) {
            violations.add("the body is no JSON object");
            return violations;
        }
        uri(problem, "type", violations);
        text(problem, "title", violations);
        JsonNode status = problem.get("status");
        if (status == null || !status.isIntegralNumber()) {
            violations.add("status is " + status + ", not a number");
        } else if (status.asInt() != response.status()) {
            violations.add("status is " + status + " in an answer with HTTP status " + response.status());
        }
        text(problem, "detail", violations);
        uri(problem, "instance", violations);
        if (text(problem, "errorCode", violations)
                && !ERROR_CODE.matcher(problem.get("errorCode").asString()).matches()) {
            violations.add("errorCode " + problem.get("errorCode") + " is not UPPER_SNAKE");
        }
        if (text(problem, "timestamp", violations)) {
            try {
                Instant.parse(problem.get("timestamp").asString());
            } catch (DateTimeParseException e) {
                violations.add("timestamp " + problem.get("timestamp") + " is not an ISO-8601 instant");
            }
        }
        text(problem, "requestId", violations);
        return violations;
    }

    private static boolean text(JsonNode problem, String member, List<String> violations) {
        JsonNode value = problem.get(member);
        if (value == null || !value.isString() || value.asString().isBlank()) {
            violations.add(member + " is " + value + ", not a text");
            return false;
        }
        return true;
    }

    private static void uri(JsonNode problem, String member, List<String> violations) {
        if (text(problem, member, violations)) {
            try {
                new URI(problem.get(member).asString());
            } catch (URISyntaxException e) {
                violations.add(member + " " + problem.get(member) + " is not a URI reference");
            }
        }
    }

    public static void assertNoLeaks(Http.Response response) {
        String body = response.body() == null ? "" : response.body();
        for (String leak : LEAKS) {
            assertThat(body).as("body must not contain '" + leak + "': " + body).doesNotContain(leak);
        }
    }
}
