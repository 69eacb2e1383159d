package com.wizamart.tenancy.application;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.wizamart.tenancy.VendorSources;
import com.wizamart.tenancy.VendorSummary;
import com.wizamart.tenancy.application.port.out.VendorStore;
import com.wizamart.tenancy.config.TenancyProperties;
import com.wizamart.tenancy.domain.Subdomain;
import com.wizamart.tenancy.domain.UnauthorizedVendorAccessException;
import com.wizamart.tenancy.domain.Vendor;
import com.wizamart.tenancy.domain.VendorNotFoundException;

/**
 * Finds the vendor a request is for, by the token's vendor id, the vendor code in the path, and the host (a subdomain
 * of the platform domain or a verified custom domain), answering from {@link VendorLookups} what it remembers.
 * {@link VendorAdministration} tells it to {@linkplain #forgetAll() forget} whenever it changes a vendor.
 */
@Service
class VendorRouting {

    private final VendorStore vendors;
    private final TenancyProperties properties;
    private final VendorLookups lookups;
    private final TransactionTemplate readOnly;

    VendorRouting(VendorStore vendors, TenancyProperties properties, VendorLookups lookups,
                  PlatformTransactionManager transactionManager) {
        this.vendors = vendors;
        this.properties = properties;
        this.lookups = lookups;
        this.readOnly = new TransactionTemplate(transactionManager);
        this.readOnly.setReadOnly(true);
    }

    /**
     * Not in a transaction of its own: routing answers from {@link VendorLookups} and opens a read-only transaction
     * only for what it does not remember.
     *
     * @see com.wizamart.tenancy.Vendors#resolve(VendorSources)
     */
    Optional<VendorSummary> resolve(VendorSources sources) {
        VendorSummary resolved = null;
        if (sources.tokenVendorId() != null) {
            resolved = open(lookup("id:" + sources.tokenVendorId(),
                    () -> vendors.findIncludingDeleted(sources.tokenVendorId())));
        }
        if (sources.pathCode() != null) {
            String code = sources.pathCode().toLowerCase(Locale.ROOT);
            resolved = agree(resolved, open(lookup("code:" + code, () -> vendors.findByCode(code))));
        }
        Optional<Vendor> byHost = vendorOfHost(sources.host());
        if (byHost != null) {
            resolved = agree(resolved, open(byHost));
        }
        return Optional.ofNullable(resolved);
    }

    /**
     * Forgets every remembered vendor, now and once more after the running transaction (if any) ends: called before
     * each change to a vendor, so requests on this instance never route by the vendor as it was.
     */
    void forgetAll() {
        lookups.forgetAll();
    }

    /** @return the vendor the host names, {@literal null} when the host names none (platform host, IP, ...). */
    private Optional<Vendor> vendorOfHost(String host) {
        if (host == null || host.isBlank()) {
            return null;
        }
        String name = host.toLowerCase(Locale.ROOT);
        String platformDomain = properties.platformDomain().toLowerCase(Locale.ROOT);
        if (name.equals(platformDomain) || name.equals("localhost") || Character.isDigit(name.charAt(name.length() - 1)) || name.startsWith("[")) {
            return null;
        }
        if (name.endsWith("." + platformDomain)) {
            String label = name.substring(0, name.length() - platformDomain.length() - 1);
            if (Subdomain.isReserved(label)) {
                return null;
            }
            return label.contains(".") ? Optional.empty()
                    : lookup("subdomain:" + label, () -> vendors.findBySubdomain(label));
        }
        if (!properties.customDomainsEnabled()) {
            return null;
        }
        return lookup("domain:" + name, () -> vendors.findByVerifiedDomain(name));
    }

    private Optional<Vendor> lookup(String key, Supplier<Optional<Vendor>> load) {
        return lookups.get(key, () -> readOnly.execute(status -> load.get()));
    }

    private static VendorSummary open(Optional<Vendor> vendor) {
        return vendor.filter(Vendor::isOpen).map(VendorRouting::summary).orElseThrow(VendorNotFoundException::new);
    }

    /** What other modules may know of a vendor, as routing and the {@link com.wizamart.tenancy.Vendors} facade answer it. */
    static VendorSummary summary(Vendor v) {
        return new VendorSummary(v.id(), v.code().value(), v.name(), v.subdomain().value(), v.isOpen(), v.verified());
    }

    private static VendorSummary agree(VendorSummary earlier, VendorSummary next) {
        if (earlier != null && !earlier.id().equals(next.id())) {
            throw new UnauthorizedVendorAccessException();
        }
        return next;
    }
}
