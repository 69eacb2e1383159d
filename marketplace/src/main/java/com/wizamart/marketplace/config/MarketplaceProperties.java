package com.wizamart.marketplace.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import com.wizamart.sharedkernel.net.AddressRange;
import com.wizamart.sharedkernel.net.OutboundAddressPolicy;

/**
 * Marketplace import settings ({@code wizamart.marketplace.*}).
 *
 * @param storageDirectory where uploaded and downloaded feeds wait for their job (shared storage when several
 *                         instances run).
 * @param maxUploadSize    largest feed accepted by upload (413 beyond) or download.
 * @param chunkSize        rows written to staging per transaction; progress is visible after each chunk.
 * @param maxStoredErrors  row errors kept per job (the total is always counted).
 * @param fetch            how vendor feed URLs are fetched.
 * @param uploads          how much disk uploads may take while they wait for their import.
 * @param stallTimeout     how long a running import's row may stay unchanged, while the job engine neither runs
 *                         nor will run it, before the import is failed as stopped (see {@code AbandonedImports}).
 * @param maxRunningImportsPerVendor imports of one vendor running at once, across all instances; the vendor's further
 *                         imports wait {@code PENDING} until one ends, so one vendor's slow feeds never hold every
 *                         worker while another vendor's import waits.
 * @param readers          the threads that read the feeds of the imports this instance runs.
 * @param handOverAfter    how long a pending or running import may go untouched before the minutely sweep checks
 *                         its hand-over to the job engine (and hands it over again when the engine lost it).
 */
@ConfigurationProperties("wizamart.marketplace")
public record MarketplaceProperties(@DefaultValue(".wizamart/feeds") Path storageDirectory,
                                    @DefaultValue("512MB") DataSize maxUploadSize,
                                    @DefaultValue("5000") int chunkSize,
                                    @DefaultValue("1000") int maxStoredErrors,
                                    @DefaultValue Fetch fetch,
                                    @DefaultValue Uploads uploads,
                                    @DefaultValue("10m") Duration stallTimeout,
                                    @DefaultValue("1") int maxRunningImportsPerVendor,
                                    @DefaultValue Readers readers,
                                    @DefaultValue("1m") Duration handOverAfter) {

    public MarketplaceProperties {
        if (maxRunningImportsPerVendor < 1) {
            throw new IllegalArgumentException("wizamart.marketplace.max-running-imports-per-vendor must be at least 1");
        }
        if (handOverAfter.isNegative() || handOverAfter.isZero()) {
            throw new IllegalArgumentException("wizamart.marketplace.hand-over-after must be positive");
        }
    }

    /**
     * @param connectTimeout  connection timeout.
     * @param readTimeout     socket read timeout.
     * @param maxRedirects    redirects followed (each hop re-checked).
     * @param allowedHosts    host names or addresses that may be fetched although they are private or local; empty
     *                        in production (tests and local demos list {@code localhost}/{@code 127.0.0.1}).
     * @param deadline        longest a download may take, from the request to the last byte; the job fails beyond.
     * @param minRate         fewest bytes per second a download must average over every {@code minRateWindow} of its
     *                        body (zero: no minimum); a server trickling the feed is cut off about a window after it
     *                        slowed down, not after the read timeout, which every single byte resets.
     * @param minRateWindow   the span the rate is averaged over.
     * @param refusedRanges   address ranges in CIDR notation refused on top of the internal ones (e.g. the operator's
     *                        own NAT64 prefix, {@code 64:ff9b:abcd::/96}); empty by default. Checked at start-up.
     */
    public record Fetch(@DefaultValue("10s") Duration connectTimeout, @DefaultValue("60s") Duration readTimeout,
                        @DefaultValue("3") int maxRedirects, @DefaultValue List<String> allowedHosts,
                        @DefaultValue("15m") Duration deadline, @DefaultValue("10KB") DataSize minRate,
                        @DefaultValue("60s") Duration minRateWindow, @DefaultValue List<String> refusedRanges) {

        public Fetch {
            refusedRanges = refusedRanges == null ? List.of() : List.copyOf(refusedRanges);
            // a range that is not one fails the start, not the first fetch
            refusedRanges.forEach(AddressRange::parse);
        }

        /** The SSRF guard these settings describe: internal addresses and {@code refusedRanges} refused. */
        public OutboundAddressPolicy addressPolicy() {
            return OutboundAddressPolicy.allowing(allowedHosts == null ? List.of() : allowedHosts, refusedRanges);
        }
    }

    /**
     * @param diskBudget  most bytes the feeds waiting in the storage directory and the uploads being received by this
     *                    instance may take together; an upload that could go beyond is refused with 503
     *                    {@code UPLOAD_CAPACITY}. An upload of unknown length (chunked) counts as
     *                    {@code max-upload-size}, so keep this at least that large.
     * @param retryAfter  the {@code Retry-After} such a refusal answers.
     */
    public record Uploads(@DefaultValue("2GB") DataSize diskBudget, @DefaultValue("60s") Duration retryAfter) {
    }

    /**
     * The {@code importReaders} executor: each running import reads its feed on one of its threads while its job
     * engine worker writes the chunks (see {@code ChunkPipeline}); its metrics are {@code executor_*{name="importReaders"}}.
     *
     * @param coreSize       threads kept once started; as many as imports run on this instance (the job engine's
     *                       workers, {@code jobrunr.background-job-server.worker-count}) read without waiting.
     * @param maxSize        threads at most; those beyond {@code coreSize} start only while the queue is full, and end
     *                       after a minute without work.
     * @param queueCapacity  readings that wait for a thread (their imports run without progress until one is free);
     *                       beyond it an import waits to hand its reading over, asking again every 200 ms. Either
     *                       wait ends when the import is cancelled; no import is failed or lost for want of a reader.
     */
    public record Readers(@DefaultValue("2") int coreSize, @DefaultValue("2") int maxSize,
                          @DefaultValue("2") int queueCapacity) {

        public Readers {
            if (coreSize < 1 || maxSize < coreSize || queueCapacity < 0) {
                throw new IllegalArgumentException("wizamart.marketplace.readers: core-size must be at least 1, "
                        + "max-size at least core-size, queue-capacity at least 0");
            }
        }
    }
}
