package com.wizamart.media.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One image of a product, in the product's order.
 *
 * @param id          its id.
 * @param productId   its product.
 * @param position    its place in the product's order, from 0.
 * @param main        whether it is the product's main image (one per product, when it has any).
 * @param source      an upload, or a link of the product.
 * @param sourceUrl   the link ({@code FEED}), else {@literal null}.
 * @param object      the stored original; {@literal null} while a link is not fetched yet (or never could be).
 * @param fetchStatus how the last fetch of the link went ({@code FEED}: {@code PENDING}, {@code READY} once fetched,
 *                    {@code FAILED}), {@literal null} for an upload.
 * @param fetchError  the error code of the last failed fetch, else {@literal null}.
 * @param etag        the {@code ETag} the link last answered, to ask again with.
 * @param fetchedAt   when the link was last fetched or found unchanged.
 */
public record ProductImage(UUID id, UUID productId, int position, boolean main, ImageSource source, String sourceUrl,
                           MediaObject object, ImageStatus fetchStatus, String fetchError, String etag,
                           Instant fetchedAt) {

    public ProductImage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(productId, "productId");
        Objects.requireNonNull(source, "source");
    }

    /** @return how far it is from being shown: a failed fetch, else the variants' state (pending while fetching). */
    public ImageStatus status() {
        if (fetchStatus == ImageStatus.FAILED && object == null) {
            return ImageStatus.FAILED;
        }
        return object == null ? ImageStatus.PENDING : object.variantsStatus();
    }

    /** @return why it failed ({@link #status()} {@code FAILED}): an error code; else {@literal null}. */
    public String error() {
        return switch (status()) {
            case FAILED -> object == null ? fetchError : object.variantsError();
            default -> null;
        };
    }
}
