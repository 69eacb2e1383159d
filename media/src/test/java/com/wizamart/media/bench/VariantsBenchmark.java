package com.wizamart.media.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;
import com.wizamart.media.SamplePictures;
import com.wizamart.media.adapter.out.imaging.ImagingAdapters;
import com.wizamart.media.adapter.out.store.StoreAdapters;
import com.wizamart.media.application.port.out.ImageProcessor;
import com.wizamart.media.application.port.out.ImageProcessor.DecodedImage;
import com.wizamart.media.application.port.out.ObjectStore;
import com.wizamart.media.domain.ImageLimits;
import com.wizamart.media.domain.ImageType;
import com.wizamart.media.domain.ObjectKey;
import com.wizamart.media.domain.Variant;

/**
 * The media variants benchmark (docs/performance.md, "Media variants"): how many product images per second the real
 * pipeline turns into stored variants, and how much memory that takes. For each image, as a variants job does it:
 * read the original, {@link ImageProcessor#inspect} it with the default limits, make its {@link ImageProcessor#variants},
 * and {@link ObjectStore#put} the original and each variant into a file system store under a temporary root.
 *
 * <p>The inputs are {@link SamplePictures} of camera and product sizes, drawn before anything is timed and kept under
 * the inputs directory for the next run (a file's name says what it holds, so a changed mix draws only what is
 * missing): 60 % JPEG of 1,200-2,000 px on the long side, 30 % JPEG of 2,400-4,000 px, 10 % PNG of about 1,000 px, in
 * landscape, square and portrait shapes. They are read once before timing so that the page cache holds them.
 * {@code BENCH_THREADS} workers (default: the available processors) take images from one queue, as the application's
 * job workers would; a few images ({@code BENCH_WARMUP}) are processed first, untimed, into a store that is thrown
 * away. Peaks are reset after the warm-up: the peak resident set ({@code VmHWM}, reset through
 * {@code /proc/self/clear_refs}), the sum of the heap pools' peaks (garbage included) and the largest heap left after
 * a collection (the live set). Every stored object is counted afterwards.
 *
 * <p>Knobs (environment): {@code BENCH_IMAGES} (1000), {@code BENCH_THREADS}, {@code BENCH_WARMUP} (20),
 * {@code BENCH_INPUTS} (the inputs' directory, {@code target/bench-images}), {@code BENCH_RESULTS} (a Markdown file
 * each run appends one table row to; none when unset). Run it with {@code bench/media-variants-benchmark.sh}.
 */
public final class VariantsBenchmark {

    private static final long MIX_SEED = 42;
    private static final String VENDOR = "0193a0b0-0000-7000-8000-000000000001";
    private static final String[] WORDS = {"Roasted coffee", "Wild honey", "Dark chocolate", "Smoked cheese",
        "Red wine", "Green tea", "Apricot jam", "Rye bread", "Salted butter", "Craft beer"};
    private static final double[] ASPECTS = {4 / 3d, 3 / 2d, 1d, 3 / 4d, 2 / 3d};

    private VariantsBenchmark() {
    }

    /** One input picture: what {@link SamplePictures} draws for it, and the file that holds it. */
    record Input(int index, ImageType type, int width, int height) {

        String fileName() {
            return String.format(Locale.ROOT, "%05d-%dx%d.%s", index, width, height, type.extension());
        }

        byte[] draw() {
            String label = WORDS[index % WORDS.length] + " no. " + index;
            return type == ImageType.PNG ? SamplePictures.png(label, index, width, height)
                    : SamplePictures.jpeg(label, index, width, height);
        }
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("java.awt.headless", "true");
        int images = intSetting("BENCH_IMAGES", 1000);
        int threads = intSetting("BENCH_THREADS", Runtime.getRuntime().availableProcessors());
        int warmup = intSetting("BENCH_WARMUP", 20);
        Path inputsDir = Path.of(setting("BENCH_INPUTS", "target/bench-images"));
        String results = System.getenv("BENCH_RESULTS");

