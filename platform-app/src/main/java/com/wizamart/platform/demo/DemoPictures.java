package com.wizamart.platform.demo;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

import com.wizamart.catalog.ProductPublished;
import com.wizamart.media.ProductImageUploads;
import com.wizamart.media.SamplePictures;
import com.wizamart.sharedkernel.DomainException;
import com.wizamart.tenancy.Vendors;

/**
 * Demo data's pictures: each product the demo vendor publishes gets two pictures drawn on the spot (a landscape main
 * picture and a portrait one, labelled with its SKU), uploaded as its team would. Nothing is fetched from anywhere.
 * Publishing again finds the same pictures (same content), so nothing is added twice.
 */
@Component
@ConditionalOnBooleanProperty("wizamart.demo.enabled")
class DemoPictures {

    private static final Logger log = LoggerFactory.getLogger(DemoPictures.class);

    private final Vendors vendors;
    private final ProductImageUploads uploads;

    DemoPictures(Vendors vendors, ProductImageUploads uploads) {
        this.vendors = vendors;
        this.uploads = uploads;
    }

    @ApplicationModuleListener(id = "demo.product-pictures", propagation = Propagation.NOT_SUPPORTED)
    void on(ProductPublished event) {
        boolean demoVendor = vendors.findById(event.vendorId()).map(v -> v.code().equals(DemoData.CODE))
                .orElse(false);
        if (!demoVendor) {
            return;
        }
        long seed = event.sku().hashCode();
        try {
            uploads.upload(event.vendorId(), event.productId(), List.of(
                    new ProductImageUploads.File(event.sku() + ".jpg",
                            SamplePictures.jpeg(event.sku(), seed, 1200, 900)),
                    new ProductImageUploads.File(event.sku() + "-detail.jpg",
                            SamplePictures.jpeg(event.sku(), seed + 1, 900, 1200))));
        } catch (DomainException e) {
            // the product was removed meanwhile, or the demo shop's quota is full: a demo goes on without pictures
            log.info("No demo pictures for {}: {}", event.sku(), e.errorCode());
        }
    }
}
