package com.wizamart.marketplace.application;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.wizamart.marketplace.StagedCatalog;
import com.wizamart.marketplace.StagedProductView;
import com.wizamart.marketplace.spi.Attribute;
import com.wizamart.marketplace.application.port.in.StagedProductDetail;
import com.wizamart.marketplace.application.port.in.StagedProductQuery;
import com.wizamart.marketplace.application.port.in.StagedProductSummary;
import com.wizamart.marketplace.application.port.out.StagedCatalogStore;
import com.wizamart.marketplace.application.port.out.StagingStore;
import com.wizamart.marketplace.domain.MarketplaceException;
import com.wizamart.tenancy.VendorScope;

/** Browsing the vendor's staged marketplace products; the catalog's view of them ({@link StagedCatalog}). */
@Service
public class StagedProducts implements StagedCatalog {

    private final StagingStore staging;
    private final StagedCatalogStore catalogView;
    private final VendorScope vendorScope;

    StagedProducts(StagingStore staging, StagedCatalogStore catalogView, VendorScope vendorScope) {
        this.staging = staging;
        this.catalogView = catalogView;
        this.vendorScope = vendorScope;
    }

    @Transactional(readOnly = true)
    public Page<StagedProductSummary> search(StagedProductQuery query, Pageable pageable) {
        return staging.search(query, pageable);
    }

    @Transactional(readOnly = true)
    public StagedProductDetail get(UUID id) {
        return staging.find(id).orElseThrow(MarketplaceException::productNotFound);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<StagedProductView> find(UUID vendorId, UUID stagedId) {
        return vendorScope.callAs(vendorId, () -> staging.find(stagedId).map(StagedProducts::view));
    }

    @Override
    @Transactional(readOnly = true)
    public List<StagedProductView> publishedChangedBy(UUID vendorId, UUID jobId, UUID afterId, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1");
        }
        return vendorScope.callAs(vendorId, () -> catalogView.publishedChangedBy(jobId, afterId, limit).stream()
                .map(StagedProducts::view).toList());
    }

    @Override
    @Transactional(readOnly = true)
    public long countWithLanguage(UUID vendorId, String marketplace, String language) {
        return vendorScope.callAs(vendorId, () -> catalogView.countWithLanguage(marketplace, language));
    }

    @Override
    @Transactional
    public void markPublished(UUID vendorId, Collection<UUID> stagedIds) {
        vendorScope.runAs(vendorId, () -> catalogView.markPublished(stagedIds, Instant.now()));
    }

    @Override
    @Transactional
    public void markUnpublished(UUID vendorId, Collection<UUID> stagedIds) {
        vendorScope.runAs(vendorId, () -> catalogView.markUnpublished(stagedIds));
    }

    private static StagedProductView view(StagedProductDetail d) {
        return new StagedProductView(d.id(), d.vendorId(), d.marketplace(), d.externalId(), d.titles(),
                d.descriptions(), d.link(), d.imageLink(), d.additionalImages(), d.availability(), d.price(),
                d.currency(), d.salePrice(), d.saleCurrency(), d.brand(), d.gtin(), d.mpn(), category(d), d.quantity(),
                d.taxRate(), d.attributes(), d.published(), d.lastJobId(), d.updatedAt());
    }

    /** The product type ({@code A > B > C}), else the Google category when that is a path (not an id). */
    private static String category(StagedProductDetail d) {
        if (d.productType() != null && !d.productType().isBlank()) {
            return d.productType();
        }
        Object google = d.attributes().get(Attribute.GOOGLE_PRODUCT_CATEGORY.name());
        return google instanceof String path && !path.isBlank() && !path.strip().chars().allMatch(Character::isDigit)
                ? path : null;
    }
}
