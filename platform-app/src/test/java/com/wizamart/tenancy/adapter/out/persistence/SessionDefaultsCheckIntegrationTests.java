package com.wizamart.tenancy.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import com.wizamart.support.ApiTest;

/** Unbound transactions send no set_config, so a role or database default for the settings must stop the start. */
class SessionDefaultsCheckIntegrationTests extends ApiTest {

    @Autowired
    private Environment environment;

    @Test
    void refusesConnectionsThatStartWithTheCrossVendorFlagSet_acceptsCleanOnes() throws SQLException {
        String database = database();
        owner("alter role wizamart_app in database " + database + " set app.cross_vendor_read = 'on'");
        try {
            assertThatThrownBy(() -> new SessionDefaultsCheck(freshConnections()).afterSingletonsInstantiated())
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("|on");
        } finally {
            owner("alter role wizamart_app in database " + database + " reset app.cross_vendor_read");
        }
        assertThatCode(() -> new SessionDefaultsCheck(freshConnections()).afterSingletonsInstantiated())
                .doesNotThrowAnyException();
    }

    /** New connections as the application's role (role defaults apply when a session starts, not to pooled ones). */
    private DriverManagerDataSource freshConnections() {
        return new DriverManagerDataSource(environment.getProperty("spring.datasource.url"),
                environment.getProperty("spring.datasource.username"),
                environment.getProperty("spring.datasource.password"));
    }

    private String database() throws SQLException {
        try (Connection c = freshConnections().getConnection(); Statement s = c.createStatement();
             var rs = s.executeQuery("select current_database()")) {
            rs.next();
            return '"' + rs.getString(1) + '"';
        }
    }

    private void owner(String sql) throws SQLException {
        try (Connection owner = DriverManager.getConnection(environment.getProperty("spring.liquibase.url"),
                environment.getProperty("spring.liquibase.user"), environment.getProperty("spring.liquibase.password"));
             Statement statement = owner.createStatement()) {
            statement.execute(sql);
        }
    }
}
