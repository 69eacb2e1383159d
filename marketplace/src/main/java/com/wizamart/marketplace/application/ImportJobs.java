package com.wizamart.marketplace.application;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.wizamart.marketplace.FeedImports;
import com.wizamart.marketplace.application.port.out.FeedStorage;
import com.wizamart.marketplace.application.port.out.ImportJobStore;
import com.wizamart.marketplace.config.MarketplaceProperties;
import com.wizamart.marketplace.domain.ImportJob;
import com.wizamart.marketplace.domain.ImportStatus;
import com.wizamart.marketplace.domain.MarketplaceException;
import com.wizamart.marketplace.spi.FeedRowError;
import com.wizamart.marketplace.spi.MarketplaceAdapter;
import com.wizamart.sharedkernel.DomainException;
import com.wizamart.sharedkernel.UnavailableException;
import com.wizamart.sharedkernel.ValidationException;
import com.wizamart.tenancy.FeedSource;
import com.wizamart.tenancy.VendorContext;
import com.wizamart.tenancy.VendorScope;
import com.wizamart.tenancy.Vendors;

/**
 * Starting, watching and cancelling imports. One job per vendor, marketplace and language runs at a time (a database constraint, so it holds across instances); an upload is refused before any of
 * its bytes are stored when that job exists, or when an upload of the same is being received here.
 */
