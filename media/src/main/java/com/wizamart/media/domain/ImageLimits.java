package com.wizamart.media.domain;

/**
 * How much of an untrusted image the platform is willing to take: the file's size in bytes, checked before anything
 * is parsed, and its width x height in pixels, read from the header and checked before the pixels are decoded (a
 * small file can claim billions of pixels: a "decompression bomb").
 *
 * @param maxBytes  the largest file accepted, in bytes; at least 1 and small enough to be held in one array.
 * @param maxPixels the largest width x height accepted; at least 1. A decoded image takes about 4 bytes a pixel.
 */
public record ImageLimits(long maxBytes, long maxPixels) {

    /** 20 MiB: far above any product photo a shop needs, far below what would strain the heap. */
    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

    /** 40 megapixels (e.g. 7,746 x 5,164): a high-end camera's full size; about 160 MB once decoded. */
    public static final long DEFAULT_MAX_PIXELS = 40_000_000L;

    /** The largest file any limit may allow: the bytes are held in one array while they are inspected. */
    public static final long MAX_BYTES_CEILING = Integer.MAX_VALUE - 16;

    /** The largest pixel count any limit may allow: a decoded image is one Java array of its pixels. */
    public static final long MAX_PIXELS_CEILING = Integer.MAX_VALUE;

    /** Bytes a pixel may take once decoded, on average, under the pixel limit: 8-bit RGBA. */
    public static final int BUDGET_BYTES_PER_PIXEL = 4;

    public ImageLimits {
        if (maxBytes < 1 || maxBytes > MAX_BYTES_CEILING) {
            throw new IllegalArgumentException("maxBytes must be between 1 and " + MAX_BYTES_CEILING + ": " + maxBytes);
        }
        if (maxPixels < 1 || maxPixels > MAX_PIXELS_CEILING) {
            throw new IllegalArgumentException(
                    "maxPixels must be between 1 and " + MAX_PIXELS_CEILING + ": " + maxPixels);
        }
    }

    /** {@value #DEFAULT_MAX_BYTES} bytes and {@value #DEFAULT_MAX_PIXELS} pixels. */
    public static ImageLimits defaults() {
        return new ImageLimits(DEFAULT_MAX_BYTES, DEFAULT_MAX_PIXELS);
    }

    /** @return whether a file of this many bytes may be inspected. */
    public boolean allowsBytes(long byteCount) {
        return byteCount <= maxBytes;
    }

    /**
     * The bytes a decoded image may take: {@value #BUDGET_BYTES_PER_PIXEL} bytes for each pixel the limit allows (an
     * 8-bit RGBA image of {@code maxPixels}). An image whose pixels decode to more bytes each (16-bit samples, a
     * progressive JPEG's coefficients) is allowed correspondingly fewer pixels.
     */
    public long maxDecodedBytes() {
        return maxPixels * BUDGET_BYTES_PER_PIXEL;
    }

    /** @return whether an image of this width and height, each pixel decoding to this many bytes, fits the budget. */
    public boolean allowsDecoding(long width, long height, int bytesPerPixel) {
        return allowsPixels(width, height) && width * height <= maxDecodedBytes() / Math.max(1, bytesPerPixel);
    }

    /** @return whether an image of this width and height may be decoded; never overflows. */
    public boolean allowsPixels(long width, long height) {
        return width > 0 && height > 0 && width <= maxPixels && height <= maxPixels / width;
    }
}
