package com.wizamart.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import tools.jackson.databind.JsonNode;

/** Checks that an error answer is a complete problem-details document that leaks nothing. */
public final class ProblemAssertions {

    /** Text that must never reach a client: Java class names, stack traces, SQL. */
    private static final String[] LEAKS = {"org.", "java.", "Exception", "SELECT", "select ", "at com.", "jdbc"};

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

    public static void assertNoLeaks(Http.Response response) {
        String body = response.body() == null ? "" : response.body();
        for (String leak : LEAKS) {
            assertThat(body).as("body must not contain '" + leak + "': " + body).doesNotContain(leak);
        }
    }
}
