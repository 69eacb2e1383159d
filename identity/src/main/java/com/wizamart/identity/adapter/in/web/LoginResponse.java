package com.wizamart.identity.adapter.in.web;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.wizamart.identity.application.Authentication.LoginResult;
import com.wizamart.tenancy.VendorSummary;

/** What every login answers: the token pair plus who you are. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record LoginResponse(String accessToken, String refreshToken, String tokenType, long expiresIn, Principal user,
                     VendorSummary vendor, String role, List<String> permissions) {

    record Principal(UUID id, String email, String firstName, String lastName) {
    }

    static LoginResponse of(LoginResult r) {
        return new LoginResponse(r.tokens().accessToken(), r.tokens().refreshToken(), r.tokens().tokenType(),
                r.tokens().expiresIn(), new Principal(r.subjectId(), r.email(), r.firstName(), r.lastName()),
                r.vendor(), r.role(), r.role() == null ? null : r.permissions());
    }
}
