package com.wizamart.platform.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.springframework.boot.SpringApplication;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A database this JVM provisioned: one per data directory or server, shared by every application context in the
 * JVM (test suites start several), stopped or dropped when the JVM exits, after all contexts have closed.
 */
final class ProvisionedDatabase {

    private static final Map<String, ProvisionedDatabase> BY_KEY = new ConcurrentHashMap<>();
    private static final String DATABASE = "wizamart";

    private final String jdbcUrl;
    private final String ownerUser;
    private final String ownerPassword;

    private ProvisionedDatabase(String jdbcUrl, String ownerUser, String ownerPassword) {
        this.jdbcUrl = jdbcUrl;
        this.ownerUser = ownerUser;
        this.ownerPassword = ownerPassword;
    }

    String jdbcUrl() {
        return jdbcUrl;
    }

    String ownerUser() {
        return ownerUser;
    }

    String ownerPassword() {
        return ownerPassword;
    }

    /** Starts (or reuses) an embedded PostgreSQL and makes sure the {@code wizamart} database exists. */
    static ProvisionedDatabase embedded(String dataDirectory, int port, boolean ephemeral) {
        String key = ephemeral ? "embedded:ephemeral" : "embedded:" + Path.of(dataDirectory).toAbsolutePath();
        return BY_KEY.computeIfAbsent(key, k -> startEmbedded(dataDirectory, port, ephemeral));
    }

    private static ProvisionedDatabase startEmbedded(String dataDirectory, int port, boolean ephemeral) {
        try {
            Path dir = ephemeral ? Files.createTempDirectory("wizamart-pg-")
                    : Files.createDirectories(Path.of(dataDirectory).toAbsolutePath());
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dir)
                    .setCleanDataDirectory(ephemeral)
                    // stopped by our own shutdown handler, after the application contexts (see below)
                    .setRegisterShutdownHook(false)
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("fsync", ephemeral ? "off" : "on");
            if (port > 0) {
                builder.setPort(port);
            }
            EmbeddedPostgres postgres = builder.start();
            // after every application context of the JVM has closed (not in parallel with their shutdown)
            SpringApplication.getShutdownHandlers().add(() -> {
                try {
                    postgres.close();
                    if (ephemeral) {
                        deleteRecursively(dir);
                    }
                } catch (IOException ignored) {
                    // the JVM is going away
                }
            });
            String serverUrl = "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
            createDatabaseIfMissing(serverUrl, "postgres", "", DATABASE);
            return new ProvisionedDatabase("jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE,
                    "postgres", "");
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("Cannot start the embedded PostgreSQL in " + dataDirectory, e);
        }
    }

    /**
     * Creates a fresh database on a real server for this JVM and drops it at exit.
     *
     * @param provisionUrl JDBC URL of a maintenance database on the server, with a user allowed to create
     *                     databases and roles (e.g. {@code jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres}).
     */
    static ProvisionedDatabase onServer(String provisionUrl) {
        return BY_KEY.computeIfAbsent("server:" + provisionUrl, k -> {
            String name = "wizamart_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12)
                    .toLowerCase(Locale.ROOT);
            try {
                createDatabaseIfMissing(provisionUrl, null, null, name);
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot create a database through " + provisionUrl, e);
            }
            SpringApplication.getShutdownHandlers().add(() -> {
                try (Connection c = DriverManager.getConnection(provisionUrl); Statement s = c.createStatement()) {
                    s.execute("drop database if exists " + name + " with (force)");
                } catch (SQLException ignored) {
                    // best effort
                }
            });
            String url = replaceDatabase(provisionUrl, name);
            String user = parameter(provisionUrl, "user");
            String password = parameter(provisionUrl, "password");
            return new ProvisionedDatabase(withoutCredentials(url), user == null ? "postgres" : user,
                    password == null ? "" : password);
        });
    }

    private static void createDatabaseIfMissing(String url, String user, String password, String name)
            throws SQLException {
        try (Connection c = user == null ? DriverManager.getConnection(url) : DriverManager.getConnection(url, user, password);
             Statement s = c.createStatement()) {
            var rs = s.executeQuery("select 1 from pg_database where datname = '" + name + "'");
            if (!rs.next()) {
                s.execute("create database " + name);
            }
        }
    }

    static String replaceDatabase(String url, String database) {
        int query = url.indexOf('?');
        String base = query < 0 ? url : url.substring(0, query);
        String params = query < 0 ? "" : url.substring(query);
        int slash = base.lastIndexOf('/');
        return base.substring(0, slash + 1) + database + params;
    }

    private static String parameter(String url, String name) {
        int query = url.indexOf('?');
        if (query < 0) {
            return null;
        }
        for (String pair : url.substring(query + 1).split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) {
                return java.net.URLDecoder.decode(pair.substring(eq + 1), java.nio.charset.StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    private static String withoutCredentials(String url) {
        int query = url.indexOf('?');
        if (query < 0) {
            return url;
        }
        String kept = Stream.of(url.substring(query + 1).split("&"))
                .filter(p -> !p.startsWith("user=") && !p.startsWith("password=")).reduce((a, b) -> a + "&" + b)
                .orElse("");
        return url.substring(0, query) + (kept.isEmpty() ? "" : "?" + kept);
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
