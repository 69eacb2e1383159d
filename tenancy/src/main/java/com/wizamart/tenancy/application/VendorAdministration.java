package com.wizamart.tenancy.application;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
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
import com.wizamart.tenancy.FeedSource;
import com.wizamart.tenancy.FeedSourceRules;
import com.wizamart.tenancy.RegisterVendor;
import com.wizamart.tenancy.VendorCounts;
import com.wizamart.tenancy.VendorContext;
import com.wizamart.tenancy.VendorCreated;
import com.wizamart.tenancy.VendorDetails;
import com.wizamart.tenancy.VendorScope;
import com.wizamart.tenancy.VendorSources;
import com.wizamart.tenancy.VendorStatusChanged;
import com.wizamart.tenancy.VendorSummary;
import com.wizamart.tenancy.Vendors;
import com.wizamart.tenancy.application.port.in.VendorQuery;
import com.wizamart.tenancy.application.port.out.FeedSourceStore;
import com.wizamart.tenancy.application.port.out.VendorStore;
import com.wizamart.tenancy.domain.BusinessContact;
import com.wizamart.tenancy.domain.CustomDomain;
import com.wizamart.tenancy.domain.FeedSources;
import com.wizamart.tenancy.domain.Subdomain;
import com.wizamart.tenancy.domain.Vendor;
import com.wizamart.tenancy.domain.VendorAlreadyExistsException;
import com.wizamart.tenancy.domain.VendorCode;
import com.wizamart.tenancy.domain.VendorNotFoundException;

/**
 * Opening and administering vendors: registration, the admin list and view, edits, verification, (de)activation and
 * deletion, and the vendor's feed sources. Every change is audit-logged in its transaction, announced with an event
 * where other modules care, and makes {@link VendorRouting} on this instance forget what it remembers. As the
 * module's {@link Vendors} facade it also answers other modules' lookups, handing the routing of requests
 * ({@link #resolve(VendorSources)}) to {@link VendorRouting}.
 *
 * <p>Feed sources are vendor-owned rows under Row-Level Security: they are read and written as their vendor
 * ({@link VendorScope#callAs}), the admin list reads them through the explicit cross-vendor path. Every change of
 * them is checked against the installed marketplaces through {@link FeedSourceRules}; without an implementation of
 * it, none is installed.
 */
@Service
public class VendorAdministration implements Vendors {

    /** No marketplace installed: what a platform without a marketplace module accepts. */
    private static final FeedSourceRules NO_MARKETPLACES = new FeedSourceRules() {
        @Override
        public Set<String> marketplaces() {
            return Set.of();
        }

        @Override
        public Set<String> languages(String marketplace) {
            return Set.of();
        }
    };

    private final VendorStore vendors;
    private final FeedSourceStore feedSources;
    private final VendorScope scope;
    private final ObjectProvider<FeedSourceRules> rules;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final VendorRouting routing;

    VendorAdministration(VendorStore vendors, FeedSourceStore feedSources, VendorScope scope,
                         ObjectProvider<FeedSourceRules> rules, AuditTrail audit, ApplicationEventPublisher events,
                         VendorRouting routing) {
        this.vendors = vendors;
        this.feedSources = feedSources;
        this.scope = scope;
        this.rules = rules;
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
        FeedSources sources = checked(command.feedSources(), FeedSources.none());
        if (vendors.codeTaken(code.value())) {
            throw new VendorAlreadyExistsException("code", code.value());
        }
        if (vendors.subdomainTaken(subdomain.value(), null)) {
            throw new VendorAlreadyExistsException("subdomain", subdomain.value());
        }
        routing.forgetAll();
        Vendor vendor = vendors.save(Vendor.open(code, command.name(), subdomain, contact(command.business())));
        if (!sources.isEmpty()) {
            scope.runAs(vendor.id(), () -> feedSources.replace(vendor.id(), sources));
        }
        events.publishEvent(new VendorCreated(vendor.id(), code.value(), vendor.name(), command.owner(), actor.id()));
        audit.record(new AuditEntry(actor, "VENDOR_CREATED", vendor.id(), "vendor", vendor.id().toString(),
                vendor.name(), Map.of(), snapshot(vendor, sources)));
        return VendorRouting.summary(vendor);
    }

    @Override
    @Transactional(readOnly = true)
    public VendorDetails details(UUID vendorId) {
        return details(get(vendorId), null);
    }

    @Override
    @Transactional(readOnly = true)
    public VendorDetails detailsWithFeedSources(UUID vendorId) {
        return details(get(vendorId), sourcesOf(vendorId));
    }

    @Override
    @Transactional(readOnly = true)
    public List<FeedSource> feedSources(UUID vendorId) {
        ownOrUnbound(vendorId);
        live(vendorId);
        return api(sourcesOf(vendorId));
    }

    @Override
    @Transactional
    public List<FeedSource> replaceFeedSources(UUID vendorId, List<FeedSource> sources, Actor actor) {
        ownOrUnbound(vendorId);
        live(vendorId);
        FeedSources before = sourcesOf(vendorId);
        FeedSources after = checked(sources == null ? List.of() : sources, before);
        if (!after.equals(before)) {
            // the same set sent again changes nothing, and the audit trail records changes
            scope.runAs(vendorId, () -> feedSources.replace(vendorId, after));
            audit.record(new AuditEntry(actor, "FEED_SOURCES_CHANGED", vendorId, "feed_sources", null, "Feed sources",
                    Map.of("feedSources", audited(before)), Map.of("feedSources", audited(after))));
        }
        return api(after);
    }

