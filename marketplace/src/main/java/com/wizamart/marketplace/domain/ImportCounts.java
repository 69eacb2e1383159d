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

    /** @throws IllegalArgumentException when a count is negative. */
    public ImportCounts {
        if (rowsProcessed < 0 || created < 0 || updated < 0 || unchanged < 0 || failed < 0) {
            throw new IllegalArgumentException("import counts cannot be negative: " + rowsProcessed + " rows, "
                    + created + " created, " + updated + " updated, " + unchanged + " unchanged, " + failed
                    + " failed");
        }
    }

    /** These counts and {@code other}'s together (a job's counts after one more chunk). */
    public ImportCounts plus(ImportCounts other) {
        return new ImportCounts(rowsProcessed + other.rowsProcessed, created + other.created,
                updated + other.updated, unchanged + other.unchanged, failed + other.failed);
    }
}
