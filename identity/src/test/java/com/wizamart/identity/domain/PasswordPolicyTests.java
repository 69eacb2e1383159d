package com.wizamart.identity.domain;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import com.wizamart.sharedkernel.FieldViolation;
import com.wizamart.sharedkernel.ValidationException;

class PasswordPolicyTests {

    private static final EmailAddress ADA = EmailAddress.of("ada.lovelace@example.lu");

    @Test
    void acceptsTenToOneHundredTwentyEightCharacters() {
        assertThatCode(() -> PasswordPolicy.check("x".repeat(10), ADA, "password")).doesNotThrowAnyException();
        assertThatCode(() -> PasswordPolicy.check("x".repeat(128), ADA, "password")).doesNotThrowAnyException();
    }

    @Test
    void rejectsNineCharacters() {
        assertRejected("x".repeat(9), "must be at least 10 characters");
    }

    @Test
    void rejectsOneHundredTwentyNineCharacters() {
        assertRejected("x".repeat(129), "must be at most 128 characters");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"          ", "\t\t\t\t\t\t\t\t\t\t\t"})
    void rejectsABlankPassword_whateverItsLength(String password) {
        assertRejected(password, "must not be blank");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ada.lovelace@example.lu", "Ada.Lovelace@Example.LU", "  ada.lovelace@example.lu ",
            "ada.lovelace", "ADA.LOVELACE"})
    void rejectsTheAccountsEmailOrItsLocalPart_inAnyCase(String password) {
        assertRejected(password, "must not be your email address");
    }

    @Test
    void acceptsAPasswordThatMerelyContainsTheEmail() {
        assertThatCode(() -> PasswordPolicy.check("ada.lovelace!2026", ADA, "password")).doesNotThrowAnyException();
    }

    @Test
    void withoutAnAccountOnlyTheLengthIsChecked() {
        assertThatCode(() -> PasswordPolicy.check("ada.lovelace", null, "password")).doesNotThrowAnyException();
        assertThatThrownBy(() -> PasswordPolicy.check("short", null, "password")).isInstanceOf(ValidationException.class);
    }

    @Test
    void namesTheFieldThePasswordCameIn() {
        assertThatThrownBy(() -> PasswordPolicy.check("short", ADA, "newPassword"))
                .isInstanceOfSatisfying(ValidationException.class, e -> org.assertj.core.api.Assertions
                        .assertThat(e.violations()).extracting(FieldViolation::field).containsExactly("newPassword"));
    }

    private static void assertRejected(String password, String message) {
        assertThatThrownBy(() -> PasswordPolicy.check(password, ADA, "password"))
                .isInstanceOfSatisfying(ValidationException.class, e -> org.assertj.core.api.Assertions
                        .assertThat(e.violations()).containsExactly(new FieldViolation("password", message)));
    }
}
