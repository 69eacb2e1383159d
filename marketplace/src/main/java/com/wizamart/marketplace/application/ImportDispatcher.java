package com.wizamart.marketplace.application;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

import com.wizamart.marketplace.application.port.out.ImportJobStore;
import com.wizamart.marketplace.application.port.out.ImportJobStore.ActiveJob;
import com.wizamart.marketplace.application.port.out.JobEngine;
import com.wizamart.marketplace.application.port.out.JobEngine.Outlook;
import com.wizamart.marketplace.config.MarketplaceProperties;
import com.wizamart.marketplace.domain.ImportStatus;
import com.wizamart.tenancy.VendorScope;

/**
 * Hands imports to the job engine's workers, at most {@code max-running-imports-per-vendor} running per vendor across
 * all instances, so one vendor's slow feeds never hold every worker while another vendor's import waits.
 * <p>
 * A worker claims its import under a database lock on the vendor's slots: it starts the import when the vendor has a
 * free slot and the import is among the vendor's oldest waiting ones; otherwise the import stays {@code PENDING}
 * (queued) and the worker ends at once, free for other vendors. When an import ends, the vendor's oldest queued
 * imports are handed to the engine again, each as an engine job of a fresh id (the engine runs an id once). The
 * import row records the engine job it was handed to; once running, only that engine job (which the engine retries,
 * and runs again after its instance died, under the same id) may resume it, so duplicate hand-overs never run one
 * import twice. Each hand-over, once committed, is announced ({@link ImportHandedOver}) for the job adapter to queue.
 * A recurring sweep repairs what a dead instance or a lost hand-over left behind.
 */
@Service
public class ImportDispatcher {

    private static final Logger log = LoggerFactory.getLogger(ImportDispatcher.class);
    static final String QUEUED_MESSAGE = "Queued behind another running import of this vendor.";

    private final ImportJobStore jobs;
    private final ApplicationEventPublisher events;
    private final JobEngine engine;
    private final VendorScope vendorScope;
    private final int maxRunning;
    /** How long a pending or running import may go untouched before the sweep checks its hand-over. */
    private final Duration stale;

    ImportDispatcher(ImportJobStore jobs, ApplicationEventPublisher events, JobEngine engine, VendorScope vendorScope,
                     MarketplaceProperties properties) {
        this.jobs = jobs;
        this.events = events;
        this.engine = engine;
        this.vendorScope = vendorScope;
        this.maxRunning = properties.maxRunningImportsPerVendor();
        this.stale = properties.handOverAfter();
    }

    /** What claiming an import for an engine job found. */
    public record Claim(Outcome outcome, int attempt) {

        static final Claim QUEUED = new Claim(Outcome.QUEUED, 0);
        static final Claim TAKEN = new Claim(Outcome.TAKEN, 0);
        static final Claim ENDED = new Claim(Outcome.ENDED, 0);

        public boolean started() {
            return outcome == Outcome.STARTED;
        }
    }

    public enum Outcome {
        /** The engine job runs the import now (first start, or resuming it), as attempt {@link Claim#attempt()}. */
        STARTED,
        /** The vendor runs as many imports as allowed, or older ones wait: the import stays pending. */
        QUEUED,
        /** Another engine job runs the import. */
        TAKEN,
        /** The import has ended (or does not exist). */
        ENDED
    }

    /** Claims the import for the engine job {@code engineJobId}. */
    public Claim claim(UUID jobId, UUID vendorId, UUID engineJobId) {
        Claim claim = claimSlot(jobId, vendorId, engineJobId);
        if (claim.started() && maxRunning > 1) {
            // younger imports this one's claim found queued behind it may start beside it
            handOverQueued(vendorId);
        }
        return claim;
    }

    private Claim claimSlot(UUID jobId, UUID vendorId, UUID engineJobId) {
        return vendorScope.callAs(vendorId, () -> {
            jobs.lockSlots(vendorId);
            List<ActiveJob> active = jobs.active(vendorId);
            ActiveJob job = active.stream().filter(j -> j.id().equals(jobId)).findFirst().orElse(null);
            if (job == null) {
                return Claim.ENDED;
            }
            if (job.status() == ImportStatus.RUNNING) {
                return runsOn(job).equals(engineJobId) ? start(jobId, engineJobId) : Claim.TAKEN;
            }
            long running = active.stream().filter(j -> j.status() == ImportStatus.RUNNING).count();
            List<ActiveJob> waiting = active.stream().filter(j -> j.status() == ImportStatus.PENDING).toList();
            if (waiting.indexOf(job) >= maxRunning - running) {
                // the hand-over this engine job was ends here; one of the vendor's ending imports hands it over again
                jobs.handOver(jobId, engineJobId.equals(job.engineJobId()) ? null : job.engineJobId(), QUEUED_MESSAGE);
                return Claim.QUEUED;
            }
            return start(jobId, engineJobId);
        });
    }

