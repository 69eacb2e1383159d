package com.wizamart.tenancy.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import com.wizamart.sharedkernel.FieldViolation;
import com.wizamart.sharedkernel.ValidationException;

class CustomDomainTests {

    @ParameterizedTest
    @ValueSource(strings = {"acme.lu", "shop.acme.lu", "a.lu", "my-shop.example.com", "xn--bcher-kva.example",
            "1shop.acme.lu"})
    void acceptsAHostName(String host) {
        CustomDomain domain = new CustomDomain(host, false);

        assertThat(domain.domain()).isEqualTo(host);
        assertThat(domain.verified()).isFalse();
    }

    @Test
    void normalisesCaseAndSurroundingBlanks_andKeepsWhetherItIsVerified() {
        assertThat(new CustomDomain("  Shop.ACME.lu ", true)).isEqualTo(new CustomDomain("shop.acme.lu", true));
    }

    @Test
    void acceptsTheLongestHostNameDnsAllows_butNoLonger() {
        String labels = "a".repeat(63) + "." + "b".repeat(63) + "." + "c".repeat(63) + ".";
        String longest = labels + "d".repeat(58) + ".lu";
        String tooLong = labels + "d".repeat(59) + ".lu";
        assertThat(longest).hasSize(253);

        assertThat(new CustomDomain(longest, false).domain()).isEqualTo(longest);
        assertThatThrownBy(() -> new CustomDomain(tooLong, false)).isInstanceOf(ValidationException.class);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"localhost", "acme", "a.b", "shop..acme.lu", "-shop.acme.lu", "shop-.acme.lu",
            "shop.acme.l", "shop.acme.123", "203.0.113.7", "http://shop.acme.lu", "shop.acme.lu:8080",
            "shop.acme.lu/", "shop acme.lu", "shop_1.acme.lu", "*.acme.lu", ".acme.lu"})
    void rejectsWhatIsNotAHostName_namingIt(String host) {
        assertThatThrownBy(() -> new CustomDomain(host, true)).as(host)
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.violations()).extracting(FieldViolation::field).containsExactly("customDomains");
                    assertThat(e.violations().getFirst().message()).contains("is not a valid host name");
                });
    }

    @Test
    void aLabelLongerThanDnsAllowsIsRejected() {
        assertThatThrownBy(() -> new CustomDomain("a".repeat(64) + ".lu", false))
                .isInstanceOf(ValidationException.class);
    }
}
