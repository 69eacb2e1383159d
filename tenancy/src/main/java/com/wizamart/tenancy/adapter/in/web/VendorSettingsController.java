package com.wizamart.tenancy.adapter.in.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.wizamart.tenancy.Actor;
import com.wizamart.tenancy.BusinessDetails;
import com.wizamart.tenancy.application.VendorSettings;
import com.wizamart.tenancy.application.port.in.ChangeVendorSettingsCommand;
import com.wizamart.tenancy.application.port.in.VendorSettingsView;

/**
 * The team's own vendor: its name, business details and theme. Any member reads them; changing them needs
 * {@code settings.edit}. The vendor is the one the token is bound to: the body names none, and one that tries (a
 * {@code code}, {@code subdomain} or {@code id}) is refused as an unknown field.
 */
@RestController
@RequestMapping("/api/v1/vendor/settings")
class VendorSettingsController {

    private final VendorSettings settings;

    VendorSettingsController(VendorSettings settings) {
        this.settings = settings;
    }

    @GetMapping
    SettingsResponse settings() {
        return SettingsResponse.of(settings.current());
    }

    /** Replaces the settings as a whole: a detail left out or blank is cleared (name and business email required). */
    @PutMapping
    @PreAuthorize("hasAuthority('PERM_settings.edit')")
    SettingsResponse changeSettings(@Valid @RequestBody SettingsRequest request, Actor actor) {
        return SettingsResponse.of(settings.change(request.toCommand(), actor));
    }

    /** The business's postal address. */
    record Address(@Size(max = 300) String street, @Size(max = 100) String city, @Size(max = 20) String postalCode,
                   @Size(max = 100) String country) {
    }

    /**
     * The team's part of the theme; each may be {@literal null} (the platform's default, no logo).
     *
     * @param primaryColor {@code #rrggbb}: the shop's header and buttons.
     * @param accentColor  {@code #rrggbb}: links and highlights.
     * @param logoUrl      an http(s) URL of the shop's logo, at most 500 characters.
     */
    record Theme(String primaryColor, String accentColor, String logoUrl) {
    }

    record SettingsRequest(@NotBlank @Size(max = 200) String name,
                           @NotBlank @Email @Size(max = 320) String businessEmail,
                           @Size(max = 50) String businessPhone, @Valid Address businessAddress,
                           @Size(max = 30) String vatNumber, @NotNull Theme theme) {

        ChangeVendorSettingsCommand toCommand() {
            Address a = businessAddress == null ? new Address(null, null, null, null) : businessAddress;
            return new ChangeVendorSettingsCommand(name, new BusinessDetails(businessEmail, businessPhone, a.street(),
                    a.city(), a.postalCode(), a.country(), vatNumber), theme.primaryColor(), theme.accentColor(),
                    theme.logoUrl());
        }
    }

    /**
     * @param code      the vendor's code: fixed, not part of a change.
     * @param subdomain the vendor's subdomain: a platform admin changes it, not part of a change.
     */
    record SettingsResponse(String code, String subdomain, String name, String businessEmail, String businessPhone,
                            Address businessAddress, String vatNumber, Theme theme) {

        static SettingsResponse of(VendorSettingsView v) {
            BusinessDetails b = v.business();
            return new SettingsResponse(v.code(), v.subdomain(), v.name(), b.email(), b.phone(),
                    new Address(b.address(), b.city(), b.postalCode(), b.country()), b.vatNumber(),
                    new Theme(v.theme().primaryColor(), v.theme().accentColor(), v.theme().logoUrl()));
        }
    }
}
