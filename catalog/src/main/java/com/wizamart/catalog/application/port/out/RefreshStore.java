package com.wizamart.catalog.application.port.out;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

import com.wizamart.catalog.application.port.in.RefreshChange;
import com.wizamart.catalog.domain.FieldChange;
import com.wizamart.catalog.domain.ImportRefresh;
import com.wizamart.catalog.domain.ProductField;
import com.wizamart.catalog.domain.RefreshStatus;

/**
 * Refreshes of published products after imports, their field changes, the values vendors rejected and the products
 * carried over to the next refresh (all vendor-owned, Row-Level Security).
 */
public interface RefreshStore {

    /** @throws org.springframework.dao.DuplicateKeyException when the job already has a refresh. */
    void insert(ImportRefresh refresh);

    void update(ImportRefresh refresh);

    boolean existsForJob(UUID jobId);

    Optional<ImportRefresh> find(UUID id);

    /** As {@link #find}, the row locked until the transaction ends: decisions on one refresh take turns. */
    Optional<ImportRefresh> lock(UUID id);

    Optional<ImportRefresh> findForJob(UUID jobId);

    /**
     * Refreshes of the vendor, each filter {@literal null} for any.
     *
     * @param productId only refreshes with a change of this product.
     */
    Page<ImportRefresh> list(RefreshStatus status, UUID jobId, UUID productId, Pageable pageable);

    /** Stores the planned changes of some products (one statement per call). */
    void insertChanges(UUID refreshId, List<ProductChanges> changes);

    /** Deletes every change of the refresh (before it is planned anew). */
    void deleteChanges(UUID refreshId);

    /** @return whether the refresh has changes waiting to be applied. */
    boolean hasPending(UUID refreshId);

    /** Pending changes of up to {@code limit} products after {@code afterProductId}, in product id order. */
    List<ProductChanges> pendingChanges(UUID refreshId, UUID afterProductId, int limit);

    /** Records the outcome (with the value replaced and the reason) of each change (one statement per call). */
    void recordOutcomes(UUID refreshId, List<ProductChanges> outcomes);

    /** @return products of the refresh with every tried change applied, and products with a change skipped. */
    ProductOutcomes productOutcomes(UUID refreshId);

    /**
     * Marks every pending change {@code REJECTED} and remembers its value as rejected for its product and field
     * (replacing an earlier rejection of that field).
     */
    void rejectPending(UUID refreshId);

    /** @return the values the vendor rejected, by product and field (products without any are absent). */
    Map<UUID, Map<ProductField, String>> rejectedValues(Collection<UUID> productIds);

    /** Forgets rejections: the feed presents another value now. */
    void forgetRejections(Map<UUID, Set<ProductField>> fieldsByProduct);

    /** Products to check again at the next refresh of the marketplace (they had a change skipped). */
    void carryOver(UUID refreshId, String marketplace, Collection<UUID> productIds);

    /** Up to {@code limit} carried-over products of the marketplace after {@code afterProductId}, in id order. */
    List<UUID> carriedOver(String marketplace, UUID afterProductId, int limit);

    /** The products were checked again: no longer carried over. */
    void clearCarryOver(Collection<UUID> productIds);

    Page<RefreshChange> changes(UUID refreshId, ChangeFilter filter, Pageable pageable);

    /** The changes of one product. */
    record ProductChanges(UUID productId, List<FieldChange> changes) {
    }

    /**
     * Products of a refresh by what became of them.
     *
     * @param applied products with at least one change applied and none skipped.
     * @param skipped products with at least one change that could not be applied.
     */
    record ProductOutcomes(int applied, int skipped) {
    }

    /**
     * Which changes a list shows; {@literal null} or empty means any.
     *
     * @param outcomes only these outcomes.
     * @param skipped   only changes that could not be applied ({@code SKIPPED_*}).
     * @param productId only the changes of this product; {@literal null} for any.
     */
    record ChangeFilter(Set<FieldChange.Outcome> outcomes, boolean skipped, UUID productId) {

        public static final ChangeFilter ALL = new ChangeFilter(Set.of(), false, null);
    }
}
