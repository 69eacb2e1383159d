package com.wizamart.sharedkernel;

import java.util.Objects;
import java.util.Set;

/**
 * A business rule was broken. Carries a stable, UPPER_SNAKE {@code errorCode} that clients may switch on and a
 * {@link Kind} that the web layer turns into an HTTP status. Messages are safe to show to the caller: they never
 * carry SQL, stack traces or another vendor's data.
 */
public class DomainException extends RuntimeException {

    /** What kind of failure this is; decides the HTTP status in one place. */
    public enum Kind {
        /** The thing does not exist, or belongs to someone the caller may not see (404). */
        NOT_FOUND,
        /** The request conflicts with the current state (409). */
        CONFLICT,
        /** The request is well-formed but breaks a rule (422). */
        VALIDATION,
        /** The caller is known but not allowed (403). */
        FORBIDDEN,
        /** The caller could not be authenticated (401). */
        UNAUTHENTICATED,
        /** Too many attempts; try again later (429). */
        THROTTLED,
        /** The request itself is malformed (400). */
        BAD_REQUEST,
        /** The request body is larger than allowed (413). */
        TOO_LARGE,
        /** The platform cannot take the request now; try again later (503). */
        UNAVAILABLE
    }

    /**
     * The members every problem response has: RFC 9457's ({@code type}, {@code title}, {@code status},
     * {@code detail}, {@code instance}) and the platform's own ({@code errorCode}, {@code timestamp},
     * {@code requestId}). A detail named like one of them would shadow it, so none may be.
     */
    public static final Set<String> PROBLEM_MEMBERS = Set.of("type", "title", "status", "detail", "instance",
            "errorCode", "timestamp", "requestId");

    private final String errorCode;
    private final Kind kind;
    private final java.util.Map<String, Object> details;

    /**
     * @param kind      must not be {@literal null}.
     * @param errorCode stable code such as {@code VENDOR_NOT_FOUND}; must not be {@literal null}.
     * @param message   a message safe to show to the caller.
     */
    public DomainException(Kind kind, String errorCode, String message) {
        this(kind, errorCode, message, java.util.Map.of());
    }

    /**
     * @param details extra members for the problem response (e.g. {@code runningJobId}); values must be plain data,
     *                names none of the {@link #PROBLEM_MEMBERS} (a refresh's status is {@code currentStatus}, not
     *                {@code status}).
     * @throws IllegalArgumentException when a detail is named like a member every problem has: a programming error.
     */
    public DomainException(Kind kind, String errorCode, String message, java.util.Map<String, Object> details) {
        super(message);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.errorCode = Objects.requireNonNull(errorCode, "errorCode");
        for (String name : details.keySet()) {
            if (PROBLEM_MEMBERS.contains(name)) {
                throw new IllegalArgumentException("The detail '" + name + "' of " + errorCode
                        + " would shadow the problem member of that name; give it another name");
            }
        }
        this.details = java.util.Map.copyOf(details);
    }

    /** Extra, machine-readable facts about the failure; shown as members of the problem response. */
    public java.util.Map<String, Object> details() {
        return details;
    }

    public String errorCode() {
        return errorCode;
    }

    public Kind kind() {
        return kind;
    }
}
