package com.wizamart.marketplace.spi;

/**
 * A record the platform said it holds exactly as read ({@link KnownRecords#holds}), handed over without being
 * normalized: the platform counts it as unchanged.
 *
 * @param position   where the record starts in the source ({@link FeedRecord#position()}).
 * @param externalId the id the reader asked about.
 */
public record UnchangedRecord(long position, String externalId) implements FeedRecord {
}
