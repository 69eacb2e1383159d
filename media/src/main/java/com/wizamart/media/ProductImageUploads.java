package com.wizamart.media;

import java.util.List;
import java.util.UUID;

/**
 * Media's facade for other parts of the platform: adds image files to a vendor's product as an upload by its team
 * would (the same checks, quota and deduplication; all the files or none).
 */
public interface ProductImageUploads {

    /**
     * @param vendorId  the product's vendor; the upload runs bound to it.
     * @param productId the product.
     * @param files     the files, in the order they take at the end of the product's images.
     * @return the ids of the product's images made or found for the files, in their order.
     * @throws com.wizamart.sharedkernel.DomainException as the upload endpoint answers ({@code PRODUCT_NOT_FOUND},
     *         the quota's codes, a refused file's).
     */
    List<UUID> upload(UUID vendorId, UUID productId, List<File> files);

    /**
     * A file to add.
     *
     * @param name  its name, for messages.
     * @param bytes its content.
     */
    record File(String name, byte[] bytes) {
    }
}
