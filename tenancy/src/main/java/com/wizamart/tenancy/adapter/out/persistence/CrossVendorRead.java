package com.wizamart.tenancy.adapter.out.persistence;

/** Marks the current thread as inside {@link PostgresVendorScope#acrossVendors}; read when binding a transaction. */
final class CrossVendorRead {

    private static final ThreadLocal<Boolean> ACTIVE = ThreadLocal.withInitial(() -> false);

    private CrossVendorRead() {
    }

    static boolean active() {
        return ACTIVE.get();
    }

    static boolean set(boolean active) {
        boolean previous = ACTIVE.get();
        ACTIVE.set(active);
        return previous;
    }
}
