package com.wizamart.tenancy.domain;

/** A vendor's business contact and address; every field may be {@literal null}. */
public record BusinessContact(String email, String phone, String address, String city, String postalCode,
                              String country, String vatNumber) {

    public static BusinessContact empty() {
        return new BusinessContact(null, null, null, null, null, null, null);
    }
}
