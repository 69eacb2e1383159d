package com.wizamart.tenancy.adapter.out.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.TransactionDefinition;

import com.wizamart.tenancy.VendorContext;

/**
 * The application's transaction manager: binds the thread's vendor (and the cross-vendor read flag) to every
 * transaction with transaction-local {@code set_config}, which the Row-Level Security policies read. Settings made
 * with {@code is_local = true} vanish at commit or rollback, so a pooled connection never carries a vendor into the
 * next transaction; a statement outside any transaction sees no vendor and reads vendor-owned tables empty.
 * <p>
 * Because nothing ever sets these settings for the session ({@code is_local = false}), a transaction starts with
 * neither set: one without a vendor and without the cross-vendor flag needs no statement at all (the event
 * publication registry's bookkeeping transactions, for example). {@code TenantIsolationIntegrationTests} checks that
 * such a transaction, on a connection whose previous transaction was bound, sees nothing, and
 * {@link SessionDefaultsCheck} refuses to start when the role or the database sets either setting by default.
 */
class VendorBindingTransactionManager extends JdbcTransactionManager {

    static final String BIND_SQL =
            "select set_config('app.vendor_id', ?, true), set_config('app.cross_vendor_read', ?, true)";

    VendorBindingTransactionManager(DataSource dataSource) {
        super(dataSource);
    }

    @Override
    protected void prepareTransactionalConnection(Connection con, TransactionDefinition definition) throws SQLException {
        super.prepareTransactionalConnection(con, definition);
        UUID vendorId = VendorContext.current().orElse(null);
        boolean crossVendorRead = CrossVendorRead.active();
        if (vendorId != null || crossVendorRead) {
            bind(con, vendorId, crossVendorRead);
        }
    }

    static void bind(Connection con, UUID vendorId, boolean crossVendorRead) throws SQLException {
        try (PreparedStatement statement = con.prepareStatement(BIND_SQL)) {
            statement.setString(1, vendorId == null ? "" : vendorId.toString());
            statement.setString(2, crossVendorRead ? "on" : "");
            statement.execute();
        }
    }
}
