package com.wizamart.identity.adapter.in.web;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.wizamart.identity.application.Authentication;
import com.wizamart.identity.application.CustomerAccounts;
import com.wizamart.identity.domain.Customer;
import com.wizamart.identity.domain.ProfileEdit;
import com.wizamart.tenancy.Actor;
import com.wizamart.tenancy.VendorContext;
import com.wizamart.tenancy.Vendors;

/**
 * The signed-in customer's own account at this shop (customer token of this shop only): their profile and their
 * password. The email is fixed (changing it needs the new address confirmed).
 */
@RestController
@RequestMapping("/api/v1/public/vendors/{vendorCode}/customers/me")
@PreAuthorize("hasRole('CUSTOMER')")
class CustomerAccountController {

    private final CustomerAccounts accounts;
    private final Authentication authentication;
    private final Vendors vendors;

    CustomerAccountController(CustomerAccounts accounts, Authentication authentication, Vendors vendors) {
        this.accounts = accounts;
        this.authentication = authentication;
        this.vendors = vendors;
    }

    /**
     * @param preferredLanguage  ISO 639-1; the shop's texts (cart and order lines) fall back to it when a request
     *                           sends no {@code Accept-Language}.
     * @param marketingConsentAt when the consent last changed, {@literal null} when it never did.
     */
    record ProfileResponse(UUID id, String email, String firstName, String lastName, String phone,
                           String preferredLanguage, boolean marketingConsent, Instant marketingConsentAt,
                           Instant registeredAt) {

        static ProfileResponse of(Customer c) {
            return new ProfileResponse(c.id(), c.email().value(), c.firstName(), c.lastName(), c.phone(),
                    c.preferredLanguage(), c.marketingConsent(), c.marketingConsentAt(), c.createdAt());
        }
    }

    /**
     * The fields given are set, absent ones stay; {@code clear} empties optional ones ({@code lastName},
     * {@code phone}, {@code preferredLanguage}).
     */
    record ProfileRequest(@Size(max = 100) String firstName, @Size(max = 100) String lastName,
                          @Size(max = 50) String phone, @Size(max = 2) String preferredLanguage,
                          Boolean marketingConsent, @Size(max = 3) List<@NotNull @Size(max = 32) String> clear) {
    }

    record PasswordRequest(@NotBlank @Size(max = 128) String currentPassword,
                           @NotBlank @Size(max = 128) String newPassword) {
    }

    @GetMapping
    ProfileResponse profile(@PathVariable String vendorCode, Actor customer) {
        return ProfileResponse.of(accounts.profile(customer.id()));
    }

    @PatchMapping
    ProfileResponse edit(@PathVariable String vendorCode, @Valid @RequestBody ProfileRequest request,
                         Actor customer) {
        return ProfileResponse.of(accounts.editProfile(customer.id(), new ProfileEdit(request.firstName(),
                request.lastName(), request.phone(), request.preferredLanguage(), request.marketingConsent(),
                request.clear() == null ? Set.of() : Set.copyOf(request.clear()))));
    }

    /**
     * Replaces the password, proving the current one (401 {@code INVALID_CREDENTIALS} otherwise; the failures count
     * towards the same lockout as logins at this shop, 429 {@code TOO_MANY_ATTEMPTS}). Every session of the customer
     * ends, access tokens issued before stop writing; the answer is a new session for this client.
     */
    @PostMapping("/password")
    LoginResponse changePassword(@PathVariable String vendorCode, @Valid @RequestBody PasswordRequest request,
                                 Actor customer, HttpServletRequest http) {
        return LoginResponse.of(authentication.changeCustomerPassword(
                vendors.findById(VendorContext.require()).orElseThrow(), customer.id(), request.currentPassword(),
                request.newPassword(), ClientAddress.of(http)));
    }
}
