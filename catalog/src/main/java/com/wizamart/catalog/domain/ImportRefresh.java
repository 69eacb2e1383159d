package com.wizamart.catalog.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The refresh of a vendor's published products after one import job: its summary and whether it was applied, or
 * held by the {@link RefreshGuardrail} for the vendor to approve or reject. One per import job.
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

    public ImportRefresh(UUID id, UUID vendorId, UUID jobId, String marketplace, String language,
                         RefreshStatus status, String holdReason, RefreshSummary summary, Instant createdAt,
                         Instant decidedAt, UUID decidedBy) {
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
    }

    /** A refresh being planned: held until {@link #decide} says otherwise, so nothing half-planned is applied. */
    public static ImportRefresh planning(UUID vendorId, UUID jobId, String marketplace, String language) {
        return new ImportRefresh(UUID.randomUUID(), vendorId, jobId, marketplace, language, RefreshStatus.HELD, null,
                RefreshSummary.EMPTY, Instant.now(), null, null);
    }

    /**
     * Records the planned summary and asks the guardrail.
     *
     * @return whether the refresh may be applied now (otherwise it stays held).
     */
    public boolean decide(RefreshSummary planned, RefreshGuardrail guardrail) {
        this.summary = planned;
        this.holdReason = guardrail.holdReason(planned).orElse(null);
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
}
