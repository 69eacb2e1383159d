package com.wizamart.catalog.application;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import com.wizamart.catalog.ProductUpdated;
import com.wizamart.catalog.application.port.in.RefreshChange;
import com.wizamart.catalog.application.port.out.ProductStore;
import com.wizamart.catalog.application.port.out.RefreshStore;
import com.wizamart.catalog.application.port.out.RefreshStore.ChangeFilter;
import com.wizamart.catalog.application.port.out.RefreshStore.ProductChanges;
import com.wizamart.catalog.application.port.out.RefreshStore.ProductOutcomes;
import com.wizamart.catalog.config.CatalogProperties;
import com.wizamart.catalog.domain.CatalogException;
import com.wizamart.catalog.domain.ChangeReason;
import com.wizamart.catalog.domain.FieldChange;
import com.wizamart.catalog.domain.ImportRefresh;
import com.wizamart.catalog.domain.Product;
import com.wizamart.catalog.domain.ProductField;
import com.wizamart.catalog.domain.RefreshGuardrail;
import com.wizamart.catalog.domain.RefreshReview;
import com.wizamart.catalog.domain.RefreshRules;
import com.wizamart.catalog.domain.RefreshStatus;
import com.wizamart.catalog.domain.RefreshSummary;
import com.wizamart.catalog.domain.SourceFacts;
import com.wizamart.marketplace.ImportCompleted;
import com.wizamart.marketplace.ImportRefreshReport;
import com.wizamart.marketplace.ImportRefreshReports;
import com.wizamart.marketplace.StagedCatalog;
import com.wizamart.marketplace.StagedProductView;
import com.wizamart.tenancy.Actor;
import com.wizamart.tenancy.AuditEntry;
import com.wizamart.tenancy.AuditTrail;
import com.wizamart.tenancy.VendorContext;
import com.wizamart.tenancy.VendorScope;

/**
 * Refreshing published products after an import: the products whose staged source the import changed (and those a
 * previous refresh of the marketplace skipped) get the feed's new values in every field the vendor did not lock, as
 * the vendor's rules allow (who owns stock and prices, rejected values). Each import gets a {@link RefreshSummary}; a
 * refresh the vendor's {@link RefreshReview} setting asks to review (by default: one that looks destructive to the
 * operator's {@link RefreshGuardrail}) is held until the vendor approves or rejects it.
 *
 * <p>Planning writes every change (with its old and new value) before anything is applied, so a held refresh shows
 * exactly what it would do, and approving it later applies only changes whose field still holds the planned old
 * value (the vendor's edits since, and newer imports, win).
 *
 * <p>A refresh is applied product by product: a change that cannot be applied (stock held by orders, changed
 * meanwhile) is recorded with its reason and the rest applies; nothing of it throws inside the refresh's transaction.
 * An unexpected error stops the attempt: its transaction rolls back, and the refresh is recorded {@code FAILED} in a
 * transaction of its own, for the vendor to retry ({@link #retry}); it is never retried silently. Each outcome is
 * reported on the import job ({@link ImportRefreshReports}).
 */
@Service
public class CatalogRefreshing {

    private static final Logger log = LoggerFactory.getLogger(CatalogRefreshing.class);

    private final RefreshStore refreshes;
    private final ProductStore products;
    private final StagedCatalog staged;
    private final FeedChanges feedChanges;
    private final AvailableQuantityTracking availableQuantities;
    private final ApplicationEventPublisher events;
    private final VendorScope vendorScope;
    private final CatalogProperties.Refresh properties;
    private final RefreshGuardrail guardrail;
    private final CatalogSetup settings;
    private final AuditTrail audit;
    private final ImportRefreshReports reports;
    private final TransactionTemplate ownTransaction;

