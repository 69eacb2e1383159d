package com.wizamart.tenancy.application;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.wizamart.tenancy.Actor;
import com.wizamart.tenancy.AuditEntry;
import com.wizamart.tenancy.AuditTrail;
import com.wizamart.tenancy.BusinessDetails;
import com.wizamart.tenancy.VendorContext;
import com.wizamart.tenancy.application.port.in.ChangeVendorSettingsCommand;
import com.wizamart.tenancy.application.port.in.VendorSettingsView;
import com.wizamart.tenancy.application.port.out.VendorStore;
import com.wizamart.tenancy.domain.BusinessContact;
import com.wizamart.tenancy.domain.Vendor;
import com.wizamart.tenancy.domain.VendorNotFoundException;
import com.wizamart.tenancy.domain.VendorTheme;

/**
 * A vendor's team looking after its own vendor: the name, the business details and the theme's colours and logo.
 * Always the vendor the caller is bound to ({@link VendorContext}): no vendor id is taken from the caller, so no
 * request reaches another vendor's settings. A change is recorded in the audit trail as
 * {@code VENDOR_SETTINGS_CHANGED} (the details that changed, before and after), and makes {@link VendorRouting} on
 * this instance forget what it remembers, so the new name shows at once.
 */
@Service
public class VendorSettings {

    private final VendorStore vendors;
    private final AuditTrail audit;
    private final VendorRouting routing;

    VendorSettings(VendorStore vendors, AuditTrail audit, VendorRouting routing) {
        this.vendors = vendors;
        this.audit = audit;
        this.routing = routing;
    }

    /**
     * @return the bound vendor's settings.
     * @throws com.wizamart.sharedkernel.DomainException {@code VENDOR_NOT_FOUND} when it was deleted meanwhile.
     */
    @Transactional(readOnly = true)
    public VendorSettingsView current() {
        return view(bound());
    }

    /**
     * Replaces the bound vendor's settings with the given ones; the theme's other keys (an admin's) stay. Sending the
     * same settings again changes nothing and records nothing.
     *
     * @param command must not be {@literal null}.
     * @return the settings now.
     * @throws com.wizamart.sharedkernel.ValidationException {@code VALIDATION_FAILED} naming each offending field
     *         ({@code name}, {@code theme.primaryColor}, {@code theme.logoUrl}, ...).
     */
    @Transactional
    public VendorSettingsView change(ChangeVendorSettingsCommand command, Actor actor) {
        Objects.requireNonNull(command, "command");
        Vendor vendor = bound();
        VendorTheme theme = VendorTheme.of(command.primaryColor(), command.accentColor(), command.logoUrl(), "theme");
        Map<String, Object> before = snapshot(vendor);
        vendor.edit(command.name(), null, contact(command.business()), theme.appliedTo(vendor.theme()), null);
        Map<String, Object> after = snapshot(vendor);
        if (before.equals(after)) {
            return view(vendor);
        }
        routing.forgetAll();
        Vendor saved = vendors.save(vendor);
        Map<String, Object> changedBefore = new LinkedHashMap<>();
        Map<String, Object> changedAfter = new LinkedHashMap<>();
        after.forEach((key, value) -> {
            if (!Objects.equals(before.get(key), value)) {
                changedBefore.put(key, audited(key, before.get(key)));
                changedAfter.put(key, audited(key, value));
            }
        });
        audit.record(new AuditEntry(actor, "VENDOR_SETTINGS_CHANGED", saved.id(), "vendor", saved.id().toString(),
                saved.name(), changedBefore, changedAfter));
        return view(saved);
    }

    private Vendor bound() {
        UUID id = VendorContext.require();
        return vendors.findIncludingDeleted(id).filter(v -> !v.isDeleted()).orElseThrow(VendorNotFoundException::new);
    }

    private static BusinessContact contact(BusinessDetails b) {
        if (b == null) {
            return BusinessContact.empty();
        }
        return new BusinessContact(clean(b.email()), clean(b.phone()), clean(b.address()), clean(b.city()),
                clean(b.postalCode()), clean(b.country()), clean(b.vatNumber()));
    }

    private static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static VendorSettingsView view(Vendor v) {
        BusinessContact b = v.business();
        return new VendorSettingsView(v.code().value(), v.subdomain().value(), v.name(),
                new BusinessDetails(b.email(), b.phone(), b.address(), b.city(), b.postalCode(), b.country(),
                        b.vatNumber()),
                VendorTheme.from(v.theme()));
    }

    /** A value as the audit trail keeps it: the logo's URL without what may be a credential (a signed URL's query). */
    private static Object audited(String key, Object value) {
        return VendorTheme.LOGO.equals(key) ? AuditEntry.withoutCredentials((String) value) : value;
    }

    /** What the team may change, under the names the audit trail shows (a map that keeps {@literal null}s). */
    private static Map<String, Object> snapshot(Vendor v) {
        BusinessContact b = v.business();
        VendorTheme t = VendorTheme.from(v.theme());
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("name", v.name());
        s.put("businessEmail", b.email());
        s.put("businessPhone", b.phone());
        s.put("street", b.address());
        s.put("city", b.city());
        s.put("postalCode", b.postalCode());
        s.put("country", b.country());
        s.put("vatNumber", b.vatNumber());
        s.put("primaryColor", t.primaryColor());
        s.put("accentColor", t.accentColor());
        s.put("logoUrl", t.logoUrl());
        return s;
    }
}
