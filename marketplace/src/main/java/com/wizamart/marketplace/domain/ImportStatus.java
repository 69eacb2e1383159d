package com.wizamart.marketplace.domain;

/** Where an import job is: {@code PENDING -> RUNNING -> COMPLETED | COMPLETED_WITH_ERRORS | FAILED | CANCELLED}. */
public enum ImportStatus {
    PENDING, RUNNING, COMPLETED, COMPLETED_WITH_ERRORS, FAILED, CANCELLED;

    /** Whether the job has ended: nothing runs it any more, and its status, counts and message stay as they are. */
    public boolean isFinal() {
        return this != PENDING && this != RUNNING;
    }

    /**
     * The status an import that read its whole feed ends in: {@code COMPLETED_WITH_ERRORS} when a row could not be
     * imported or was an error of its own (an id appearing again), {@code COMPLETED} otherwise. Warnings (optional
     * values dropped from rows that were imported) alone leave it {@code COMPLETED}.
     *
     * @param errorCount the job's row errors in total (not its warnings).
     */
    public static ImportStatus completed(ImportCounts counts, long errorCount) {
        return counts.failed() > 0 || errorCount > 0 ? COMPLETED_WITH_ERRORS : COMPLETED;
    }
}
