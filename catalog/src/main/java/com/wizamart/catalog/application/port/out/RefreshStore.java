package com.wizamart.catalog.application.port.out;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

import com.wizamart.catalog.domain.FieldChange;
import com.wizamart.catalog.domain.ImportRefresh;
import com.wizamart.catalog.domain.RefreshStatus;

/** Refreshes of published products after imports, and their field changes (vendor-owned, Row-Level Security). */
public interface RefreshStore {

    /** @throws org.springframework.dao.DuplicateKeyException when the job already has a refresh. */
    void insert(ImportRefresh refresh);

    void update(ImportRefresh refresh);

    boolean existsForJob(UUID jobId);

    Optional<ImportRefresh> find(UUID id);

    Page<ImportRefresh> list(RefreshStatus status, UUID jobId, Pageable pageable);

    /** Stores the planned changes of some products (one statement per call). */
    void insertChanges(UUID refreshId, List<ProductChanges> changes);

    /** Pending changes of up to {@code limit} products after {@code afterProductId}, in product id order. */
    List<ProductChanges> pendingChanges(UUID refreshId, UUID afterProductId, int limit);

    /** Records the outcome of each change (one statement per call). */
    void recordOutcomes(UUID refreshId, List<ProductChanges> outcomes);

    /** Marks every pending change {@code REJECTED}. */
    void rejectPending(UUID refreshId);

    Page<RefreshChange> changes(UUID refreshId, Pageable pageable);

    /** The changes of one product. */
    record ProductChanges(UUID productId, List<FieldChange> changes) {
    }

    /**
     * One stored change, with the product's SKU ({@literal null} when the product was deleted since).
     */
    record RefreshChange(UUID productId, String sku, String field, String from, String to,
                         FieldChange.Outcome outcome) {
    }
}
