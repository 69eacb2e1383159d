package com.wizamart.tenancy;

import java.util.UUID;
import java.util.function.Supplier;

/**
 * Runs code on behalf of one vendor, or, through an explicit and audited path, across all vendors. Both re-bind the
 * database transaction that may already be running, so Row-Level Security follows the switch at once.
 */
public interface VendorScope {

    /**
     * Runs {@code work} with {@code vendorId} bound, restoring the previous binding afterwards.
     *
     * @param vendorId must not be {@literal null}.
     */
    <T> T callAs(UUID vendorId, Supplier<T> work);

    /** As {@link #callAs(UUID, Supplier)}, without a result. */
    default void runAs(UUID vendorId, Runnable work) {
        callAs(vendorId, () -> {
            work.run();
            return null;
        });
    }

    /**
     * Reads across all vendors (Row-Level Security lets SELECTs through, writes stay vendor-bound). Every use is
     * logged with its reason on the {@code AUDIT} logger. Meant for platform admins' views and for the few lookups
     * that must happen before a vendor is known (e.g. a user's memberships at login).
     *
     * @param reason why the read must cross vendors; must not be blank.
     */
    <T> T acrossVendors(String reason, Supplier<T> work);
}