@Service
public class ImportJobs implements FeedImports {

    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);

    private final ImportJobStore jobs;
    private final FeedStorage storage;
    private final ApplicationEventPublisher events;
    private final MarketplaceAdapters adapters;
    private final MarketplaceProperties properties;
    private final Vendors vendors;
    private final VendorScope vendorScope;
    private final TransactionTemplate transactions;
    private final ImportDispatcher dispatcher;
    private final Set<Receiving> receiving = ConcurrentHashMap.newKeySet();

    ImportJobs(ImportJobStore jobs, FeedStorage storage, ApplicationEventPublisher events,
               MarketplaceAdapters adapters, MarketplaceProperties properties, Vendors vendors, VendorScope vendorScope,
               PlatformTransactionManager transactionManager, ImportDispatcher dispatcher) {
        this.dispatcher = dispatcher;
        this.jobs = jobs;
        this.storage = storage;
        this.events = events;
        this.adapters = adapters;
        this.properties = properties;
        this.vendors = vendors;
        this.vendorScope = vendorScope;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** Imports from the given URL, or from the vendor's feed source of the marketplace and language. */
    @Transactional
    public ImportJob triggerFromUrl(String marketplace, String language, String sourceUrl, UUID requestedBy) {
        MarketplaceAdapter adapter = adapters.get(marketplace);
        String lang = adapters.language(adapter, language);
        boolean given = sourceUrl != null && !sourceUrl.isBlank();
        // a given URL follows the feed sources' rule; a feed source's was checked when it was set (the fetch checks
        // it again, as it checks every URL)
        String url = given ? FeedSource.normalisedUrl(sourceUrl.strip())
                .orElseThrow(() -> ValidationException.of("sourceUrl", FeedSource.URL_RULE))
                : feedSourceUrl(adapter.name(), lang);
        if (url == null) {
            throw MarketplaceException.noFeedUrl(adapter.name(), lang);
        }
        // the feed source's URL is the team's setting, kept from those who may only start imports: the job names it
        String name = given ? ImportJob.shownUrl(url) : "feed source " + adapter.name() + "/" + lang;
        return enqueue(ImportJob.pending(VendorContext.require(), adapter.name(), lang, ImportJob.Source.URL, url,
                null, name, null, requestedBy));
    }

    /**
     * Imports an uploaded feed. Nothing of the feed is read before the checks that may refuse it: a declared size
     * over the limit (413 {@code PAYLOAD_TOO_LARGE}), an import of the marketplace and language pending or running,
     * or an upload of them being received by this instance (409 {@code IMPORT_ALREADY_RUNNING}), the disk budget (503
     * {@code UPLOAD_CAPACITY}). Then the feed streams to storage, counted as it arrives (413 beyond the limit, the
     * partial file deleted), and the job is queued. No transaction is held while the feed arrives.
     */
    public ImportJob triggerFromUpload(String marketplace, String language, IncomingFeed feed, UUID requestedBy)
            throws IOException {
        long max = properties.maxUploadSize().toBytes();
        if (feed.declaredLength() > max + IncomingFeed.ENVELOPE_BYTES) {
            throw tooLarge(max);
        }
        UUID vendorId = VendorContext.require();
        Receiving key = transactions.execute(status -> {
            MarketplaceAdapter adapter = adapters.get(marketplace);
            String lang = adapters.language(adapter, language);
            activeJob(adapter.name(), lang).ifPresent(running -> {
                throw MarketplaceException.alreadyRunning(running);
            });
            return new Receiving(vendorId, adapter.name(), lang);
        });
        if (!receiving.add(key)) {
            throw MarketplaceException.uploadInProgress();
        }
        try {
            FeedStorage.StoredFeed stored;
            String filename;
            long room = feed.declaredLength() < 0 ? max : Math.min(feed.declaredLength(), max);
            try (FeedStorage.Reservation reservation = storage.reserve(room,
                    properties.uploads().diskBudget().toBytes())) {
                IncomingFeed.Content content = feed.open();
                filename = content.filename();
                stored = storage.store(content.stream(), max);
            } catch (FeedStorage.FullException e) {
                throw new UnavailableException("UPLOAD_CAPACITY",
                        "The platform is receiving too many feeds right now; try again later.",
                        properties.uploads().retryAfter());
            } catch (FeedStorage.TooLargeException | IncomingFeed.TooLargeException e) {
                throw tooLarge(max);
            } catch (IncomingFeed.MalformedException e) {
                throw new DomainException(DomainException.Kind.BAD_REQUEST, "MALFORMED_REQUEST", e.getMessage());
            }
            if (stored.size() == 0) {
                storage.delete(stored.name());
                throw ValidationException.of("file", "must not be empty");
            }
            try {
                return transactions.execute(status -> enqueue(ImportJob.pending(vendorId, key.marketplace(),
                        key.language(), ImportJob.Source.UPLOAD, null, stored.name(), filename, stored.size(),
                        requestedBy)));
            } catch (RuntimeException e) {
                storage.delete(stored.name());
                throw e;
            }
        } finally {
            receiving.remove(key);
        }
    }

    private static DomainException tooLarge(long max) {
        return new DomainException(DomainException.Kind.TOO_LARGE, "PAYLOAD_TOO_LARGE",
                "The feed is larger than " + max + " bytes.");
    }

    /** An upload of a vendor's feed of one marketplace and language, being received by this instance. */
    private record Receiving(UUID vendorId, String marketplace, String language) {
    }

    @Override
    @Transactional
    public UUID importFeed(UUID vendorId, String marketplace, String language, InputStream feed, String filename)
            throws IOException {
        try {
            return vendorScope.callAs(vendorId, () -> {
                try {
                    return triggerFromUpload(marketplace, language, IncomingFeed.of(feed, filename), null).id();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private Optional<UUID> activeJob(String marketplace, String language) {
        return jobs.list(new ImportJobStore.JobQuery(VendorContext.require(), ImportStatus.RUNNING, marketplace, language),
                        Pageable.ofSize(1)).stream().findFirst().map(ImportJob::id)
                .or(() -> jobs.list(new ImportJobStore.JobQuery(VendorContext.require(), ImportStatus.PENDING,
                        marketplace, language), Pageable.ofSize(1)).stream().findFirst().map(ImportJob::id));
    }

    private ImportJob enqueue(ImportJob job) {
        Optional<UUID> running = jobs.insertUnlessActive(job);
        if (running.isPresent()) {
            throw MarketplaceException.alreadyRunning(running.get());
        }
        // The job engine reads the job row from its own connection: hand it over only once the row is committed.
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                // the first hand-over: the engine job of the import's own id
                events.publishEvent(new ImportHandedOver(job.id(), job.vendorId(), job.id()));
            }
        });
        return job;
    }

    /**
     * Cancels a pending import at once (its uploaded feed is deleted once that commits: no run of it will) or asks
     * the running one to stop (its run deletes the feed).
     */
    @Transactional
    public ImportJob cancel(UUID jobId) {
        ImportJob job = get(jobId);
        if (job.status().isFinal() || !jobs.requestCancel(jobId)) {
            throw MarketplaceException.notCancellable();
        }
        ImportJob cancelled = get(jobId);
        if (cancelled.status().isFinal()) {
            // a pending import ended at once: no run of it will delete its file or hand the vendor's queue on
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    if (cancelled.sourceFile() != null) {
                        storage.delete(cancelled.sourceFile());
                    }
                    try {
                        dispatcher.handOverQueued(cancelled.vendorId());
                    } catch (RuntimeException e) {
                        log.warn("The vendor's queued imports could not be handed over; the sweep will", e);
                    }
                }
            });
        }
        return cancelled;
    }

    @Transactional(readOnly = true)
    public ImportJob get(UUID jobId) {
        return jobs.find(jobId).orElseThrow(MarketplaceException::jobNotFound);
    }

    @Transactional(readOnly = true)
    public Page<ImportJob> list(ImportStatus status, String marketplace, String language, Pageable pageable) {
        return jobs.list(new ImportJobStore.JobQuery(VendorContext.require(), status, marketplace, language), pageable);
    }

    /** All vendors' jobs, for platform admins. */
    @Transactional(readOnly = true)
    public Page<ImportJob> listAcrossVendors(UUID vendorId, ImportStatus status, Pageable pageable) {
        return vendorScope.acrossVendors("admin list of import jobs",
                () -> jobs.list(new ImportJobStore.JobQuery(vendorId, status, null, null), pageable));
    }

    /** Any vendor's job, for platform admins (an explicit, logged cross-vendor read). */
    @Transactional(readOnly = true)
    public ImportJob getAcrossVendors(UUID jobId) {
        return vendorScope.acrossVendors("admin view of an import job", () -> get(jobId));
    }

    /** Any vendor's job's row errors, for platform admins: read as the job's vendor. */
    @Transactional(readOnly = true)
    public Page<FeedRowError> errorsAcrossVendors(UUID jobId, Pageable pageable) {
        UUID vendorId = getAcrossVendors(jobId).vendorId();
        return vendorScope.callAs(vendorId, () -> errors(jobId, pageable));
    }

    /** As {@link #errorsAcrossVendors(UUID, Pageable)}, all of them, in order, for a download. */
    @Transactional(readOnly = true)
    public void forEachErrorAcrossVendors(UUID jobId, Consumer<FeedRowError> consumer) {
        UUID vendorId = getAcrossVendors(jobId).vendorId();
        vendorScope.callAs(vendorId, () -> {
            forEachError(jobId, consumer);
            return null;
        });
    }

    @Transactional(readOnly = true)
    public Page<FeedRowError> errors(UUID jobId, Pageable pageable) {
        get(jobId);
        return jobs.errors(jobId, pageable);
    }

    @Transactional(readOnly = true)
    public void forEachError(UUID jobId, Consumer<FeedRowError> consumer) {
        get(jobId);
        jobs.forEachError(jobId, consumer);
    }

    /** The URL of the bound vendor's feed source of the marketplace and language, {@literal null} when none. */
    private String feedSourceUrl(String marketplace, String language) {
        return vendors.feedSources(VendorContext.require()).stream()
                .filter(s -> s.marketplace().equals(marketplace) && s.language().equals(language))
                .map(FeedSource::url).findFirst().orElse(null);
    }
}
