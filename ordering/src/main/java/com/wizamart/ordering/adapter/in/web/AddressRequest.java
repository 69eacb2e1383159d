package com.wizamart.ordering.adapter.in.web;

import com.wizamart.ordering.domain.Address;

/** A postal address in a request; checked by {@link Address#of}. {@code country}: ISO 3166-1 alpha-2. */
record AddressRequest(String firstName, String lastName, String company, String street, String street2,
                      String postalCode, String city, String country, String phone) {

    Address toAddress(String field) {
        return Address.of(field, firstName, lastName, company, street, street2, postalCode, city, country, phone);
    }
}
