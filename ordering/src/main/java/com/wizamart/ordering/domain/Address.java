package com.wizamart.ordering.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.wizamart.sharedkernel.FieldViolation;
import com.wizamart.sharedkernel.ValidationException;

/**
 * A postal address as the order keeps it (a snapshot: later changes to the customer's data never touch it).
 *
 * @param country ISO 3166-1 alpha-2, upper case.
 */
public record Address(String firstName, String lastName, String company, String street, String street2,
                      String postalCode, String city, String country, String phone) {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    /**
     * Strips every field and checks the address.
     *
     * @param field the request field it came from, for error messages (e.g. {@code shippingAddress}).
     * @throws ValidationException naming each bad field.
     */
    public static Address of(String field, String firstName, String lastName, String company, String street,
                             String street2, String postalCode, String city, String country, String phone) {
        List<FieldViolation> errors = new ArrayList<>();
        String f = required(errors, field + ".firstName", firstName, 100);
        String l = required(errors, field + ".lastName", lastName, 100);
        String s = required(errors, field + ".street", street, 200);
        String p = required(errors, field + ".postalCode", postalCode, 20);
        String c = required(errors, field + ".city", city, 100);
        String cc = required(errors, field + ".country", country, 2);
        if (cc != null) {
            cc = cc.toUpperCase(Locale.ROOT);
            if (!COUNTRIES.contains(cc)) {
                errors.add(new FieldViolation(field + ".country", "must be an ISO 3166-1 alpha-2 code"));
            }
        }
        String co = optional(errors, field + ".company", company, 200);
        String s2 = optional(errors, field + ".street2", street2, 200);
        String ph = optional(errors, field + ".phone", phone, 50);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new Address(f, l, co, s, s2, p, c, cc, ph);
    }

    public String fullName() {
        return (firstName + " " + lastName).strip();
    }

    private static String required(List<FieldViolation> errors, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldViolation(field, "must not be blank"));
            return null;
        }
        return optional(errors, field, value, max);
    }

    private static String optional(List<FieldViolation> errors, String field, String value, int max) {
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
