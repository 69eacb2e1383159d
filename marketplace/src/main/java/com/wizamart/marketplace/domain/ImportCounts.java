package com.wizamart.marketplace.domain;

/**
 * What a job did to staging so far.
 *
 * @param rowsProcessed records read (products and row errors).
 * @param created       staged products created.
 * @param updated       staged products changed.
 * @param unchanged     rows identical to what was staged (nothing rewritten).
 * @param failed        rows that could not be imported.
 */
public record ImportCounts(long rowsProcessed, long created, long updated, long unchanged, long failed) {

    public static final ImportCounts ZERO = new ImportCounts(0, 0, 0, 0, 0);

    public ImportCounts plus(ImportCounts other) {
        return new ImportCounts(rowsProcessed + other.rowsProcessed, created + other.created,
                updated + other.updated, unchanged + other.unchanged, failed + other.failed);
    }
}
