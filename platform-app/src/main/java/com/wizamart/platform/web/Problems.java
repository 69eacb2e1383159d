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
import org.jspecify.annotations.Nullable;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

import com.wizamart.sharedkernel.DomainException;
import com.wizamart.sharedkernel.FieldViolation;

import tools.jackson.databind.json.JsonMapper;

/**
 * The one place problem details (RFC 9457) are made: every error response, from controllers, filters, the security
 * chain and the servlet container, carries {@code errorCode}, {@code timestamp} and {@code requestId}. No extension
 * member may shadow one of these or RFC 9457's own members ({@link DomainException#PROBLEM_MEMBERS}): a problem made
 * here refuses such a property, and {@link #complete} refuses a problem made elsewhere that has one.
 */
@Component
public class Problems {

    private static final Map<Integer, String> CODES = Map.ofEntries(
            Map.entry(400, "MALFORMED_REQUEST"), Map.entry(401, "UNAUTHENTICATED"), Map.entry(403, "ACCESS_DENIED"),
            Map.entry(404, "NOT_FOUND"), Map.entry(405, "METHOD_NOT_ALLOWED"), Map.entry(406, "NOT_ACCEPTABLE"),
            Map.entry(409, "CONFLICT"), Map.entry(413, "PAYLOAD_TOO_LARGE"), Map.entry(415, "UNSUPPORTED_MEDIA_TYPE"),
            Map.entry(422, "VALIDATION_FAILED"), Map.entry(429, "TOO_MANY_REQUESTS"),
            Map.entry(500, "INTERNAL_ERROR"), Map.entry(503, "SERVICE_UNAVAILABLE"));

    /** RFC 9457's type of a problem that means what its HTTP status means. */
    private static final java.net.URI BLANK = java.net.URI.create("about:blank");

    /** The members RFC 9457 defines. */
    private static final java.util.Set<String> RFC_MEMBERS = java.util.Set.of("type", "title", "status", "detail",
            "instance");

    private final JsonMapper json;

    public Problems(JsonMapper json) {
        this.json = json;
    }

    /** The stable code of a plain HTTP status. */
    public static String codeOf(HttpStatusCode status) {
        return CODES.getOrDefault(status.value(), status.is4xxClientError() ? "CLIENT_ERROR" : "INTERNAL_ERROR");
    }

    /** The codes of plain HTTP statuses, by status (tests); any other 4xx is {@code CLIENT_ERROR}. */
    static Map<Integer, String> statusCodes() {
        return CODES;
    }

    /** The HTTP status of a kind of domain failure: the one mapping from {@link DomainException.Kind}. */
    public static HttpStatus statusOf(DomainException.Kind kind) {
        return switch (kind) {
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case VALIDATION -> HttpStatus.UNPROCESSABLE_CONTENT;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case UNAUTHENTICATED -> HttpStatus.UNAUTHORIZED;
            case THROTTLED -> HttpStatus.TOO_MANY_REQUESTS;
            case BAD_REQUEST -> HttpStatus.BAD_REQUEST;
            case TOO_LARGE -> HttpStatus.CONTENT_TOO_LARGE;
            case UNAVAILABLE -> HttpStatus.SERVICE_UNAVAILABLE;
        };
    }

    /**
     * A problem with the status's reason phrase as its title. Its properties cannot shadow a member every problem
     * has: setting one named like them throws {@link IllegalArgumentException}.
     */
    public static ProblemDetail of(HttpStatusCode status, String errorCode, String detail) {
        ProblemDetail problem = new Problem(status.value());
        problem.setDetail(detail);
        HttpStatus known = HttpStatus.resolve(status.value());
        problem.setTitle(known == null ? "Error" : known.getReasonPhrase());
        return complete(problem, errorCode);
    }

    public static ProblemDetail withErrors(ProblemDetail problem, List<FieldViolation> errors) {
        problem.setProperty("errors", errors);
        return problem;
    }

    /**
     * Adds the members every problem carries, keeping those already set: {@code type} {@code about:blank} (the
     * problem means what its status means; {@code errorCode} says more), {@code errorCode}, {@code timestamp},
     * {@code requestId}.
     *
     * @throws IllegalStateException when the problem has a property named like one of RFC 9457's members.
     */
    public static ProblemDetail complete(ProblemDetail problem, String errorCode) {
        if (problem.getType() == null) {
            problem.setType(BLANK);
        }
        Map<String, Object> props = problem.getProperties();
        if (props != null) {
            props.keySet().stream().filter(RFC_MEMBERS::contains).findFirst().ifPresent(name -> {
                throw new IllegalStateException("The problem property '" + name + "' would shadow RFC 9457's member");
            });
        }
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

    /**
     * A problem whose extension members never shadow the members every problem has: RFC 9457's may not be set as
     * properties at all, the platform's ({@code errorCode}, {@code timestamp}, {@code requestId}) only while unset.
     */
    private static final class Problem extends ProblemDetail {

        @java.io.Serial
        private static final long serialVersionUID = 1L;

        Problem(int status) {
            super(status);
        }

        @Override
        public void setProperty(String name, @Nullable Object value) {
            if (RFC_MEMBERS.contains(name) || DomainException.PROBLEM_MEMBERS.contains(name)
                    && getProperties() != null && getProperties().get(name) != null) {
                throw new IllegalArgumentException("The property '" + name + "' would shadow the problem's member "
                        + "of that name");
            }
            super.setProperty(name, value);
        }

        @Override
        public void setProperties(@Nullable Map<String, Object> properties) {
            if (properties != null) {
                properties.forEach(this::setProperty);
            }
        }
    }
}
