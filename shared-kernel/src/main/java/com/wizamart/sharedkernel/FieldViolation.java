package com.wizamart.sharedkernel;

/**
 * One invalid field of a request.
 *
 * @param field   the field's name as the client sent it (dotted path for nested fields).
 * @param message what is wrong, for humans.
 */
public record FieldViolation(String field, String message) {
}
