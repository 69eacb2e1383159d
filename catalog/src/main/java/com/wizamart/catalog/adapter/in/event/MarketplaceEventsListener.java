package com.wizamart.catalog.adapter.in.event;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

import com.wizamart.catalog.application.CatalogRefreshing;
import com.wizamart.marketplace.ImportCompleted;

/** The catalog's answers to marketplace events. */
@Component
class MarketplaceEventsListener {

    private final CatalogRefreshing refreshes;

    MarketplaceEventsListener(CatalogRefreshing refreshes) {
        this.refreshes = refreshes;
    }

    /**
     * Refreshes the published products whose staged source the import changed (or holds the refresh for the
     * vendor's approval). Idempotent: one refresh per import job. A refresh that fails is recorded as such (for the
     * vendor to retry) and the event is done with: it is never retried silently.
     */
    // no transaction of its own: the refresh runs in its own, and records a failure in another (ADR 0019)
    @ApplicationModuleListener(id = "catalog.refresh-published-products", propagation = Propagation.NOT_SUPPORTED)
    void on(ImportCompleted event) {
        refreshes.refresh(event);
    }
}
