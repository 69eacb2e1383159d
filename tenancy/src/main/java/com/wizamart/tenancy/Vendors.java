package com.wizamart.tenancy;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Tenancy's facade for other modules: look vendors up, resolve the vendor of a request, open new vendors. */
public interface Vendors {

    /** @return the vendor with this id, unless it was deleted. */
    Optional<VendorSummary> findById(UUID vendorId);

    /** @return the vendor with this code (case-insensitive), unless it was deleted. */
    Optional<VendorSummary> findByCode(String code);

    /**
     * Resolves the vendor a request is for.
     *
     * @return the vendor, or empty when no source names one.
     * @throws com.wizamart.sharedkernel.DomainException {@code UNAUTHORIZED_VENDOR_ACCESS} (403) when the sources
     *         disagree, {@code VENDOR_NOT_FOUND} (404) when the named vendor is unknown, deleted or inactive.
     */
    Optional<VendorSummary> resolve(VendorSources sources);

    /**
     * @return the active vendor with this code.
     * @throws com.wizamart.sharedkernel.DomainException {@code VENDOR_NOT_FOUND} otherwise.
     */
    VendorSummary requireActive(String code);

    /**
     * @return the vendor's details, deleted vendors included, without its feed sources ({@code feedSources}
     *         {@literal null}: their URLs carry credentials, see {@link #detailsWithFeedSources(UUID)}).
     * @throws com.wizamart.sharedkernel.DomainException {@code VENDOR_NOT_FOUND} when there is none.
     */
    VendorDetails details(UUID vendorId);

    /**
     * @return the admin view of the vendor, deleted ones included, with its feed sources (their URLs as they are,
     *         credentials included): for platform admins only.
     * @throws com.wizamart.sharedkernel.DomainException {@code VENDOR_NOT_FOUND} when there is none.
     */
    VendorDetails detailsWithFeedSources(UUID vendorId);

    /**
     * @return the vendor's feed sources, by marketplace and language (read as that vendor, under Row-Level Security).
     * @throws com.wizamart.sharedkernel.DomainException {@code VENDOR_NOT_FOUND} when there is no such vendor, it
     *         was deleted, or the caller is bound to another vendor ({@link VendorContext}).
     */
    List<FeedSource> feedSources(UUID vendorId);

    /**
     * Replaces the vendor's feed sources with the given ones (an empty list removes them all) and, when that changes
     * them, records {@code FEED_SOURCES_CHANGED} in the audit trail, URLs without their credentials. Each source must name an
     * installed marketplace ({@link FeedSourceRules}) and a language it takes, and an http(s) URL; no two the same
     * marketplace and language. A source kept unchanged passes even when its marketplace is no longer installed.
     *
     * @return the vendor's feed sources now, by marketplace and language.
     * @throws com.wizamart.sharedkernel.DomainException {@code VALIDATION_FAILED} naming each offending field
     *         ({@code feedSources[1].language}), {@code VENDOR_NOT_FOUND} (also when the caller is bound to another
     *         vendor).
     */
    List<FeedSource> replaceFeedSources(UUID vendorId, List<FeedSource> sources, Actor actor);

    /** @return how many vendors there are (deleted ones left out), active and verified. */
    VendorCounts counts();

    /**
     * Opens a vendor and publishes {@link VendorCreated} in the same transaction, whose synchronous listeners
     * (identity: default roles, owner membership) commit or fail together with it.
     *
     * @throws com.wizamart.sharedkernel.DomainException {@code VALIDATION_FAILED} or {@code VENDOR_ALREADY_EXISTS}.
     */
    VendorSummary register(RegisterVendor command, Actor actor);
}
