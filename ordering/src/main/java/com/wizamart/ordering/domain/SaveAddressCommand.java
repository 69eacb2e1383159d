package com.wizamart.ordering.domain;

import java.util.ArrayList;
import java.util.List;

import com.wizamart.sharedkernel.FieldViolation;
import com.wizamart.sharedkernel.ValidationException;

/**
 * An address a customer adds to their address book, or replaces one with.
 *
 * @param defaultShipping {@literal true} makes it the default shipping address (the previous default stops being
 *                        one), {@literal false} makes it not the default; {@literal null} leaves the question as it
 *                        is (a customer's first address becomes the default).
 * @param defaultBilling  the same for billing.
 */
public record SaveAddressCommand(String label, Address address, Boolean defaultShipping, Boolean defaultBilling) {

    /**
     * Strips and checks every field, the address by the rules of checkout addresses ({@link Address#check}).
     *
     * @throws ValidationException naming each bad field (top-level names: {@code label}, {@code country}, ...).
     */
    public static SaveAddressCommand of(String label, String firstName, String lastName, String company,
                                        String street, String street2, String postalCode, String city,
                                        String country, String phone, Boolean defaultShipping,
                                        Boolean defaultBilling) {
        List<FieldViolation> errors = new ArrayList<>();
        String l = label == null || label.isBlank() ? null : label.strip();
        if (l != null && l.length() > SavedAddress.MAX_LABEL) {
            errors.add(new FieldViolation("label", "must be at most " + SavedAddress.MAX_LABEL + " characters"));
        }
        Address address = Address.check(errors, "", firstName, lastName, company, street, street2, postalCode, city,
                country, phone);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new SaveAddressCommand(l, address, defaultShipping, defaultBilling);
    }
}
