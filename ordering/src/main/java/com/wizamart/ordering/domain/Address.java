package com.wizamart.ordering.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.wizamart.sharedkernel.FieldViolation;
import com.wizamart.sharedkernel.ValidationException;

/**
 * A postal address as the order keeps it (a snapshot: later changes to the customer's data, their address book
 * included, never touch it), and as the customer's address book holds it: both are checked by the same rules.
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
        Address address = check(errors, field, firstName, lastName, company, street, street2, postalCode, city,
                country, phone);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return address;
    }

    /**
     * As {@link #of}, adding the violations to {@code errors} instead of throwing (for requests with more fields).
     *
     * @param field the request field it came from, as prefix of its members' names; empty when they are top-level.
     * @return the stripped address; meaningless when a violation was added.
     */
    public static Address check(List<FieldViolation> errors, String field, String firstName, String lastName,
                                String company, String street, String street2, String postalCode, String city,
                                String country, String phone) {
        String prefix = field.isEmpty() ? "" : field + ".";
        String f = required(errors, prefix + "firstName", firstName, 100);
        String l = required(errors, prefix + "lastName", lastName, 100);
        String s = required(errors, prefix + "street", street, 200);
        String p = required(errors, prefix + "postalCode", postalCode, 20);
        String c = required(errors, prefix + "city", city, 100);
        String cc = required(errors, prefix + "country", country, 2);
        if (cc != null) {
            cc = cc.toUpperCase(Locale.ROOT);
            if (!COUNTRIES.contains(cc)) {
                errors.add(new FieldViolation(prefix + "country", "must be an ISO 3166-1 alpha-2 code"));
            }
        }
        String co = optional(errors, prefix + "company", company, 200);
        String s2 = optional(errors, prefix + "street2", street2, 200);
        String ph = optional(errors, prefix + "phone", phone, 50);
        return new Address(f, l, co, s, s2, p, c, cc, ph);
    }

    public String fullName() {
        return (firstName + " " + lastName).strip();
    }

    /**
     * @return the address as a label prints it, one row a line: name, company, street, second street line,
     *         "postal code city", country code (rows without a value left out).
     */
    public List<String> lines() {
        List<String> rows = new ArrayList<>();
        rows.add(fullName());
        for (String row : new String[] {company, street, street2,
                ((postalCode == null ? "" : postalCode) + " " + (city == null ? "" : city)).strip(), country}) {
            if (row != null && !row.isBlank()) {
                rows.add(row);
            }
        }
        return List.copyOf(rows);
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
