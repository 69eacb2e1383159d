package com.wizamart.identity.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.wizamart.sharedkernel.FieldViolation;
import com.wizamart.sharedkernel.ValidationException;

/**
 * What a customer changes of their own profile: the fields given are set, absent ones ({@literal null}) stay, and
 * the optional ones named in {@code clear} are emptied. The email is not among them: changing it needs the new
 * address confirmed, which the platform cannot do yet.
 *
 * @param clear any of {@link #CLEARABLE}.
 */
public record ProfileEdit(String firstName, String lastName, String phone, String preferredLanguage,
                          Boolean marketingConsent, Set<String> clear) {

    /** The optional fields a customer may empty. */
    public static final Set<String> CLEARABLE = Set.of("lastName", "phone", "preferredLanguage");

    /** @throws ValidationException naming each field that breaks a rule (all of them at once). */
    public ProfileEdit {
        clear = clear == null ? Set.of() : Set.copyOf(clear);
        List<FieldViolation> errors = new ArrayList<>();
        if (firstName != null) {
            firstName = CustomerFields.firstName(errors, "firstName", firstName);
        }
        if (lastName != null) {
            lastName = CustomerFields.lastName(errors, "lastName", lastName);
        }
        if (phone != null) {
            phone = CustomerFields.phone(errors, "phone", phone);
            if (phone == null) {
                errors.add(new FieldViolation("phone", "must not be blank (name it in clear to remove it)"));
            }
        }
        if (preferredLanguage != null) {
            preferredLanguage = CustomerFields.language(errors, "preferredLanguage", preferredLanguage);
            if (preferredLanguage == null) {
                errors.add(new FieldViolation("preferredLanguage",
                        "must not be blank (name it in clear to remove it)"));
            }
        }
        for (String field : clear) {
            if (!CLEARABLE.contains(field)) {
                errors.add(new FieldViolation("clear", "can name " + String.join(", ", CLEARABLE.stream().sorted()
                        .toList()) + ", not " + field));
            }
        }
        if ((lastName != null && clear.contains("lastName")) || (phone != null && clear.contains("phone"))
                || (preferredLanguage != null && clear.contains("preferredLanguage"))) {
            errors.add(new FieldViolation("clear", "must not name a field that is also set"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    /** @return the customer with this edit applied; the consent time is {@code at} when the consent changes. */
    public Customer applyTo(Customer customer, Instant at) {
        String last = clear.contains("lastName") ? "" : lastName != null ? lastName : customer.lastName();
        String phoneNumber = clear.contains("phone") ? null : phone != null ? phone : customer.phone();
        String language = clear.contains("preferredLanguage") ? null
                : preferredLanguage != null ? preferredLanguage : customer.preferredLanguage();
        return customer.withProfile(firstName != null ? firstName : customer.firstName(), last, phoneNumber, language,
                marketingConsent != null ? marketingConsent : customer.marketingConsent(), at);
    }
}
