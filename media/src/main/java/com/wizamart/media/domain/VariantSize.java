package com.wizamart.media.domain;

/**
 * The display sizes made of every accepted image: each fits the original in a square of its side, keeping the aspect
 * ratio, and is never larger than the original (a small original is not upscaled: its variants are its own size).
 */
public enum VariantSize {

    /** Lists and search results: fits in 160 x 160. */
    THUMBNAIL("thumbnail", 160),
    /** Product cards and the product page on a phone: fits in 640 x 640. */
    MEDIUM("medium", 640),
    /** The product page's main image and zoom: fits in 1,600 x 1,600. */
    LARGE("large", 1600);

    private final String key;
    private final int maxSide;

    VariantSize(String key, int maxSide) {
        this.key = key;
        this.maxSide = maxSide;
    }

    /** The variant's name in storage keys and URLs, e.g. {@code thumbnail}. */
    public String key() {
        return key;
    }

    /** The longest side, in pixels, a variant of this size may have. */
    public int maxSide() {
        return maxSide;
    }

    /**
     * The size of this variant of an original: the longer side becomes {@link #maxSide()} (or stays, when it is
     * shorter already), the other keeps the ratio, rounded, and at least 1 pixel.
     */
    public PixelSize fit(PixelSize original) {
        int width = original.width();
        int height = original.height();
        if (Math.max(width, height) <= maxSide) {
            return original;
        }
        if (width >= height) {
            return new PixelSize(maxSide, scaled(height, width));
        }
        return new PixelSize(scaled(width, height), maxSide);
    }

    private int scaled(int shorter, int longer) {
        return (int) Math.max(1, Math.round((double) shorter * maxSide / longer));
    }
}
