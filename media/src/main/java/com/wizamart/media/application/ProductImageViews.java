package com.wizamart.media.application;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;

import com.wizamart.catalog.ProductImageLinks;
import com.wizamart.catalog.spi.DisplayImage;
import com.wizamart.catalog.spi.ProductImages;
import com.wizamart.media.application.port.in.ImageView;
import com.wizamart.media.application.port.out.MediaRecords;
import com.wizamart.media.config.MediaImagesProperties;
import com.wizamart.media.domain.MediaException;
import com.wizamart.media.domain.MediaQuota;
import com.wizamart.media.domain.MediaUsage;
import com.wizamart.media.domain.ProductImage;
import com.wizamart.tenancy.VendorContext;
import com.wizamart.tenancy.VendorScope;

/**
 * Reading the bound vendor's product images: a product's list for its team, the shop's display images
 * ({@link ProductImages}, catalog's port) and what the vendor stores against its quota.
 */
@Service
public class ProductImageViews implements ProductImages {

    private final MediaRecords records;
    private final MediaUrls urls;
    private final ProductImageLinks products;
    private final VendorScope vendorScope;
    private final MediaImagesProperties properties;

    ProductImageViews(MediaRecords records, MediaUrls urls, ProductImageLinks products, VendorScope vendorScope,
                      MediaImagesProperties properties) {
        this.records = records;
        this.urls = urls;
        this.products = products;
        this.vendorScope = vendorScope;
        this.properties = properties;
    }

    /**
     * @return the product's images in their order.
     * @throws MediaException {@code PRODUCT_NOT_FOUND} when the bound vendor has no such product.
     */
    public List<ImageView> list(UUID productId) {
        UUID vendorId = VendorContext.require();
        if (products.imageLinks(vendorId, productId).isEmpty()) {
            throw MediaException.productNotFound();
        }
        String code = urls.vendorCode(vendorId);
        return vendorScope.callAs(vendorId, () -> records.images(productId)).stream()
                .map(image -> new ImageView(image, urls.of(code, image.object()))).toList();
    }

    @Override
    public Map<UUID, List<DisplayImage>> of(Collection<UUID> productIds) {
        UUID vendorId = VendorContext.require();
        List<ProductImage> ready = vendorScope.callAs(vendorId, () -> records.readyImages(productIds));
        if (ready.isEmpty()) {
            return Map.of();
        }
        String code = urls.vendorCode(vendorId);
        Map<UUID, List<DisplayImage>> byProduct = new LinkedHashMap<>();
        for (ProductImage image : ready) {
            byProduct.computeIfAbsent(image.productId(), id -> new java.util.ArrayList<>())
                    .add(new DisplayImage(image.main(), image.object().size().width(),
                            image.object().size().height(), urls.of(code, image.object())));
        }
        return byProduct;
    }

    /** @return what the bound vendor stores, and its quota. */
    public Usage usage() {
        UUID vendorId = VendorContext.require();
        return new Usage(vendorScope.callAs(vendorId, records::usage), properties.quota());
    }

    /**
     * @param used  what the vendor stores now.
     * @param quota what it may.
     */
    public record Usage(MediaUsage used, MediaQuota quota) {
    }
}
