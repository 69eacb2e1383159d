package com.wizamart.resilience.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * A fresh database on the machine's PostgreSQL server for one scenario, dropped by {@link #close()}. The instances
 * migrate it as the server's superuser (as {@code spring.liquibase.user}) and connect as the application role, so
 * Row-Level Security applies to them as in production; the test reads it as the superuser, across vendors.
 */
public final class Database implements AutoCloseable {

    /** The server, as {@code WIZAMART_DATABASE_PROVISION_URL} names it for the other tests. */
    public static final String SERVER = System.getenv().getOrDefault("WIZAMART_DATABASE_PROVISION_URL",
            "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres");

    private final String name;
    private final String url;

    private Database(String name) {
        this.name = name;
        this.url = replaceDatabase(SERVER, name);
    }

    public static Database create() {
        String name = "wizamart_resilience_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10)
                .toLowerCase(Locale.ROOT);
        try (Connection c = DriverManager.getConnection(SERVER); Statement s = c.createStatement()) {
            s.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create a database through " + SERVER, e);
        }
        return new Database(name);
    }

    /** The JDBC URL without credentials, for {@code spring.datasource.url}. */
    public String jdbcUrl() {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }

    /** The superuser that runs migrations (the server's trust authentication needs no password). */
    public String ownerUser() {
        int at = SERVER.indexOf("user=");
        if (at < 0) {
            return "postgres";
        }
        int end = SERVER.indexOf('&', at);
        return SERVER.substring(at + 5, end < 0 ? SERVER.length() : end);
    }

    public String ownerPassword() {
        int at = SERVER.indexOf("password=");
        if (at < 0) {
            return "";
        }
        int end = SERVER.indexOf('&', at);
        return SERVER.substring(at + 9, end < 0 ? SERVER.length() : end);
    }

    /** Rows of a query run as the superuser (all vendors), each as column name to value. */
    public List<Map<String, Object>> rows(String sql, Object... params) {
        try (Connection c = DriverManager.getConnection(url); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            List<Map<String, Object>> rows = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 1; i <= columns; i++) {
                        row.put(rs.getMetaData().getColumnLabel(i), rs.getObject(i));
                    }
                    rows.add(row);
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** The single value of a query that answers one row of one column. */
    public Object value(String sql, Object... params) {
        List<Map<String, Object>> rows = rows(sql, params);
        if (rows.size() != 1 || rows.getFirst().size() != 1) {
            throw new IllegalStateException("Expected one value from " + sql + " but got " + rows);
        }
        return rows.getFirst().values().iterator().next();
    }

    public long count(String sql, Object... params) {
        return ((Number) value(sql, params)).longValue();
    }

    /** Runs a statement with parameters as the superuser; answers the rows it changed. */
    public int update(String sql, Object... params) {
        try (Connection c = DriverManager.getConnection(url); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    public void execute(String sql) {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    @Override
    public void close() {
        try (Connection c = DriverManager.getConnection(SERVER); Statement s = c.createStatement()) {
            s.execute("drop database if exists " + name + " with (force)");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot drop " + name, e);
        }
    }

    private static String replaceDatabase(String url, String database) {
        int query = url.indexOf('?');
        String base = query < 0 ? url : url.substring(0, query);
        String params = query < 0 ? "" : url.substring(query);
        return base.substring(0, base.lastIndexOf('/') + 1) + database + params;
    }
}