        List<Input> inputs = mix(images);
        ExecutorService workers = Executors.newFixedThreadPool(threads);
        try {
            long drawn = drawMissing(inputs, inputsDir, workers);
            long inputBytes = 0;
            for (Input input : inputs) {
                inputBytes += Files.size(inputsDir.resolve(input.fileName()));
                Files.readAllBytes(inputsDir.resolve(input.fileName()));
            }
            System.out.printf(Locale.ROOT, "%d inputs in %s (%d drawn now), %.0f MB; %d worker threads%n",
                    inputs.size(), inputsDir.toAbsolutePath(), drawn, inputBytes / 1e6, threads);

            ImageProcessor processor = ImagingAdapters.imageIoProcessor();
            System.out.println("variant formats: " + processor.variantFormats());
            Path warmupRoot = Files.createTempDirectory("media-bench-warmup");
            try {
                run(inputs.subList(0, Math.min(warmup, inputs.size())), inputsDir, processor,
                        StoreAdapters.filesystem(warmupRoot), workers);
            } finally {
                deleteTree(warmupRoot);
            }

            System.gc();
            Peaks peaks = Peaks.start();
            Path root = Files.createTempDirectory("media-bench-store");
            try {
                ObjectStore store = StoreAdapters.filesystem(root);
                Machine before = Machine.now();
                long start = System.nanoTime();
                long[] nanos = run(inputs, inputsDir, processor, store, workers);
                long elapsed = System.nanoTime() - start;
                Machine after = Machine.now();
                long objects;
                long storedBytes;
                try (Stream<ObjectStore.ListedObject> listed = store.list("")) {
                    long[] countAndBytes = listed.mapToLong(ObjectStore.ListedObject::length)
                            .collect(() -> new long[2], (a, length) -> { a[0]++; a[1] += length; },
                                    (a, b) -> { a[0] += b[0]; a[1] += b[1]; });
                    objects = countAndBytes[0];
                    storedBytes = countAndBytes[1];
                }
                long expected = (long) inputs.size() * (1 + 3L * processor.variantFormats().size());
                if (objects != expected) {
                    throw new IllegalStateException("The store holds " + objects + " objects, not " + expected);
                }
                report(new Run(inputs.size(), threads, elapsed, nanos, before, after, peaks.read(), objects,
                        storedBytes), results);
            } finally {
                deleteTree(root);
            }
        } finally {
            workers.shutdownNow();
        }
    }

