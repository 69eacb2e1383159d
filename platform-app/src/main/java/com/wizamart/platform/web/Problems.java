package com.wizamart.platform.web;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

import com.wizamart.sharedkernel.FieldViolation;

import tools.jackson.databind.json.JsonMapper;

/**
 * The one place problem details (RFC 9457) are made: every error response, from controllers, filters, the security
 * chain and the servlet container, carries {@code errorCode}, {@code timestamp} and {@code requestId}.
 */
@Component
public class Problems {

    private static final Map<Integer, String> CODES = Map.ofEntries(
            Map.entry(400, "MALFORMED_REQUEST"), Map.entry(401, "UNAUTHENTICATED"), Map.entry(403, "ACCESS_DENIED"),
            Map.entry(404, "NOT_FOUND"), Map.entry(405, "METHOD_NOT_ALLOWED"), Map.entry(406, "NOT_ACCEPTABLE"),
            Map.entry(409, "CONFLICT"), Map.entry(413, "PAYLOAD_TOO_LARGE"), Map.entry(415, "UNSUPPORTED_MEDIA_TYPE"),
            Map.entry(422, "VALIDATION_FAILED"), Map.entry(429, "TOO_MANY_REQUESTS"),
            Map.entry(500, "INTERNAL_ERROR"), Map.entry(503, "SERVICE_UNAVAILABLE"));

    private final JsonMapper json;

    public Problems(JsonMapper json) {
        this.json = json;
    }

    /** The stable code of a plain HTTP status. */
    public static String codeOf(HttpStatusCode status) {
        return CODES.getOrDefault(status.value(), status.is4xxClientError() ? "CLIENT_ERROR" : "INTERNAL_ERROR");
    }

    public static ProblemDetail of(HttpStatusCode status, String errorCode, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        HttpStatus known = HttpStatus.resolve(status.value());
        problem.setTitle(known == null ? "Error" : known.getReasonPhrase());
        return complete(problem, errorCode);
    }

    public static ProblemDetail withErrors(ProblemDetail problem, List<FieldViolation> errors) {
        problem.setProperty("errors", errors);
        return problem;
    }

    /** Adds the members every problem carries, keeping those already set. */
    public static ProblemDetail complete(ProblemDetail problem, String errorCode) {
        Map<String, Object> props = problem.getProperties();
        if (props == null || !props.containsKey("errorCode")) {
            problem.setProperty("errorCode", errorCode != null ? errorCode : codeOf(HttpStatusCode.valueOf(problem.getStatus())));
        }
        if (props == null || !props.containsKey("timestamp")) {
            problem.setProperty("timestamp", Instant.now().toString());
        }
        if (props == null || !props.containsKey("requestId")) {
            problem.setProperty("requestId", RequestIds.current());
        }
        return problem;
    }

    /** Writes a problem outside Spring MVC (filters, security entry points). */
    public void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem) throws IOException {
        if (problem.getInstance() == null) {
            problem.setInstance(java.net.URI.create(request.getRequestURI()));
        }
        if (problem.getProperties() == null || problem.getProperties().get("requestId") == null) {
            problem.setProperty("requestId", RequestIds.of(request));
        }
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
