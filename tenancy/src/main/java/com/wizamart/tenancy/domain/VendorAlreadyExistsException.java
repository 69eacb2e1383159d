package com.wizamart.tenancy.domain;

import com.wizamart.sharedkernel.DomainException;

/** Another vendor already uses this code, subdomain or custom domain. */
public class VendorAlreadyExistsException extends DomainException {

    public VendorAlreadyExistsException(String field, String value) {
        super(Kind.CONFLICT, "VENDOR_ALREADY_EXISTS", "A vendor with " + field + " '" + value + "' already exists.");
    }
}
