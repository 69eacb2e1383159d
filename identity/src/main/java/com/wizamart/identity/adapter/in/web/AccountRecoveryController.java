package com.wizamart.identity.adapter.in.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.wizamart.identity.application.CustomerAccounts;
import com.wizamart.identity.application.PasswordResets;
import com.wizamart.tenancy.VendorContext;
import com.wizamart.tenancy.VendorSummary;
import com.wizamart.tenancy.Vendors;

/**
 * Forgotten passwords (platform accounts, and each shop's customers) and the proof of a customer's address (ADR 0036).
 * Every request for a mail answers 202 with the same body whether or not the address has an account; the links
 * travel by mail only.
 */
@RestController
class AccountRecoveryController {

    private final PasswordResets resets;
    private final CustomerAccounts customers;
    private final Vendors vendors;

    AccountRecoveryController(PasswordResets resets, CustomerAccounts customers, Vendors vendors) {
        this.resets = resets;
        this.customers = customers;
        this.vendors = vendors;
    }

    record EmailRequest(@NotBlank @Size(max = 320) String email) {
    }

    record ResetConfirmation(@NotBlank @Size(max = 200) String token, @NotBlank @Size(max = 128) String password) {
    }

    record VerificationRequest(@NotBlank @Size(max = 200) String token) {
    }

    /** The one answer every well-formed request for a mail gets. */
    record MailRequested(String status, String message) {
    }

    private static final MailRequested RESET_REQUESTED = new MailRequested("RESET_REQUESTED",
            "If an account exists for this address, we sent a link to set a new password to it.");
    private static final MailRequested VERIFICATION_REQUESTED = new MailRequested("VERIFICATION_REQUESTED",
            "If this address is registered here and not confirmed yet, we sent a new link to it.");

    /** A team member or platform admin forgot their password. */
    @PostMapping("/api/v1/auth/password-reset")
    @ResponseStatus(HttpStatus.ACCEPTED)
    MailRequested requestTeamReset(@Valid @RequestBody EmailRequest request, HttpServletRequest http) {
        resets.requestForTeamAccount(request.email(), ClientAddress.of(http));
        return RESET_REQUESTED;
    }

    @PostMapping("/api/v1/auth/password-reset/confirm")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void confirmTeamReset(@Valid @RequestBody ResetConfirmation request) {
        resets.confirmForTeamAccount(request.token(), request.password());
    }

    /** A customer of this shop forgot their password. */
    @PostMapping("/api/v1/public/vendors/{vendorCode}/auth/password-reset")
    @ResponseStatus(HttpStatus.ACCEPTED)
    MailRequested requestCustomerReset(@PathVariable String vendorCode, @Valid @RequestBody EmailRequest request,
                                       HttpServletRequest http) {
        resets.requestForCustomer(currentVendor(), request.email(), ClientAddress.of(http));
        return RESET_REQUESTED;
    }

    @PostMapping("/api/v1/public/vendors/{vendorCode}/auth/password-reset/confirm")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void confirmCustomerReset(@PathVariable String vendorCode, @Valid @RequestBody ResetConfirmation request) {
        resets.confirmForCustomer(currentVendor(), request.token(), request.password());
    }

    /** A new customer proves their address with the mailed token; they can sign in from then on. */
    @PostMapping("/api/v1/public/vendors/{vendorCode}/auth/verify-email")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void verifyEmail(@PathVariable String vendorCode, @Valid @RequestBody VerificationRequest request) {
        customers.verifyEmail(currentVendor(), request.token());
    }

    @PostMapping("/api/v1/public/vendors/{vendorCode}/auth/verify-email/resend")
    @ResponseStatus(HttpStatus.ACCEPTED)
    MailRequested resendVerification(@PathVariable String vendorCode, @Valid @RequestBody EmailRequest request,
                                     HttpServletRequest http) {
        customers.resendVerification(currentVendor(), request.email(), ClientAddress.of(http));
        return VERIFICATION_REQUESTED;
    }

    /** The vendor the request context resolved from the path (the web filter binds it). */
    private VendorSummary currentVendor() {
        return vendors.findById(VendorContext.require()).orElseThrow();
    }
}
