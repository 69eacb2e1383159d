package com.wizamart.catalog.application;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.wizamart.catalog.CatalogProperties;
import com.wizamart.catalog.ProductUpdated;
import com.wizamart.catalog.application.port.out.ProductStore;
import com.wizamart.catalog.application.port.out.RefreshStore;
import com.wizamart.catalog.application.port.out.RefreshStore.ProductChanges;
import com.wizamart.catalog.application.port.out.RefreshStore.RefreshChange;
import com.wizamart.catalog.application.port.out.StockPort;
import com.wizamart.catalog.domain.CatalogException;
import com.wizamart.catalog.domain.FieldChange;
import com.wizamart.catalog.domain.ImportRefresh;
import com.wizamart.catalog.domain.Product;
import com.wizamart.catalog.domain.ProductField;
import com.wizamart.catalog.domain.RefreshGuardrail;
import com.wizamart.catalog.domain.RefreshStatus;
import com.wizamart.catalog.domain.RefreshSummary;
import com.wizamart.marketplace.ImportCompleted;
import com.wizamart.marketplace.StagedCatalog;
import com.wizamart.marketplace.StagedProductView;
import com.wizamart.tenancy.Actor;
import com.wizamart.tenancy.AuditEntry;
import com.wizamart.tenancy.AuditTrail;
import com.wizamart.tenancy.VendorScope;

/**
 * Refreshing published products after an import: the products whose staged source the import changed get the
 * feed's new values in every field the vendor did not lock. Each import gets a {@link RefreshSummary}; a refresh
 * that looks destructive ({@link RefreshGuardrail}) is held until the vendor approves or rejects it.
 *
 * <p>Planning writes every change (with its old and new value) before anything is applied, so a held refresh shows
 * exactly what it would do, and approving it later applies only changes whose field still holds the planned old
 * value (the vendor's edits since, and newer imports, win).
 */
@Service
public class ImportRefreshes {

    private static final Logger log = LoggerFactory.getLogger(ImportRefreshes.class);

    private final RefreshStore refreshes;
    private final ProductStore products;
    private final StagedCatalog staged;
    private final StockPort stock;
    private final ProductAvailability availability;
    private final ApplicationEventPublisher events;
    private final VendorScope vendorScope;
    private final CatalogProperties.Refresh properties;
    private final RefreshGuardrail guardrail;
    private final AuditTrail audit;

    ImportRefreshes(RefreshStore refreshes, ProductStore products, StagedCatalog staged, StockPort stock,
                    ProductAvailability availability, ApplicationEventPublisher events, VendorScope vendorScope,
                    CatalogProperties properties, AuditTrail audit) {
        this.audit = audit;
        this.refreshes = refreshes;
        this.products = products;
        this.staged = staged;
        this.stock = stock;
        this.availability = availability;
        this.events = events;
        this.vendorScope = vendorScope;
        this.properties = properties.refresh();
        this.guardrail = new RefreshGuardrail(this.properties.maxChangedShare(),
                this.properties.maxZeroedStockShare(), this.properties.minPublishedProducts());
    }

    /**
     * Plans the refresh for a completed import and applies it unless the guardrail holds it. Idempotent: a job that
     * already has a refresh is left alone.
     */
    @Transactional
    public void refresh(ImportCompleted event) {
        vendorScope.runAs(event.vendorId(), () -> {
            if (refreshes.existsForJob(event.jobId())) {
                return;
            }
            ImportRefresh refresh = ImportRefresh.planning(event.vendorId(), event.jobId(), event.marketplace(),
                    event.language());
            refreshes.insert(refresh);
            RefreshSummary planned = plan(refresh);
            long inStaging = staged.countWithLanguage(event.vendorId(), event.marketplace(), event.language());
            long goodRows = event.created() + event.updated() + event.unchanged();
            planned = planned.withTotals(products.countFromImports(), (int) Math.max(0, inStaging - goodRows));
            if (refresh.decide(planned, guardrail)) {
                apply(refresh);
            } else {
                log.info("Import {} of vendor {}: refresh held ({})", event.jobId(), event.vendorId(),
                        refresh.holdReason());
            }
            refreshes.update(refresh);
        });
    }

    private RefreshSummary plan(ImportRefresh refresh) {
        RefreshSummary summary = RefreshSummary.EMPTY;
        UUID after = null;
        while (true) {
            List<StagedProductView> page = staged.publishedChangedBy(refresh.vendorId(), refresh.jobId(), after,
                    properties.pageSize());
            if (page.isEmpty()) {
                return summary;
            }
            Map<UUID, Product> bySource = products.findBySource(page.stream().map(StagedProductView::id).toList());
            List<ProductChanges> planned = new ArrayList<>();
            for (StagedProductView source : page) {
                Product product = bySource.get(source.id());
                if (product == null) {
                    continue;
                }
                List<FieldChange> changes = product.planRefresh(StagedFacts.of(source));
                summary = summary.plus(changes);
                planned.add(new ProductChanges(product.id(), changes));
            }
            refreshes.insertChanges(refresh.id(), planned);
            if (page.size() < properties.pageSize()) {
                return summary;
            }
            after = page.getLast().id();
        }
    }

