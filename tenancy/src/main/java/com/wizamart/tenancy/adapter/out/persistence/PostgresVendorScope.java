package com.wizamart.tenancy.adapter.out.persistence;

import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import com.wizamart.tenancy.VendorContext;
import com.wizamart.tenancy.VendorScope;

/**
 * Switches the vendor (or the cross-vendor read flag) for a piece of work and, when a transaction is already
 * running, re-binds that transaction's connection at once, so Row-Level Security follows the switch; the previous
 * binding is restored afterwards.
 */
@Component
class PostgresVendorScope implements VendorScope {

    private static final Logger AUDIT = LoggerFactory.getLogger("AUDIT");

    private final DataSource dataSource;

    PostgresVendorScope(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public <T> T callAs(UUID vendorId, Supplier<T> work) {
        Objects.requireNonNull(vendorId, "vendorId");
        UUID previous = VendorContext.bind(vendorId);
        boolean previousCross = CrossVendorRead.set(false);
        rebind(vendorId, false);
        try {
            return work.get();
        } finally {
            VendorContext.restore(previous);
            CrossVendorRead.set(previousCross);
            rebind(previous, previousCross);
        }
    }

    @Override
    public <T> T acrossVendors(String reason, Supplier<T> work) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("A cross-vendor read needs a reason");
        }
        AUDIT.info("cross-vendor read: {} (bound vendor: {})", reason, VendorContext.current().orElse(null));
        boolean previous = CrossVendorRead.set(true);
        UUID vendor = VendorContext.current().orElse(null);
        rebind(vendor, true);
        try {
            return work.get();
        } finally {
            CrossVendorRead.set(previous);
            rebind(vendor, previous);
        }
    }

    private void rebind(UUID vendorId, boolean crossVendorRead) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            return;
        }
        var connection = DataSourceUtils.getConnection(dataSource);
        try {
            VendorBindingTransactionManager.bind(connection, vendorId, crossVendorRead);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("Could not bind the vendor to the transaction", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }
}
