package com.wizamart.media.adapter.out.imaging;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

import com.wizamart.media.domain.ImageType;
import com.wizamart.media.domain.MediaException;
import com.wizamart.media.domain.PixelSize;

/**
 * The size of the image a WebP file carries, read from its chunks before any decoder sees it.
 * <p>
 * A reader reports an extended WebP's size from its {@code VP8X} canvas, but decodes the {@code VP8 }/{@code VP8L}
 * image inside, which states a size of its own: a 16 x 16 canvas can carry a 16,383 x 16,383 image, and the pixel
 * limit checked against the canvas would let it through. So the image's own size is what counts, and an image that
 * is not the size of its canvas is refused as unreadable (libwebp refuses it too).
 * <p>
 * Animations ({@code VP8X} animation flag, {@code ANIM} or {@code ANMF} chunks) are refused as a type not accepted:
 * product images are stills, a GIF is read for its first frame only, and checking every frame of an animation would
 * be more parser for no use.
 */
final class WebPChunks {

    private static final int ANIMATION_FLAG = 0x02;
    private static final int VP8_START_CODE = 0x2A019D;
    private static final byte VP8L_SIGNATURE = 0x2F;

    private WebPChunks() {
    }

    /**
     * @param webp a file that begins with WebP's signature.
     * @return the width and height of the image the file carries.
     * @throws MediaException {@code MEDIA_TYPE_NOT_ALLOWED} for an animation, {@code MEDIA_UNREADABLE} when the
     *                        chunks are damaged, carry no image, or an image that is not its canvas's size.
     */
    static PixelSize imageSize(byte[] webp) {
        ByteBuffer file = ByteBuffer.wrap(webp).order(ByteOrder.LITTLE_ENDIAN);
        PixelSize canvas = null;
        int at = 12; // after "RIFF", the RIFF size and "WEBP"
        while (at + 8 <= webp.length) {
            String fourCc = new String(webp, at, 4, StandardCharsets.US_ASCII);
            long size = Integer.toUnsignedLong(file.getInt(at + 4));
            int payload = at + 8;
            if (size > webp.length - payload) {
                throw unreadable();
            }
            switch (fourCc) {
                case "VP8X" -> {
                    if (at != 12 || size < 10) {
                        throw unreadable();
                    }
                    if ((webp[payload] & ANIMATION_FLAG) != 0) {
                        throw MediaException.typeNotAllowed();
                    }
                    canvas = new PixelSize(int24(webp, payload + 4) + 1, int24(webp, payload + 7) + 1);
                }
                case "ANIM", "ANMF" -> throw MediaException.typeNotAllowed();
                case "VP8 ", "VP8L" -> {
                    PixelSize image = fourCc.equals("VP8L") ? lossless(webp, payload, size) : lossy(file, payload, size);
                    if (canvas != null && !canvas.equals(image)) {
                        throw unreadable();
                    }
                    return image;
                }
                default -> {
                    // ALPH, ICCP, EXIF, XMP and unknown chunks: skipped, as the format says
                }
            }
            at = Math.toIntExact(payload + size + (size & 1));
        }
        throw unreadable();
    }

    /** VP8L: a signature byte, then 14 bits of width - 1 and 14 bits of height - 1. */
    private static PixelSize lossless(byte[] webp, int payload, long size) {
        if (size < 5 || webp[payload] != VP8L_SIGNATURE) {
            throw unreadable();
        }
        int bits = ByteBuffer.wrap(webp, payload + 1, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
        return new PixelSize((bits & 0x3FFF) + 1, ((bits >>> 14) & 0x3FFF) + 1);
    }

    /** VP8 key frame: a 3-byte frame tag, the start code, then 14 bits of width and of height (and scaling bits). */
    private static PixelSize lossy(ByteBuffer file, int payload, long size) {
        if (size < 10 || (file.getInt(payload + 3) & 0xFFFFFF) != VP8_START_CODE) {
            throw unreadable();
        }
        int width = file.getShort(payload + 6) & 0x3FFF;
        int height = file.getShort(payload + 8) & 0x3FFF;
        if (width == 0 || height == 0) {
            throw unreadable();
        }
        return new PixelSize(width, height);
    }

    private static int int24(byte[] bytes, int at) {
        return (bytes[at] & 0xFF) | (bytes[at + 1] & 0xFF) << 8 | (bytes[at + 2] & 0xFF) << 16;
    }

    private static MediaException unreadable() {
        return MediaException.unreadable(ImageType.WEBP);
    }
}
