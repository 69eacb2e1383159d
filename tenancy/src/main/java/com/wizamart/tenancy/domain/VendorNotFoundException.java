package com.wizamart.tenancy.domain;

import com.wizamart.sharedkernel.DomainException;

/** The vendor does not exist, was deleted, is inactive, or the caller may not know of it. */
public class VendorNotFoundException extends DomainException {

    public VendorNotFoundException() {
        super(Kind.NOT_FOUND, "VENDOR_NOT_FOUND", "Vendor not found.");
    }
}