    /** Applies the pending changes, product by product, with their stock through inventory. */
    private void apply(ImportRefresh refresh) {
        UUID after = null;
        while (true) {
            List<ProductChanges> page = refreshes.pendingChanges(refresh.id(), after, properties.pageSize());
            if (page.isEmpty()) {
                return;
            }
            Map<UUID, Product> byId = new java.util.HashMap<>();
            products.findAll(page.stream().map(ProductChanges::productId).toList())
                    .forEach(p -> byId.put(p.id(), p));
            List<UUID> stockChanged = new ArrayList<>();
            List<ProductChanges> results = new ArrayList<>();
            for (ProductChanges pending : page) {
                Product product = byId.get(pending.productId());
                List<FieldChange> outcomes = product == null
                        ? pending.changes().stream().map(c -> c.with(FieldChange.Outcome.SKIPPED_STALE)).toList()
                        : product.applyRefresh(pending.changes());
                results.add(new ProductChanges(pending.productId(), outcomes));
                Set<String> applied = new LinkedHashSet<>();
                outcomes.stream().filter(c -> c.outcome() == FieldChange.Outcome.APPLIED)
                        .forEach(c -> applied.add(c.field()));
                if (product == null || applied.isEmpty()) {
                    continue;
                }
                products.update(product);
                outcomes.stream().filter(c -> c.outcome() == FieldChange.Outcome.APPLIED
                        && ProductField.QUANTITY.equals(c.field())).findFirst().ifPresent(c -> {
                            stock.setStockFromFeed(refresh.vendorId(), product.id(), Integer.parseInt(c.to()));
                            stockChanged.add(product.id());
                        });
                events.publishEvent(new ProductUpdated(product.id(), refresh.vendorId(), applied,
                        ProductUpdated.IMPORT_REFRESH));
            }
            refreshes.recordOutcomes(refresh.id(), results);
            availability.sync(refresh.vendorId(), stockChanged);
            if (page.size() < properties.pageSize()) {
                return;
            }
            after = page.getLast().productId();
        }
    }

    @Transactional(readOnly = true)
    public Page<ImportRefresh> list(RefreshStatus status, UUID jobId, Pageable pageable) {
        return refreshes.list(status, jobId, pageable);
    }

    @Transactional(readOnly = true)
    public ImportRefresh get(UUID id) {
        return refreshes.find(id).orElseThrow(CatalogException::refreshNotFound);
    }

    @Transactional(readOnly = true)
    public Page<RefreshChange> changes(UUID id, Pageable pageable) {
        get(id);
        return refreshes.changes(id, pageable);
    }

    /**
     * Applies a held refresh: every change whose field is unlocked and still holds the value it had when the
     * refresh was planned.
     *
     * @throws CatalogException {@code CATALOG_REFRESH_NOT_FOUND}, {@code CATALOG_REFRESH_NOT_HELD}.
     */
    @Transactional
    public ImportRefresh approve(UUID id, Actor actor) {
        ImportRefresh refresh = get(id);
        RefreshStatus before = refresh.status();
        refresh.approve(actor.id());
        apply(refresh);
        refreshes.update(refresh);
        audited("CATALOG_REFRESH_APPROVED", refresh, before, actor);
        return refresh;
    }

    /**
     * Drops a held refresh: nothing of it is applied. The next import that changes these products plans them anew.
     *
     * @throws CatalogException {@code CATALOG_REFRESH_NOT_FOUND}, {@code CATALOG_REFRESH_NOT_HELD}.
     */
    @Transactional
    public ImportRefresh reject(UUID id, Actor actor) {
        ImportRefresh refresh = get(id);
        RefreshStatus before = refresh.status();
        refresh.reject(actor.id());
        refreshes.rejectPending(refresh.id());
        refreshes.update(refresh);
        audited("CATALOG_REFRESH_REJECTED", refresh, before, actor);
        return refresh;
    }

    /** The vendor's decision on a held refresh, named after its import (marketplace, language, day). */
    private void audited(String action, ImportRefresh refresh, RefreshStatus before, Actor actor) {
        String name = refresh.marketplace() + " import (" + refresh.language() + ") of "
                + refresh.createdAt().toString().substring(0, 10);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", refresh.status().name());
        after.put("jobId", refresh.jobId().toString());
        after.put("productsChanged", refresh.summary().productsChanged());
        audit.record(new AuditEntry(actor, action, refresh.vendorId(), "catalog_refresh", refresh.id().toString(),
                name, Map.of("status", before.name(), "holdReason", String.valueOf(refresh.holdReason())), after));
    }
}
