package com.wizamart.media.adapter.out.imaging;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** WebP input for the tests, and a way to make one lie about its size. */
final class WebPSamples {

    /**
     * 24 x 16, lossless (VP8L) with alpha: the left half fully transparent, the right half opaque red. Written once by
     * libwebp (webp-imageio's writer, lossless mode) from a Java 2D image and pasted here, so that reading WebP is
     * tested where that native writer does not load.
     */
    static final String LOSSLESS_24X16_HALF_TRANSPARENT =
            "UklGRiYAAABXRUJQVlA4TBkAAAAvF8ADEA8Q8x/zHwwhAeH/Wg90CyL6H9gMAA==";

    private WebPSamples() {
    }

    /** A lossless WebP whose VP8L header claims another size (each side at most 16,384). */
    static byte[] claiming(byte[] losslessWebP, int width, int height) {
        byte[] copy = losslessWebP.clone();
        if (!"VP8L".equals(new String(copy, 12, 4, java.nio.charset.StandardCharsets.US_ASCII)) || copy[20] != 0x2F) {
            throw new IllegalArgumentException("Not a simple lossless WebP");
        }
        ByteBuffer header = ByteBuffer.wrap(copy).order(ByteOrder.LITTLE_ENDIAN);
        int bits = header.getInt(21);
        // 14 bits width - 1, 14 bits height - 1, then alpha and version bits, kept
        int claimed = (bits & 0xF000_0000) | ((height - 1) << 14) | (width - 1);
        header.putInt(21, claimed);
        return copy;
    }
}
