package com.wizamart.tenancy.domain;

import com.wizamart.sharedkernel.DomainException;

/** The request names one vendor in one place and another elsewhere (token, path, host). */
public class UnauthorizedVendorAccessException extends DomainException {

    public UnauthorizedVendorAccessException() {
        super(Kind.FORBIDDEN, "UNAUTHORIZED_VENDOR_ACCESS", "The request is not allowed for this vendor.");
    }
}
