package com.wizamart.identity.domain;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import com.wizamart.sharedkernel.FieldViolation;

/**
 * The rules of a customer's own fields, shared by registration and the profile. Each check strips the value, adds a
 * violation naming {@code field} when it breaks a rule, and answers the value to store ({@literal null} for none).
 */
public final class CustomerFields {

    public static final int MAX_NAME = 100;
    public static final int MAX_PHONE = 50;

    /** Digits, blanks and the usual separators, an optional leading {@code +}. */
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()./-]+");
    private static final int MIN_PHONE_DIGITS = 6;
    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

    private CustomerFields() {
    }

    public static String firstName(List<FieldViolation> errors, String field, String value) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldViolation(field, "must not be blank"));
            return null;
        }
        return text(errors, field, value, MAX_NAME);
    }

    public static String lastName(List<FieldViolation> errors, String field, String value) {
        String v = text(errors, field, value, MAX_NAME);
        return v == null ? "" : v;
    }

    public static String phone(List<FieldViolation> errors, String field, String value) {
        String v = text(errors, field, value, MAX_PHONE);
        if (v != null && (!PHONE.matcher(v).matches() || v.chars().filter(Character::isDigit).count() < MIN_PHONE_DIGITS)) {
            errors.add(new FieldViolation(field, "must be a phone number: at least " + MIN_PHONE_DIGITS
                    + " digits, with blanks, + ( ) - . / allowed"));
        }
        return v;
    }

    /** @return the ISO 639-1 code, lower-cased. */
    public static String language(List<FieldViolation> errors, String field, String value) {
        String v = text(errors, field, value, 2);
        if (v == null) {
            return null;
        }
        String code = v.toLowerCase(Locale.ROOT);
        if (!LANGUAGES.contains(code)) {
            errors.add(new FieldViolation(field, "must be an ISO 639-1 language code, e.g. en, fr, de"));
        }
        return code;
    }

    private static String text(List<FieldViolation> errors, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.length() > max) {
            errors.add(new FieldViolation(field, "must be at most " + max + " characters"));
        }
        return v;
    }
}
