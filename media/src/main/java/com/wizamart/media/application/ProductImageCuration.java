package com.wizamart.media.application;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;

import com.wizamart.catalog.ProductImageLinks;
import com.wizamart.media.application.port.in.ImageView;
import com.wizamart.media.application.port.out.MediaRecords;
import com.wizamart.media.application.port.out.ObjectStore;
import com.wizamart.media.application.port.out.ObjectStore.StoredObject;
import com.wizamart.media.domain.ImageSource;
import com.wizamart.media.domain.MediaException;
import com.wizamart.media.domain.ProductImage;
import com.wizamart.tenancy.VendorContext;
import com.wizamart.tenancy.VendorScope;

/**
 * The vendor's team arranging a product's images: their order, the main one, deleting uploads, downloading an
 * original. A file no product uses any more is kept for the grace period, then deleted by the collector.
 */
@Service
public class ProductImageCuration {

    private final MediaRecords records;
    private final ObjectStore store;
    private final ProductImageLinks products;
    private final VendorScope vendorScope;
    private final ProductImageViews views;
    private final MediaClock clock;

    ProductImageCuration(MediaRecords records, ObjectStore store, ProductImageLinks products, VendorScope vendorScope,
                         ProductImageViews views, MediaClock clock) {
        this.records = records;
        this.store = store;
        this.products = products;
        this.vendorScope = vendorScope;
        this.views = views;
        this.clock = clock;
    }

    /**
     * @param imageIds each of the product's images once, in the new order.
     * @return the product's images in the new order.
     * @throws MediaException {@code PRODUCT_NOT_FOUND}, {@code MEDIA_ORDER_INVALID}.
     */
    public List<ImageView> reorder(UUID productId, List<UUID> imageIds) {
        UUID vendorId = requireProduct(productId);
        vendorScope.runAs(vendorId, () -> {
            records.lockVendor(vendorId);
            Set<UUID> current = new HashSet<>(records.images(productId).stream().map(ProductImage::id).toList());
            if (imageIds.size() != current.size() || !current.equals(new HashSet<>(imageIds))) {
                throw MediaException.orderInvalid();
            }
            records.reorder(productId, imageIds, clock.now());
        });
        return views.list(productId);
    }

    /**
     * @return the product's images, {@code imageId} the main one.
     * @throws MediaException {@code PRODUCT_NOT_FOUND}, {@code MEDIA_IMAGE_NOT_FOUND}.
     */
    public List<ImageView> makeMain(UUID productId, UUID imageId) {
        UUID vendorId = requireProduct(productId);
        vendorScope.runAs(vendorId, () -> {
            records.lockVendor(vendorId);
            records.image(productId, imageId).orElseThrow(MediaException::imageNotFound);
            records.makeMain(productId, imageId);
        });
        return views.list(productId);
    }

    /**
     * Deletes an uploaded image of the product; the images after it move up, and the first one becomes the main one
     * when it was.
     *
     * @throws MediaException {@code PRODUCT_NOT_FOUND}, {@code MEDIA_IMAGE_NOT_FOUND}, {@code MEDIA_IMAGE_FROM_FEED}
     *                        (an image of the product's links goes when its link does).
     */
    public void delete(UUID productId, UUID imageId) {
        UUID vendorId = requireProduct(productId);
        vendorScope.runAs(vendorId, () -> {
            records.lockVendor(vendorId);
            ProductImage image = records.image(productId, imageId).orElseThrow(MediaException::imageNotFound);
            if (image.source() == ImageSource.FEED) {
                throw MediaException.imageFromFeed();
            }
            Optional<UUID> object = records.deleteImage(productId, imageId);
            object.ifPresent(id -> records.markUnusedWhereOrphaned(List.of(id), clock.now()));
        });
    }

    /**
     * @return the image's original as it was received (metadata included: for the vendor's team only); the caller
     *         closes it.
     * @throws MediaException {@code PRODUCT_NOT_FOUND}, {@code MEDIA_IMAGE_NOT_FOUND} (also while a link is not
     *                        fetched), {@code MEDIA_FILE_NOT_FOUND} when the store lost it.
     */
    public StoredObject original(UUID productId, UUID imageId) {
        UUID vendorId = requireProduct(productId);
        ProductImage image = vendorScope.callAs(vendorId, () -> records.image(productId, imageId))
                .filter(i -> i.object() != null).orElseThrow(MediaException::imageNotFound);
        return store.get(image.object().originalKey()).orElseThrow(MediaException::fileNotFound);
    }

    private UUID requireProduct(UUID productId) {
        UUID vendorId = VendorContext.require();
        if (products.imageLinks(vendorId, productId).isEmpty()) {
            throw MediaException.productNotFound();
        }
        return vendorId;
    }
}
