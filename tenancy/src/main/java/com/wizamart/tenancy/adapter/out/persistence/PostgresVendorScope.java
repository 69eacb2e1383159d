package com.wizamart.tenancy.adapter.out.persistence;

import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.wizamart.tenancy.VendorContext;
import com.wizamart.tenancy.VendorScope;

/**
 * Switches the vendor (or the cross-vendor read flag) for a piece of work and, when a transaction is already
 * running, re-binds that transaction's connection at once, so Row-Level Security follows the switch; the previous
 * binding is restored afterwards. Work called outside a transaction runs in a new one, bound from its start.
 */
@Component
class PostgresVendorScope implements VendorScope {

    private static final Logger AUDIT = LoggerFactory.getLogger("AUDIT");

    private final DataSource dataSource;
    private final TransactionTemplate transactions;

    PostgresVendorScope(DataSource dataSource, PlatformTransactionManager transactionManager) {
        this.dataSource = dataSource;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** Outside a transaction the work gets one, so the binding reaches the database at all. */
    private <T> T inTransaction(Supplier<T> work) {
        return TransactionSynchronizationManager.isActualTransactionActive() ? work.get()
                : transactions.execute(status -> work.get());
    }

    @Override
    public <T> T callAs(UUID vendorId, Supplier<T> work) {
        Objects.requireNonNull(vendorId, "vendorId");
        if (vendorId.equals(VendorContext.current().orElse(null)) && !CrossVendorRead.active()) {
            // already bound to this vendor (a nested call, e.g. a use case calling another module's facade): the
            // transaction is bound too, so nothing to switch (saves two set_config round trips per nested call)
            return inTransaction(work);
        }
        UUID previous = VendorContext.bind(vendorId);
        boolean previousCross = CrossVendorRead.set(false);
        rebind(vendorId, false);
        RuntimeException failure = null;
        try {
            return inTransaction(work);
        } catch (RuntimeException e) {
            failure = e;
            throw e;
        } finally {
            VendorContext.restore(previous);
            CrossVendorRead.set(previousCross);
            restoreBinding(previous, previousCross, failure);
        }
    }

    /**
     * Binds the previous vendor again. When the work failed with a statement error, PostgreSQL has aborted the
     * transaction and refuses the rebinding too; that must not hide the work's own error (a unique-key conflict would
     * otherwise surface as an unexpected failure), and the transaction ends in a rollback anyway.
     */
    private void restoreBinding(UUID vendorId, boolean crossVendorRead, RuntimeException failure) {
        try {
            rebind(vendorId, crossVendorRead);
        } catch (IllegalStateException e) {
            if (failure == null || !transactionAborted(e)) {
                throw e;
            }
            failure.addSuppressed(e);
        }
    }

    /** PostgreSQL's "current transaction is aborted, commands ignored until end of transaction block". */
    private static boolean transactionAborted(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.sql.SQLException sql && "25P02".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
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
        RuntimeException failure = null;
        try {
            return inTransaction(work);
        } catch (RuntimeException e) {
            failure = e;
            throw e;
        } finally {
            CrossVendorRead.set(previous);
            restoreBinding(vendor, previous, failure);
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