    /** The inputs, always the same for one count: the first {@code n} of one seeded sequence. */
    static List<Input> mix(int n) {
        SplittableRandom random = new SplittableRandom(MIX_SEED);
        List<Input> inputs = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int kind = random.nextInt(10);
            double aspect = ASPECTS[random.nextInt(ASPECTS.length)];
            ImageType type = kind == 9 ? ImageType.PNG : ImageType.JPEG;
            int longSide = switch (kind) {
                case 6, 7, 8 -> 2400 + random.nextInt(1601);
                case 9 -> 900 + random.nextInt(201);
                default -> 1200 + random.nextInt(801);
            };
            int width = aspect >= 1 ? longSide : (int) Math.round(longSide * aspect);
            int height = aspect >= 1 ? (int) Math.round(longSide / aspect) : longSide;
            inputs.add(new Input(i, type, width, height));
        }
        return inputs;
    }

    private static long drawMissing(List<Input> inputs, Path dir, ExecutorService workers) throws Exception {
        Files.createDirectories(dir);
        List<Future<?>> drawing = new ArrayList<>();
        for (Input input : inputs) {
            Path file = dir.resolve(input.fileName());
            if (!Files.exists(file)) {
                drawing.add(workers.submit(() -> {
                    Path partial = dir.resolve("." + input.fileName());
                    Files.write(partial, input.draw());
                    return Files.move(partial, file);
                }));
            }
        }
        for (Future<?> each : drawing) {
            each.get();
        }
        return drawing.size();
    }

    /** @return the nanoseconds each image took, from reading its file to its last variant stored. */
    private static long[] run(List<Input> inputs, Path dir, ImageProcessor processor, ObjectStore store,
                              ExecutorService workers) throws Exception {
        ImageLimits limits = ImageLimits.defaults();
        List<Future<Long>> done = new ArrayList<>(inputs.size());
        for (Input input : inputs) {
            done.add(workers.submit(() -> {
                long start = System.nanoTime();
                byte[] original = Files.readAllBytes(dir.resolve(input.fileName()));
                DecodedImage image = processor.inspect(original, limits);
                String prefix = "vendor/" + VENDOR + "/" + image.contentHash().hex() + "/";
                store.put(ObjectKey.of(prefix + "original." + image.type().extension()), original,
                        image.type().contentType());
                for (Variant variant : processor.variants(image)) {
                    store.put(ObjectKey.of(prefix + variant.fileName()), variant.openStream(), variant.length(),
                            variant.contentType());
                }
                return System.nanoTime() - start;
            }));
        }
        long[] nanos = new long[inputs.size()];
        for (int i = 0; i < nanos.length; i++) {
            nanos[i] = done.get(i).get();
        }
        return nanos;
    }

    private static void report(Run run, String results) throws IOException {
        long[] sorted = run.nanos().clone();
        Arrays.sort(sorted);
        double seconds = run.elapsedNanos() / 1e9;
        double cpuSeconds = (run.after().cpuNanos() - run.before().cpuNanos()) / 1e9;
        double steal = run.after().stealShareSince(run.before());
        String jvm = String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments());
        System.out.printf(Locale.ROOT, """
                        images: %d, threads: %d, %s
                        total: %.1f s, %.2f images/s
                        per image: p50 %.0f ms, p99 %.0f ms, max %.0f ms
                        process CPU: %.1f s (%.0f ms per image), GC: %d collections, %.1f s
                        CPU stolen by the hypervisor: %.1f %%; load average at start: %s
                        peak RSS (VmHWM since the warm-up): %d MB; peak heap (sum of pool peaks): %d MB; \
                        largest heap after a GC: %d MB; max heap: %d MB
                        stored: %d objects, %.0f MB
                        JVM: %s%n""",
                run.images(), run.threads(), Runtime.version(), seconds, run.images() / seconds,
                millis(percentile(sorted, 0.50)), millis(percentile(sorted, 0.99)), millis(sorted[sorted.length - 1]),
                cpuSeconds, 1000 * cpuSeconds / run.images(), run.after().gcCount() - run.before().gcCount(),
                (run.after().gcMillis() - run.before().gcMillis()) / 1000d, 100 * steal, run.before().load(),
                run.peaks().rssKb() / 1024, run.peaks().heapPeakBytes() >> 20, run.peaks().liveAfterGcBytes() >> 20,
                Runtime.getRuntime().maxMemory() >> 20, run.objects(), run.storedBytes() / 1e6, jvm);
        if (results != null && !results.isBlank()) {
            Path file = Path.of(results);
            if (!Files.exists(file)) {
                Files.createDirectories(file.toAbsolutePath().getParent());
                Files.writeString(file, "| date (UTC) | images | threads | total s | images/s | CPU ms per image "
                        + "| p50 / p99 ms | peak RSS MB | peak heap MB (pools) | live heap MB (after GC) | GC s "
                        + "| stolen | load at start | JVM |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
            }
            Files.writeString(file, String.format(Locale.ROOT,
                    "| %s | %d | %d | %.1f | %.2f | %.0f | %.0f / %.0f | %d | %d | %d | %.1f | %.1f %% | %s | `%s` |%n",
                    Instant.now().toString().substring(0, 19), run.images(), run.threads(), seconds,
                    run.images() / seconds, 1000 * cpuSeconds / run.images(), millis(percentile(sorted, 0.50)),
                    millis(percentile(sorted, 0.99)), run.peaks().rssKb() / 1024, run.peaks().heapPeakBytes() >> 20,
                    run.peaks().liveAfterGcBytes() >> 20,
                    (run.after().gcMillis() - run.before().gcMillis()) / 1000d, 100 * steal, run.before().load(),
                    jvm), StandardOpenOption.APPEND);
        }
    }

    private static long percentile(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }

    private static String setting(String name, String otherwise) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? otherwise : value;
    }

    private static int intSetting(String name, int otherwise) {
        return Integer.parseInt(setting(name, Integer.toString(otherwise)));
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private record Run(int images, int threads, long elapsedNanos, long[] nanos, Machine before, Machine after,
                       Peaks.Reading peaks, long objects, long storedBytes) {
    }

    /** The process's CPU time and collections, and the machine's stolen and total CPU ticks, at one moment. */
    private record Machine(long cpuNanos, long gcCount, long gcMillis, long stealTicks, long totalTicks,
                           String load) {

        static Machine now() throws IOException {
            long count = 0;
            long millis = 0;
            for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                count += Math.max(0, gc.getCollectionCount());
                millis += Math.max(0, gc.getCollectionTime());
            }
            // first line of /proc/stat: cpu user nice system idle iowait irq softirq steal ...
            String[] cpu = Files.readAllLines(Path.of("/proc/stat")).getFirst().trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < Math.min(cpu.length, 9); i++) {
                total += Long.parseLong(cpu[i]);
            }
            long cpuNanos = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                    .getProcessCpuTime();
            String load = Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
            return new Machine(cpuNanos, count, millis, Long.parseLong(cpu[8]), total, load);
        }

        double stealShareSince(Machine before) {
            long total = totalTicks - before.totalTicks;
            return total == 0 ? 0 : (double) (stealTicks - before.stealTicks) / total;
        }
    }

    /** Peak memory from the moment {@link #start} was called. */
    private static final class Peaks {

        private final AtomicLong liveAfterGc = new AtomicLong();

        record Reading(long rssKb, long heapPeakBytes, long liveAfterGcBytes) {
        }

        static Peaks start() throws IOException {
            Peaks peaks = new Peaks();
            Set<String> heapPools = new HashSet<>();
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                pool.resetPeakUsage();
                if (pool.getType() == MemoryType.HEAP) {
                    heapPools.add(pool.getName());
                }
            }
            // "5" resets the peak resident set size (Linux 4.0 and later)
            Files.writeString(Path.of("/proc/self/clear_refs"), "5", StandardCharsets.US_ASCII);
            for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                ((NotificationEmitter) gc).addNotificationListener((notification, handback) -> {
                    if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION
                            .equals(notification.getType())) {
                        var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                        long used = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                                .filter(pool -> heapPools.contains(pool.getKey()))
                                .mapToLong(pool -> pool.getValue().getUsed()).sum();
                        peaks.liveAfterGc.accumulateAndGet(used, Math::max);
                    }
                }, null, null);
            }
            return peaks;
        }

        Reading read() throws IOException {
            long heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(pool -> pool.getType() == MemoryType.HEAP)
                    .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
            long rss = Files.readAllLines(Path.of("/proc/self/status")).stream()
                    .filter(line -> line.startsWith("VmHWM:"))
                    .mapToLong(line -> Long.parseLong(line.replaceAll("\\D", ""))).findFirst().orElse(-1);
            return new Reading(rss, heap, liveAfterGc.get());
        }
    }
}
