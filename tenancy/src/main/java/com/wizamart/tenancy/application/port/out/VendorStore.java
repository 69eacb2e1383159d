package com.wizamart.tenancy.application.port.out;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

import com.wizamart.tenancy.VendorCounts;
import com.wizamart.tenancy.application.port.in.VendorQuery;
import com.wizamart.tenancy.domain.Vendor;

/** Where vendors are kept. Deleted vendors are found by id only through {@link #findIncludingDeleted(UUID)}. */
public interface VendorStore {

    /** Inserts or updates (optimistic locking on the version). */
    Vendor save(Vendor vendor);

    Optional<Vendor> findIncludingDeleted(UUID id);

    Optional<Vendor> findByCode(String code);

    Optional<Vendor> findBySubdomain(String subdomain);

    Optional<Vendor> findByVerifiedDomain(String host);

    boolean codeTaken(String code);

    boolean subdomainTaken(String subdomain, UUID exceptVendor);

    boolean domainTaken(String domain, UUID exceptVendor);

    Page<Vendor> search(VendorQuery query, Pageable pageable);

    /** @return the numbers of vendors that are not deleted: all, active, verified. */
    VendorCounts counts();
}
