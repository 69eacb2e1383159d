package com.wizamart.catalog.adapter.in.event;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import com.wizamart.catalog.application.ImportRefreshes;
import com.wizamart.marketplace.ImportCompleted;

/** The catalog's answers to marketplace events. */
@Component
class MarketplaceEventsListener {

    private final ImportRefreshes refreshes;

    MarketplaceEventsListener(ImportRefreshes refreshes) {
        this.refreshes = refreshes;
    }

    /**
     * Refreshes the published products whose staged source the import changed (or holds the refresh for the
     * vendor's approval). Idempotent: one refresh per import job.
     */
    @ApplicationModuleListener(id = "catalog.refresh-published-products")
    void on(ImportCompleted event) {
        refreshes.refresh(event);
    }
}
