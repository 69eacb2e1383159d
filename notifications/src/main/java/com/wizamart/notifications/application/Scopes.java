package com.wizamart.notifications.application;

import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import com.wizamart.tenancy.VendorContext;
import com.wizamart.tenancy.VendorScope;

/**
 * Runs work on a message's rows as Row-Level Security requires: bound to its vendor, or, for a platform message (no
 * vendor), in a transaction of its own with no vendor bound (the only binding that sees platform messages).
 */
@Component
class Scopes {

    private final VendorScope vendorScope;
    private final TransactionTemplate unbound;

    Scopes(VendorScope vendorScope, PlatformTransactionManager transactionManager) {
        this.vendorScope = vendorScope;
        this.unbound = new TransactionTemplate(transactionManager);
        this.unbound.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    <T> T as(UUID vendorId, Supplier<T> work) {
        if (vendorId != null) {
            return vendorScope.callAs(vendorId, work);
        }
        UUID previous = VendorContext.bind(null);
        try {
            return unbound.execute(status -> work.get());
        } finally {
            VendorContext.restore(previous);
        }
    }

    <T> T acrossVendors(String reason, Supplier<T> work) {
        return vendorScope.acrossVendors(reason, work);
    }
}
