package com.wizamart.media.adapter.in.event;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

import com.wizamart.catalog.ProductPublished;
import com.wizamart.catalog.ProductRemoved;
import com.wizamart.catalog.ProductUpdated;
import com.wizamart.media.application.FeedImageSync;

/**
 * Keeps products' feed images in line with the catalog, after the catalog's transaction committed: a published
 * product's links are fetched, a changed product's links synced (and, after a refresh from its feed, due links asked
 * again), a removed product's images let go. No transaction around the listeners: the sync runs its own and hands the
 * fetches over once it is over. The event publication registry delivers again what did not complete; the sync is
 * idempotent.
 */
@Component
class CatalogEventsListener {

    private final FeedImageSync sync;

    CatalogEventsListener(FeedImageSync sync) {
        this.sync = sync;
    }

    @ApplicationModuleListener(id = "media.product-published", propagation = Propagation.NOT_SUPPORTED)
    void on(ProductPublished event) {
        sync.sync(event.vendorId(), event.productId(), true);
    }

    @ApplicationModuleListener(id = "media.product-updated", propagation = Propagation.NOT_SUPPORTED)
    void on(ProductUpdated event) {
        boolean fromFeed = ProductUpdated.IMPORT_REFRESH.equals(event.cause());
        if (fromFeed || event.fields().contains("images")) {
            sync.sync(event.vendorId(), event.productId(), fromFeed);
        }
    }

    @ApplicationModuleListener(id = "media.product-removed", propagation = Propagation.NOT_SUPPORTED)
    void on(ProductRemoved event) {
        sync.sync(event.vendorId(), event.productId(), false);
    }
}
