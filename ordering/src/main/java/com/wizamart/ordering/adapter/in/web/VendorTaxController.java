package com.wizamart.ordering.adapter.in.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.wizamart.ordering.application.VatSettings;
import com.wizamart.tenancy.Actor;

/** The vendor's VAT registration: EU one-stop shop or not, and the member state the shop is established in. */
@RestController
@RequestMapping("/api/v1/vendor/tax-settings")
class VendorTaxController {

    private final VatSettings settings;

    VendorTaxController(VatSettings settings) {
        this.settings = settings;
    }

    /**
     * @param ossRegistered registered for the EU one-stop shop: sales to consumers in other member states are taxed
     *                      at the destination's rates.
     * @param originCountry the member state the shop is established in (ISO 3166-1 alpha-2).
     * @param saved         whether the vendor saved these settings (else they are the defaults).
     */
    record TaxSettingsResponse(boolean ossRegistered, String originCountry, boolean saved) {

        static TaxSettingsResponse of(VatSettings.Current c) {
            return new TaxSettingsResponse(c.settings().ossRegistered(), c.settings().originCountry(), c.saved());
        }
    }

    /** @param originCountry absent: the business address's country when it is a member state, else LU. */
    record TaxSettingsRequest(@NotNull Boolean ossRegistered, @Size(max = 2) String originCountry) {
    }

    @GetMapping
    @PreAuthorize("hasAuthority('PERM_orders.view')")
    TaxSettingsResponse get() {
        return TaxSettingsResponse.of(settings.current());
    }

    @PutMapping
    @PreAuthorize("hasAuthority('PERM_settings.edit')")
    TaxSettingsResponse update(@Valid @RequestBody TaxSettingsRequest request, Actor actor) {
        return TaxSettingsResponse.of(settings.update(request.ossRegistered(), request.originCountry(), actor));
    }
}
