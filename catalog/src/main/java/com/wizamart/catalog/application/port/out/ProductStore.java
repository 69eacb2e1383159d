package com.wizamart.catalog.application.port.out;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

import com.wizamart.catalog.application.port.in.ProductQuery;
import com.wizamart.catalog.application.port.in.ProductView;
import com.wizamart.catalog.domain.Product;

/** The vendor's products (vendor-owned, Row-Level Security): every method works within the bound vendor. */
public interface ProductStore {

    /**
     * @throws com.wizamart.catalog.domain.CatalogException {@code SKU_ALREADY_EXISTS}, or
     *         {@code PRODUCT_ALREADY_PUBLISHED} when its staged source is published already.
     */
    void insert(Product product);

    /**
     * Saves a changed product if nobody changed it since it was read.
     *
     * @throws com.wizamart.catalog.domain.CatalogException {@code CONCURRENT_MODIFICATION} otherwise, or
     *         {@code SKU_ALREADY_EXISTS}.
     */
    void update(Product product);

    void delete(UUID id);

    Optional<Product> find(UUID id);

    List<Product> findAll(Collection<UUID> ids);

    /**
     * As {@link #findAll}, each row locked ({@code FOR UPDATE}, in id order) until the transaction ends, so nobody
     * changes them meanwhile.
     */
    List<Product> lockAll(Collection<UUID> ids);

    /** @return the products published from these staged products, by staged product id. */
    Map<UUID, Product> findBySource(Collection<UUID> stagedProductIds);

    /** @return the id of the product published from this staged product, if any. */
    Optional<UUID> idBySource(UUID stagedProductId);

    boolean skuTaken(String sku, UUID exceptProductId);

    /** @return how many products were published from imports. */
    int countFromImports();

    Optional<ProductView> view(UUID id, boolean activeOnly);

    Page<ProductView> search(ProductQuery query, Pageable pageable);

    /**
     * Locks the order's entry of the sales count (created empty for an order counted for the first time) until the
     * transaction ends.
     *
     * @return the units per product the order added to the products' sales so far.
     */
    Map<UUID, Integer> lockCountedOrder(UUID orderId);

    /**
     * Changes the products' sales counts (the "bestselling" sort) by {@code change} and records {@code counted} as
     * what the order adds now. The order's entry must be locked ({@link #lockCountedOrder}).
     *
     * @param change signed units per product; products no longer in the catalog are left out.
     */
    void countSales(UUID orderId, Map<UUID, Integer> counted, Map<UUID, Integer> change);

    /** Sets the available quantity shown with the products (inventory's figures). */
    void recordAvailable(Map<UUID, Integer> availableByProduct);

    /**
     * Locks the product's row until the transaction ends, so its stock figure is read and recorded by one transaction
     * at a time.
     *
     * @return whether the vendor has the product.
     */
    boolean lockForStockFigure(UUID productId);

    /** @return how many products are priced in another currency than {@code currency}. */
    long countPricedOtherThan(String currency);

    /** Makes {@code language} the default language of every product that has a name in it. */
    int useDefaultLanguage(String language);
}
