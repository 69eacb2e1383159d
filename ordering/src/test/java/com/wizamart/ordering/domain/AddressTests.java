package com.wizamart.ordering.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.wizamart.sharedkernel.FieldViolation;
import com.wizamart.sharedkernel.ValidationException;

class AddressTests {

    @Test
    void stripsEveryFieldUpperCasesTheCountryAndDropsBlankOptionalOnes() {
        Address address = Address.of("shippingAddress", " Ann ", " Lee ", "  ", " 1 Rue du Fort ", "", " L-1234 ",
                " Luxembourg ", " lu ", " ");
        assertThat(address).isEqualTo(new Address("Ann", "Lee", null, "1 Rue du Fort", null, "L-1234", "Luxembourg",
                "LU", null));
        assertThat(address.fullName()).isEqualTo("Ann Lee");
    }

    @Test
    void namesEveryMissingRequiredFieldUnderTheRequestsField() {
        assertThatThrownBy(() -> Address.of("billingAddress", null, " ", "ACME", "", null, null, "\t", null, "+352"))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo("VALIDATION_FAILED");
                    assertThat(e.violations()).extracting(FieldViolation::field).containsExactlyInAnyOrder(
                            "billingAddress.firstName", "billingAddress.lastName", "billingAddress.street",
                            "billingAddress.postalCode", "billingAddress.city", "billingAddress.country");
                    assertThat(e.violations()).extracting(FieldViolation::message).containsOnly("must not be blank");
                });
    }

    @Test
    void limitsTheLengthOfEachFieldAfterStripping() {
        String hundred = "x".repeat(100);
        Address longest = Address.of("a", " " + hundred + " ", hundred, "c".repeat(200), "s".repeat(200),
                "t".repeat(200), "p".repeat(20), hundred, "LU", "9".repeat(50));
        assertThat(longest.firstName()).hasSize(100);
        assertThatThrownBy(() -> Address.of("a", hundred + "x", hundred + "x", "c".repeat(201), "s".repeat(201),
                "t".repeat(201), "p".repeat(21), hundred + "x", "LU", "9".repeat(51)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactlyInAnyOrder("a.firstName", "a.lastName",
                                "a.company", "a.street", "a.street2", "a.postalCode", "a.city", "a.phone"));
    }

    @Test
    void theCountryIsAnIsoAlpha2Code() {
        assertThat(Address.of("a", "A", "B", null, "S", null, "P", "C", "de", null).country()).isEqualTo("DE");
        assertThatThrownBy(() -> Address.of("a", "A", "B", null, "S", null, "P", "C", "XX", null))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .singleElement().satisfies(v -> {
                            assertThat(v.field()).isEqualTo("a.country");
                            assertThat(v.message()).contains("ISO 3166-1");
                        }));
        assertThatThrownBy(() -> Address.of("a", "A", "B", null, "S", null, "P", "C", "LUX", null))
                .as("an alpha-3 code is too long and no alpha-2 code").isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.violations()).extracting(FieldViolation::field)
                                .containsExactly("a.country", "a.country"));
    }

    @Test
    void checkingCollectsViolationsWithTopLevelNamesWithoutThrowing() {
        List<FieldViolation> errors = new ArrayList<>();
        errors.add(new FieldViolation("label", "already there"));
        Address.check(errors, "", "A", null, null, "S", null, "P", "C", "LU", null);
        assertThat(errors).extracting(FieldViolation::field).containsExactly("label", "lastName");
    }
}
