package com.wizamart.ordering.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;

import com.wizamart.ordering.config.OrderingProperties;
import com.wizamart.ordering.application.port.out.CartStore;
import com.wizamart.ordering.application.port.out.IdempotencyStore;
import com.wizamart.tenancy.VendorScope;

/** Forgets what has expired: idle carts and old idempotency keys, vendor by vendor (deletes are vendor-bound). */
@Service
public class Housekeeping {

    private static final int VENDORS_PER_ROUND = 500;

    private final CartStore carts;
    private final IdempotencyStore keys;
    private final VendorScope vendorScope;
    private final TransactionOperations transactions;
    private final OrderingProperties properties;
    private final Clock clock;

    Housekeeping(CartStore carts, IdempotencyStore keys, VendorScope vendorScope, TransactionOperations transactions,
                 OrderingProperties properties, Optional<Clock> clock) {
        this.carts = carts;
        this.keys = keys;
        this.vendorScope = vendorScope;
        this.transactions = transactions;
        this.properties = properties;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** @return carts and keys deleted. */
    public int purge() {
        Instant now = clock.instant();
        Instant idle = now.minus(properties.cartIdleTimeout());
        Instant old = now.minus(properties.idempotencyKeyTtl());
        int deleted = 0;
        List<UUID> withCarts = vendorScope.acrossVendors("purge idle carts",
                () -> transactions.execute(tx -> carts.vendorsWithIdleCarts(idle, VENDORS_PER_ROUND)));
        for (UUID vendor : withCarts) {
            deleted += transactions.execute(tx -> vendorScope.callAs(vendor, () -> carts.deleteIdleSince(idle)));
        }
        List<UUID> withKeys = vendorScope.acrossVendors("purge old idempotency keys",
                () -> transactions.execute(tx -> keys.vendorsWithKeysOlderThan(old, VENDORS_PER_ROUND)));
        for (UUID vendor : withKeys) {
            deleted += transactions.execute(tx -> vendorScope.callAs(vendor, () -> keys.deleteOlderThan(old)));
        }
        return deleted;
    }
}