    /** Ends (or cancels) do not take the slot lock: one that committed since {@link ImportJobStore#active} read stays. */
    private Claim start(UUID jobId, UUID engineJobId) {
        int attempt = jobs.start(jobId, engineJobId, Instant.now());
        return attempt == 0 ? Claim.ENDED : new Claim(Outcome.STARTED, attempt);
    }

    /** Hands the vendor's oldest queued imports to the engine, as many as the vendor has free slots. */
    public void handOverQueued(UUID vendorId) {
        handOver(vendorId, null);
    }

    /**
     * The sweep (every minute, once across the cluster): imports untouched for a minute whose hand-over the engine
     * no longer has (the instance died between committing the import and handing it over, or after it ended one of
     * the vendor's imports; a running import's engine job is unknown to the engine) are handed over again. A running
     * import whose engine job failed for good is not: {@link AbandonedImports} fails it, its attempts spent.
     */
    public void handOverStale() {
        Instant before = Instant.now().minus(stale);
        List<UUID> vendors = vendorScope.acrossVendors("re-queue stale imports",
                () -> jobs.vendorsWithActiveJobsUntouchedSince(before));
        for (UUID vendorId : vendors) {
            try {
                handOver(vendorId, before);
            } catch (RuntimeException e) {
                log.warn("Imports of vendor {} could not be handed over again; the next sweep tries again", vendorId, e);
            }
        }
    }

    /**
     * @param staleBefore {@literal null}: hand over only imports nobody was handed (queued ones); otherwise also those
     *                    untouched since then whose engine job the engine no longer has.
     */
    private void handOver(UUID vendorId, Instant staleBefore) {
        List<HandOver> handOvers = vendorScope.callAs(vendorId, () -> {
            jobs.lockSlots(vendorId);
            List<HandOver> handed = new ArrayList<>();
            long running = 0;
            List<ActiveJob> active = jobs.active(vendorId);
            for (ActiveJob job : active) {
                if (job.status() == ImportStatus.RUNNING) {
                    running++;
                    // one the engine never had (or purged) is resumed; one it gave up on is AbandonedImports' to fail
                    if (lost(job, runsOn(job), staleBefore, EnumSet.of(Outlook.UNKNOWN))) {
                        handed.add(handOver(job));
                    }
                }
            }
            long free = maxRunning - running;
            for (ActiveJob job : active) {
                if (job.status() == ImportStatus.PENDING && free-- > 0
                        && (job.engineJobId() == null || lost(job, job.engineJobId(), staleBefore,
                        EnumSet.of(Outlook.UNKNOWN, Outlook.SUCCEEDED, Outlook.GAVE_UP)))) {
                    handed.add(handOver(job));
                }
            }
            return handed;
        });
        for (HandOver handOver : handOvers) {
            log.info("Import {} handed to the job engine as {}", handOver.jobId(), handOver.engineJobId());
            events.publishEvent(new ImportHandedOver(handOver.jobId(), vendorId, handOver.engineJobId()));
        }
    }

    private HandOver handOver(ActiveJob job) {
        UUID engineJobId = UUID.randomUUID();
        jobs.handOver(job.id(), engineJobId, null);
        return new HandOver(job.id(), engineJobId);
    }

    private boolean lost(ActiveJob job, UUID engineJobId, Instant staleBefore, Set<Outlook> lostWhen) {
        return staleBefore != null && job.touchedAt().isBefore(staleBefore)
                && lostWhen.contains(engine.outlook(engineJobId));
    }

    /** A job started before engine jobs were recorded runs on the engine job of its own id. */
    private static UUID runsOn(ActiveJob job) {
        return job.engineJobId() != null ? job.engineJobId() : job.id();
    }

    private record HandOver(UUID jobId, UUID engineJobId) {
    }
}
