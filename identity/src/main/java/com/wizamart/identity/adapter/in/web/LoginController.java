package com.wizamart.identity.adapter.in.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.wizamart.identity.application.Authentication;
import com.wizamart.identity.application.CustomerAccounts;
import com.wizamart.sharedkernel.ValidationException;
import com.wizamart.tenancy.VendorContext;
import com.wizamart.tenancy.VendorSources;
import com.wizamart.tenancy.VendorSummary;
import com.wizamart.tenancy.Vendors;

/** Logins of the three kinds of account, and customer registration. */
@RestController
class LoginController {

    private final Authentication authentication;
    private final CustomerAccounts customers;
    private final Vendors vendors;

    LoginController(Authentication authentication, CustomerAccounts customers, Vendors vendors) {
        this.authentication = authentication;
        this.customers = customers;
        this.vendors = vendors;
    }

    @PostMapping("/api/v1/admin/auth/login")
    LoginResponse adminLogin(@Valid @RequestBody AuthRequests.Login request, HttpServletRequest http) {
        return LoginResponse.of(authentication.loginAdmin(request.email(), request.password(), ClientAddress.of(http)));
    }

    /** The vendor comes from the body's {@code vendorCode}, the host, or both (then they must agree). */
    @PostMapping("/api/v1/vendor/auth/login")
    LoginResponse vendorLogin(@Valid @RequestBody AuthRequests.VendorLogin request, HttpServletRequest http) {
        VendorSummary vendor = vendors.resolve(new VendorSources(VendorContext.current().orElse(null),
                        blankToNull(request.vendorCode()), null))
                .orElseThrow(() -> ValidationException.of("vendorCode", "must name the vendor (or use its host)"));
        return LoginResponse.of(authentication.loginVendorMember(request.email(), request.password(), vendor,
                ClientAddress.of(http)));
    }

    @PostMapping("/api/v1/public/vendors/{vendorCode}/auth/login")
    LoginResponse customerLogin(@PathVariable String vendorCode, @Valid @RequestBody AuthRequests.Login request,
                                HttpServletRequest http) {
        return LoginResponse.of(authentication.loginCustomer(request.email(), request.password(), currentVendor(),
                ClientAddress.of(http)));
    }

    /**
     * Answers 202 with the same body whether the email was new at this shop or not; a new customer follows the link
     * mailed to the address, then signs in.
     */
    @PostMapping("/api/v1/public/vendors/{vendorCode}/auth/register")
    @ResponseStatus(HttpStatus.ACCEPTED)
    RegistrationResponse register(@PathVariable String vendorCode, @Valid @RequestBody AuthRequests.Register request,
                                  HttpServletRequest http) {
        customers.register(currentVendor(), request.email(), request.password(), request.firstName(),
                request.lastName(), request.phone(), ClientAddress.of(http));
        return new RegistrationResponse(request.email().strip(), "REGISTRATION_RECEIVED",
                "If this email can register at this shop, we sent a link to it: follow it, then sign in.");
    }

    /** The one answer every well-formed registration gets. */
    record RegistrationResponse(String email, String status, String message) {
    }

    @PostMapping("/api/v1/public/vendors/{vendorCode}/auth/logout")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void customerLogout(@PathVariable String vendorCode, @Valid @RequestBody(required = false) AuthRequests.Logout request) {
        authentication.logout(request == null ? null : request.refreshToken());
    }

    /** The vendor the request context resolved from path, host and token (the web filter binds it). */
    private VendorSummary currentVendor() {
        return vendors.findById(VendorContext.require()).orElseThrow();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
