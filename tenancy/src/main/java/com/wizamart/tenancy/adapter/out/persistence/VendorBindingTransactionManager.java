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
        bind(con, VendorContext.current().orElse(null), CrossVendorRead.active());
    }

    static void bind(Connection con, UUID vendorId, boolean crossVendorRead) throws SQLException {
        try (PreparedStatement statement = con.prepareStatement(BIND_SQL)) {
            statement.setString(1, vendorId == null ? "" : vendorId.toString());
            statement.setString(2, crossVendorRead ? "on" : "");
            statement.execute();
        }
    }
}
