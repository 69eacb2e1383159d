package com.wizamart.catalog.application;

import java.util.ArrayList;
import java.util.List;

import com.wizamart.catalog.domain.Availability;
import com.wizamart.catalog.domain.ProductSource;
import com.wizamart.catalog.domain.SourceFacts;
import com.wizamart.marketplace.StagedProductView;

/** Reads a staged marketplace product as the facts a catalog product takes from it. */
final class StagedFacts {

    private StagedFacts() {
    }

    static SourceFacts of(StagedProductView s) {
        List<String> images = new ArrayList<>();
        if (s.imageLink() != null) {
            images.add(s.imageLink());
        }
        if (s.additionalImages() != null) {
            images.addAll(s.additionalImages());
        }
        boolean saleInCurrency = s.salePrice() != null
                && (s.saleCurrency() == null || s.saleCurrency().equals(s.currency()));
        return new SourceFacts(s.titles(), s.descriptions(), s.price(), saleInCurrency ? s.salePrice() : null,
                s.currency(), s.taxRate(), s.brand(), s.gtin(), images, s.category(), s.quantity(),
                availability(s.availability()));
    }

    /** Staging keeps the names of the marketplace SPI's availabilities, which are the catalog's. */
    private static Availability availability(String staged) {
        if (staged == null) {
            return null;
        }
        try {
            return Availability.valueOf(staged);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static ProductSource source(StagedProductView s) {
        return new ProductSource(s.id(), s.marketplace(), s.externalId());
    }
}
