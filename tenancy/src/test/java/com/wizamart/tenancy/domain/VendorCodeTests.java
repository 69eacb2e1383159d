package com.wizamart.tenancy.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import com.wizamart.sharedkernel.FieldViolation;
import com.wizamart.sharedkernel.ValidationException;

class VendorCodeTests {

    @ParameterizedTest
    @ValueSource(strings = {"ab", "a1", "42", "acme", "acme-shop", "a-b-c", "abcdefghijklmnopqrstuvwxyz012345"})
    void acceptsTwoToThirtyTwoLowercaseLettersDigitsAndInnerHyphens(String code) {
        assertThat(new VendorCode(code).value()).isEqualTo(code);
        assertThat(VendorCode.of(code)).hasToString(code);
    }

    @Test
    void normalisesCaseAndSurroundingBlanks() {
        assertThat(VendorCode.of("  Acme-SHOP \t")).isEqualTo(new VendorCode("acme-shop"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"a", " ", "-acme", "acme-", "ac_me", "ac me", "ac.me", "äcme", "acme!",
            "abcdefghijklmnopqrstuvwxyz0123456"})
    void rejectsAnythingElseAsAnInvalidCode(String code) {
        assertThatThrownBy(() -> VendorCode.of(code))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo("VALIDATION_FAILED");
                    assertThat(e.violations()).extracting(FieldViolation::field).containsExactly("code");
                });
    }

    @Test
    void theConstructorDoesNotNormalise_soUppercaseIsRejected() {
        assertThatThrownBy(() -> new VendorCode("Acme")).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> new VendorCode(" acme")).isInstanceOf(ValidationException.class);
    }
}
