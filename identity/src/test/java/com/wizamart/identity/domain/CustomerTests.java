package com.wizamart.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class CustomerTests {

    private static final Instant AT = Instant.parse("2026-03-01T10:00:00Z");

    private static Customer chris() {
        return Customer.register(UUID.randomUUID(), UUID.randomUUID(), EmailAddress.of("chris@mail.test"), "{argon2}x",
                "Chris", "Muller", null, AT);
    }

    @Test
    void aNewCustomerIsActiveAndHasNotAgreedToMarketing() {
        Customer customer = chris();

        assertThat(customer.active()).isTrue();
        assertThat(customer.marketingConsent()).isFalse();
        assertThat(customer.marketingConsentAt()).isNull();
        assertThat(customer.preferredLanguage()).isNull();
        assertThat(customer.createdAt()).isEqualTo(AT);
        assertThat(customer.version()).isNull();
        assertThat(customer.credentialsVersion()).isZero();
    }

    @Test
    void aNewCustomerHasNotProvenTheAddressYet() {
        assertThat(chris().emailVerified()).isFalse();
        assertThat(chris().emailVerifiedAt()).isNull();
    }

    @Test
    void aNewPasswordChangesNothingElse() {
        Customer customer = chris();

        Customer changed = customer.withPassword("{argon2}y");

        assertThat(changed.passwordHash()).isEqualTo("{argon2}y");
        assertThat(changed).usingRecursiveComparison().ignoringFields("passwordHash").isEqualTo(customer);
    }

    @Test
    void theSameEmailAtTwoVendorsIsTwoCustomers() {
        Customer here = chris();
        Customer there = Customer.register(UUID.randomUUID(), UUID.randomUUID(), here.email(), "{argon2}x", "Chris",
                "Muller", null, AT);

        assertThat(there).isNotEqualTo(here);
        assertThat(there.vendorId()).isNotEqualTo(here.vendorId());
    }
}
