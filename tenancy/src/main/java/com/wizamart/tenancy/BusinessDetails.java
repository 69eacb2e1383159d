package com.wizamart.tenancy;

/** A vendor's business contact and address; every field may be {@literal null} but the email. */
public record BusinessDetails(String email, String phone, String address, String city, String postalCode,
                              String country, String vatNumber) {

    public static BusinessDetails empty() {
        return new BusinessDetails(null, null, null, null, null, null, null);
    }
}
