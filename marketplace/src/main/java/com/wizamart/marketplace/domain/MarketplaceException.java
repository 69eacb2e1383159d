package com.wizamart.marketplace.domain;

import java.util.Map;
import java.util.UUID;

import com.wizamart.sharedkernel.DomainException;

/** The marketplace module's business errors. */
public final class MarketplaceException extends DomainException {

    private MarketplaceException(Kind kind, String code, String message, Map<String, Object> details) {
        super(kind, code, message, details);
    }

    public static MarketplaceException jobNotFound() {
        return new MarketplaceException(Kind.NOT_FOUND, "IMPORT_JOB_NOT_FOUND", "Import job not found.", Map.of());
    }

    public static MarketplaceException productNotFound() {
        return new MarketplaceException(Kind.NOT_FOUND, "MARKETPLACE_PRODUCT_NOT_FOUND",
                "Marketplace product not found.", Map.of());
    }

    public static MarketplaceException alreadyRunning(UUID runningJobId) {
        return new MarketplaceException(Kind.CONFLICT, "IMPORT_ALREADY_RUNNING",
                "An import of this marketplace and language is already running: " + runningJobId + ".",
                Map.of("runningJobId", runningJobId.toString()));
    }

    /** Another upload of the marketplace and language is being received: its job does not exist yet. */
    public static MarketplaceException uploadInProgress() {
        return new MarketplaceException(Kind.CONFLICT, "IMPORT_ALREADY_RUNNING",
                "A feed of this marketplace and language is being uploaded right now.", Map.of());
    }

    public static MarketplaceException unknownMarketplace(String name) {
        return new MarketplaceException(Kind.VALIDATION, "UNKNOWN_MARKETPLACE",
                "No marketplace named '" + name + "'.", Map.of());
    }

    public static MarketplaceException noFeedUrl(String marketplace, String language) {
        return new MarketplaceException(Kind.VALIDATION, "NO_FEED_URL",
                "No " + marketplace + " feed URL is configured for language '" + language
                        + "'; add a feed source (PUT /api/v1/vendor/marketplace/feed-sources) or pass sourceUrl.",
                Map.of());
    }

    public static MarketplaceException notCancellable() {
        return new MarketplaceException(Kind.CONFLICT, "IMPORT_NOT_CANCELLABLE", "The import job already finished.",
                Map.of());
    }
}
