package com.wizamart.media.application.port.in;

import java.util.Map;
import java.util.Objects;

import com.wizamart.media.domain.ProductImage;

/**
 * A product's image with the URLs of its display variants.
 *
 * @param image the image.
 * @param urls  per variant ({@code thumbnail}, {@code medium}, {@code large}) and format ({@code jpeg}, {@code webp}),
 *              its URL; empty until the variants are ready.
 */
public record ImageView(ProductImage image, Map<String, Map<String, String>> urls) {

    public ImageView {
        Objects.requireNonNull(image, "image");
        urls = Map.copyOf(urls);
    }
}
