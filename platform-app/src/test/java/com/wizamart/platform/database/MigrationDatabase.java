package com.wizamart.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.changelog.ChangeSet;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;

/**
 * A database of its own for a test of migrations over data in an older shape: created on the test server with a
 * migration role that owns it but is no superuser (as operations.md allows), so Row-Level Security binds it as it
 * binds such a role in production. The deployable's changelog runs up to a changeset, the test writes rows as the
 * release before wrote them, then the rest runs. Closing drops the database and the role.
 */
final class MigrationDatabase implements AutoCloseable {

    private static final String CHANGELOG = "db/changelog/db.changelog-master.yaml";

    private final Environment environment;
    private final String database;
    private final String role;
    private final Connection connection;
    private final JdbcTemplate jdbc;
    private final Liquibase liquibase;

    private MigrationDatabase(Environment environment, String prefix) throws Exception {
        this.environment = environment;
        String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 10).toLowerCase(Locale.ROOT);
        database = prefix + "_migration_" + suffix;
        role = prefix + "_migrator_" + suffix;
        String password = "m-" + suffix;
        asServerOwner("create role " + role + " login createrole password '" + password + "'");
        asServerOwner("create database " + database + " owner " + role);
        String url = environment.getRequiredProperty("spring.liquibase.url").replaceFirst("/[^/?]+(\\?|$)",
                "/" + database + "$1");
        connection = DriverManager.getConnection(url, role, password);
        jdbc = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
        Database target = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
        liquibase = new Liquibase(CHANGELOG, new ClassLoaderResourceAccessor(), target);
        // the deployable's parameters: the application role (shared by the server's databases) keeps its password
        liquibase.setChangeLogParameter("app_role", environment.getRequiredProperty("wizamart.database.app-role"));
        liquibase.setChangeLogParameter("app_role_password",
                environment.getRequiredProperty("wizamart.database.app-password"));
    }

    /** @param prefix names the database and the role ({@code <prefix>_migration_…}, {@code <prefix>_migrator_…}). */
    static MigrationDatabase create(Environment environment, String prefix) throws Exception {
        return new MigrationDatabase(environment, prefix);
    }

    JdbcTemplate jdbc() {
        return jdbc;
    }

    /**
     * Runs every changeset of the deployable's changelog that comes before the one named, and leaves the connection
     * committing each statement (Liquibase leaves it in a transaction of its own, which would roll the rows back).
     */
    void updateUpTo(String changeSetId) throws Exception {
        List<ChangeSet> unrun = liquibase.listUnrunChangeSets(new Contexts(), new LabelExpression());
        int before = unrun.stream().map(ChangeSet::getId).toList().indexOf(changeSetId);
        assertThat(before).as("changeset " + changeSetId + " is still to run").isPositive();
        liquibase.update(before, new Contexts(), new LabelExpression());
        connection.setAutoCommit(true);
        assertThat(liquibase.listUnrunChangeSets(new Contexts(), new LabelExpression()))
                .filteredOn(c -> !c.isAlwaysRun()).first().extracting(ChangeSet::getId).isEqualTo(changeSetId);
    }

    /** Runs the rest of the changelog. */
    void updateAll() throws Exception {
        liquibase.update(new Contexts(), new LabelExpression());
        connection.setAutoCommit(true);
    }

    <T> T inTransaction(Supplier<T> work) {
        jdbc.execute("begin");
        T result = work.get();
        jdbc.execute("commit");
        return result;
    }

    /** Work as this vendor (tables forcing Row-Level Security bind their owner too). */
    <T> T asVendor(UUID vendorId, Supplier<T> work) {
        return inTransaction(() -> {
            jdbc.queryForList("select set_config('app.vendor_id', ?, true)", vendorId.toString());
            return work.get();
        });
    }

    /** Reads every vendor's rows on the explicit cross-vendor path. */
    <T> T acrossVendors(Supplier<T> work) {
        return inTransaction(() -> {
            jdbc.queryForList("select set_config('app.cross_vendor_read', 'on', true)");
            return work.get();
        });
    }

    @Override
    public void close() throws SQLException {
        try {
            connection.close();
        } finally {
            asServerOwner("drop database if exists " + database + " with (force)");
            asServerOwner("drop role if exists " + role);
        }
    }

    private void asServerOwner(String sql) throws SQLException {
        try (Connection owner = DriverManager.getConnection(environment.getRequiredProperty("spring.liquibase.url"),
                environment.getRequiredProperty("spring.liquibase.user"),
                environment.getProperty("spring.liquibase.password", ""));
             Statement statement = owner.createStatement()) {
            statement.execute(sql);
        }
    }
}
