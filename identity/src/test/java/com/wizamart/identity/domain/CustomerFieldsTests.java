package com.wizamart.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.wizamart.sharedkernel.FieldViolation;

class CustomerFieldsTests {

    private final List<FieldViolation> errors = new ArrayList<>();

    @Test
    void aFirstNameIsRequired_stripped_andAtMostOneHundredCharacters() {
        assertThat(CustomerFields.firstName(errors, "firstName", "  Chris ")).isEqualTo("Chris");
        assertThat(CustomerFields.firstName(errors, "firstName", "c".repeat(100))).hasSize(100);
        assertThat(errors).isEmpty();

        assertThat(CustomerFields.firstName(errors, "firstName", " ")).isNull();
        assertThat(CustomerFields.firstName(errors, "first", null)).isNull();
        CustomerFields.firstName(errors, "firstName", "c".repeat(101));

        assertThat(errors).containsExactly(new FieldViolation("firstName", "must not be blank"),
                new FieldViolation("first", "must not be blank"),
                new FieldViolation("firstName", "must be at most 100 characters"));
    }

    @Test
    void aLastNameIsOptional_andEmptyWhenMissing() {
        assertThat(CustomerFields.lastName(errors, "lastName", null)).isEmpty();
        assertThat(CustomerFields.lastName(errors, "lastName", "   ")).isEmpty();
        assertThat(CustomerFields.lastName(errors, "lastName", " Muller ")).isEqualTo("Muller");
        assertThat(errors).isEmpty();

        CustomerFields.lastName(errors, "lastName", "m".repeat(101));
        assertThat(errors).containsExactly(new FieldViolation("lastName", "must be at most 100 characters"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"+352 621 123 456", "(0)621-123.456", "621/12 34 56", "123456"})
    void aPhoneIsAtLeastSixDigitsWithTheUsualSeparators(String phone) {
        assertThat(CustomerFields.phone(errors, "phone", " " + phone + " ")).isEqualTo(phone);
        assertThat(errors).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "+352 621 12a 456", "++352621123456", "352+621123456", "tel: 621123456",
            "#621123456"})
    void rejectsAPhoneWithTooFewDigitsOrOtherCharacters(String phone) {
        CustomerFields.phone(errors, "phone", phone);

        assertThat(errors).extracting(FieldViolation::field).containsExactly("phone");
        assertThat(errors.getFirst().message()).startsWith("must be a phone number");
    }

    @Test
    void aPhoneIsOptional_andAtMostFiftyCharacters() {
        assertThat(CustomerFields.phone(errors, "phone", null)).isNull();
        assertThat(CustomerFields.phone(errors, "phone", "  ")).isNull();
        assertThat(errors).isEmpty();

        CustomerFields.phone(errors, "phone", "1".repeat(51));
        assertThat(errors).containsExactly(new FieldViolation("phone", "must be at most 50 characters"));
    }

    @Test
    void aLanguageIsAnIsoCode_lowerCased() {
        assertThat(CustomerFields.language(errors, "preferredLanguage", " FR ")).isEqualTo("fr");
        assertThat(CustomerFields.language(errors, "preferredLanguage", "lb")).isEqualTo("lb");
        assertThat(CustomerFields.language(errors, "preferredLanguage", null)).isNull();
        assertThat(errors).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"xx", "zz", "e", "eng", "en-GB", "12"})
    void rejectsWhatIsNotAnIsoLanguageCode(String language) {
        CustomerFields.language(errors, "preferredLanguage", language);

        assertThat(errors).isNotEmpty().extracting(FieldViolation::field).containsOnly("preferredLanguage");
    }
}
