package com.wizamart.sharedkernel;

import java.util.List;

/** A request broke one or more field rules the domain checks itself (422 {@code VALIDATION_FAILED}). */
public class ValidationException extends DomainException {

    private final List<FieldViolation> violations;

    public ValidationException(List<FieldViolation> violations) {
        super(Kind.VALIDATION, "VALIDATION_FAILED", "The request has invalid fields.");
        this.violations = List.copyOf(violations);
    }

    public static ValidationException of(String field, String message) {
        return new ValidationException(List.of(new FieldViolation(field, message)));
    }

    public List<FieldViolation> violations() {
        return violations;
    }
}
