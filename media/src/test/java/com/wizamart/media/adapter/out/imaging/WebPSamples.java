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

    /**
     * The extended form (a {@code VP8X} chunk declaring a canvas) of a simple WebP: its image chunk after a canvas of
     * the given size, which need not be the image's own.
     */
    static byte[] extended(byte[] simpleWebP, int canvasWidth, int canvasHeight) {
        return riff(vp8x(0, canvasWidth, canvasHeight), imageChunk(simpleWebP));
    }

    /**
     * An animation (the {@code VP8X} animation flag, an {@code ANIM} chunk and one {@code ANMF} frame carrying the
     * simple WebP's image chunk) on a canvas of the image's size.
     */
    static byte[] animated(byte[] simpleWebP, int width, int height) {
        ByteBuffer anim = ByteBuffer.allocate(6).order(ByteOrder.LITTLE_ENDIAN).putInt(0).putShort((short) 0);
        byte[] image = imageChunk(simpleWebP);
        ByteBuffer frame = ByteBuffer.allocate(16 + image.length).order(ByteOrder.LITTLE_ENDIAN);
        frame.put(int24(0)).put(int24(0)).put(int24(width - 1)).put(int24(height - 1)).put(int24(100)).put((byte) 0);
        frame.put(image);
        return riff(vp8x(0x02, width, height), chunk("ANIM", anim.array()), chunk("ANMF", frame.array()));
    }

    private static byte[] vp8x(int flags, int canvasWidth, int canvasHeight) {
        ByteBuffer payload = ByteBuffer.allocate(10);
        payload.put((byte) flags).put(new byte[3]).put(int24(canvasWidth - 1)).put(int24(canvasHeight - 1));
        return chunk("VP8X", payload.array());
    }

    /** The first chunk of a simple WebP (its {@code VP8 } or {@code VP8L} chunk), header and padding included. */
    private static byte[] imageChunk(byte[] simpleWebP) {
        int size = ByteBuffer.wrap(simpleWebP, 16, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
        return java.util.Arrays.copyOfRange(simpleWebP, 12, 12 + 8 + size + (size & 1));
    }

    private static byte[] chunk(String fourCc, byte[] payload) {
        ByteBuffer chunk = ByteBuffer.allocate(8 + payload.length + (payload.length & 1)).order(ByteOrder.LITTLE_ENDIAN);
        chunk.put(fourCc.getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(payload.length).put(payload);
        return chunk.array();
    }

    private static byte[] riff(byte[]... chunks) {
        int length = 4;
        for (byte[] chunk : chunks) {
            length += chunk.length;
        }
        ByteBuffer file = ByteBuffer.allocate(8 + length).order(ByteOrder.LITTLE_ENDIAN);
        file.put("RIFF".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(length)
                .put("WEBP".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        for (byte[] chunk : chunks) {
            file.put(chunk);
        }
        return file.array();
    }

    private static byte[] int24(int value) {
        return new byte[] {(byte) value, (byte) (value >> 8), (byte) (value >> 16)};
    }
}
