package com.wizamart.resilience;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import com.wizamart.resilience.support.Database;
import com.wizamart.resilience.support.Instance;

/**
 * What the crash scenarios share: a fresh database and a work directory of their own, the instances they started
 * (stopped and their log tails attached to any failure), and waiting for a condition with a deadline instead of
 * sleeping.
 */
abstract class CrashScenario {

    private static final int LOG_LINES = 80;

    protected Database database;
    protected Path work;
    private final List<Instance> instances = new ArrayList<>();

    @BeforeEach
    void prepare() {
        String scenario = getClass().getSimpleName().replace("Tests", "").toLowerCase(Locale.ROOT);
        work = Path.of(System.getProperty("wizamart.resilience.work", "target/resilience"),
                scenario + "-" + UUID.randomUUID().toString().substring(0, 8));
        database = Database.create();
    }

    @AfterEach
    void stopAndDrop() {
        instances.forEach(Instance::close);
        database.close();
    }

    /** Starts an instance on the scenario's database and work directory; it is stopped after the scenario. */
    protected Instance start(String name, Map<String, String> settings) {
        Instance instance = Instance.start(name, database, work, settings);
        instances.add(instance);
        return instance;
    }

    /**
     * Runs the scenario; a failure carries the last lines of every instance's log (the scenario's JVMs are gone by
     * the time anyone reads the report).
     */
    protected void scenario(Runnable body) {
        Instant started = Instant.now();
        try {
            body.run();
            System.out.println(getClass().getSimpleName() + " passed in "
                    + Duration.between(started, Instant.now()).toSeconds() + " s");
        } catch (Throwable failure) {
            StringBuilder message = new StringBuilder(String.valueOf(failure.getMessage()));
            for (Instance instance : instances) {
                message.append("\n\n===== last ").append(LOG_LINES).append(" lines of ").append(instance.name())
                        .append(" (").append(instance.log()).append(") =====\n").append(instance.logTail(LOG_LINES));
            }
            AssertionError error = new AssertionError(message.toString(), failure);
            System.out.println(message);
            throw error;
        }
    }

    /**
     * Polls {@code probe} until it answers a value (not {@literal null}) and answers it; fails naming {@code what}
     * (and the probe's last exception, if any) once {@code timeout} passed.
     */
    protected static <T> T await(String what, Duration timeout, Supplier<T> probe) {
        return await(what, timeout, Duration.ofMillis(200), probe);
    }

    protected static <T> T await(String what, Duration timeout, Duration interval, Supplier<T> probe) {
        Instant deadline = Instant.now().plus(timeout);
        RuntimeException lastError = null;
        while (true) {
            try {
                T value = probe.get();
                if (value != null) {
                    return value;
                }
            } catch (RuntimeException e) {
                lastError = e;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Waited " + timeout.toSeconds() + " s for " + what + " in vain"
                        + (lastError == null ? "" : " (last error: " + lastError + ")"), lastError);
            }
            try {
                Thread.sleep(interval);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** Seconds since {@code since}, for the scenario's own timing lines. */
    protected static String seconds(Instant since) {
        return String.format(Locale.ROOT, "%.1f s", Duration.between(since, Instant.now()).toMillis() / 1000.0);
    }

    protected static void log(String line) {
        System.out.println("[" + Instant.now() + "] " + line);
    }
}
