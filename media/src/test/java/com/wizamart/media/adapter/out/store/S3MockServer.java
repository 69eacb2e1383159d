package com.wizamart.media.adapter.out.store;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.springframework.util.FileSystemUtils;

/**
 * Adobe's S3Mock, a real S3-compatible HTTP server, started from its executable jar as a process of its own (the
 * same JDK as the tests, no Docker), listening on a free port of the loopback address, its objects in a temporary
 * directory; stopped (and its directory deleted) when closed, or when the tests' JVM exits.
 */
final class S3MockServer implements AutoCloseable {

    private static final Duration STARTUP_LIMIT = Duration.ofSeconds(120);

    private final Process process;
    private final Path storeRoot;
    private final Path log;
    private final URI endpoint;
    private final Duration startup;
    private final Thread stopAtExit;

    private S3MockServer(Process process, Path storeRoot, Path log, URI endpoint, Duration startup) {
        this.process = process;
        this.storeRoot = storeRoot;
        this.log = log;
        this.endpoint = endpoint;
        this.startup = startup;
        this.stopAtExit = new Thread(process::destroyForcibly, "s3mock-stop");
        Runtime.getRuntime().addShutdownHook(stopAtExit);
    }

    /**
     * Starts the server and waits until it answers HTTP.
     *
     * @throws IllegalStateException when it ends or does not answer within two minutes; the message has the end of
     *                               its log.
     */
    static S3MockServer start(Path jar) throws IOException, InterruptedException {
        int port = freeLoopbackPort();
        Path storeRoot = Files.createTempDirectory("s3mock-store");
        Path log = Files.createTempFile("s3mock", ".log");
        String java = ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> command = List.of(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-jar", jar.toString(),
                // the main connector: plain HTTP on the loopback address (S3Mock makes it HTTPS by default)
                "--server.address=127.0.0.1", "--server.port=" + port, "--server.ssl.enabled=false",
                // S3Mock's further connectors (S3 over HTTP, S3 Vectors over HTTP and HTTPS; on every address, which
                // it does not let one choose): any free port, never the fixed defaults another S3Mock may hold
                "--http.port=0", "--vectors.http.port=0", "--vectors.https.port=0",
                "--com.adobe.testing.s3mock.store.root=" + storeRoot,
                "--com.adobe.testing.s3mock.store.retain-files-on-exit=false",
                // a test server: no grace period for requests in flight when it is stopped
                "--server.shutdown=immediate",
                "--spring.main.banner-mode=off", "--logging.level.root=WARN");
        long started = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        URI endpoint = URI.create("http://127.0.0.1:" + port);
        try {
            awaitAnswer(process, endpoint, log);
        } catch (IOException | InterruptedException | RuntimeException e) {
            stop(process);
            FileSystemUtils.deleteRecursively(storeRoot);
            throw e;
        }
        return new S3MockServer(process, storeRoot, log, endpoint, Duration.ofNanos(System.nanoTime() - started));
    }

    private static void awaitAnswer(Process process, URI endpoint, Path log) throws IOException, InterruptedException {
        try {
            org.awaitility.Awaitility.await("S3Mock answering at " + endpoint).atMost(STARTUP_LIMIT)
                    .pollInterval(java.time.Duration.ofMillis(200)).until(() -> {
                        if (!process.isAlive()) {
                            throw new IllegalStateException("S3Mock ended with exit code " + process.exitValue()
                                    + " before it answered; its log ends with:\n" + tail(log));
                        }
                        return answers(endpoint);
                    });
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            stop(process);
            throw new IllegalStateException("S3Mock did not answer within " + STARTUP_LIMIT + " at " + endpoint
                    + "; its log ends with:\n" + tail(log));
        }
    }

    /** Any answer: it is up (no bucket is asked for). */
    private static boolean answers(URI endpoint) {
        try {
            HttpURLConnection connection = (HttpURLConnection) endpoint.toURL().openConnection();
            connection.setConnectTimeout(1_000);
            connection.setReadTimeout(2_000);
            connection.getResponseCode();
            connection.disconnect();
            return true;
        } catch (IOException notYet) {
            return false;
        }
    }

    private static int freeLoopbackPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static String tail(Path log) throws IOException {
        String text = Files.readString(log, StandardCharsets.UTF_8);
        return text.length() > 4_000 ? text.substring(text.length() - 4_000) : text;
    }

    /** @return where the S3 API answers, e.g. {@code http://127.0.0.1:41234}. */
    URI endpoint() {
        return endpoint;
    }

    /** @return how long the server took from the start of its process to its first answer. */
    Duration startup() {
        return startup;
    }

    /** Stops the server (a graceful end first, then a forced one) and deletes its objects and log. */
    @Override
    public void close() throws IOException, InterruptedException {
        long stopping = System.nanoTime();
        stop(process);
        System.out.println("S3Mock stopped " + Duration.ofNanos(System.nanoTime() - stopping).toMillis()
                + " ms after it was asked to");
        try {
            Runtime.getRuntime().removeShutdownHook(stopAtExit);
        } catch (IllegalStateException exiting) {
            // the JVM is already exiting: the hook stops it anyway
        }
        FileSystemUtils.deleteRecursively(storeRoot);
        Files.deleteIfExists(log);
    }

    private static void stop(Process process) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(15, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(15, TimeUnit.SECONDS);
        }
    }
}
