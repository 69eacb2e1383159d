package com.wizamart.ordering.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.wizamart.ordering.application.port.out.TaxSettingsStore;
import com.wizamart.ordering.application.port.out.VatRateTable;
import com.wizamart.ordering.domain.CountryVatRates;
import com.wizamart.ordering.domain.TaxSettings;
import com.wizamart.sharedkernel.ValidationException;
import com.wizamart.tenancy.Actor;
import com.wizamart.tenancy.AuditEntry;
import com.wizamart.tenancy.AuditTrail;
import com.wizamart.tenancy.VendorContext;
import com.wizamart.tenancy.Vendors;

/**
 * The bound vendor's VAT registration: whether it is registered for the EU one-stop shop, and the member state it is
 * established in. A vendor that never saved any is not registered, and its country is the one of its business
 * address when that is a member state the rates table knows, else Luxembourg.
 */
@Service
public class VatSettings {

    private final TaxSettingsStore store;
    private final VatRateTable rates;
    private final Vendors vendors;
    private final AuditTrail audit;
    private final Clock clock;

    VatSettings(TaxSettingsStore store, VatRateTable rates, Vendors vendors, AuditTrail audit, Optional<Clock> clock) {
        this.store = store;
        this.rates = rates;
        this.vendors = vendors;
        this.audit = audit;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /**
     * The settings in force.
     *
     * @param saved whether the vendor saved them (else they are the defaults).
     */
    public record Current(TaxSettings settings, boolean saved) {
    }

    @Transactional(readOnly = true)
    public Current current() {
        return store.load().map(s -> new Current(s, true))
                .orElseGet(() -> new Current(defaults(VendorContext.require()), false));
    }

    /**
     * @param originCountry ISO 3166-1 alpha-2 code of a member state in the rates table; {@literal null}: the
     *                      default (the business address's country, or Luxembourg).
     * @throws ValidationException when {@code originCountry} is no member state the table has rates of today.
     */
    @Transactional
    public Current update(boolean ossRegistered, String originCountry, Actor actor) {
        UUID vendor = VendorContext.require();
        String origin;
        if (originCountry == null) {
            origin = defaults(vendor).originCountry();
        } else {
            origin = TaxSettings.countryCode(originCountry);
            if (origin == null || originCountry.strip().length() != 2 || !memberState(origin)) {
                throw ValidationException.of("originCountry",
                        "must be the ISO 3166-1 alpha-2 code of an EU member state");
            }
        }
        TaxSettings before = current().settings();
        TaxSettings next = new TaxSettings(ossRegistered, origin);
        store.save(next);
        audit.record(new AuditEntry(actor, "TAX_SETTINGS_CHANGED", vendor, "tax_settings", null, "Tax settings",
                snapshot(before), snapshot(next)));
        return new Current(next, true);
    }

    /** The settings of the bound vendor, for checkout (in its transaction). */
    TaxSettings inForce() {
        return current().settings();
    }

    private TaxSettings defaults(UUID vendor) {
        var address = vendors.details(vendor).businessAddress();
        String business = address == null ? null : TaxSettings.countryCode(address.country());
        return new TaxSettings(false, business != null && memberState(business) ? business
                : TaxSettings.DEFAULT_ORIGIN);
    }

    private boolean memberState(String country) {
        return rates.on(country, today()).isPresent();
    }

    private LocalDate today() {
        return CountryVatRates.dayOf(clock.instant());
    }

    private static Map<String, Object> snapshot(TaxSettings s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ossRegistered", s.ossRegistered());
        m.put("originCountry", s.originCountry());
        return m;
    }
}
