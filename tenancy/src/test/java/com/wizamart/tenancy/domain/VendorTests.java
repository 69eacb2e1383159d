package com.wizamart.tenancy.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.wizamart.sharedkernel.FieldViolation;
import com.wizamart.sharedkernel.ValidationException;

class VendorTests {

    private static Vendor acme() {
        return Vendor.open(VendorCode.of("acme"), "Acme", Subdomain.of("acme"), null);
    }

    @Test
    void opensActiveUnverifiedAndReachable() {
        Instant before = Instant.now();
        Vendor vendor = acme();

        assertThat(vendor.id()).isNotNull();
        assertThat(vendor.active()).isTrue();
        assertThat(vendor.verified()).isFalse();
        assertThat(vendor.isDeleted()).isFalse();
        assertThat(vendor.isOpen()).isTrue();
        assertThat(vendor.deletedAt()).isNull();
        assertThat(vendor.version()).isNull();
        assertThat(vendor.createdAt()).isBetween(before, Instant.now());
        assertThat(vendor.theme()).isEmpty();
        assertThat(vendor.customDomains()).isEmpty();
        assertThat(vendor.business()).isEqualTo(BusinessContact.empty());
        assertThat(acme().id()).isNotEqualTo(vendor.id());
    }

    @Test
    void needsAnIdACodeAndASubdomain() {
        assertThatThrownBy(() -> new Vendor(null, VendorCode.of("acme"), "Acme", Subdomain.of("acme"), null,
                null, null, false, true, null, null, null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Vendor(UUID.randomUUID(), null, "Acme", Subdomain.of("acme"), null,
                null, null, false, true, null, null, null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Vendor(UUID.randomUUID(), VendorCode.of("acme"), "Acme", null, null,
                null, null, false, true, null, null, null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void aNameIsStrippedAndAtMostTwoHundredCharacters() {
        assertThat(Vendor.open(VendorCode.of("acme"), "  Acme SARL ", Subdomain.of("acme"), null).name())
                .isEqualTo("Acme SARL");
        assertThat(Vendor.open(VendorCode.of("acme"), "n".repeat(200), Subdomain.of("acme"), null).name())
                .hasSize(200);

        assertRejected(() -> Vendor.open(VendorCode.of("acme"), "n".repeat(201), Subdomain.of("acme"), null),
                "name", "must be at most 200 characters");
        assertRejected(() -> Vendor.open(VendorCode.of("acme"), " \t", Subdomain.of("acme"), null),
                "name", "must not be blank");
        assertRejected(() -> Vendor.open(VendorCode.of("acme"), null, Subdomain.of("acme"), null),
                "name", "must not be blank");
    }

    @Test
    void holdsCopiesOfWhatItIsGiven_andHandsOutUnmodifiableViews() {
        Map<String, Object> theme = new HashMap<>(Map.of("primary", "#000"));
        List<CustomDomain> domains = new java.util.ArrayList<>(List.of(new CustomDomain("acme.lu", false)));
        Vendor vendor = Vendor.open(VendorCode.of("acme"), "Acme", Subdomain.of("acme"), null);
        vendor.edit(null, null, null, theme, domains);

        theme.put("primary", "#fff");
        domains.clear();

        assertThat(vendor.theme()).containsEntry("primary", "#000");
        assertThat(vendor.customDomains()).containsExactly(new CustomDomain("acme.lu", false));
        assertThatThrownBy(() -> vendor.customDomains().add(new CustomDomain("evil.lu", true)))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void anEditChangesWhatItGivesAndLeavesTheRest() {
        Vendor vendor = acme();
        BusinessContact contact = new BusinessContact("info@acme.lu", null, null, null, null, "LU", null);

        vendor.edit(" Acme SARL ", Subdomain.of("acme-sarl"), contact, Map.of("primary", "#123"),
                List.of(new CustomDomain("shop.acme.lu", true)));

        assertThat(vendor.name()).isEqualTo("Acme SARL");
        assertThat(vendor.subdomain()).isEqualTo(Subdomain.of("acme-sarl"));
        assertThat(vendor.business()).isEqualTo(contact);
        assertThat(vendor.theme()).containsOnly(Map.entry("primary", "#123"));
        assertThat(vendor.customDomains()).extracting(CustomDomain::domain).containsExactly("shop.acme.lu");
        assertThat(vendor.code()).isEqualTo(VendorCode.of("acme"));

        vendor.edit(null, null, null, null, List.of());

        assertThat(vendor.name()).isEqualTo("Acme SARL");
        assertThat(vendor.customDomains()).isEmpty();
        assertThat(vendor.theme()).containsOnly(Map.entry("primary", "#123"));
    }

    @Test
    void anInvalidEditChangesNothing() {
        Vendor vendor = acme();

        assertRejected(() -> vendor.edit(" ", Subdomain.of("acme-sarl"), null, Map.of("primary", "#123"),
                List.of(new CustomDomain("shop.acme.lu", true))), "name", "must not be blank");

        assertThat(vendor.name()).isEqualTo("Acme");
        assertThat(vendor.subdomain()).isEqualTo(Subdomain.of("acme"));
        assertThat(vendor.theme()).isEmpty();
        assertThat(vendor.customDomains()).isEmpty();
    }

    @Test
    void aDeactivatedVendorIsUnreachableUntilActivatedAgain() {
        Vendor vendor = acme();

        vendor.activate(false);
        assertThat(vendor.isOpen()).isFalse();
        assertThat(vendor.isDeleted()).isFalse();

        vendor.activate(true);
        assertThat(vendor.isOpen()).isTrue();
    }

    @Test
    void verificationIsIndependentOfBeingOpen() {
        Vendor vendor = acme();

        vendor.verify(true);
        vendor.activate(false);

        assertThat(vendor.verified()).isTrue();
        assertThat(vendor.isOpen()).isFalse();
    }

    @Test
    void aDeletedVendorStaysUnreachable_evenWhenActivated_andKeepsItsFirstDeletionTime() {
        Vendor vendor = acme();

        vendor.delete();
        Instant deletedAt = vendor.deletedAt();
        // a second deletion happens at a later instant: it must not move the first one
        org.awaitility.Awaitility.await().until(() -> Instant.now().isAfter(deletedAt));
        vendor.delete();
        vendor.activate(true);

        assertThat(vendor.isDeleted()).isTrue();
        assertThat(vendor.deletedAt()).isEqualTo(deletedAt);
        assertThat(vendor.isOpen()).isFalse();
    }

    @Test
    void deletingDeactivates() {
        Vendor vendor = acme();

        vendor.delete();

        assertThat(vendor.active()).isFalse();
        assertThat(vendor.deletedAt()).isNotNull();
    }

    private static void assertRejected(Runnable action, String field, String message) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.violations()).containsExactly(new FieldViolation(field, message)));
    }
}
