package com.wizamart.tenancy.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import com.wizamart.sharedkernel.ValidationException;

/**
 * A tenant: one vendor's shop on the platform. Soft-deleted vendors keep their data but are unreachable. Its feed
 * sources ({@link FeedSources}) are kept apart, under Row-Level Security, since their URLs may carry credentials.
 */
public final class Vendor {

    private final UUID id;
    private final VendorCode code;
    private String name;
    private Subdomain subdomain;
    private BusinessContact business;
    private Map<String, Object> theme;
    private List<CustomDomain> customDomains;
    private boolean verified;
    private boolean active;
    private Instant deletedAt;
    private final Instant createdAt;
    private final Long version;

    public Vendor(UUID id, VendorCode code, String name, Subdomain subdomain, BusinessContact business,
                  Map<String, Object> theme, List<CustomDomain> customDomains,
                  boolean verified, boolean active, Instant deletedAt, Instant createdAt, Long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.code = Objects.requireNonNull(code, "code");
        this.name = requireName(name);
        this.subdomain = Objects.requireNonNull(subdomain, "subdomain");
        this.business = business == null ? BusinessContact.empty() : business;
        this.theme = theme == null ? Map.of() : Map.copyOf(theme);
        this.customDomains = customDomains == null ? List.of() : List.copyOf(customDomains);
        this.verified = verified;
        this.active = active;
        this.deletedAt = deletedAt;
        this.createdAt = createdAt == null ? Instant.now() : createdAt;
        this.version = version;
    }

    /** Opens a new, active, unverified vendor. */
    public static Vendor open(VendorCode code, String name, Subdomain subdomain, BusinessContact business) {
        return new Vendor(UUID.randomUUID(), code, name, subdomain, business, Map.of(), List.of(),
                false, true, null, Instant.now(), null);
    }

    /**
     * Changes the editable details; {@literal null} arguments leave a detail as it is. Every detail is checked before
     * any is changed: an invalid edit leaves the vendor as it was.
     */
    public void edit(String name, Subdomain subdomain, BusinessContact business, Map<String, Object> theme,
                     List<CustomDomain> customDomains) {
        String newName = name == null ? this.name : requireName(name);
        Map<String, Object> newTheme = theme == null ? this.theme : Map.copyOf(theme);
        List<CustomDomain> newDomains = customDomains == null ? this.customDomains : List.copyOf(customDomains);
        this.name = newName;
        this.subdomain = subdomain == null ? this.subdomain : subdomain;
        this.business = business == null ? this.business : business;
        this.theme = newTheme;
        this.customDomains = newDomains;
    }

    public void verify(boolean verified) {
        this.verified = verified;
    }

    public void activate(boolean active) {
        this.active = active;
    }

    /** Soft delete: the vendor becomes unreachable, its data stays. */
    public void delete() {
        if (deletedAt == null) {
            this.deletedAt = Instant.now();
            this.active = false;
        }
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }

    /** Reachable: neither deleted nor deactivated. */
    public boolean isOpen() {
        return active && deletedAt == null;
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank()) {
            throw ValidationException.of("name", "must not be blank");
        }
        if (name.strip().length() > 200) {
            throw ValidationException.of("name", "must be at most 200 characters");
        }
        return name.strip();
    }

    public UUID id() { return id; }
    public VendorCode code() { return code; }
    public String name() { return name; }
    public Subdomain subdomain() { return subdomain; }
    public BusinessContact business() { return business; }
    public Map<String, Object> theme() { return theme; }
    public List<CustomDomain> customDomains() { return customDomains; }
    public boolean verified() { return verified; }
    public boolean active() { return active; }
    public Instant deletedAt() { return deletedAt; }
    public Instant createdAt() { return createdAt; }
    public Long version() { return version; }
}
