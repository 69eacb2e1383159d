package com.wizamart.tenancy;

import java.util.Optional;
import java.util.UUID;

/**
 * The vendor the current thread works for. Set per request by the web layer from the resolved vendor context
 * (token, path, host) and per job or listener from the vendor id carried in its payload. Row-Level Security binds
 * this value to each database transaction, so code that forgets a vendor filter still sees only this vendor's rows;
 * with no vendor bound, vendor-owned tables read empty.
 *
 * <p>Prefer {@link VendorScope} to switch vendors: it also re-binds an already running transaction.
 */
public final class VendorContext {

    private static final ThreadLocal<UUID> CURRENT = new ThreadLocal<>();

    private VendorContext() {
    }

    /** @return the vendor bound to this thread, if any. */
    public static Optional<UUID> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /**
     * @return the vendor bound to this thread.
     * @throws IllegalStateException when none is bound: a programming error, never a client error.
     */
    public static UUID require() {
        UUID id = CURRENT.get();
        if (id == null) {
            throw new IllegalStateException("No vendor is bound to this thread");
        }
        return id;
    }

    /**
     * Binds {@code vendorId} (or nothing, for {@literal null}) to this thread.
     *
     * @return the previously bound vendor, to be restored with {@link #restore(UUID)}.
     */
    public static UUID bind(UUID vendorId) {
        UUID previous = CURRENT.get();
        if (vendorId == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(vendorId);
        }
        return previous;
    }

    /** Restores a binding returned by {@link #bind(UUID)}. */
    public static void restore(UUID previous) {
        bind(previous);
    }

    /** Removes any binding from this thread. */
    public static void clear() {
        CURRENT.remove();
    }
}
