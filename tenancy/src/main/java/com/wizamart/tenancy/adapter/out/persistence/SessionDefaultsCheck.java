package com.wizamart.tenancy.adapter.out.persistence;

import javax.sql.DataSource;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Refuses to start when the application's connections begin with a vendor or the cross-vendor flag already set
 * (for example {@code ALTER ROLE wizamart_app SET app.cross_vendor_read = 'on'}): a transaction bound to no vendor
 * sends no {@code set_config} ({@link VendorBindingTransactionManager}), so it would inherit such a default. Runs
 * once all singletons exist, i.e. after the migrations.
 */
@Component
class SessionDefaultsCheck implements SmartInitializingSingleton {

    private final JdbcTemplate jdbc;

    SessionDefaultsCheck(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    @Override
    public void afterSingletonsInstantiated() {
        String defaults = jdbc.queryForObject("""
                select coalesce(current_setting('app.vendor_id', true), '') || '|'
                    || coalesce(current_setting('app.cross_vendor_read', true), '')""", String.class);
        if (!"|".equals(defaults)) {
            throw new IllegalStateException("The database connection starts with app.vendor_id|app.cross_vendor_read = '"
                    + defaults + "' (a role or database default): transactions bound to no vendor would inherit it."
                    + " Remove it (ALTER ROLE ... RESET / ALTER DATABASE ... RESET).");
        }
    }
}