    CatalogRefreshing(RefreshStore refreshes, ProductStore products, StagedCatalog staged, FeedChanges feedChanges,
                    AvailableQuantityTracking availableQuantities, ApplicationEventPublisher events, VendorScope vendorScope,
                    CatalogProperties properties, CatalogSetup settings, AuditTrail audit,
                    ImportRefreshReports reports, PlatformTransactionManager transactionManager) {
        this.audit = audit;
        this.settings = settings;
        this.refreshes = refreshes;
        this.products = products;
        this.staged = staged;
        this.feedChanges = feedChanges;
        this.availableQuantities = availableQuantities;
        this.events = events;
        this.vendorScope = vendorScope;
        this.reports = reports;
        this.properties = properties.refresh();
        this.guardrail = new RefreshGuardrail(this.properties.maxChangedShare(),
                this.properties.maxZeroedStockShare(), this.properties.minPublishedProducts());
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Plans the refresh for a completed import and applies it unless it is held for the vendor's review. Idempotent:
     * a job that already has a refresh is left alone. Runs in transactions of its own; an unexpected error is recorded
     * as a {@code FAILED} refresh (and this method returns normally) unless even that cannot be written, in which
     * case the error propagates.
     */
    public void refresh(ImportCompleted event) {
        vendorScope.runAs(event.vendorId(), () -> {
            try {
                inOwnTransaction(() -> {
                    if (refreshes.existsForJob(event.jobId())) {
                        return null;
                    }
                    ImportRefresh refresh = ImportRefresh.planning(event.vendorId(), event.jobId(),
                            event.marketplace(), event.language());
                    refreshes.insert(refresh);
                    attempt(refresh, () -> planAndDecide(refresh, event.created() + event.updated()
                            + event.unchanged()));
                    return null;
                });
            } catch (DuplicateKeyException concurrently) {
                log.info("Import {} of vendor {}: refreshed by another delivery of its event", event.jobId(),
                        event.vendorId());
            } catch (RefreshFailure failure) {
                recordFailure(failure, () -> refreshes.findForJob(event.jobId()).isPresent() ? Optional.empty()
                        : Optional.of(inserted(ImportRefresh.planning(event.vendorId(), event.jobId(),
                        event.marketplace(), event.language()))));
            }
        });
    }

    private ImportRefresh inserted(ImportRefresh refresh) {
        refreshes.insert(refresh);
        return refresh;
    }

    /**
     * Plans the refresh, decides whether it waits for the vendor (their review setting, the guardrail), applies it
     * unless held, and records the outcome (also on the import).
     *
     * @param goodRows the import's good rows, for the count of products missing from the feed; {@literal null} when
     *                 not known (then that count is unknown).
     */
    private void planAndDecide(ImportRefresh refresh, Long goodRows) {
        RefreshSummary planned = plan(refresh);
        Integer missing = null;
        if (goodRows != null) {
            long inStaging = staged.countWithLanguage(refresh.vendorId(), refresh.marketplace(), refresh.language());
            missing = (int) Math.max(0, inStaging - goodRows);
        }
        planned = planned.withTotals(products.countFromImports(), missing);
        if (refresh.decide(planned, settings.current().refreshReview(), guardrail)) {
            apply(refresh, Actor.system());
        } else {
            log.info("Import {} of vendor {}: refresh held ({})", refresh.jobId(), refresh.vendorId(),
                    refresh.holdReason());
        }
        refreshes.update(refresh);
        report(refresh);
    }

    /**
     * Plans the changes of the products whose staged source the job changed, then of the products a previous refresh
     * of the marketplace skipped (checked again even when the feed left their row unchanged).
     */
    private RefreshSummary plan(ImportRefresh refresh) {
        RefreshRules rules = feedChanges.vendorRules();
        RefreshSummary summary = RefreshSummary.EMPTY;
        UUID after = null;
        while (true) {
            List<StagedProductView> page = staged.publishedChangedBy(refresh.vendorId(), refresh.jobId(), after,
                    properties.pageSize());
            if (page.isEmpty()) {
                break;
            }
            Map<UUID, Product> bySource = products.findBySource(page.stream().map(StagedProductView::id).toList());
            Map<Product, SourceFacts> checked = new LinkedHashMap<>();
            for (StagedProductView source : page) {
                Product product = bySource.get(source.id());
                if (product != null) {
                    checked.put(product, StagedFacts.of(source));
                }
            }
            summary = planPage(refresh, rules, checked, summary);
            if (page.size() < properties.pageSize()) {
                break;
            }
            after = page.getLast().id();
        }
        UUID afterProduct = null;
        while (true) {
            List<UUID> carried = refreshes.carriedOver(refresh.marketplace(), afterProduct, properties.pageSize());
            if (carried.isEmpty()) {
                return summary;
            }
            Map<Product, SourceFacts> checked = new LinkedHashMap<>();
            for (Product product : products.findAll(carried)) {
                if (product.source() != null) {
                    staged.find(refresh.vendorId(), product.source().stagedProductId())
                            .ifPresent(source -> checked.put(product, StagedFacts.of(source)));
                }
            }
            summary = planPage(refresh, rules, checked, summary);
            refreshes.clearCarryOver(carried);
            if (carried.size() < properties.pageSize()) {
                return summary;
            }
            afterProduct = carried.getLast();
        }
    }

    /** Plans one page of products against their feed facts; rejections the feed moved on from are forgotten. */
    private RefreshSummary planPage(ImportRefresh refresh, RefreshRules vendorRules, Map<Product, SourceFacts> page,
                                    RefreshSummary summary) {
        if (page.isEmpty()) {
            return summary;
        }
        List<UUID> ids = page.keySet().stream().map(Product::id).toList();
        Map<UUID, RefreshRules> rules = feedChanges.planningRules(refresh.vendorId(), vendorRules, ids);
        List<ProductChanges> planned = new ArrayList<>();
        Map<UUID, Set<ProductField>> rejectionsOver = new HashMap<>();
        RefreshSummary result = summary;
        for (Map.Entry<Product, SourceFacts> e : page.entrySet()) {
            Product product = e.getKey();
            RefreshRules productRules = rules.get(product.id());
            Set<ProductField> over = productRules.rejectionsOverBy(e.getValue());
            if (!over.isEmpty()) {
                rejectionsOver.put(product.id(), over);
            }
            List<FieldChange> changes = feedChanges.plan(product, e.getValue(), productRules);
            result = result.plus(changes);
            planned.add(new ProductChanges(product.id(), changes));
        }
        refreshes.insertChanges(refresh.id(), planned);
        refreshes.forgetRejections(rejectionsOver);
        refreshes.clearCarryOver(ids);
        return result;
    }

    /**
     * Applies the pending changes, product by product (each product's row locked), with their stock through
     * inventory; products with a change skipped for a reason that may pass are carried over to the next refresh.
     */
    private void apply(ImportRefresh refresh, Actor actor) {
        RefreshRules vendorRules = feedChanges.vendorRules();
        UUID after = null;
        while (true) {
            List<ProductChanges> page = refreshes.pendingChanges(refresh.id(), after, properties.pageSize());
            if (page.isEmpty()) {
                break;
            }
            List<UUID> ids = page.stream().map(ProductChanges::productId).toList();
            Map<UUID, Product> byId = new HashMap<>();
            products.lockAll(ids).forEach(p -> byId.put(p.id(), p));
            Map<UUID, RefreshRules> rules = feedChanges.applyingRules(vendorRules, ids);
            List<UUID> stockChanged = new ArrayList<>();
            List<UUID> carry = new ArrayList<>();
            List<ProductChanges> results = new ArrayList<>();
            for (ProductChanges pending : page) {
                Product product = byId.get(pending.productId());
                if (product == null) {
                    results.add(new ProductChanges(pending.productId(), pending.changes().stream()
                            .map(c -> c.with(FieldChange.Outcome.SKIPPED_STALE, ChangeReason.PRODUCT_DELETED, null))
                            .toList()));
                    continue;
                }
                List<FieldChange> outcomes = feedChanges.apply(product, pending.changes(), rules.get(product.id()),
                        actor);
                results.add(new ProductChanges(product.id(), outcomes));
                if (outcomes.stream().anyMatch(c -> c.outcome() == FieldChange.Outcome.SKIPPED_STOCK_RESERVED
                        || c.outcome() == FieldChange.Outcome.SKIPPED_STALE)) {
                    carry.add(product.id());
                }
                Set<ProductField> applied = EnumSet.noneOf(ProductField.class);
                outcomes.stream().filter(c -> c.outcome() == FieldChange.Outcome.APPLIED)
                        .forEach(c -> applied.add(c.field()));
                if (applied.isEmpty()) {
                    continue;
                }
                products.update(product);
                if (applied.contains(ProductField.QUANTITY)) {
                    stockChanged.add(product.id());
                }
                events.publishEvent(new ProductUpdated(product.id(), refresh.vendorId(), ProductField.keys(applied),
                        ProductUpdated.IMPORT_REFRESH));
            }
            refreshes.recordOutcomes(refresh.id(), results);
            refreshes.carryOver(refresh.id(), refresh.marketplace(), carry);
            availableQuantities.sync(refresh.vendorId(), stockChanged);
            if (page.size() < properties.pageSize()) {
                break;
            }
            after = page.getLast().productId();
        }
        ProductOutcomes outcomes = refreshes.productOutcomes(refresh.id());
        refresh.applied(outcomes.applied(), outcomes.skipped());
    }

    /**
     * A page of the vendor's refreshes; each filter {@literal null} for any.
     *
     * @param productId only refreshes with a change of this product (another vendor's: none).
     */
    @Transactional(readOnly = true)
    public Page<ImportRefresh> list(RefreshStatus status, UUID jobId, UUID productId, Pageable pageable) {
        return refreshes.list(status, jobId, productId, pageable);
    }

    @Transactional(readOnly = true)
    public ImportRefresh get(UUID id) {
        return refreshes.find(id).orElseThrow(CatalogException::refreshNotFound);
    }

    /**
     * A page of the refresh's changes.
     *
     * @param outcomes only these outcomes; {@literal null} or empty for any.
     * @param skipped  only changes that could not be applied.
     * @param productId only the changes of this product; {@literal null} for any.
     * @throws CatalogException {@code CATALOG_REFRESH_NOT_FOUND}.
     */
    @Transactional(readOnly = true)
    public Page<RefreshChange> changes(UUID id, Set<FieldChange.Outcome> outcomes, boolean skipped, UUID productId,
                                       Pageable pageable) {
        get(id);
        return refreshes.changes(id, new ChangeFilter(outcomes == null ? Set.of() : Set.copyOf(outcomes), skipped,
                productId), pageable);
    }

    /**
     * Applies a held refresh: every change whose field is unlocked, owned by the feed, not rejected, and still holds
     * the value it had when the refresh was planned. A change that cannot be applied is skipped with its reason; an
     * unexpected error leaves the refresh {@code FAILED} (answered, not thrown), for the vendor to retry.
     *
     * @throws CatalogException {@code CATALOG_REFRESH_NOT_FOUND}, {@code CATALOG_REFRESH_NOT_HELD}.
     */
    public ImportRefresh approve(UUID id, Actor actor) {
        try {
            return inOwnTransaction(() -> {
                ImportRefresh refresh = locked(id);
                RefreshStatus before = refresh.status();
                refresh.approve(actor.id());
                attempt(refresh, () -> {
                    apply(refresh, actor);
                    refreshes.update(refresh);
                    report(refresh);
                });
                audited("CATALOG_REFRESH_APPROVED", refresh, before, actor);
                return refresh;
            });
        } catch (RefreshFailure failure) {
            return recordFailure(failure, () -> refreshes.find(id)).orElseThrow(CatalogException::refreshNotFound);
        }
    }

    /**
     * Retries a failed refresh: one that failed while its approved plan was applied is applied again (as approved by
     * {@code actor}); one that failed before it had a plan is planned anew, and may be held (as the vendor's review
     * setting says now).
     *
     * @throws CatalogException {@code CATALOG_REFRESH_NOT_FOUND}, {@code CATALOG_REFRESH_NOT_FAILED}.
     */
    public ImportRefresh retry(UUID id, Actor actor) {
        try {
            return inOwnTransaction(() -> {
                ImportRefresh refresh = locked(id);
                RefreshStatus before = refresh.status();
                if (refreshes.hasPending(id)) {
                    refresh.retryApproved(actor.id());
                    attempt(refresh, () -> {
                        apply(refresh, actor);
                        refreshes.update(refresh);
                        report(refresh);
                    });
                } else {
                    refresh.retryPlanning();
                    attempt(refresh, () -> {
                        refreshes.deleteChanges(id);
                        planAndDecide(refresh, null);
                    });
                }
                audited("CATALOG_REFRESH_RETRIED", refresh, before, actor);
                return refresh;
            });
        } catch (RefreshFailure failure) {
            return recordFailure(failure, () -> refreshes.find(id)).orElseThrow(CatalogException::refreshNotFound);
        }
    }

    /**
     * Drops a held refresh: nothing of it is applied, and each of its values is remembered as rejected for its
     * product and field: later imports keep it out while the feed presents that same value.
     *
     * @throws CatalogException {@code CATALOG_REFRESH_NOT_FOUND}, {@code CATALOG_REFRESH_NOT_HELD}.
     */
    @Transactional
    public ImportRefresh reject(UUID id, Actor actor) {
        ImportRefresh refresh = locked(id);
        RefreshStatus before = refresh.status();
        refresh.reject(actor.id());
        refreshes.rejectPending(refresh.id());
        refreshes.update(refresh);
        report(refresh);
        audited("CATALOG_REFRESH_REJECTED", refresh, before, actor);
        return refresh;
    }

    /** The refresh, locked: a second decision on it (a double click) waits, then finds it decided. */
    private ImportRefresh locked(UUID id) {
        return refreshes.lock(id).orElseThrow(CatalogException::refreshNotFound);
    }

    /** Tells the import job what became of its refresh. */
    private void report(ImportRefresh refresh) {
        String message = refresh.status() == RefreshStatus.FAILED ? refresh.failure()
                : refresh.status() == RefreshStatus.HELD ? refresh.holdReason() : null;
        reports.record(refresh.vendorId(), refresh.jobId(), new ImportRefreshReport(refresh.id(),
                refresh.status().name(), refresh.summary().productsApplied(), refresh.summary().productsSkipped(),
                message));
    }

    /** Runs the work of a refresh; an unexpected error becomes a {@link RefreshFailure} naming the refresh. */
    private static void attempt(ImportRefresh refresh, Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            throw new RefreshFailure(refresh.id(), e);
        }
    }

