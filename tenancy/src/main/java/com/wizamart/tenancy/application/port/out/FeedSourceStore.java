package com.wizamart.tenancy.application.port.out;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

import com.wizamart.tenancy.domain.FeedSources;

/**
 * Where vendors' feed sources are kept: vendor-owned rows under Row-Level Security, so each call sees the sources of
 * the vendor bound to the transaction only (or every vendor's inside an explicit cross-vendor read).
 */
public interface FeedSourceStore {

    /** @return the vendor's sources; none when another vendor (or none) is bound. */
    FeedSources load(UUID vendorId);

    /** @return the sources of each vendor that has any, of those given and visible to the transaction. */
    Map<UUID, FeedSources> load(Collection<UUID> vendorIds);

    /** Replaces the vendor's sources; the vendor must be the one bound to the transaction. */
    void replace(UUID vendorId, FeedSources sources);
}