    /**
     * A caller bound to a vendor reaches that vendor's feed sources only: reading them as the vendor they belong to
     * would pass Row-Level Security for any id, so another vendor's id is not found.
     */
    private static void ownOrUnbound(UUID vendorId) {
        if (VendorContext.current().filter(bound -> !bound.equals(vendorId)).isPresent()) {
            throw new VendorNotFoundException();
        }
    }

    /** The vendor's feed sources, read as the vendor (they are under Row-Level Security). */
    private FeedSources sourcesOf(UUID vendorId) {
        return scope.callAs(vendorId, () -> feedSources.load(vendorId));
    }

    /**
     * Checks the given sources against their shape and the installed marketplaces; those of {@code kept} given again
     * unchanged pass even when their marketplace is gone.
     */
    private FeedSources checked(List<FeedSource> given, FeedSources kept) {
        if (given == null) {
            return FeedSources.none();
        }
        FeedSourceRules installed = rules.getIfAvailable(() -> NO_MARKETPLACES);
        Map<String, Set<String>> accepted = new HashMap<>();
        installed.marketplaces().forEach(marketplace -> accepted.put(marketplace, installed.languages(marketplace)));
        return FeedSources.of(given.stream().map(s -> s == null ? null
                : new FeedSources.Candidate(s.marketplace(), s.language(), s.url())).toList(), accepted, kept);
    }

    private static List<FeedSource> api(FeedSources sources) {
        return sources.all().stream().map(s -> new FeedSource(s.marketplace(), s.language(), s.url())).toList();
    }

    /** The sources as the audit trail keeps them: URLs without what may be a credential. */
    private static List<Map<String, String>> audited(FeedSources sources) {
        return sources.all().stream().map(s -> Map.of("marketplace", s.marketplace(), "language", s.language(),
                "url", AuditEntry.withoutCredentials(s.url()))).toList();
    }

    private static BusinessContact contact(BusinessDetails b) {
        return b == null ? null : new BusinessContact(b.email(), b.phone(), b.address(), b.city(), b.postalCode(),
                b.country(), b.vatNumber());
    }

    /** Maps the aggregate and its feed sources ({@literal null}: not read) to the admin view. */
    private static VendorDetails details(Vendor v, FeedSources sources) {
        BusinessContact b = v.business();
        return new VendorDetails(v.id(), v.code().value(), v.name(), v.subdomain().value(), b.email(), b.phone(),
                new VendorDetails.Address(b.address(), b.city(), b.postalCode(), b.country()), b.vatNumber(),
                sources == null ? null : api(sources), v.theme(),
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

    /** The admin vendor list, deleted vendors left out, with the listed vendors' feed sources. */
    @Transactional(readOnly = true)
    public Page<VendorDetails> search(VendorQuery query, Pageable pageable) {
        Page<Vendor> page = vendors.search(query, pageable);
        List<UUID> ids = page.getContent().stream().map(Vendor::id).toList();
        Map<UUID, FeedSources> sources = ids.isEmpty() ? Map.of()
                : scope.acrossVendors("admin vendor list: the listed vendors' feed sources", () -> feedSources.load(ids));
        return page.map(v -> details(v, sources.getOrDefault(v.id(), FeedSources.none())));
    }

    /** Changes a vendor's details; {@literal null} fields stay as they are. */
    @Transactional
    public VendorDetails edit(UUID id, EditVendor edit, Actor actor) {
        Vendor vendor = live(id);
        FeedSources sourcesBefore = sourcesOf(id);
        Map<String, Object> before = snapshot(vendor, sourcesBefore);
        FeedSources sources = edit.feedSources() == null ? sourcesBefore : checked(edit.feedSources(), sourcesBefore);
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
        vendor.edit(edit.name(), subdomain, edit.business() == null ? null : contact(edit.business()), edit.theme(),
                domains);
        Vendor saved = vendors.save(vendor);
        if (!sources.equals(sourcesBefore)) {
            scope.runAs(id, () -> feedSources.replace(id, sources));
        }
        audit.record(new AuditEntry(actor, "VENDOR_UPDATED", id, "vendor", id.toString(), saved.name(), before,
                snapshot(saved, sources)));
        return details(saved, sources);
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
        return details(saved, sourcesOf(id));
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
        return details(saved, sourcesOf(id));
    }

    /** Soft-deletes the vendor (its data stays, it becomes unreachable) and publishes {@link VendorStatusChanged}. */
    @Transactional
    public void delete(UUID id, Actor actor) {
        Vendor vendor = get(id);
        if (vendor.isDeleted()) {
            throw new VendorNotFoundException();
        }
        Map<String, Object> before = snapshot(vendor, sourcesOf(id));
        routing.forgetAll();
        vendor.delete();
        vendors.save(vendor);
        events.publishEvent(new VendorStatusChanged(id, false, true));
        audit.record(new AuditEntry(actor, "VENDOR_DELETED", id, "vendor", id.toString(), vendor.name(), before,
                Map.of("deleted", true)));
    }

    /**
     * The editable details of a vendor; {@literal null} leaves a detail unchanged. {@code feedSources} replaces the
     * vendor's feed sources as a whole (an empty list removes them).
     */
    public record EditVendor(String name, String subdomain, BusinessDetails business, List<FeedSource> feedSources,
                             Map<String, Object> theme, List<CustomDomain> customDomains) {
    }

    private static Map<String, Object> snapshot(Vendor v, FeedSources sources) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("code", v.code().value());
        s.put("name", v.name());
        s.put("subdomain", v.subdomain().value());
        s.put("active", v.active());
        s.put("verified", v.verified());
        s.put("customDomains", v.customDomains().stream().map(CustomDomain::domain).toList());
        s.put("feedSources", audited(sources));
        return s;
    }
}
