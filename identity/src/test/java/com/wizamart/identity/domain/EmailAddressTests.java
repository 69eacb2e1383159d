package com.wizamart.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import com.wizamart.sharedkernel.FieldViolation;
import com.wizamart.sharedkernel.ValidationException;

class EmailAddressTests {

    @Test
    void normalisesToTrimmedLowerCase() {
        assertThat(EmailAddress.of("  Ada.Lovelace+Shop@Example.LU \n")).isEqualTo(new EmailAddress("ada.lovelace+shop@example.lu"));
        assertThat(EmailAddress.of("Ada@Example.lu")).hasToString("ada@example.lu");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a@b.lu", "first.last+tag@sub.example.lu", "o'neil@example.ie", "x@xn--bcher-kva.example"})
    void acceptsAnAddressWithALocalPartAndADomainWithADot(String email) {
        assertThat(EmailAddress.of(email).value()).isEqualTo(email);
    }

    @Test
    void theLocalPartIsAtMostSixtyFourCharacters() {
        assertThat(EmailAddress.of("l".repeat(64) + "@example.lu").value()).startsWith("l".repeat(64));
        assertInvalid("l".repeat(65) + "@example.lu");
    }

    @Test
    void theWholeAddressIsAtMostThreeHundredTwentyCharacters() {
        String domain = "d".repeat(320 - 2 - 3) + ".lu";
        assertThat(EmailAddress.of("a@" + domain).value()).hasSize(320);
        assertInvalid("ab@" + domain);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "ada", "ada@", "@example.lu", "ada@example", "ada@example.l", "ada@@example.lu",
            "ada@exa@mple.lu", "ada lovelace@example.lu", "ada@exa mple.lu"})
    void rejectsWhatIsNotAnEmailAddress(String email) {
        assertInvalid(email);
    }

    @Test
    void theConstructorDoesNotNormalise() {
        assertThatThrownBy(() -> new EmailAddress(" ada@example.lu")).isInstanceOf(ValidationException.class);
    }

    private static void assertInvalid(String email) {
        assertThatThrownBy(() -> EmailAddress.of(email)).as(email)
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo("VALIDATION_FAILED");
                    assertThat(e.violations()).containsExactly(new FieldViolation("email", "must be a valid email address"));
                });
    }
}
