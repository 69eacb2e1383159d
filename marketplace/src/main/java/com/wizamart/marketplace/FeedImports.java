package com.wizamart.marketplace;

import java.io.IOException;
import java.io.InputStream;
import java.util.UUID;

/** Starting imports from other modules (demo data, tools). */
public interface FeedImports {

    /**
     * Stores the feed and queues its import for the vendor.
     *
     * @return the import job's id.
     * @throws com.wizamart.sharedkernel.DomainException {@code IMPORT_ALREADY_RUNNING} and validation errors.
     */
    UUID importFeed(UUID vendorId, String marketplace, String language, InputStream feed, String filename)
            throws IOException;
}
