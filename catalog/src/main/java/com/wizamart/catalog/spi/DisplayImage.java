package com.wizamart.catalog.spi;

import java.util.Map;
import java.util.Objects;

/**
 * One image of a product as a page shows it.
 *
 * @param main   whether it is the product's main image.
 * @param width  the original's width in pixels.
 * @param height the original's height in pixels.
 * @param urls   per variant ({@code thumbnail}, {@code medium}, {@code large}) and format ({@code jpeg},
 *               {@code webp}), its URL; immutable content, cacheable forever.
 */
public record DisplayImage(boolean main, int width, int height, Map<String, Map<String, String>> urls) {

    public DisplayImage {
        Objects.requireNonNull(urls, "urls");
        urls = Map.copyOf(urls);
    }
}
