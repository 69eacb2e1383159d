package com.wizamart.tenancy.application;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.wizamart.sharedkernel.ValidationException;
import com.wizamart.tenancy.Actor;
import com.wizamart.tenancy.AuditEntry;
import com.wizamart.tenancy.AuditTrail;
import com.wizamart.tenancy.BusinessDetails;
import com.wizamart.tenancy.RegisterVendor;
import com.wizamart.tenancy.VendorCounts;
import com.wizamart.tenancy.VendorCreated;
import com.wizamart.tenancy.VendorDetails;
import com.wizamart.tenancy.VendorSources;
import com.wizamart.tenancy.VendorStatusChanged;
import com.wizamart.tenancy.VendorSummary;
import com.wizamart.tenancy.Vendors;
import com.wizamart.tenancy.application.port.in.VendorQuery;
import com.wizamart.tenancy.application.port.out.VendorStore;
import com.wizamart.tenancy.domain.BusinessContact;
import com.wizamart.tenancy.domain.CustomDomain;
import com.wizamart.tenancy.domain.Subdomain;
import com.wizamart.tenancy.domain.Vendor;
import com.wizamart.tenancy.domain.VendorAlreadyExistsException;
import com.wizamart.tenancy.domain.VendorCode;
import com.wizamart.tenancy.domain.VendorNotFoundException;

/**
 * Opening and administering vendors: registration, the admin list and view, edits, verification, (de)activation and
 * deletion. Every change is audit-logged in its transaction, announced with an event where other modules care, and
 * makes {@link VendorRouting} on this instance forget what it remembers. As the module's {@link Vendors} facade it
 * also answers other modules' lookups, handing the routing of requests ({@link #resolve(VendorSources)}) to
 * {@link VendorRouting}.
 */
@Service
public class VendorAdministration implements Vendors {

    private final VendorStore vendors;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final VendorRouting routing;

