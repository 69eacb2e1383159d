package com.wizamart.resilience.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One platform instance: the packaged application (platform-app's exec jar) in a JVM of its own, on a port of its
 * own, on a scenario's {@link Database}. Instances of one scenario share the database, the JWT key set and the feed
 * storage directory, as instances of one deployment do. {@link #kill()} ends the JVM with SIGKILL: no shutdown hook,
 * no graceful shutdown, nothing flushed.
 */
public final class Instance implements AutoCloseable {

    /** The platform admin every scenario's instances create on their first start. */
    public static final String ADMIN_EMAIL = "admin@wizamart.local";
    public static final String ADMIN_PASSWORD = "Resilience-Admin-1";

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final int port;
    private final Path log;
    private final Process process;

    private Instance(String name, int port, Path log, Process process) {
        this.name = name;
        this.port = port;
        this.log = log;
        this.process = process;
    }

    /**
     * Starts an instance and waits until it is ready (migrations done, listening).
     *
     * @param settings extra application properties ({@code key -> value}), e.g. shorter intervals for a scenario.
     */
    public static Instance start(String name, Database database, Path work, Map<String, String> settings) {
        return start(name, freePort(), database, work, settings);
    }

    public static Instance start(String name, int port, Database database, Path work, Map<String, String> settings) {
        Path jar = Path.of(System.getProperty("wizamart.app.jar", "../platform-app/target/platform-app-0.1.0-SNAPSHOT-exec.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar.toAbsolutePath() + " is missing: build it first "
                    + "(./mvnw -DskipTests package -pl platform-app -am, or run it/resilience.sh)");
        }
        try {
            Files.createDirectories(work);
            Map<String, String> properties = new LinkedHashMap<>();
            properties.put("server.port", String.valueOf(port));
            properties.put("spring.datasource.url", database.jdbcUrl());
            properties.put("spring.liquibase.url", database.jdbcUrl());
            properties.put("spring.liquibase.user", database.ownerUser());
            properties.put("spring.liquibase.password", database.ownerPassword());
            properties.put("wizamart.admin.email", ADMIN_EMAIL);
            properties.put("wizamart.admin.password", ADMIN_PASSWORD);
            properties.put("wizamart.demo.enabled", "false");
            properties.put("wizamart.identity.tokens.key-set-file", work.resolve("jwt-keys.json").toString());
            properties.put("wizamart.marketplace.storage-directory", work.resolve("feeds").toString());
            properties.put("wizamart.marketplace.fetch.allowed-hosts", "127.0.0.1,localhost");
            // one shared volume for the cluster's image files, as in production
            properties.put("wizamart.media.filesystem.root", work.resolve("media").toString());
            // a scenario's clients all come from 127.0.0.1: per-address limits would only measure the test
            properties.put("wizamart.identity.throttle.max-failures-per-address", "100000");
            properties.put("wizamart.identity.throttle.max-registrations-per-address", "100000");
            properties.put("wizamart.identity.throttle.max-registrations-per-shop", "100000");
            properties.put("logging.structured.format.console", "");
            properties.putAll(settings);
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx768m", "-XX:+ExitOnOutOfMemoryError", "--enable-native-access=ALL-UNNAMED", "-jar",
                    jar.toAbsolutePath().toString()));
            properties.forEach((key, value) -> command.add("--" + key + "=" + value));
            Path log = work.resolve(name + ".log");
            Process process = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            Instance instance = new Instance(name, port, log, process);
            instance.awaitReady(Duration.ofMinutes(3));
            return instance;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String name() {
        return name;
    }

    public int port() {
        return port;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public Api api() {
        return new Api(baseUrl());
    }

    public boolean alive() {
        return process.isAlive();
    }

    /** Ends the JVM with SIGKILL and waits for it to be gone. */
    public void kill() {
        process.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException(name + " did not die");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        if (process.exitValue() != 137) {
            throw new IllegalStateException(name + " ended with " + process.exitValue() + ", not by SIGKILL");
        }
    }

    /** Stops the JVM with SIGTERM (graceful shutdown), or kills it when it does not end within a minute. */
    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                kill();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    /** The last lines of the instance's log, for a failure message. */
    public String logTail(int lines) {
        try {
            List<String> all = Files.readAllLines(log);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    public Path log() {
        return log;
    }

    private void awaitReady(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + " while starting:\n"
                        + logTail(60));
            }
            try {
                HttpResponse<String> ready = HTTP.send(HttpRequest.newBuilder(
                                URI.create(baseUrl() + "/actuator/health/readiness")).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(Duration.ofMillis(500));
        }
        kill();
        throw new IllegalStateException(name + " was not ready within " + timeout + ":\n" + logTail(60));
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
