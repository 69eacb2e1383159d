package com.wizamart.marketplace.application;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import com.wizamart.marketplace.application.port.out.ImportJobStore;
import com.wizamart.marketplace.application.port.out.ImportJobStore.QuietJob;
import com.wizamart.marketplace.application.port.out.JobEngine;
import com.wizamart.marketplace.application.port.out.JobEngine.Outlook;
import com.wizamart.marketplace.config.MarketplaceProperties;
import com.wizamart.tenancy.VendorScope;

/**
 * The safety net under {@link ImportRunner}: ends, as {@code FAILED}, imports that stopped without ending, so that
 * none blocks the next import of its feed for good. The runner fails a job itself on any failure it sees; this is
 * for the ones it could not write (the database stayed away through the last retry, the instance died for good). A
 * running import whose row has not changed for a minute is failed when
 * <ul>
 *   <li>the job engine gave up on it (failed with no retry left, or deleted): nothing will run it again;</li>
 *   <li>or the engine has no run of it coming (its last run returned, or it does not know the job) and the row has
 *       not changed for longer than {@code wizamart.marketplace.stall-timeout}. A running job the engine does not
 *       know is handed over again after a minute ({@link ImportDispatcher#handOverStale()}); this ends it only if that
 *       never works.</li>
 * </ul>
 * A job the engine runs, has queued or will retry is left alone, however long it waits for a worker; so is a pending
 * one (queued behind its vendor's running imports, or waiting for its hand-over: the dispatcher's). When a job is
 * failed, the vendor's next queued import is handed over.
 */
@Service
public class AbandonedImports {

    private static final Logger log = LoggerFactory.getLogger(AbandonedImports.class);
    /** How long an active import's row must be unchanged before it is looked at. */
    static final Duration QUIET = Duration.ofMinutes(1);

    private final ImportJobStore jobs;
    private final JobEngine engine;
    private final ImportRunner runner;
    private final ImportDispatcher dispatcher;
    private final VendorScope vendorScope;
    private final Duration stallTimeout;

    AbandonedImports(ImportJobStore jobs, JobEngine engine, ImportRunner runner, ImportDispatcher dispatcher,
                     VendorScope vendorScope, MarketplaceProperties properties) {
        this.dispatcher = dispatcher;
        this.jobs = jobs;
        this.engine = engine;
        this.runner = runner;
        this.vendorScope = vendorScope;
        this.stallTimeout = properties.stallTimeout();
    }

    /** @return how many imports were failed. */
    public int failAll() {
        Instant now = Instant.now();
        List<QuietJob> quiet = vendorScope.acrossVendors("find imports that stopped without ending",
                () -> jobs.runningUnchangedSince(now.minus(QUIET)));
        int failed = 0;
        for (QuietJob candidate : quiet) {
            try {
                if (abandoned(candidate, engine.outlook(candidate.engineJobId()), now)) {
                    runner.failStopped(candidate.job().id(), candidate.job().vendorId());
                    failed++;
                    dispatcher.handOverQueued(candidate.job().vendorId());
                }
            } catch (RuntimeException e) {
                // the next round tries again; the other jobs need not wait for it
                log.warn("Could not fail stopped import {}", candidate.job().id(), e);
            }
        }
        if (failed > 0) {
            log.warn("Failed {} import(s) that had stopped without ending", failed);
        }
        return failed;
    }

    private boolean abandoned(QuietJob candidate, Outlook outlook, Instant now) {
        return switch (outlook) {
            case GAVE_UP -> true;
            case SUCCEEDED, UNKNOWN -> candidate.lastChange().isBefore(now.minus(stallTimeout));
            case WILL_RUN, RUNNING -> false;
        };
    }
}
