package com.wizamart.platform.web;

import com.wizamart.sharedkernel.DomainException;

/** Error codes made in ways the scan must tell apart ({@link ErrorCodesIntegrationTests}); never thrown. */
final class PlantedErrorCodes {

    private PlantedErrorCodes() {
    }

    /** A code put together at run time: the walk cannot know it. */
    static DomainException notFound(String what) {
        return new DomainException(DomainException.Kind.NOT_FOUND, what.toUpperCase() + "_NOT_FOUND", "Not found.");
    }

    /** A code passed in: its callers name it. */
    static DomainException conflict(String code) {
        return new DomainException(DomainException.Kind.CONFLICT, code, "Conflict.");
    }

    static DomainException planted() {
        return conflict("PLANTED_CONFLICT");
    }
}
