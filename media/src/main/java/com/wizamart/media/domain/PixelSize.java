package com.wizamart.media.domain;

/**
 * An image's width and height in pixels.
 *
 * @param width  at least 1.
 * @param height at least 1.
 */
public record PixelSize(int width, int height) {

    public PixelSize {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("An image is at least 1 x 1 pixels: " + width + " x " + height);
        }
    }

    /** width x height, without overflow. */
    public long pixels() {
        return (long) width * height;
    }

    @Override
    public String toString() {
        return width + "x" + height;
    }
}