    /**
     * Records a failed attempt in a transaction of its own (the attempt's rolled back): the refresh {@code FAILED}
     * with a message for the vendor (the error itself is logged with the same reference), reported on the import.
     *
     * @param refresh the refresh to mark, or empty when there is nothing to mark.
     */
    private Optional<ImportRefresh> recordFailure(RefreshFailure failure, Supplier<Optional<ImportRefresh>> refresh) {
        String reference = UUID.randomUUID().toString().substring(0, 8);
        log.error("Refresh {} of vendor {} failed (reference {})", failure.refreshId, VendorContext.current()
                .orElse(null), reference, failure.getCause());
        return inOwnTransaction(() -> refresh.get().map(r -> {
            r.fail("The refresh stopped on an unexpected error and nothing of this attempt was applied; retry it."
                    + " Reference: " + reference + ".");
            refreshes.update(r);
            report(r);
            return r;
        }));
    }

    private <T> T inOwnTransaction(Supplier<T> work) {
        return ownTransaction.execute(status -> work.get());
    }

    /** The vendor's decision on a refresh, named after its import (marketplace, language, day). */
    private void audited(String action, ImportRefresh refresh, RefreshStatus before, Actor actor) {
        String name = refresh.marketplace() + " import (" + refresh.language() + ") of "
                + refresh.createdAt().toString().substring(0, 10);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", refresh.status().name());
        after.put("jobId", refresh.jobId().toString());
        after.put("productsChanged", refresh.summary().productsChanged());
        after.put("productsApplied", refresh.summary().productsApplied());
        after.put("productsSkipped", refresh.summary().productsSkipped());
        audit.record(new AuditEntry(actor, action, refresh.vendorId(), "catalog_refresh", refresh.id().toString(),
                name, Map.of("status", before.name(), "holdReason", String.valueOf(refresh.holdReason())), after));
    }

    /** An attempt at a refresh stopped on an unexpected error. */
    private static final class RefreshFailure extends RuntimeException {

        private final UUID refreshId;

        RefreshFailure(UUID refreshId, RuntimeException cause) {
            super(cause.getMessage(), cause);
            this.refreshId = refreshId;
        }
    }
}
