package com.wizamart.marketplace.domain;

/** Where an import job is: {@code PENDING -> RUNNING -> COMPLETED | COMPLETED_WITH_ERRORS | FAILED | CANCELLED}. */
public enum ImportStatus {
    PENDING, RUNNING, COMPLETED, COMPLETED_WITH_ERRORS, FAILED, CANCELLED;

    public boolean isFinal() {
        return this != PENDING && this != RUNNING;
    }
}
