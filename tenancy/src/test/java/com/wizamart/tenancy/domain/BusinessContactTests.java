package com.wizamart.tenancy.domain;

import static org.assertj.core.api.Assertions.assertThat;


import org.junit.jupiter.api.Test;

class BusinessContactTests {

    @Test
    void theEmptyContactHasNoDetailAtAll() {
        BusinessContact empty = BusinessContact.empty();

        assertThat(empty).hasAllNullFieldsOrProperties();
        assertThat(empty).isEqualTo(new BusinessContact(null, null, null, null, null, null, null));
    }

    @Test
    void twoContactsWithTheSameDetailsAreEqual() {
        assertThat(new BusinessContact("info@acme.lu", "+352 1", "1 rue X", "Luxembourg", "L-1111", "LU", "LU123"))
                .isEqualTo(new BusinessContact("info@acme.lu", "+352 1", "1 rue X", "Luxembourg", "L-1111", "LU", "LU123"))
                .isNotEqualTo(new BusinessContact("info@acme.lu", "+352 1", "1 rue X", "Luxembourg", "L-1111", "LU", null));
    }

    @Test
    void aVendorOpenedWithoutContactHasTheEmptyOne_andAnEditWithoutContactKeepsIt() {
        BusinessContact contact = new BusinessContact("info@acme.lu", null, null, "Esch", null, "LU", null);
        Vendor withNone = Vendor.open(VendorCode.of("acme"), "Acme", Subdomain.of("acme"), null);
        Vendor withOne = Vendor.open(VendorCode.of("acme"), "Acme", Subdomain.of("acme"), contact);

        withOne.edit("Acme SARL", null, null, null, null);

        assertThat(withNone.business()).isEqualTo(BusinessContact.empty());
        assertThat(withOne.business()).isSameAs(contact);
    }
}
