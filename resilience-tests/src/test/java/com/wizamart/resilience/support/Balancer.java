package com.wizamart.resilience.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * HAProxy (Debian's package; {@code it/resilience.sh} installs it when missing) in front of a scenario's instances, on
 * a free loopback port: round robin, no sticky sessions, each instance health-checked on
 * {@code /actuator/health/readiness}, as a production load balancer would be set up. Every response carries
 * {@value #SERVED_BY} with the name of the instance that answered, so a scenario can prove its requests were spread.
 * A second listener serves HAProxy's statistics, from which {@link #serverStatus()} reads each instance's health.
 */
public final class Balancer implements AutoCloseable {

    /** The response header naming the instance that served the request (set by HAProxy, not by the application). */
    public static final String SERVED_BY = "X-Served-By";

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final int port;
    private final int statsPort;
    private final Path log;
    private final Process process;

    private Balancer(int port, int statsPort, Path log, Process process) {
        this.port = port;
        this.statsPort = statsPort;
        this.log = log;
        this.process = process;
    }

    /** Writes the configuration into {@code work}, starts HAProxy and waits until it sees every instance up. */
    public static Balancer start(Path work, List<Instance> instances) {
        int port = Instance.freePort();
        int statsPort = Instance.freePort();
        try {
            Files.createDirectories(work);
            Path config = Files.writeString(work.resolve("haproxy.cfg"), config(port, statsPort, instances));
            Path log = work.resolve("haproxy.log");
            Process process = new ProcessBuilder(haproxy(), "-f", config.toString(), "-db")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            Balancer balancer = new Balancer(port, statsPort, log, process);
            balancer.awaitUp(instances, Duration.ofSeconds(30));
            return balancer;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String config(int port, int statsPort, List<Instance> instances) {
        StringBuilder servers = new StringBuilder();
        for (Instance instance : instances) {
            servers.append("    server ").append(instance.name()).append(" 127.0.0.1:").append(instance.port())
                    .append(" check\n");
        }
        return """
                global
                    # each connection through the balancer takes two file descriptors (client and instance side)
                    maxconn 4000
                defaults
                    mode http
                    timeout connect 5s
                    timeout client 120s
                    timeout server 120s
                    # a request whose connection attempt failed goes to another instance (nothing was sent yet)
                    retries 2
                    option redispatch 1
                frontend shop
                    bind 127.0.0.1:%d
                    option forwardfor
                    default_backend platform
                backend platform
                    balance roundrobin
                    option httpchk GET /actuator/health/readiness
                    http-check expect status 200
                    default-server inter 1s fall 2 rise 2
                    http-response set-header %s %%[srv_name]
                %slisten stats
                    bind 127.0.0.1:%d
                    stats enable
                    stats uri /
                """.formatted(port, SERVED_BY, servers, statsPort);
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

    /** Each instance's state as HAProxy's health checks see it ({@code UP}, {@code DOWN}, {@code UP 1/2}, ...). */
    public Map<String, String> serverStatus() {
        HttpResponse<String> csv;
        try {
            csv = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + statsPort + "/;csv"))
                    .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        Map<String, String> status = new LinkedHashMap<>();
        List<String> lines = csv.body().lines().toList();
        List<String> header = List.of(lines.getFirst().replaceFirst("^# ", "").split(","));
        int proxy = header.indexOf("pxname");
        int server = header.indexOf("svname");
        int state = header.indexOf("status");
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            if (cells.length > state && cells[proxy].equals("platform") && !cells[server].equals("BACKEND")) {
                status.put(cells[server], cells[state]);
            }
        }
        return status;
    }

    /** Stops HAProxy (SIGTERM: it stops listening at once). */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    private void awaitUp(List<Instance> instances, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        Map<String, String> last = Map.of();
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                close();
                throw new IllegalStateException("haproxy exited with " + process.exitValue() + ":\n" + logText());
            }
            try {
                last = serverStatus();
                if (last.size() == instances.size() && last.values().stream().allMatch("UP"::equals)) {
                    return;
                }
            } catch (UncheckedIOException notYet) {
                // not listening yet
            }
            Instance.sleep(Duration.ofMillis(200));
        }
        close();
        throw new IllegalStateException("haproxy did not see every instance up within " + timeout + ": " + last
                + "\n" + logText());
    }

    private String logText() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static String haproxy() {
        for (String candidate : List.of("/usr/sbin/haproxy", "/usr/local/sbin/haproxy", "/usr/bin/haproxy")) {
            if (Files.isExecutable(Path.of(candidate))) {
                return candidate;
            }
        }
        return "haproxy";
    }
}
