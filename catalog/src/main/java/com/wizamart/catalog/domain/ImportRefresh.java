package com.wizamart.catalog.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The refresh of a vendor's published products after one import job: its summary and whether it was applied, or
 * held for the vendor to approve or reject (as the vendor's {@link RefreshReview} and the operator's
 * {@link RefreshGuardrail} decide), or failed (for the vendor to retry). One per import job.
 */
public final class ImportRefresh {

    private final UUID id;
    private final UUID vendorId;
    private final UUID jobId;
    private final String marketplace;
    private final String language;
    private RefreshStatus status;
    private String holdReason;
    private RefreshSummary summary;
    private final Instant createdAt;
    private Instant decidedAt;
    private UUID decidedBy;
    private String failure;

    public ImportRefresh(UUID id, UUID vendorId, UUID jobId, String marketplace, String language,
                         RefreshStatus status, String holdReason, RefreshSummary summary, Instant createdAt,
                         Instant decidedAt, UUID decidedBy, String failure) {
        this.id = Objects.requireNonNull(id, "id");
        this.vendorId = Objects.requireNonNull(vendorId, "vendorId");
        this.jobId = Objects.requireNonNull(jobId, "jobId");
        this.marketplace = marketplace;
        this.language = language;
        this.status = Objects.requireNonNull(status, "status");
        this.holdReason = holdReason;
        this.summary = summary == null ? RefreshSummary.EMPTY : summary;
        this.createdAt = createdAt == null ? Instant.now() : createdAt;
        this.decidedAt = decidedAt;
        this.decidedBy = decidedBy;
        this.failure = failure;
    }

    /** A refresh being planned: held until {@link #decide} says otherwise, so nothing half-planned is applied. */
    public static ImportRefresh planning(UUID vendorId, UUID jobId, String marketplace, String language) {
        return new ImportRefresh(UUID.randomUUID(), vendorId, jobId, marketplace, language, RefreshStatus.HELD, null,
                RefreshSummary.EMPTY, Instant.now(), null, null, null);
    }

    /**
     * Records the planned summary and decides whether it waits for the vendor.
     *
     * @param review    the vendor's choice of which refreshes to review.
     * @param guardrail the operator's guardrail, for {@link RefreshReview#GUARDED}.
     * @return whether the refresh may be applied now (otherwise it stays held).
     */
    public boolean decide(RefreshSummary planned, RefreshReview review, RefreshGuardrail guardrail) {
        this.summary = planned;
        this.holdReason = review.holdReason(planned, guardrail).orElse(null);
        this.status = holdReason == null ? RefreshStatus.APPLIED : RefreshStatus.HELD;
        return status == RefreshStatus.APPLIED;
    }

    /** The vendor approves a held refresh (then it is applied). */
    public void approve(UUID by) {
        requireHeld();
        status = RefreshStatus.APPROVED;
        decidedAt = Instant.now();
        decidedBy = by;
    }

    /** The vendor rejects a held refresh: nothing of it is applied. */
    public void reject(UUID by) {
        requireHeld();
        status = RefreshStatus.REJECTED;
        decidedAt = Instant.now();
        decidedBy = by;
    }

    /** Records what applying it did (products applied and skipped). */
    public void applied(int productsApplied, int productsSkipped) {
        summary = summary.withOutcomes(productsApplied, productsSkipped);
    }

    /**
     * An unexpected error stopped the refresh; nothing of the attempt was applied.
     *
     * @param message what the vendor is told (never internals).
     */
    public void fail(String message) {
        status = RefreshStatus.FAILED;
        failure = message;
    }

    /**
     * The vendor retries a failed refresh that failed while its approved plan was applied: it is applied again, as
     * approved by them.
     */
    public void retryApproved(UUID by) {
        requireFailed();
        status = RefreshStatus.APPROVED;
        failure = null;
        decidedAt = Instant.now();
        decidedBy = by;
    }

    /** The vendor retries a failed refresh that has no plan: it is planned anew (and may be held). */
    public void retryPlanning() {
        requireFailed();
        status = RefreshStatus.HELD;
        failure = null;
        holdReason = null;
        summary = RefreshSummary.EMPTY;
    }

    private void requireFailed() {
        if (status != RefreshStatus.FAILED) {
            throw CatalogException.refreshNotFailed(status);
        }
    }

    private void requireHeld() {
        if (status != RefreshStatus.HELD) {
            throw CatalogException.refreshNotHeld(status);
        }
    }

    public UUID id() { return id; }
    public UUID vendorId() { return vendorId; }
    public UUID jobId() { return jobId; }
    public String marketplace() { return marketplace; }
    public String language() { return language; }
    public RefreshStatus status() { return status; }
    public String holdReason() { return holdReason; }
    public RefreshSummary summary() { return summary; }
    public Instant createdAt() { return createdAt; }
    public Instant decidedAt() { return decidedAt; }
    public UUID decidedBy() { return decidedBy; }
    /** Why it failed ({@literal null} unless {@code FAILED}). */
    public String failure() { return failure; }
}