    VendorAdministration(VendorStore vendors, AuditTrail audit, ApplicationEventPublisher events,
                         VendorRouting routing) {
        this.vendors = vendors;
        this.audit = audit;
        this.events = events;
        this.routing = routing;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<VendorSummary> findById(UUID vendorId) {
        return vendors.findIncludingDeleted(vendorId).filter(v -> !v.isDeleted()).map(VendorRouting::summary);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<VendorSummary> findByCode(String code) {
        return code == null ? Optional.empty() : vendors.findByCode(code.toLowerCase(Locale.ROOT)).map(VendorRouting::summary);
    }

    @Override
    @Transactional(readOnly = true)
    public VendorCounts counts() {
        return vendors.counts();
    }

    @Override
    @Transactional(readOnly = true)
    public VendorSummary requireActive(String code) {
        return findByCode(code).filter(VendorSummary::active).orElseThrow(VendorNotFoundException::new);
    }

    /** Routing's answer ({@link VendorRouting}): not in a transaction of its own. */
    @Override
    public Optional<VendorSummary> resolve(VendorSources sources) {
        return routing.resolve(sources);
    }

    @Override
    @Transactional
    public VendorSummary register(RegisterVendor command, Actor actor) {
        if (command.owner() == null || command.owner().email() == null || command.owner().email().isBlank()) {
            throw ValidationException.of("owner.email", "must not be blank");
        }
        Subdomain subdomain = Subdomain.of(command.subdomain());
        VendorCode code = VendorCode.of(command.code() != null ? command.code() : subdomain.value());
        if (vendors.codeTaken(code.value())) {
            throw new VendorAlreadyExistsException("code", code.value());
        }
        if (vendors.subdomainTaken(subdomain.value(), null)) {
            throw new VendorAlreadyExistsException("subdomain", subdomain.value());
        }
        routing.forgetAll();
        Vendor vendor = vendors.save(Vendor.open(code, command.name(), subdomain, contact(command.business()),
                command.letzshopCsvUrls()));
        events.publishEvent(new VendorCreated(vendor.id(), code.value(), vendor.name(), command.owner(), actor.id()));
        audit.record(new AuditEntry(actor, "VENDOR_CREATED", vendor.id(), "vendor", vendor.id().toString(),
                vendor.name(), Map.of(), snapshot(vendor)));
        return VendorRouting.summary(vendor);
    }

    @Override
    @Transactional(readOnly = true)
    public VendorDetails details(UUID vendorId) {
        return details(get(vendorId));
    }

    private static BusinessContact contact(BusinessDetails b) {
        return b == null ? null : new BusinessContact(b.email(), b.phone(), b.address(), b.city(), b.postalCode(),
                b.country(), b.vatNumber());
    }

    /** Maps the aggregate to the admin view. */
    private static VendorDetails details(Vendor v) {
        BusinessContact b = v.business();
        return new VendorDetails(v.id(), v.code().value(), v.name(), v.subdomain().value(), b.email(), b.phone(),
                new VendorDetails.Address(b.address(), b.city(), b.postalCode(), b.country()), b.vatNumber(),
                v.letzshopCsvUrls(), v.theme(),
                v.customDomains().stream().map(d -> new VendorDetails.Domain(d.domain(), d.verified())).toList(),
                v.verified(), v.active(), v.isDeleted(), v.createdAt());
    }

    /** One vendor, deleted ones included. */
    private Vendor get(UUID id) {
        return vendors.findIncludingDeleted(id).orElseThrow(VendorNotFoundException::new);
    }

    /** A vendor that is not deleted (a deleted one is kept for the record, but no longer changed). */
    private Vendor live(UUID id) {
        Vendor vendor = get(id);
        if (vendor.isDeleted()) {
            throw new VendorNotFoundException();
        }
        return vendor;
    }

    /** The admin vendor list, deleted vendors included. */
    @Transactional(readOnly = true)
    public Page<VendorDetails> search(VendorQuery query, Pageable pageable) {
        return vendors.search(query, pageable).map(VendorAdministration::details);
    }

    /** Changes a vendor's details; {@literal null} fields stay as they are. */
    @Transactional
    public VendorDetails edit(UUID id, EditVendor edit, Actor actor) {
        Vendor vendor = live(id);
        Map<String, Object> before = snapshot(vendor);
        Subdomain subdomain = edit.subdomain() == null ? null : Subdomain.of(edit.subdomain());
        if (subdomain != null && vendors.subdomainTaken(subdomain.value(), id)) {
            throw new VendorAlreadyExistsException("subdomain", subdomain.value());
        }
        List<CustomDomain> domains = edit.customDomains();
        if (domains != null) {
            for (CustomDomain domain : domains) {
                if (vendors.domainTaken(domain.domain(), id)) {
                    throw new VendorAlreadyExistsException("custom domain", domain.domain());
                }
            }
        }
        routing.forgetAll();
        vendor.edit(edit.name(), subdomain, edit.business() == null ? null : contact(edit.business()),
                edit.letzshopCsvUrls(), edit.theme(), domains);
        Vendor saved = vendors.save(vendor);
        audit.record(new AuditEntry(actor, "VENDOR_UPDATED", id, "vendor", id.toString(), saved.name(), before,
                snapshot(saved)));
        return details(saved);
    }

    /** Marks the vendor's business as verified by a platform admin, or takes that back. */
    @Transactional
    public VendorDetails verify(UUID id, boolean verified, Actor actor) {
        Vendor vendor = live(id);
        boolean before = vendor.verified();
        routing.forgetAll();
        vendor.verify(verified);
        Vendor saved = vendors.save(vendor);
        audit.record(new AuditEntry(actor, verified ? "VENDOR_VERIFIED" : "VENDOR_UNVERIFIED", id, "vendor",
                id.toString(), saved.name(), Map.of("verified", before), Map.of("verified", verified)));
        return details(saved);
    }

    /**
     * Opens or closes the vendor's shop, team and API; a change publishes {@link VendorStatusChanged}.
     */
    @Transactional
    public VendorDetails changeStatus(UUID id, boolean active, Actor actor) {
        Vendor vendor = get(id);
        if (vendor.isDeleted()) {
            throw new VendorNotFoundException();
        }
        boolean before = vendor.active();
        routing.forgetAll();
        vendor.activate(active);
        Vendor saved = vendors.save(vendor);
        if (before != active) {
            events.publishEvent(new VendorStatusChanged(id, active, false));
        }
        audit.record(new AuditEntry(actor, active ? "VENDOR_ACTIVATED" : "VENDOR_DEACTIVATED", id, "vendor",
                id.toString(), saved.name(), Map.of("active", before), Map.of("active", active)));
        return details(saved);
    }

    /** Soft-deletes the vendor (its data stays, it becomes unreachable) and publishes {@link VendorStatusChanged}. */
    @Transactional
    public void delete(UUID id, Actor actor) {
        Vendor vendor = get(id);
        if (vendor.isDeleted()) {
            throw new VendorNotFoundException();
        }
        Map<String, Object> before = snapshot(vendor);
        routing.forgetAll();
        vendor.delete();
        vendors.save(vendor);
        events.publishEvent(new VendorStatusChanged(id, false, true));
        audit.record(new AuditEntry(actor, "VENDOR_DELETED", id, "vendor", id.toString(), vendor.name(), before,
                Map.of("deleted", true)));
    }

    /**
     * The editable details of a vendor; {@literal null} leaves a detail unchanged.
     */
    public record EditVendor(String name, String subdomain, BusinessDetails business,
                             Map<String, String> letzshopCsvUrls, Map<String, Object> theme,
                             List<CustomDomain> customDomains) {
    }

    private static Map<String, Object> snapshot(Vendor v) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("code", v.code().value());
        s.put("name", v.name());
        s.put("subdomain", v.subdomain().value());
        s.put("active", v.active());
        s.put("verified", v.verified());
        s.put("customDomains", v.customDomains().stream().map(CustomDomain::domain).toList());
        s.put("letzshopCsvUrls", AuditEntry.withoutCredentials(v.letzshopCsvUrls()));
        return s;
    }
}
