package com.wizamart.marketplace.spi;

import java.util.Map;

/**
 * What the platform already staged of the feed being read, for a reader to ask before it normalizes a record
 * ({@link FeedReader#next(KnownRecords)}): a record the platform holds exactly so is handed over as an
 * {@link UnchangedRecord}, without being normalized, so that importing an unchanged feed again costs little more than
 * parsing it. Asking is optional: a reader that never asks imports the same, only slower.
 */
@FunctionalInterface
public interface KnownRecords {

    /** Holds nothing: every record is normalized. */
    KnownRecords NONE = (externalId, raw) -> false;

    /**
     * Whether the platform holds this record exactly so. Cheap for records it does not know (most of a first import).
     *
     * @param externalId the record's id as the product's {@link FeedProduct#externalId()} would be.
     * @param raw        the record's raw values exactly as the product's {@link FeedProduct#raw()} would be, in the
     *                   same order: other values, or the same in another order, are never held.
     * @return whether the reader may hand over an {@link UnchangedRecord} instead of the product.
     */
    boolean holds(String externalId, Map<String, String> raw);
}
