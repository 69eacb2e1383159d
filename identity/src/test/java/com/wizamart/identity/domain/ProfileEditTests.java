package com.wizamart.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.wizamart.sharedkernel.FieldViolation;
import com.wizamart.sharedkernel.ValidationException;

class ProfileEditTests {

    private static final Instant REGISTERED = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");

    private static Customer chris() {
        return Customer.register(UUID.randomUUID(), UUID.randomUUID(), EmailAddress.of("chris@mail.test"), "{argon2}x",
                "Chris", "Muller", "+352 621 000 000", REGISTERED);
    }

    @Test
    void setsTheFieldsGivenKeepsTheOthersAndClearsTheNamedOnes() {
        Customer edited = new ProfileEdit(" Christiane ", null, null, "DE", null, Set.of("phone")).applyTo(chris(), NOW);
        assertThat(edited.firstName()).isEqualTo("Christiane");
        assertThat(edited.lastName()).isEqualTo("Muller");
        assertThat(edited.phone()).isNull();
        assertThat(edited.preferredLanguage()).isEqualTo("de");
        assertThat(edited.marketingConsent()).isFalse();
        assertThat(edited.marketingConsentAt()).isNull();
        assertThat(edited.email()).isEqualTo(chris().email());
        assertThat(edited.passwordHash()).isEqualTo("{argon2}x");
    }

    @Test
    void theConsentTimeMovesOnlyWhenTheConsentChanges() {
        Customer agreed = new ProfileEdit(null, null, null, null, true, null).applyTo(chris(), NOW);
        assertThat(agreed.marketingConsent()).isTrue();
        assertThat(agreed.marketingConsentAt()).isEqualTo(NOW);
        Customer again = new ProfileEdit("Chris", null, null, null, true, null).applyTo(agreed, NOW.plusSeconds(60));
        assertThat(again.marketingConsentAt()).isEqualTo(NOW);
        Customer withdrawn = new ProfileEdit(null, null, null, null, false, null).applyTo(again, NOW.plusSeconds(120));
        assertThat(withdrawn.marketingConsent()).isFalse();
        assertThat(withdrawn.marketingConsentAt()).isEqualTo(NOW.plusSeconds(120));
    }

    @Test
    void namesEveryBadFieldAtOnce() {
        assertThatThrownBy(() -> new ProfileEdit(" ", "x".repeat(101), "call me", "xx", null, Set.of("email")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field)
                        .containsExactlyInAnyOrder("firstName", "lastName", "phone", "preferredLanguage", "clear"));
        assertThatThrownBy(() -> new ProfileEdit(null, null, "+352 621 000 000", null, null, Set.of("phone")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactly("clear"));
        assertThatThrownBy(() -> new ProfileEdit(null, null, " ", null, null, null))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactly("phone"));
    }

    @Test
    void aPhoneIsDigitsWithTheUsualSeparators() {
        for (String good : new String[] {"+352 621 123 456", "(0)621-123.456", "621/12 34 56"}) {
            assertThat(new ProfileEdit(null, null, good, null, null, null).phone()).isEqualTo(good);
        }
        for (String bad : new String[] {"12345", "+352 621 12a 456", "++352621123456", "tel: 621123456"}) {
            assertThatThrownBy(() -> new ProfileEdit(null, null, bad, null, null, null)).as(bad)
                    .isInstanceOf(ValidationException.class);
        }
    }

    @Test
    void anEmptyEditChangesNothing() {
        Customer chris = chris();

        assertThat(new ProfileEdit(null, null, null, null, null, null).applyTo(chris, NOW)).isEqualTo(chris);
    }

    @Test
    void clearingEmptiesTheOptionalFields_andTheFirstNameCannotBeCleared() {
        Customer withLanguage = new ProfileEdit(null, null, null, "fr", null, null).applyTo(chris(), NOW);

        Customer cleared = new ProfileEdit(null, null, null, null, null, Set.of("lastName", "phone", "preferredLanguage"))
                .applyTo(withLanguage, NOW);

        assertThat(cleared.lastName()).isEmpty();
        assertThat(cleared.phone()).isNull();
        assertThat(cleared.preferredLanguage()).isNull();
        assertThat(cleared.firstName()).isEqualTo("Chris");
        assertThatThrownBy(() -> new ProfileEdit(null, null, null, null, null, Set.of("firstName")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).containsExactly(
                        new FieldViolation("clear", "can name lastName, phone, preferredLanguage, not firstName")));
    }

    @Test
    void theEditHoldsItsOwnCopyOfTheFieldsToClear() {
        Set<String> clear = new java.util.HashSet<>(Set.of("phone"));
        ProfileEdit edit = new ProfileEdit(null, null, null, null, null, clear);

        clear.add("lastName");

        assertThat(edit.clear()).containsExactly("phone");
        assertThat(edit.applyTo(chris(), NOW).lastName()).isEqualTo("Muller");
    }
}
