package com.wizamart.marketplace.application;

import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.wizamart.marketplace.application.port.out.StagedProductDetail;
import com.wizamart.marketplace.application.port.out.StagedProductSummary;
import com.wizamart.marketplace.application.port.out.StagingStore;
import com.wizamart.marketplace.domain.MarketplaceException;

/** Browsing the vendor's staged marketplace products. */
@Service
public class StagedProducts {

    private final StagingStore staging;

    StagedProducts(StagingStore staging) {
        this.staging = staging;
    }

    @Transactional(readOnly = true)
    public Page<StagedProductSummary> search(StagingStore.StagedProductQuery query, Pageable pageable) {
        return staging.search(query, pageable);
    }

    @Transactional(readOnly = true)
    public StagedProductDetail get(UUID id) {
        return staging.find(id).orElseThrow(MarketplaceException::productNotFound);
    }
}
