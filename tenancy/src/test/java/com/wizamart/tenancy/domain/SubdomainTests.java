package com.wizamart.tenancy.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import com.wizamart.sharedkernel.FieldViolation;
import com.wizamart.sharedkernel.ValidationException;

class SubdomainTests {

    private static final String LONGEST = "a".repeat(63);

    @ParameterizedTest
    @ValueSource(strings = {"a", "7", "acme", "shop-1", "x-y-z"})
    void acceptsADnsLabel(String label) {
        assertThat(Subdomain.of(label).value()).isEqualTo(label);
    }

    @Test
    void acceptsALabelOfSixtyThreeCharactersButNotSixtyFour() {
        assertThat(Subdomain.of(LONGEST)).hasToString(LONGEST);
        assertInvalid(LONGEST + "a", "must be a DNS label: lowercase letters, digits, inner hyphens");
    }

    @Test
    void normalisesCaseAndSurroundingBlanks() {
        assertThat(Subdomain.of("  Acme-Shop ")).isEqualTo(new Subdomain("acme-shop"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "-acme", "acme-", "shop.acme", "ac_me", "ac me", "äcme", "acme:8080"})
    void rejectsWhatIsNotASingleDnsLabel(String label) {
        assertInvalid(label, "must be a DNS label: lowercase letters, digits, inner hyphens");
    }

    @ParameterizedTest
    @ValueSource(strings = {"www", "admin", "api", "app", "static", "mail", "status", "WWW", " Api "})
    void rejectsTheLabelsThePlatformKeepsForItself(String label) {
        assertInvalid(label, "is reserved for the platform");
    }

    @Test
    void tellsWhetherAHostLabelIsReserved_inAnyCase() {
        assertThat(Subdomain.isReserved("API")).isTrue();
        assertThat(Subdomain.isReserved("static")).isTrue();
        assertThat(Subdomain.isReserved("acme")).isFalse();
        assertThat(Subdomain.isReserved("www2")).isFalse();
        assertThat(Subdomain.isReserved(null)).isFalse();
    }

    private static void assertInvalid(String label, String message) {
        assertThatThrownBy(() -> Subdomain.of(label)).as(label)
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .containsExactly(new FieldViolation("subdomain", message)));
    }
}
